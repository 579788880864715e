"""Consultations (overleg): participants by role, subjects discussed, action items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
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
    for pupil_id in consultation.pupil_ids:  # removed meanwhile? a Dutch message, not a crash
        records.record_of(session, Pupil, pupil_id)
    for group_id in consultation.group_ids:
        records.record_of(session, ClassGroup, group_id)
    consultation.school_id = consultation.school_id or school_in(session).id
    records.save(session, consultation)
    cid = consultation.id
    # Participants and subjects are replaced as a whole: the form edits them as a list.
    session.execute(sql_delete(m.ParticipantRecord).where(m.ParticipantRecord.consultation_id == cid))
    for participant in consultation.participants:
        session.add(m.ParticipantRecord(consultation_id=cid, role=participant.role,
                                        name=participant.name.strip()))
    for table, column, ids in (
        (m.consultation_pupil, "pupil_id", consultation.pupil_ids),
        (m.consultation_group, "group_id", consultation.group_ids),
    ):
        session.execute(sql_delete(table).where(table.c.consultation_id == cid))
        if ids:
            session.execute(insert(table), [{"consultation_id": cid, column: i} for i in set(ids)])
    session.flush()
    return _load(session, cid)


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
    with store.transaction() as session:
        records.delete(session, Consultation, consultation_id)


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
