"""The overdracht of a pupil to another school, both sides.

Sending: the parents (and a pupil of 12 or older) are first told what goes and may inspect it
and object to parts; :func:`record_parents_step` keeps when they were informed, whether they
inspected, their objection in words and the parts withheld. A verslag (or gemotiveerd
verslag) always goes: the law allows no objection to it. :func:`transferable` then builds what
may go, leaving out every vertrouwelijk item or field and every withheld part;
``services/exports.py`` checks it, writes the PDF and the sealed transfer file, and logs it.

Receiving: :func:`open_transfer` unseals and checks a file and finds the pupils it may be;
:func:`receive` creates or matches the pupil and keeps the previous school's history as it
arrived, read-only, beside this school's own records.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from go_hgw_desktop import __version__
from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.errors import Problems, ValidationError
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.text import fold_accents
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports import transfer_content, transfer_file
from go_hgw_desktop.services import records
from go_hgw_desktop.services.pupils import create_pupil_in
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

# What the parents may object to: a trajectory (with all under it) or one item of it.
WITHHOLDABLE = (
    "trajectory",
    "observation",
    "factor",
    "educational_need",
    "plan",
    "goal",
    "measure",
    "follow_up_note",
    "clb_request",
    "leersteun_request",
)
ALWAYS_GOES = "verslag_reference"
OBJECTION_MAX = 5000


@dataclass(frozen=True)
class Part:
    """One part of the pupil's file as the overdracht dialog lists it."""

    item: str  # the table
    item_id: int
    label: str
    trajectory_id: int | None  # the trajectory it belongs to (None for a trajectory itself)
    confidential: bool  # vertrouwelijk: never goes, whatever the parents say
    required: bool = False  # a verslag: always goes

    @property
    def key(self) -> tuple[str, int]:
        return (self.item, self.item_id)


@dataclass
class ParentsStep:
    """The step before the send: informed, inspected, objected to (which parts are withheld)."""

    informed_on: date | None = None
    inspected: bool = False
    inspected_on: date | None = None
    objection: str = ""
    withheld: set[tuple[str, int]] = field(default_factory=set)
    to_school: str = ""
    sent_on: date | None = None


class NoParentsStep(UserError):
    def __init__(self) -> None:
        super().__init__(
            "Noteer eerst wanneer de ouders ingelicht werden over de overdracht.",
            "De ouders (en een leerling vanaf 12 jaar) mogen de gegevens eerst inzien en bezwaar "
            "maken tegen delen ervan: ‘Overdracht naar andere school…’ in het leerlingendossier.",
        )


# ------------------------------------------------------------------------------ sending


