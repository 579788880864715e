"""Consultations (overleg): participants by role, subjects discussed, action items,
and the schoolfoto a MICRO-overleg discussed, kept as a frozen copy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import ConsultationType
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.schoolfoto import SchoolFoto
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.services.schoolfoto import refuse_pupils_named, schoolfoto
from go_hgw_desktop.services.staff import assign_owner_in
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain
from go_hgw_desktop.storage.store import Store


def _load(session: Session, consultation_id: int) -> Consultation:
    record = records.record_of(session, Consultation, consultation_id)
    participants = records.all_of(
        session, Participant, m.ParticipantRecord.consultation_id == consultation_id
    )
    pupil_ids = session.scalars(
        select(m.consultation_pupil.c.pupil_id).where(
            m.consultation_pupil.c.consultation_id == consultation_id
        )
    ).all()
    group_ids = session.scalars(
        select(m.consultation_group.c.group_id).where(
            m.consultation_group.c.consultation_id == consultation_id
        )
    ).all()
    return to_domain(
        record, Consultation, participants=participants,
        pupil_ids=sorted(pupil_ids), group_ids=sorted(group_ids),
    )


def save_consultation_in(session: Session, consultation: Consultation) -> Consultation:
    consultation.validate()
    if (consultation.id is not None and consultation.kind is not ConsultationType.MICRO
            and session.get(m.ConsultationFotoRecord, consultation.id) is not None):
        raise ValidationError(
            "Aan dit overleg hangt een schoolfoto; alleen een MICRO-overleg heeft er een. "
            "Ontkoppel eerst de schoolfoto als het een ander soort overleg is."
        )
    for pupil_id in consultation.pupil_ids:  # removed meanwhile? a Dutch message, not a crash
        records.record_of(session, Pupil, pupil_id)
    for group_id in consultation.group_ids:
        records.record_of(session, ClassGroup, group_id)
    consultation.school_id = consultation.school_id or school_in(session).id
    records.save(session, consultation)
    cid = consultation.id
    # Participants and subjects come from the form as whole lists; only what differs is
    # written, so the trail shows real changes (and which pupils joined or left the list).
    changed = _replace_participants(session, cid, consultation.participants)
    added, removed = _replace_links(session, m.consultation_pupil, "pupil_id", cid, consultation.pupil_ids)
    audit.record_many(session, [audit.Entry(audit.ADDED, "consultation_pupil", cid, pupil_id)
                                for pupil_id in sorted(added)])
    audit.record_many(session, [audit.Entry(audit.DELETED, "consultation_pupil", cid, pupil_id)
                                for pupil_id in sorted(removed)])
    groups = _replace_links(session, m.consultation_group, "group_id", cid, consultation.group_ids)
    if (changed or added or removed or any(groups)) and not audit.mentioned(session, "consultation", cid):
        # The consultation's own line names the pupils it discussed, even when only its lists changed.
        audit.record(session, audit.Entry(audit.CHANGED, "consultation", cid))
    session.flush()
    return _load(session, cid)


def _replace_participants(session: Session, cid: int, wanted: list[Participant]) -> bool:
    """Keep the rows that stay (same role and name), remove the others, add the new ones."""
    rows = list(session.scalars(select(m.ParticipantRecord).where(
        m.ParticipantRecord.consultation_id == cid).order_by(m.ParticipantRecord.id)))
    changed = False
    for participant in wanted:
        name = participant.name.strip()
        same = next((r for r in rows if r.role == participant.role and r.name == name), None)
        if same is not None:
            rows.remove(same)
        else:
            session.add(m.ParticipantRecord(consultation_id=cid, role=participant.role, name=name))
            changed = True
    for gone in rows:
        session.delete(gone)
        changed = True
    session.flush()
    return changed


def _replace_links(session: Session, table, column: str, cid: int, wanted: list[int]) -> tuple[set, set]:
    """Make the consultation's pupils (or classes) ``wanted``; what was added and removed."""
    current = set(session.scalars(select(table.c[column]).where(table.c.consultation_id == cid)))
    added, removed = set(wanted) - current, current - set(wanted)
    if removed:
        session.execute(sql_delete(table).where(table.c.consultation_id == cid,
                                                table.c[column].in_(sorted(removed))))
    if added:
        session.execute(insert(table), [{"consultation_id": cid, column: i} for i in sorted(added)])
    return added, removed


def save_consultation(store: Store, consultation: Consultation) -> Consultation:
    """Create or change a consultation with its participants and subjects."""
    with store.transaction() as session:
        return save_consultation_in(session, consultation)


def get_consultation(store: Store, consultation_id: int) -> Consultation:
    with store.transaction() as session:
        return _load(session, consultation_id)


