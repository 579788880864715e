"""SQLAlchemy 2 mapped classes: one table per domain entity.

Column names equal the domain dataclasses' field names, so :mod:`.mapping` converts
between them without a hand-written copy per entity. Children are removed with their
parent by ``ON DELETE CASCADE`` in the database itself (purge relies on it).
"""

from __future__ import annotations

import gc
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, configure_mappers, mapped_column, relationship

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    ConsultationType,
    ConversationKind,
    DiagnosticPhase,
    FactorContext,
    FactorKind,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    RequestStatus,
    Role,
    SubgroupKind,
    SubTheme,
    TrajectoryStatus,
    VerslagStatus,
    VerslagType,
    ViewHolder,
)
from go_hgw_desktop.storage.types import PhaseType, SchoolYearType, choice

# Named constraints: Alembic's batch mode for SQLite needs names to alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _fk(target: str, *, nullable: bool = False, on_delete: str = "CASCADE"):
    return mapped_column(
        ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True
    )


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="")


def _flag() -> Mapped[bool]:
    return mapped_column(Boolean, nullable=False, default=False)


class SchoolRecord(Base):
    __tablename__ = "school"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    institution_number: Mapped[str] = mapped_column(String(20), default="")
    scholengroep: Mapped[str] = mapped_column(String(200), default="")
    clb: Mapped[str] = mapped_column(String(200), default="", server_default="")
    leersteuncentrum: Mapped[str] = mapped_column(String(200), default="", server_default="")
    plan_signatures: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")


class StaffMemberRecord(Base):
    """A person of the school team with a role: owner of agreements and measures."""

    __tablename__ = "staff_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = _fk("school.id")
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(choice(Role))