def _short(text: str, length: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _pupil_record(session: Session, pupil_id: int) -> m.PupilRecord:
    pupil = session.get(m.PupilRecord, pupil_id)
    if pupil is None:
        raise ValidationError("Deze leerling bestaat niet (meer).")
    return pupil


def _trajectories(session: Session, pupil_id: int) -> list[m.TrajectoryRecord]:
    return list(
        session.scalars(
            select(m.TrajectoryRecord)
            .where(m.TrajectoryRecord.pupil_id == pupil_id)
            .order_by(m.TrajectoryRecord.start_date, m.TrajectoryRecord.id)
        )
    )


def _children(session: Session, record: type, column, ids: list[int], order) -> list:
    if not ids:
        return []
    return list(session.scalars(select(record).where(column.in_(ids)).order_by(order, record.id)))


def parts(store: Store, pupil_id: int) -> list[Part]:
    """Every part of the pupil's file an overdracht is about, in reading order per trajectory."""
    with store.transaction() as session:
        _pupil_record(session, pupil_id)
        return _parts_in(session, pupil_id)


def _parts_in(session: Session, pupil_id: int) -> list[Part]:
    found: list[Part] = []
    for t in _trajectories(session, pupil_id):
        found.append(
            Part(
                "trajectory",
                t.id,
                f"Traject ‘{t.title}’ (sinds {format_date(t.start_date)}), met alles wat erbij hoort",
                None,
                False,
            )
        )
        cycles = _children(session, m.CycleRecord, m.CycleRecord.trajectory_id, [t.id], m.CycleRecord.number)
        cycle_ids = [c.id for c in cycles]
        number = {c.id: c.number for c in cycles}
        for o in _children(
            session,
            m.ObservationRecord,
            m.ObservationRecord.cycle_id,
            cycle_ids,
            m.ObservationRecord.observed_on,
        ):
            found.append(
                Part(
                    "observation",
                    o.id,
                    f"Cyclus {number[o.cycle_id]} · waarneming van "
                    f"{format_date(o.observed_on)}: {_short(o.text)}",
                    t.id,
                    o.confidential,
                )
            )
        for f in _children(session, m.FactorRecord, m.FactorRecord.cycle_id, cycle_ids, m.FactorRecord.id):
            found.append(
                Part(
                    "factor",
                    f.id,
                    f"Cyclus {number[f.cycle_id]} · {f.kind.label.lower()}e factor: {_short(f.text)}",
                    t.id,
                    f.confidential,
                )
            )
        for n in _children(
            session,
            m.EducationalNeedRecord,
            m.EducationalNeedRecord.cycle_id,
            cycle_ids,
            m.EducationalNeedRecord.id,
        ):
            found.append(
                Part(
                    "educational_need",
                    n.id,
                    f"Cyclus {number[n.cycle_id]} · onderwijsbehoefte: {_short(n.text)}",
                    t.id,
                    n.confidential,
                )
            )
        plans = _children(session, m.PlanRecord, m.PlanRecord.cycle_id, cycle_ids, m.PlanRecord.start_date)
        for p in plans:
            found.append(
                Part(
                    "plan",
                    p.id,
                    f"Cyclus {number[p.cycle_id]} · {p.plan_type.label} van "
                    f"{format_date(p.start_date)} (met doelen en maatregelen)",
                    t.id,
                    p.confidential,
                )
            )
            for g in _children(session, m.GoalRecord, m.GoalRecord.plan_id, [p.id], m.GoalRecord.position):
                found.append(
                    Part(
                        "goal",
                        g.id,
                        f"Cyclus {number[p.cycle_id]} · doel: {_short(g.description)}",
                        t.id,
                        g.confidential,
                    )
                )
            for s in _children(session, m.MeasureRecord, m.MeasureRecord.plan_id, [p.id], m.MeasureRecord.id):
                found.append(
                    Part(
                        "measure",
                        s.id,
                        f"Cyclus {number[p.cycle_id]} · maatregel: {_short(s.description)}",
                        t.id,
                        s.confidential,
                    )
                )
        for n in _children(
            session,
            m.FollowUpNoteRecord,
            m.FollowUpNoteRecord.cycle_id,
            cycle_ids,
            m.FollowUpNoteRecord.noted_on,
        ):
            found.append(
                Part(
                    "follow_up_note",
                    n.id,
                    f"Cyclus {number[n.cycle_id]} · opvolgnotitie van "
                    f"{format_date(n.noted_on)}: {_short(n.text)}",
                    t.id,
                    n.confidential,
                )
            )
        for r in _children(
            session,
            m.ClbRequestRecord,
            m.ClbRequestRecord.trajectory_id,
            [t.id],
            m.ClbRequestRecord.requested_on,
        ):
            found.append(
                Part("clb_request", r.id, f"CLB-aanvraag van {format_date(r.requested_on)}", t.id, False)
            )
        for r in _children(
            session,
            m.LeersteunRequestRecord,
            m.LeersteunRequestRecord.trajectory_id,
            [t.id],
            m.LeersteunRequestRecord.requested_on,
        ):
            found.append(
                Part(
                    "leersteun_request",
                    r.id,
                    f"Leersteun ({r.kind.label.lower()}) aangevraagd op {format_date(r.requested_on)}",
                    t.id,
                    False,
                )
            )
        for v in _children(
            session,
            m.VerslagReferenceRecord,
            m.VerslagReferenceRecord.trajectory_id,
            [t.id],
            m.VerslagReferenceRecord.issued_on,
        ):
            found.append(
                Part(
                    ALWAYS_GOES,
                    v.id,
                    f"{v.kind.label} van {format_date(v.issued_on)} (gaat altijd mee: wettelijk verplicht)",
                    t.id,
                    False,
                    required=True,
                )
            )
    return found


def _latest(session: Session, pupil_id: int) -> m.TransferOutRecord | None:
    return session.scalars(
        select(m.TransferOutRecord)
        .where(m.TransferOutRecord.pupil_id == pupil_id)
        .order_by(m.TransferOutRecord.id.desc())
        .limit(1)
    ).first()


def parents_step(store: Store, pupil_id: int) -> ParentsStep | None:
    """The pupil's latest recorded step (still to send, or sent), or None."""
    with store.transaction() as session:
        record = _latest(session, pupil_id)
        if record is None:
            return None
        withheld = {
            (w.item, w.item_id)
            for w in session.scalars(
                select(m.TransferWithheldRecord).where(m.TransferWithheldRecord.transfer_id == record.id)
            )
        }
        return ParentsStep(
            record.parents_informed_on,
            record.inspected,
            record.inspected_on,
            record.objection,
            withheld,
            record.to_school,
            record.sent_on,
        )


def record_parents_step(store: Store, pupil_id: int, step: ParentsStep, today: date | None = None) -> None:
    """Keep the parents' step and what they objected to, in one transaction. A step not yet
    sent is changed; after a send a new step starts. Refuses a verslag among the withheld
    parts (the law sends it), a part of another pupil, and dates that cannot be."""
    today = today or date.today()
    p = Problems()
    p.check(step.informed_on is not None, "Geef de datum waarop de ouders ingelicht werden.")
    if step.informed_on is not None:
        p.check(step.informed_on <= today, "De ouders kunnen niet in de toekomst ingelicht worden.")
    if step.inspected:
        p.check(step.inspected_on is not None, "Geef de datum waarop de ouders de gegevens inzagen.")
        if step.inspected_on is not None and step.informed_on is not None:
            p.check(
                step.informed_on <= step.inspected_on <= today,
                "De datum van de inzage ligt tussen het inlichten en vandaag.",
            )
    p.check(len(step.objection) <= OBJECTION_MAX, f"Het bezwaar is te lang (max. {OBJECTION_MAX} tekens).")
    p.check(len(step.to_school) <= 200, "De naam van de nieuwe school is te lang (max. 200 tekens).")
    p.raise_if_any()
    with store.transaction() as session:
        _pupil_record(session, pupil_id)
        known = {part.key: part for part in _parts_in(session, pupil_id)}
        for key in step.withheld:
            if key[0] == ALWAYS_GOES:
                raise ValidationError(
                    "Een verslag (of gemotiveerd verslag) gaat altijd mee: de wet laat geen "
                    "bezwaar toe. Vink het niet uit."
                )
            if key not in known or key[0] not in WITHHOLDABLE:
                raise ValidationError(
                    "Een aangevinkt onderdeel hoort niet (meer) bij deze leerling. Open het venster opnieuw."
                )
        record = _latest(session, pupil_id)
        if record is None or record.sent_on is not None:
            record = m.TransferOutRecord(pupil_id=pupil_id)
            session.add(record)
        record.parents_informed_on = step.informed_on
        record.inspected = step.inspected
        record.inspected_on = step.inspected_on if step.inspected else None
        record.objection = step.objection.strip()
        record.to_school = step.to_school.strip()
        session.flush()
        session.execute(
            delete(m.TransferWithheldRecord).where(m.TransferWithheldRecord.transfer_id == record.id)
        )
        session.add_all(
            m.TransferWithheldRecord(transfer_id=record.id, item=item, item_id=ident)
            for item, ident in sorted(step.withheld)
        )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _value(choice) -> Any:
    return None if choice is None else choice.value


def _cycle(session: Session, cycle: m.CycleRecord, gone) -> dict[str, Any]:
    ids = [cycle.id]
    plan = session.scalars(select(m.PlanRecord).where(m.PlanRecord.cycle_id == cycle.id)).first()
    plan_goes = plan is not None and not gone("plan", plan)
    goals = measures = []
    if plan_goes:
        goals = [
            g
            for g in _children(session, m.GoalRecord, m.GoalRecord.plan_id, [plan.id], m.GoalRecord.position)
            if not gone("goal", g)
        ]
        measures = [
            s
            for s in _children(
                session, m.MeasureRecord, m.MeasureRecord.plan_id, [plan.id], m.MeasureRecord.id
            )
            if not gone("measure", s)
        ]
    return {
        "number": cycle.number,
        "started_on": _day(cycle.started_on),
        "step": cycle.step.value,
        "closed_on": _day(cycle.closed_on),
        "observations": [
            {
                "observed_on": _day(o.observed_on),
                "source": o.source.value,
                "text": o.text,
                "author_role": o.author_role.value,
            }
            for o in _children(
                session,
                m.ObservationRecord,
                m.ObservationRecord.cycle_id,
                ids,
                m.ObservationRecord.observed_on,
            )
            if not gone("observation", o)
        ],
        "factors": [
            {"kind": f.kind.value, "context": f.context.value, "text": f.text}
            for f in _children(session, m.FactorRecord, m.FactorRecord.cycle_id, ids, m.FactorRecord.id)
            if not gone("factor", f)
        ],
        "needs": [
            {"slot": n.slot.value, "text": n.text, "goal_text": n.goal_text}
            for n in _children(
                session,
                m.EducationalNeedRecord,
                m.EducationalNeedRecord.cycle_id,
                ids,
                m.EducationalNeedRecord.id,
            )
            if not gone("educational_need", n)
        ],
        # A vertrouwelijk plan goes without its texts, as on the printed plan.
        "plan": {
            "plan_type": plan.plan_type.value,
            "start_date": _day(plan.start_date),
            "end_date": _day(plan.end_date),
            "evaluation_date": _day(plan.evaluation_date),
            "starting_situation": "" if plan.confidential else plan.starting_situation,
            "approach": "" if plan.confidential else plan.approach,
        }
        if plan_goes
        else None,
        "goals": [
            {
                "description": g.description,
                "criterion": g.criterion,
                "deadline": _day(g.deadline),
                "result": _value(g.result),
                "evaluated_on": _day(g.evaluated_on),
                "evaluation_note": g.evaluation_note,
            }
            for g in goals
        ],
        "measures": [
            {
                "category": s.category.value,
                "description": s.description,
                "responsible_role": s.responsible_role.value,
                "frequency": s.frequency,
            }
            for s in measures
        ],
        "notes": [
            {"noted_on": _day(n.noted_on), "text": n.text, "author_role": n.author_role.value}
            for n in _children(
                session,
                m.FollowUpNoteRecord,
                m.FollowUpNoteRecord.cycle_id,
                ids,
                m.FollowUpNoteRecord.noted_on,
            )
            if not gone("follow_up_note", n)
        ],
    }


def transferable(store: Store, pupil_id: int, today: date | None = None) -> dict[str, Any]:
    """What may go to the new school, as the transfer file's content: never a vertrouwelijk item
    (a vertrouwelijk field goes empty), never a part the parents objected to; the verslagen
    always. Raises :class:`NoParentsStep` when the parents' step was not recorded."""
    today = today or date.today()
    with store.transaction() as session:
        pupil = _pupil_record(session, pupil_id)
        record = _latest(session, pupil_id)
        if record is None:
            raise NoParentsStep()
        withheld = {
            (w.item, w.item_id)
            for w in session.scalars(
                select(m.TransferWithheldRecord).where(m.TransferWithheldRecord.transfer_id == record.id)
            )
        }

        def gone(item: str, row) -> bool:
            return bool(getattr(row, "confidential", False)) or (item, row.id) in withheld

        school = school_in(session)
        classes = session.execute(
            select(m.ClassMembershipRecord.school_year, m.ClassGroupRecord.name)
            .join(m.ClassGroupRecord, m.ClassGroupRecord.id == m.ClassMembershipRecord.group_id)
            .where(m.ClassMembershipRecord.pupil_id == pupil_id)
            .order_by(m.ClassMembershipRecord.school_year)
        ).all()
        trajectories, verslagen = [], []
        for t in _trajectories(session, pupil_id):
            sent = not gone("trajectory", t)
            for v in _children(
                session,
                m.VerslagReferenceRecord,
                m.VerslagReferenceRecord.trajectory_id,
                [t.id],
                m.VerslagReferenceRecord.issued_on,
            ):
                verslagen.append(
                    {
                        "kind": v.kind.value,
                        "issued_on": _day(v.issued_on),
                        "status": v.status.value,
                        "reference": v.reference,
                        "trajectory": t.title if sent else "",
                    }
                )
            if not sent:
                continue
            phases = _children(
                session,
                m.PhaseChangeRecord,
                m.PhaseChangeRecord.trajectory_id,
                [t.id],
                m.PhaseChangeRecord.start_date,
            )
            cycles = _children(
                session, m.CycleRecord, m.CycleRecord.trajectory_id, [t.id], m.CycleRecord.number
            )
            clb = _children(
                session,
                m.ClbRequestRecord,
                m.ClbRequestRecord.trajectory_id,
                [t.id],
                m.ClbRequestRecord.requested_on,
            )
            leersteun = _children(
                session,
                m.LeersteunRequestRecord,
                m.LeersteunRequestRecord.trajectory_id,
                [t.id],
                m.LeersteunRequestRecord.requested_on,
            )
            trajectories.append(
                {
                    "title": t.title,
                    "domain": t.domain.value,
                    "sub_theme": _value(t.sub_theme),
                    "status": t.status.value,
                    "start_date": _day(t.start_date),
                    "end_date": _day(t.end_date),
                    "phases": [
                        {
                            "phase": int(p.phase),
                            "start_date": _day(p.start_date),
                            "end_date": _day(p.end_date),
                            "reason": "" if p.reason_confidential else p.reason,
                        }
                        for p in phases
                    ],
                    "cycles": [_cycle(session, c, gone) for c in cycles],
                    "clb_requests": [
                        {
                            "requested_on": _day(r.requested_on),
                            "question": "" if r.question_confidential else r.question,
                            "consent_by": _value(r.consent_by),
                            "consent_on": _day(r.consent_on),
                            "diagnostic_phase": _value(r.diagnostic_phase),
                            "status": r.status.value,
                            "started_on": _day(r.started_on),
                            "outcome": "" if r.outcome_confidential else r.outcome,
                            "closed_on": _day(r.closed_on),
                        }
                        for r in clb
                        if not gone("clb_request", r)
                    ],
                    "leersteun": [
                        {
                            "kind": r.kind.value,
                            "status": r.status.value,
                            "requested_on": _day(r.requested_on),
                            "started_on": _day(r.started_on),
                            "ended_on": _day(r.ended_on),
                            "theme": r.theme,
                            "note": "" if r.note_confidential else r.note,
                        }
                        for r in leersteun
                        if not gone("leersteun_request", r)
                    ],
                }
            )
        content = {
            "format": transfer_content.FORMAT,
            "version": transfer_content.VERSION,
            "sent_on": today.isoformat(),
            "app_version": __version__,
            "from_school": {"name": school.name, "institution_number": school.institution_number or ""},
            "pupil": {
                "first_name": pupil.first_name,
                "last_name": pupil.last_name,
                "birth_year": pupil.birth_year,
                "number": pupil.external_ref or "",
                "entry_date": _day(pupil.entry_date),
                "leave_date": _day(pupil.leave_date),
            },
            "parents": {
                "informed_on": _day(record.parents_informed_on),
                "inspected": record.inspected,
                "objected": bool(withheld),
            },
            "classes": [{"school_year": str(year), "name": name} for year, name in classes],
            "trajectories": trajectories,
            "verslagen": verslagen,
        }
    return transfer_content.validate(content)


def mark_sent(store: Store, pupil_id: int, today: date) -> None:
    """The latest step was sent today (the files are written)."""
    with store.transaction() as session:
        record = _latest(session, pupil_id)
        if record is not None:
            record.sent_on = today


# ------------------------------------------------------------------------------ receiving


@dataclass(frozen=True)
class Arrival:
    """An opened transfer file: its checked content and the pupils of this school it may be."""

    content: dict[str, Any]
    fingerprint: str
    candidates: tuple[Pupil, ...]
    matched: Pupil | None  # the one pupil it surely is, or None (new, or ask)

    @property
    def pupil_name(self) -> str:
        p = self.content["pupil"]
        return f"{p['first_name']} {p['last_name']}"


class AlreadyReceived(UserError):
    exit_code = 2


def _fingerprint(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _folded(name: str) -> str:
    return " ".join(fold_accents(name).casefold().split())


def open_transfer(store: Store, path: Path, code: str) -> Arrival:
    """Unseal and check the transfer file at ``path``; nothing is stored. Refused (Dutch message,
    exit code 2) when the code is wrong, the file changed, incomplete or from a newer version,
    or when it was read in before."""
    path = Path(path)
    content = transfer_file.read(path, code)
    version = content.get("version")
    if isinstance(version, int) and version > transfer_content.VERSION:
        raise transfer_file.TransferFileError(
            path.name,
            "dit bestand is gemaakt met een nieuwere versie van GO! HGW Desktop.",
            "Werk GO! HGW Desktop bij naar de nieuwste versie en lees het bestand dan opnieuw in.",
        )
    try:
        transfer_content.validate(content)
    except transfer_content.Invalid as error:
        raise transfer_file.TransferFileError(
            path.name, f"de inhoud volgt het formaat niet ({error})."
        ) from None
    fingerprint = _fingerprint(content)
    pupil = content["pupil"]
    with store.transaction() as session:
        earlier = session.scalars(
            select(m.ReceivedHistoryRecord).where(m.ReceivedHistoryRecord.fingerprint == fingerprint)
        ).first()
        if earlier is not None:
            code_of = session.get(m.PupilRecord, earlier.pupil_id).code
            raise AlreadyReceived(
                f"Dit overdrachtsbestand is al ingelezen op {format_date(earlier.received_on)} "
                f"(leerling {code_of}). Er is niets opnieuw ingelezen.",
                "Open het dossier van die leerling: de gegevens van de vorige school staan er.",
            )
        rows = session.scalars(select(m.PupilRecord).where(m.PupilRecord.birth_year == pupil["birth_year"]))
        wanted = (_folded(pupil["first_name"]), _folded(pupil["last_name"]))
        found = [
            records.load(session, Pupil, r.id)
            for r in rows
            if (_folded(r.first_name), _folded(r.last_name)) == wanted
        ]
    matched = found[0] if len(found) == 1 else None
    if len(found) > 1 and pupil["number"]:
        same = [p for p in found if p.external_ref == pupil["number"]]
        matched = same[0] if len(same) == 1 else None
    return Arrival(content, fingerprint, tuple(found), matched)


def receive(store: Store, arrival: Arrival, pupil_id: int | None, today: date | None = None) -> Pupil:
    """Keep the previous school's history with pupil ``pupil_id`` (one of the candidates), or with a
    new pupil when None, in one transaction, and log the import."""
    today = today or date.today()
    content = arrival.content
    with store.transaction() as session:
        if pupil_id is None:
            p = content["pupil"]
            pupil = create_pupil_in(
                session,
                Pupil(first_name=p["first_name"], last_name=p["last_name"], birth_year=p["birth_year"]),
            )
        else:
            if pupil_id not in {c.id for c in arrival.candidates}:
                raise ValidationError(
                    "Deze leerling heeft een andere naam of een ander geboortejaar dan in het "
                    "overdrachtsbestand. Kies een leerling uit de lijst of maak een nieuwe."
                )
            pupil = records.load(session, Pupil, pupil_id)
        session.add(
            m.ReceivedHistoryRecord(
                pupil_id=pupil.id,
                from_school=content["from_school"]["name"][:200],
                sent_on=date.fromisoformat(content["sent_on"]),
                received_on=today,
                fingerprint=arrival.fingerprint,
                content=json.dumps(content, ensure_ascii=False, sort_keys=True),
            )
        )
        session.flush()
        audit.record(session, audit.Entry(audit.IMPORTED, "transfer", None, pupil.id, "HGWO"))
        return pupil


@dataclass(frozen=True)
class ReceivedHistory:
    id: int
    from_school: str
    sent_on: date
    received_on: date
    content: dict[str, Any]


def received(store: Store, pupil_id: int) -> list[ReceivedHistory]:
    """What previous schools passed on for this pupil, oldest first, as it arrived."""
    with store.transaction() as session:
        rows = session.scalars(
            select(m.ReceivedHistoryRecord)
            .where(m.ReceivedHistoryRecord.pupil_id == pupil_id)
            .order_by(m.ReceivedHistoryRecord.received_on, m.ReceivedHistoryRecord.id)
        )
        return [
            ReceivedHistory(r.id, r.from_school, r.sent_on, r.received_on, json.loads(r.content))
            for r in rows
        ]