def list_consultations(store: Store, since: date | None = None) -> list[Consultation]:
    """Consultations, newest first (optionally only from ``since``)."""
    with store.transaction() as session:
        query = select(m.ConsultationRecord.id).order_by(m.ConsultationRecord.held_on.desc())
        if since:
            query = query.where(m.ConsultationRecord.held_on >= since)
        return [_load(session, i) for i in session.scalars(query)]


def delete_consultation(store: Store, consultation_id: int) -> None:
    """Delete a consultation with its participants and agreements; each pupil it discussed
    gets a line in the trail (their own trail shows that the consultation went)."""
    with store.transaction() as session:
        records.record_of(session, Consultation, consultation_id)
        forget_discussions(session, m.consultation_pupil.c.consultation_id == consultation_id)
        records.delete(session, Consultation, consultation_id)


def forget_discussions(session: Session, which) -> None:
    """Record, per pupil, the consultation links about to be deleted (``which`` selects the
    ``consultation_pupil`` rows): a consultation or a pupil going."""
    table = m.consultation_pupil
    audit.record_many(session, [
        audit.Entry(audit.DELETED, "consultation_pupil", cid, pupil_id)
        for cid, pupil_id in session.execute(select(table.c.consultation_id, table.c.pupil_id).where(which)
                                             .order_by(table.c.consultation_id, table.c.pupil_id))])


def action_items(store: Store, consultation_id: int) -> list[ActionItem]:
    with store.transaction() as session:
        return records.all_of(
            session, ActionItem, m.ActionItemRecord.consultation_id == consultation_id
        )


def open_action_counts(store: Store) -> dict[int, int]:
    """Per consultation id, how many of its action items are not done (absent: none)."""
    with store.transaction() as session:
        rows = session.execute(
            select(m.ActionItemRecord.consultation_id, func.count())
            .where(m.ActionItemRecord.done_on.is_(None))
            .group_by(m.ActionItemRecord.consultation_id)
        )
        return {consultation_id: count for consultation_id, count in rows}


def save_action_item_in(session: Session, item: ActionItem) -> ActionItem:
    item.validate()
    records.record_of(session, Consultation, item.consultation_id)
    assign_owner_in(session, item)
    return records.save(session, item)


def save_action_item(store: Store, item: ActionItem) -> ActionItem:
    with store.transaction() as session:
        return save_action_item_in(session, item)


def set_action_done(store: Store, item_id: int, done_on: date | None) -> ActionItem:
    """Tick an action item off (or reopen it with ``None``)."""
    with store.transaction() as session:
        item = records.load(session, ActionItem, item_id)
        item.done_on = done_on
        return records.save(session, item)


def delete_action_item(store: Store, item_id: int) -> None:
    with store.transaction() as session:
        records.delete(session, ActionItem, item_id)


# ------------------------------------------------------------------ the frozen schoolfoto


class StoredFotoError(UserError):
    """A frozen schoolfoto in the store that can no longer be read."""


@dataclass(frozen=True)
class AttachedFoto:
    """The schoolfoto frozen with a MICRO-overleg, as it was on the day it was attached."""

    consultation_id: int
    held_on: date  # the consultation's date
    attached_on: date
    foto: SchoolFoto


def _refuse_unless_micro(kind: ConsultationType) -> None:
    if kind is not ConsultationType.MICRO:
        raise ValidationError(
            f"Een schoolfoto hoort alleen bij een MICRO-overleg; dit overleg is een ‘{kind.label}’."
        )


def attach_foto(store: Store, consultation_id: int, foto: SchoolFoto,
                attached_on: date | None = None) -> None:
    """Freeze ``foto`` with this MICRO-overleg, replacing the one attached before.

    The data file's JSON is stored (protected aggregates only, never names) and read back
    before it is kept, so a copy that could not be opened later is refused now.
    """
    from go_hgw_desktop.reports.data_file import foto_to_dict  # brings reportlab: only when needed

    if foto.kind != "schoolfoto":
        raise ValidationError("Aan een MICRO-overleg hangt de schoolfoto van de school, "
                              "geen scholengroepfoto.")
    from go_hgw_desktop.services.foto_history import record_export_in

    refuse_pupils_named(store, foto)  # the same refusal as an export: a foto never names a pupil
    content = json.dumps(foto_to_dict(foto), ensure_ascii=False, sort_keys=True)
    _read(content, "schoolfoto")
    with store.transaction() as session:
        _refuse_unless_micro(records.record_of(session, Consultation, consultation_id).kind)
        record = session.get(m.ConsultationFotoRecord, consultation_id)
        if record is None:
            record = m.ConsultationFotoRecord(consultation_id=consultation_id)
            session.add(record)
        record.attached_on = attached_on or date.today()
        record.reference_date = foto.reference_date
        record.school_year = SchoolYear.parse(foto.school_year)
        record.threshold = foto.threshold
        record.content = content
        # It lay on the table: the year's later exports stay consistent with it.
        record_export_in(session, foto, record.attached_on)