class SettingRecord(Base):
    """Preferences that belong with the data (e.g. the current school year)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ClassGroupRecord(Base):
    __tablename__ = "class_group"
    __table_args__ = (UniqueConstraint("school_id", "school_year", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = _fk("school.id")
    school_year: Mapped[SchoolYear] = mapped_column(SchoolYearType)
    name: Mapped[str] = mapped_column(String(100))
    grade: Mapped[str] = mapped_column(String(20), default="")


class ClassTeacherRecord(Base):
    """The klasleraar of a class (one per class, a person of the staff list)."""

    __tablename__ = "class_teacher"
    group_id: Mapped[int] = mapped_column(ForeignKey("class_group.id", ondelete="CASCADE"),
                                          primary_key=True)
    staff_id: Mapped[int] = _fk("staff_member.id")


class SubgroupRecord(Base):
    __tablename__ = "subgroup"
    __table_args__ = (UniqueConstraint("group_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = _fk("class_group.id")
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[SubgroupKind] = mapped_column(choice(SubgroupKind))


subgroup_member = Table(
    "subgroup_member",
    Base.metadata,
    Column("subgroup_id", ForeignKey("subgroup.id", ondelete="CASCADE"), primary_key=True),
    Column("pupil_id", ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class PupilRecord(Base):
    __tablename__ = "pupil"
    __table_args__ = (UniqueConstraint("school_id", "external_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = _fk("school.id")
    code: Mapped[str] = mapped_column(String(12), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[date | None] = mapped_column(Date)
    leave_date: Mapped[date | None] = mapped_column(Date)
    external_ref: Mapped[str | None] = mapped_column(String(40))


class ClassMembershipRecord(Base):
    """A pupil's class in one school year (pupils change class every year)."""

    __tablename__ = "class_membership"
    __table_args__ = (UniqueConstraint("pupil_id", "school_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = _fk("pupil.id")
    group_id: Mapped[int] = _fk("class_group.id")
    school_year: Mapped[SchoolYear] = mapped_column(SchoolYearType)


class TrajectoryRecord(Base):
    __tablename__ = "trajectory"
    __table_args__ = (
        CheckConstraint("(pupil_id IS NULL) <> (group_id IS NULL)", name="one_subject"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int | None] = _fk("pupil.id", nullable=True)
    group_id: Mapped[int | None] = _fk("class_group.id", nullable=True)
    subgroup_id: Mapped[int | None] = _fk("subgroup.id", nullable=True, on_delete="SET NULL")
    title: Mapped[str] = mapped_column(String(100))
    domain: Mapped[CareDomain] = mapped_column(choice(CareDomain))
    sub_theme: Mapped[SubTheme | None] = mapped_column(choice(SubTheme))
    status: Mapped[TrajectoryStatus] = mapped_column(choice(TrajectoryStatus))
    responsible_role: Mapped[Role] = mapped_column(choice(Role))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    phases: Mapped[list[PhaseChangeRecord]] = relationship(
        order_by="PhaseChangeRecord.start_date, PhaseChangeRecord.id",
        lazy="selectin",
        viewonly=True,
    )


class PhaseChangeRecord(Base):
    __tablename__ = "phase_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = _fk("trajectory.id")
    phase: Mapped[Phase] = mapped_column(PhaseType)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = _text()
    reason_confidential: Mapped[bool] = _flag()


class CycleRecord(Base):
    __tablename__ = "cycle"
    __table_args__ = (UniqueConstraint("trajectory_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = _fk("trajectory.id")
    number: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    step: Mapped[HgwStep] = mapped_column(choice(HgwStep))
    closed_on: Mapped[date | None] = mapped_column(Date)


class ObservationRecord(Base):
    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    observed_on: Mapped[date] = mapped_column(Date)
    source: Mapped[ObservationSource] = mapped_column(choice(ObservationSource))
    text: Mapped[str] = _text()
    author_role: Mapped[Role] = mapped_column(choice(Role))
    pupil_id: Mapped[int | None] = _fk("pupil.id", nullable=True)
    confidential: Mapped[bool] = _flag()


class FactorRecord(Base):
    __tablename__ = "factor"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    kind: Mapped[FactorKind] = mapped_column(choice(FactorKind))
    context: Mapped[FactorContext] = mapped_column(choice(FactorContext))
    text: Mapped[str] = _text()
    confidential: Mapped[bool] = _flag()


class EducationalNeedRecord(Base):
    __tablename__ = "educational_need"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    slot: Mapped[NeedSlot] = mapped_column(choice(NeedSlot))
    text: Mapped[str] = _text()
    goal_text: Mapped[str] = _text()
    pupil_id: Mapped[int | None] = _fk("pupil.id", nullable=True)
    confidential: Mapped[bool] = _flag()


class TeacherSupportNeedRecord(Base):
    __tablename__ = "teacher_support_need"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int | None] = _fk("cycle.id", nullable=True)
    school_id: Mapped[int | None] = _fk("school.id", nullable=True)
    wants_to_achieve: Mapped[str] = _text()
    already_does: Mapped[str] = _text()
    needs: Mapped[str] = _text()
    theme: Mapped[str] = mapped_column(String(100), default="")
    recorded_on: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = _flag()


class PlanRecord(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("cycle.id", ondelete="CASCADE"), unique=True
    )
    plan_type: Mapped[PlanType] = mapped_column(choice(PlanType))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    evaluation_date: Mapped[date] = mapped_column(Date)
    starting_situation: Mapped[str] = _text()
    approach: Mapped[str] = _text()
    discussed_with_parents_on: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = _flag()


class GoalRecord(Base):
    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _fk("plan.id")
    description: Mapped[str] = _text()
    criterion: Mapped[str] = _text()
    deadline: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[GoalResult | None] = mapped_column(choice(GoalResult))
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    evaluation_note: Mapped[str] = _text()
    confidential: Mapped[bool] = _flag()


class MeasureRecord(Base):
    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _fk("plan.id")
    category: Mapped[MeasureCategory] = mapped_column(choice(MeasureCategory))
    description: Mapped[str] = _text()
    responsible_role: Mapped[Role] = mapped_column(choice(Role))
    # A person chosen instead of only a role; removing the person leaves the role.
    responsible_staff_id: Mapped[int | None] = _fk("staff_member.id", nullable=True, on_delete="SET NULL")
    frequency: Mapped[str] = mapped_column(String(200), default="")
    confidential: Mapped[bool] = _flag()


class FollowUpNoteRecord(Base):
    __tablename__ = "follow_up_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = _text()
    author_role: Mapped[Role] = mapped_column(choice(Role))
    confidential: Mapped[bool] = _flag()


class ConversationRecord(Base):
    """An oudergesprek or kindgesprek (waarnemen)."""

    __tablename__ = "conversation"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    kind: Mapped[ConversationKind] = mapped_column(choice(ConversationKind))
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(200), default="")
    said: Mapped[str] = _text()
    agreements: Mapped[str] = _text()
    confidential: Mapped[bool] = _flag()


class PartnerViewRecord(Base):
    """The parents' or the pupil's view (begrijpen): one of each per cycle."""

    __tablename__ = "partner_view"
    __table_args__ = (UniqueConstraint("cycle_id", "holder"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = _fk("cycle.id")
    holder: Mapped[ViewHolder] = mapped_column(choice(ViewHolder))
    text: Mapped[str] = _text()
    recorded_on: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = _flag()


class ClbRequestRecord(Base):
    __tablename__ = "clb_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = _fk("trajectory.id")
    requested_on: Mapped[date] = mapped_column(Date)
    question: Mapped[str] = _text()
    question_confidential: Mapped[bool] = _flag()
    consent_by: Mapped[ConsentBy | None] = mapped_column(choice(ConsentBy))
    consent_on: Mapped[date | None] = mapped_column(Date)
    diagnostic_phase: Mapped[DiagnosticPhase | None] = mapped_column(choice(DiagnosticPhase))
    status: Mapped[RequestStatus] = mapped_column(choice(RequestStatus))
    started_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = _text()
    outcome_confidential: Mapped[bool] = _flag()
    closed_on: Mapped[date | None] = mapped_column(Date)


class VerslagReferenceRecord(Base):
    __tablename__ = "verslag_reference"
    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = _fk("trajectory.id")
    kind: Mapped[VerslagType] = mapped_column(choice(VerslagType))
    issued_on: Mapped[date] = mapped_column(Date)
    status: Mapped[VerslagStatus] = mapped_column(choice(VerslagStatus))
    reference: Mapped[str] = mapped_column(String(300), default="")


class LeersteunRequestRecord(Base):
    __tablename__ = "leersteun_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int | None] = _fk("trajectory.id", nullable=True)
    school_id: Mapped[int | None] = _fk("school.id", nullable=True)
    kind: Mapped[LeersteunKind] = mapped_column(choice(LeersteunKind))
    status: Mapped[LeersteunStatus] = mapped_column(choice(LeersteunStatus))
    requested_on: Mapped[date] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    theme: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = _text()
    note_confidential: Mapped[bool] = _flag()


consultation_pupil = Table(
    "consultation_pupil",
    Base.metadata,
    Column("consultation_id", ForeignKey("consultation.id", ondelete="CASCADE"),
           primary_key=True),
    Column("pupil_id", ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)

consultation_group = Table(
    "consultation_group",
    Base.metadata,
    Column("consultation_id", ForeignKey("consultation.id", ondelete="CASCADE"),
           primary_key=True),
    Column("group_id", ForeignKey("class_group.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class ConsultationRecord(Base):
    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = _fk("school.id", nullable=True)
    kind: Mapped[ConsultationType] = mapped_column(choice(ConsultationType))
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    decisions: Mapped[str] = _text()
    decisions_confidential: Mapped[bool] = _flag()


class ConsultationFotoRecord(Base):
    """The schoolfoto a MICRO-overleg discussed, frozen: the data file's JSON (aggregates only).

    Kept as the published foto, never recomputed, so next year's foto can be set beside
    what was actually on the table. Reference date, school year and threshold are copied
    out of the JSON for listing without parsing it.
    """

    __tablename__ = "consultation_foto"
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), primary_key=True
    )
    attached_on: Mapped[date] = mapped_column(Date)
    reference_date: Mapped[date] = mapped_column(Date)
    school_year: Mapped[SchoolYear] = mapped_column(SchoolYearType)
    threshold: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)


class ParticipantRecord(Base):
    __tablename__ = "consultation_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = _fk("consultation.id")
    role: Mapped[Role] = mapped_column(choice(Role))
    name: Mapped[str] = mapped_column(String(100), default="")


class ActionItemRecord(Base):
    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = _fk("consultation.id")
    description: Mapped[str] = _text()
    owner_role: Mapped[Role] = mapped_column(choice(Role))
    owner_staff_id: Mapped[int | None] = _fk("staff_member.id", nullable=True, on_delete="SET NULL")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


# Indexes for the dashboard's date queries (evaluations due, open requests).
Index("ix_plan_evaluation_date", PlanRecord.evaluation_date)
Index("ix_trajectory_status", TrajectoryRecord.status)
Index("ix_action_item_done_due", ActionItemRecord.done_on, ActionItemRecord.due_on)


class StatusChangeRecord(Base):
    """When a CLB request, verslag reference or leersteun request got a status (or a CLB
    request a diagnostic phase), as the app was told: so a foto for a past peildatum counts
    each by its status on that day, not today's.

    ``since`` is the status's own date where the record has one (start, end, closing date),
    else the day the change was saved. Exactly one of the three item columns is set.
    """

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    clb_request_id: Mapped[int | None] = _fk("clb_request.id", nullable=True)
    verslag_id: Mapped[int | None] = _fk("verslag_reference.id", nullable=True)
    leersteun_id: Mapped[int | None] = _fk("leersteun_request.id", nullable=True)
    field: Mapped[str] = mapped_column(String(20))  # "status" or "diagnostic_phase"
    value: Mapped[str | None] = mapped_column(String(30))  # the stored code; None: no phase
    since: Mapped[date] = mapped_column(Date)


class FotoExportRecord(Base):
    """What one export of a schoolfoto published, by label only: the tables' rows and columns,
    which entries it hid and which categories it merged (never a count). The school year's
    next export hides those entries again and merges those categories again
    (``reports/history.py``).
    """

    __tablename__ = "foto_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_year: Mapped[SchoolYear] = mapped_column(SchoolYearType, index=True)
    reference_date: Mapped[date] = mapped_column(Date)
    threshold: Mapped[int] = mapped_column(Integer)
    exported_on: Mapped[date] = mapped_column(Date)
    pattern: Mapped[str] = mapped_column(Text)  # JSON, see reports.history.pattern_of


class AuditEntryRecord(Base):
    """One line of the audit trail: who did what to which record, when; never a record's text.

    Entries are chained: ``hash`` covers the entry's fields and the previous entry's hash,
    so an edit or a deletion anywhere breaks the chain (``storage/audit.py``). ``pupil_id`` is
    a plain number, not a foreign key: the trail outlives a purged pupil, without a name.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_pupil_at", "pupil_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(19))  # local time, 2026-11-25T16:05:00
    os_user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    pupil_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(200), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Since format 2 of the trail (storage/audit.py): the key period the entry was written in,
    # the digest of the record fingerprints it carries (audit_row), the public key an anchor
    # or a new key period announces, and the Ed25519 signature over the hash. Entries written
    # before have NULL here and are covered by the hash chain only.
    epoch: Mapped[int | None] = mapped_column(Integer)
    rows_digest: Mapped[str | None] = mapped_column(String(64))
    public_key: Mapped[str | None] = mapped_column(String(64))
    signature: Mapped[str | None] = mapped_column(String(128))


class AuditRowRecord(Base):
    """The fingerprint (HMAC with the row key from the keyring) of one record's content as a
    transaction left it; ``mac`` is NULL when the record was deleted. The entry that carries
    it signs their digest, so ``go-hgw check`` can tell a record edited outside the app."""

    __tablename__ = "audit_row"
    entry_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    mac: Mapped[str | None] = mapped_column(String(32))


class TransferOutRecord(Base):
    """The overdracht of a pupil to another school: first the parents' step (informed on, did
    they inspect, what they objected to), then the send. What they objected to is listed in
    ``transfer_withheld`` and left out of the PDF and the transfer file."""

    __tablename__ = "transfer_out"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = _fk("pupil.id")
    to_school: Mapped[str] = mapped_column(String(200), default="")
    parents_informed_on: Mapped[date] = mapped_column(Date)
    inspected: Mapped[bool] = _flag()
    inspected_on: Mapped[date | None] = mapped_column(Date)
    objection: Mapped[str] = _text()  # the parents' objection in words; never leaves the store
    sent_on: Mapped[date | None] = mapped_column(Date)


class TransferWithheldRecord(Base):
    """One part of the pupil's file the parents objected to: ``item`` is the table, ``item_id``
    the row (a trajectory withholds all under it except the verslagen, which the law sends)."""

    __tablename__ = "transfer_withheld"
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer_out.id", ondelete="CASCADE"),
                                             primary_key=True)
    item: Mapped[str] = mapped_column(String(40), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class ReceivedHistoryRecord(Base):
    """What a previous school passed on with an overdracht, as it arrived (the transfer file's
    validated JSON): shown read-only in the pupil file, never merged into this school's records."""

    __tablename__ = "received_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = _fk("pupil.id")
    from_school: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[date] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the content
    content: Mapped[str] = mapped_column(Text)


# Configured now rather than at the first query: a mistake in a relationship fails on import,
# and the first screen after unlocking does not pay for it.
configure_mappers()
# What exists now (SQLAlchemy, the schema) lives as long as the process: out of the garbage
# collector's sight, so later collections do not walk it again (see go_hgw_desktop/__init__).
gc.freeze()
