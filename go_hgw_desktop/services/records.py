"""Shared plumbing of the services: which record stores which entity, load and save.

Services validate domain objects, then persist them through these helpers inside the
caller's transaction. Nothing here commits: the public service function owns the
transaction, so a use case is all or nothing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.cycle_items import (
    Conversation,
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    PartnerView,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup, School, StaffMember, Subgroup
from go_hgw_desktop.domain.trajectory import Cycle, PhaseChange, Trajectory
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain, to_record, update_record

T = TypeVar("T")

RECORD_FOR: dict[type, type[m.Base]] = {
    School: m.SchoolRecord,
    StaffMember: m.StaffMemberRecord,
    ClassGroup: m.ClassGroupRecord,
    Subgroup: m.SubgroupRecord,
    Pupil: m.PupilRecord,
    Trajectory: m.TrajectoryRecord,
    PhaseChange: m.PhaseChangeRecord,
    Cycle: m.CycleRecord,
    Observation: m.ObservationRecord,
    Factor: m.FactorRecord,
    EducationalNeed: m.EducationalNeedRecord,
    TeacherSupportNeed: m.TeacherSupportNeedRecord,
    FollowUpNote: m.FollowUpNoteRecord,
    Conversation: m.ConversationRecord,
    PartnerView: m.PartnerViewRecord,
    Plan: m.PlanRecord,
    Goal: m.GoalRecord,
    Measure: m.MeasureRecord,
    ClbRequest: m.ClbRequestRecord,
    VerslagReference: m.VerslagReferenceRecord,
    LeersteunRequest: m.LeersteunRequestRecord,
    Consultation: m.ConsultationRecord,
    Participant: m.ParticipantRecord,
    ActionItem: m.ActionItemRecord,
}

# Dutch names for "not found" messages.
_NAMES = {
    School: "school", StaffMember: "persoon", ClassGroup: "klas", Subgroup: "subgroep", Pupil: "leerling",
    Trajectory: "traject", Cycle: "cyclus", Observation: "waarneming", Factor: "factor",
    EducationalNeed: "onderwijsbehoefte", TeacherSupportNeed: "ondersteuningsbehoefte",
    FollowUpNote: "notitie", Plan: "plan", Goal: "doel", Measure: "maatregel",
    ClbRequest: "CLB-aanvraag", VerslagReference: "verslag", LeersteunRequest: "leersteun",
    Consultation: "overleg", ActionItem: "afspraak", PhaseChange: "fase",
    Conversation: "gesprek", PartnerView: "visie",
}


class NotFoundError(UserError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(
            f"De {what} ({ident}) bestaat niet (meer).",
            "Misschien werd ze intussen verwijderd; vernieuw het overzicht.",
        )


def record_of(session: Session, domain_class: type, ident: int) -> Any:
    record = session.get(RECORD_FOR[domain_class], ident)
    if record is None:
        raise NotFoundError(_NAMES.get(domain_class, domain_class.__name__), ident)
    return record


def load(session: Session, domain_class: type[T], ident: int) -> T:
    return to_domain(record_of(session, domain_class, ident), domain_class)


def save(session: Session, entity: T) -> T:
    """Insert (no id) or update (id set) the entity's row; returns it with its id."""
    record_class = RECORD_FOR[type(entity)]
    if getattr(entity, "id", None) is None:
        record = to_record(entity, record_class)
        session.add(record)
        session.flush()
        entity.id = record.id  # type: ignore[attr-defined]
    else:
        update_record(record_of(session, type(entity), entity.id), entity)  # type: ignore[attr-defined]
        session.flush()
    return entity


def delete(session: Session, domain_class: type, ident: int) -> None:
    session.delete(record_of(session, domain_class, ident))
    session.flush()


def all_of(session: Session, domain_class: type[T], *criteria: Any, order_by: Any = ()) -> list[T]:
    """Every entity of a kind matching ``criteria``, ordered by ``order_by`` or by id."""
    record_class = RECORD_FOR[domain_class]
    order = order_by if isinstance(order_by, tuple) else (order_by,)
    query = select(record_class).where(*criteria).order_by(*(order or (record_class.id,)))
    return [to_domain(r, domain_class) for r in session.scalars(query)]