def attach_schoolfoto(store: Store, consultation_id: int, threshold: int = 5,
                      attached_on: date | None = None) -> AttachedFoto:
    """Freeze the school's foto of the consultation's school year on the consultation's date,
    or on ``attached_on`` for a meeting still to come (a foto never claims a later peildatum
    than the data it was made from).

    The foto is computed afresh (not the copy already frozen for that day, which it
    replaces), consistent with the year's earlier exports, and stored in a second
    transaction; nothing is stored when either fails.
    """
    consultation = get_consultation(store, consultation_id)
    _refuse_unless_micro(consultation.kind)  # before the work of computing a foto
    year = SchoolYear.containing(consultation.held_on)
    reference = max(year.first_day, min(consultation.held_on, attached_on or date.today()))
    foto = schoolfoto(store, year, reference, threshold, frozen=False)
    attach_foto(store, consultation_id, foto, attached_on)
    return attached_foto(store, consultation_id)


def attached_foto(store: Store, consultation_id: int) -> AttachedFoto | None:
    """The frozen schoolfoto of this consultation, or None when none is attached."""
    with store.transaction() as session:
        row = session.execute(
            select(m.ConsultationFotoRecord.attached_on, m.ConsultationFotoRecord.content,
                   m.ConsultationRecord.held_on)
            .join(m.ConsultationRecord, m.ConsultationRecord.id == m.ConsultationFotoRecord.consultation_id)
            .where(m.ConsultationFotoRecord.consultation_id == consultation_id)
        ).first()
    return None if row is None else _attached(consultation_id, *row)


def previous_attached_foto(store: Store, consultation_id: int) -> AttachedFoto | None:
    """The foto of the latest MICRO-overleg before this one that has a foto attached.

    "Before" goes by date, and by order of entry for two on the same day.
    """
    c, f = m.ConsultationRecord, m.ConsultationFotoRecord
    with store.transaction() as session:
        this = records.record_of(session, Consultation, consultation_id)
        row = session.execute(
            select(f.consultation_id, f.attached_on, f.content, c.held_on)
            .join(c, c.id == f.consultation_id)
            .where(c.kind == ConsultationType.MICRO,
                   or_(c.held_on < this.held_on, and_(c.held_on == this.held_on, c.id < this.id)))
            .order_by(c.held_on.desc(), c.id.desc())
            .limit(1)
        ).first()
    return None if row is None else _attached(row[0], *row[1:])


def frozen_foto(store: Store, year: SchoolYear, reference: date, threshold: int) -> AttachedFoto | None:
    """The foto frozen with a MICRO-overleg for this school year, peildatum and threshold (the
    latest, if several), or None."""
    c, f = m.ConsultationRecord, m.ConsultationFotoRecord
    with store.transaction() as session:
        row = session.execute(
            select(f.consultation_id, f.attached_on, f.content, c.held_on)
            .join(c, c.id == f.consultation_id)
            .where(f.school_year == year, f.reference_date == reference, f.threshold == threshold)
            .order_by(f.attached_on.desc(), c.held_on.desc(), c.id.desc())
            .limit(1)
        ).first()
    return None if row is None else _attached(row[0], *row[1:])


def detach_foto(store: Store, consultation_id: int) -> bool:
    """Remove the frozen schoolfoto from this consultation; False when there was none."""
    with store.transaction() as session:
        removed = session.execute(
            sql_delete(m.ConsultationFotoRecord)
            .where(m.ConsultationFotoRecord.consultation_id == consultation_id)
        )
        return bool(removed.rowcount)


def _attached(consultation_id: int, attached_on: date, content: str, held_on: date) -> AttachedFoto:
    label = f"schoolfoto bij het MICRO-overleg van {format_date(held_on).replace('/', '-')}"
    return AttachedFoto(consultation_id, held_on, attached_on, _read(content, label))


def _read(content: str, label: str) -> SchoolFoto:
    """Validate the stored JSON as fully as a data file from outside."""
    from go_hgw_desktop.reports.data_file import DataFileError, foto_from_dict

    try:
        return foto_from_dict(json.loads(content), label)
    except (json.JSONDecodeError, DataFileError) as error:
        problem = error.message if isinstance(error, DataFileError) else f"{label}: is beschadigd."
        raise StoredFotoError(
            f"De gekoppelde {problem}",
            "Ontkoppel de foto en koppel ze opnieuw; de nieuwe foto wordt berekend met de gegevens "
            "zoals ze nu in de database staan.",
        ) from error
