"""Trajectories and the HGW-GO! cycle: phases, steps and everything each step holds."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.choices import GoalResult, HgwStep, Phase, TrajectoryStatus
from go_hgw_desktop.domain.cycle_items import (
    Conversation,
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    PartnerView,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup, StaffMember
from go_hgw_desktop.domain.trajectory import (
    Cycle,
    PhaseChange,
    Trajectory,
    check_can_advance,
    check_phase_change,
)
from go_hgw_desktop.services import records
from go_hgw_desktop.services.staff import assign_owner_in, list_staff_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain
from go_hgw_desktop.storage.store import Store

CycleItem = (Observation | Factor | EducationalNeed | TeacherSupportNeed | FollowUpNote | Conversation
             | PartnerView)
PlanItem = Goal | Measure


@dataclass
class CycleDetail:
    """One cycle with everything its four steps hold."""

    cycle: Cycle
    observations: list[Observation] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    needs: list[EducationalNeed] = field(default_factory=list)
    support_needs: list[TeacherSupportNeed] = field(default_factory=list)
    plan: Plan | None = None
    goals: list[Goal] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    notes: list[FollowUpNote] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)  # oudergesprek, kindgesprek
    views: list[PartnerView] = field(default_factory=list)  # of the parents and of the pupil


@dataclass
class TrajectoryFile:
    """A trajectory as the pupil file or the group cycle shows it."""

    trajectory: Trajectory
    subject_name: str
    cycles: list[CycleDetail]
    clb_requests: list[ClbRequest]
    verslagen: list[VerslagReference]
    leersteun: list[LeersteunRequest]
    staff: list[StaffMember] = field(default_factory=list)  # who a measure can name

    @property
    def current(self) -> CycleDetail:
        return self.cycles[-1]


# ---------------------------------------------------------------- loading


def _load_trajectory(session: Session, trajectory_id: int) -> Trajectory:
    record = records.record_of(session, Trajectory, trajectory_id)
    phases = [to_domain(p, PhaseChange) for p in record.phases]
    return to_domain(record, Trajectory, phases=phases)


def _subject_name(session: Session, trajectory: Trajectory) -> str:
    if trajectory.pupil_id is not None:
        return records.load(session, Pupil, trajectory.pupil_id).full_name
    group = records.load(session, ClassGroup, trajectory.group_id)
    return f"Klas {group.name}"


def _cycle_detail(session: Session, cycle: Cycle) -> CycleDetail:
    by_cycle = lambda record_class: record_class.cycle_id == cycle.id  # noqa: E731
    plan_record = session.scalars(select(m.PlanRecord).where(by_cycle(m.PlanRecord))).first()
    plan = to_domain(plan_record, Plan) if plan_record else None
    detail = CycleDetail(
        cycle=cycle,
        observations=records.all_of(
            session, Observation, by_cycle(m.ObservationRecord),
            order_by=(m.ObservationRecord.observed_on, m.ObservationRecord.id),
        ),
        factors=records.all_of(session, Factor, by_cycle(m.FactorRecord)),
        needs=records.all_of(session, EducationalNeed, by_cycle(m.EducationalNeedRecord)),
        support_needs=records.all_of(
            session, TeacherSupportNeed, by_cycle(m.TeacherSupportNeedRecord)
        ),
        plan=plan,
        notes=records.all_of(
            session, FollowUpNote, by_cycle(m.FollowUpNoteRecord),
            order_by=(m.FollowUpNoteRecord.noted_on, m.FollowUpNoteRecord.id),
        ),
        conversations=records.all_of(
            session, Conversation, by_cycle(m.ConversationRecord),
            order_by=(m.ConversationRecord.held_on, m.ConversationRecord.id),
        ),
        views=records.all_of(session, PartnerView, by_cycle(m.PartnerViewRecord),
                             order_by=m.PartnerViewRecord.holder.desc()),  # ouders, then leerling
    )
    if plan:
        detail.goals = records.all_of(
            session, Goal, m.GoalRecord.plan_id == plan.id,
            order_by=(m.GoalRecord.position, m.GoalRecord.id),
        )
        detail.measures = records.all_of(session, Measure, m.MeasureRecord.plan_id == plan.id)
    return detail


def trajectory_file(store: Store, trajectory_id: int) -> TrajectoryFile:
    """Everything about one trajectory: phases, all cycles, CLB, verslagen, leersteun."""
    with store.transaction() as session:
        trajectory = _load_trajectory(session, trajectory_id)
        cycles = records.all_of(
            session, Cycle, m.CycleRecord.trajectory_id == trajectory_id,
            order_by=m.CycleRecord.number,
        )
        by_trajectory = lambda rc: rc.trajectory_id == trajectory_id  # noqa: E731
        return TrajectoryFile(
            trajectory=trajectory,
            subject_name=_subject_name(session, trajectory),
            cycles=[_cycle_detail(session, c) for c in cycles],
            clb_requests=records.all_of(session, ClbRequest, by_trajectory(m.ClbRequestRecord)),
            verslagen=records.all_of(
                session, VerslagReference, by_trajectory(m.VerslagReferenceRecord)
            ),
            leersteun=records.all_of(
                session, LeersteunRequest, by_trajectory(m.LeersteunRequestRecord)
            ),
            staff=list_staff_in(session),
        )


def trajectory_subject(store: Store, trajectory_id: int) -> tuple[int | None, int | None]:
    """(pupil_id, group_id) of a trajectory: where the GUI opens it."""
    with store.transaction() as session:
        record = records.record_of(session, Trajectory, trajectory_id)
        return record.pupil_id, record.group_id


def list_trajectories(
    store: Store, *, pupil_id: int | None = None, group_id: int | None = None
) -> list[Trajectory]:
    """The trajectories of one pupil or one class, running ones first, newest first."""
    with store.transaction() as session:
        criteria = (
            m.TrajectoryRecord.pupil_id == pupil_id
            if pupil_id is not None
            else m.TrajectoryRecord.group_id == group_id
        )
        ids = session.scalars(select(m.TrajectoryRecord.id).where(criteria)).all()
        found = [_load_trajectory(session, i) for i in ids]
    found.sort(key=lambda t: (t.status is TrajectoryStatus.AFGESLOTEN, -t.start_date.toordinal()))
    return found


# ---------------------------------------------------------------- trajectory and phase


def open_trajectory_in(
    session: Session, trajectory: Trajectory, phase: Phase = Phase.VERHOOGDE_ZORG, reason: str = ""
) -> Trajectory:
    trajectory.phases = []
    trajectory.validate()
    if trajectory.pupil_id is not None:
        records.record_of(session, Pupil, trajectory.pupil_id)
    else:
        records.record_of(session, ClassGroup, trajectory.group_id)
    check_phase_change(trajectory, phase, trajectory.start_date, reason, [], [])
    records.save(session, trajectory)
    start = PhaseChange(
        trajectory_id=trajectory.id, phase=phase, start_date=trajectory.start_date, reason=reason
    )
    trajectory.phases = [records.save(session, start)]
    records.save(session, Cycle(trajectory_id=trajectory.id, number=1, started_on=trajectory.start_date))
    return trajectory


def open_trajectory(
    store: Store, trajectory: Trajectory, phase: Phase = Phase.VERHOOGDE_ZORG, reason: str = ""
) -> Trajectory:
    """Start a trajectory in phase 0 or 1 with its first cycle at *waarnemen*."""
    with store.transaction() as session:
        return open_trajectory_in(session, trajectory, phase, reason)


def update_trajectory(store: Store, trajectory: Trajectory) -> Trajectory:
    """Change title, domain, sub-theme, responsible role or status (not the phase)."""
    trajectory.validate()
    with store.transaction() as session:
        stored = _load_trajectory(session, trajectory.id)
        if (stored.pupil_id, stored.group_id) != (trajectory.pupil_id, trajectory.group_id):
            raise ValidationError("Een traject kan niet naar een andere leerling of groep.")
        records.save(session, trajectory)
        return _load_trajectory(session, trajectory.id)


def change_phase_in(
    session: Session,
    trajectory_id: int,
    phase: Phase,
    start_date: date,
    reason: str = "",
    reason_confidential: bool = False,
) -> Trajectory:
    trajectory = _load_trajectory(session, trajectory_id)
    if trajectory.status is TrajectoryStatus.AFGESLOTEN:
        raise ValidationError("Dit traject is afgesloten; open een nieuw traject.")
    by_trajectory = lambda rc: rc.trajectory_id == trajectory_id  # noqa: E731
    check_phase_change(
        trajectory, phase, start_date, reason,
        records.all_of(session, ClbRequest, by_trajectory(m.ClbRequestRecord)),
        records.all_of(session, VerslagReference, by_trajectory(m.VerslagReferenceRecord)),
    )
    if trajectory.phases:
        previous = trajectory.phases[-1]
        previous.end_date = max(previous.start_date, start_date - timedelta(days=1))
        records.save(session, previous)
    records.save(
        session,
        PhaseChange(
            trajectory_id=trajectory_id, phase=phase, start_date=start_date, reason=reason,
            reason_confidential=reason_confidential,
        ),
    )
    return _load_trajectory(session, trajectory_id)


def change_phase(
    store: Store,
    trajectory_id: int,
    phase: Phase,
    start_date: date,
    reason: str = "",
    reason_confidential: bool = False,
) -> Trajectory:
    """Move a trajectory along the continuum, following the continuum's rules."""
    with store.transaction() as session:
        return change_phase_in(session, trajectory_id, phase, start_date, reason, reason_confidential)


def close_trajectory(store: Store, trajectory_id: int, end_date: date) -> Trajectory:
    """End a trajectory: its phase period and open cycle end on ``end_date``."""
    with store.transaction() as session:
        trajectory = _load_trajectory(session, trajectory_id)
        if end_date < trajectory.start_date:
            raise ValidationError("Het traject kan niet eindigen vóór het begon.")
        trajectory.status = TrajectoryStatus.AFGESLOTEN
        trajectory.end_date = end_date
        records.save(session, trajectory)
        if trajectory.phases and trajectory.phases[-1].end_date is None:
            last = trajectory.phases[-1]
            last.end_date = max(end_date, last.start_date)
            records.save(session, last)
        for cycle in records.all_of(
            session, Cycle, m.CycleRecord.trajectory_id == trajectory_id,
            m.CycleRecord.closed_on.is_(None),
        ):
            cycle.closed_on = max(end_date, cycle.started_on)
            records.save(session, cycle)
        return _load_trajectory(session, trajectory_id)


def delete_trajectory(store: Store, trajectory_id: int) -> None:
    with store.transaction() as session:
        records.delete(session, Trajectory, trajectory_id)


# ---------------------------------------------------------------- the cycle's steps


def _open_cycle(session: Session, cycle_id: int) -> Cycle:
    cycle = records.load(session, Cycle, cycle_id)
    if not cycle.is_open:
        raise ValidationError(
            "Deze cyclus is afgesloten en blijft zoals ze was; werk verder in de huidige cyclus."
        )
    return cycle


def _plan_of_open_cycle(session: Session, plan_id: int) -> Plan:
    plan = records.load(session, Plan, plan_id)
    _open_cycle(session, plan.cycle_id)
    return plan


def set_step(store: Store, cycle_id: int, step: HgwStep) -> Cycle:
    """Go to any step of an open cycle (the user may step back to add something)."""
    with store.transaction() as session:
        cycle = _open_cycle(session, cycle_id)
        cycle.step = step
        return records.save(session, cycle)


def advance_step(store: Store, cycle_id: int) -> Cycle:
    """Move to the next step; realiseren is ended by closing the cycle."""
    with store.transaction() as session:
        cycle = _open_cycle(session, cycle_id)
        cycle.step = check_can_advance(cycle)
        return records.save(session, cycle)


def save_cycle_item_in(session: Session, item: CycleItem, today: date | None = None) -> CycleItem:
    # What happened (an observation, a note) cannot lie after today, the app's day.
    item.validate(today) if isinstance(item, Observation | FollowUpNote | Conversation) else item.validate()
    if item.cycle_id is not None:
        _open_cycle(session, item.cycle_id)
    if isinstance(item, PartnerView):
        _refuse_second_view(session, item)
    if item.id is not None:
        stored = records.load(session, type(item), item.id)
        if stored.cycle_id != item.cycle_id:
            raise ValidationError("Een item kan niet naar een andere cyclus verhuizen.")
    return records.save(session, item)


def _refuse_second_view(session: Session, view: PartnerView) -> None:
    other = session.scalar(select(m.PartnerViewRecord.id).where(
        m.PartnerViewRecord.cycle_id == view.cycle_id, m.PartnerViewRecord.holder == view.holder))
    if other is not None and other != view.id:
        raise ValidationError(f"Deze cyclus heeft al een {view.holder.label.lower()}: pas die aan "
                              "(dubbelklik erop) in plaats van een tweede te schrijven.")


def save_cycle_item(store: Store, item: CycleItem, today: date | None = None) -> CycleItem:
    """Add or change an observation, factor, need, support need, follow-up note, oudergesprek or
    kindgesprek, or the parents' or pupil's view (one of each per cycle); an observation, note or
    talk dated after ``today`` is refused."""
    with store.transaction() as session:
        return save_cycle_item_in(session, item, today)


def delete_cycle_item(store: Store, item_class: type[CycleItem], item_id: int) -> None:
    with store.transaction() as session:
        _open_cycle(session, records.load(session, item_class, item_id).cycle_id)
        records.delete(session, item_class, item_id)


def save_plan_in(session: Session, plan: Plan) -> Plan:
    plan.validate()
    _open_cycle(session, plan.cycle_id)
    existing = session.scalars(
        select(m.PlanRecord.id).where(m.PlanRecord.cycle_id == plan.cycle_id)
    ).first()
    if existing is not None and existing != plan.id:
        raise ValidationError("Deze cyclus heeft al een plan; pas dat plan aan.")
    if plan.id is not None:
        for goal in records.all_of(session, Goal, m.GoalRecord.plan_id == plan.id):
            goal.validate(plan)
    return records.save(session, plan)


def save_plan(store: Store, plan: Plan) -> Plan:
    """Write or change the cycle's plan (one plan per cycle)."""
    with store.transaction() as session:
        return save_plan_in(session, plan)


def save_plan_item_in(session: Session, item: PlanItem, today: date | None = None) -> PlanItem:
    plan = _plan_of_open_cycle(session, item.plan_id)
    if isinstance(item, Goal):
        item.validate(plan, today)
    else:
        item.validate()
        assign_owner_in(session, item)
    return records.save(session, item)


def save_plan_item(store: Store, item: PlanItem) -> PlanItem:
    """Add or change a goal or a measure of a plan."""
    with store.transaction() as session:
        return save_plan_item_in(session, item)


def delete_plan_item(store: Store, item_class: type[PlanItem], item_id: int) -> None:
    with store.transaction() as session:
        _plan_of_open_cycle(session, records.load(session, item_class, item_id).plan_id)
        records.delete(session, item_class, item_id)


def evaluate_goal(
    store: Store, goal_id: int, result: GoalResult | None, evaluated_on: date | None, note: str = "",
    today: date | None = None,
) -> Goal:
    """Record (or clear, with ``result=None``) a goal's evaluation; one dated after ``today``
    is refused."""
    with store.transaction() as session:
        goal = records.load(session, Goal, goal_id)
        goal.result = result
        goal.evaluated_on = evaluated_on if result else None
        goal.evaluation_note = note
        return save_plan_item_in(session, goal, today)


def close_cycle(store: Store, cycle_id: int, closed_on: date) -> Cycle:
    """Close the evaluation and start the next cycle; the closed one stays readable.

    Every goal of the plan must have its evaluation (bereikt / deels / niet bereikt).
    Returns the new cycle, at *waarnemen*.
    """
    with store.transaction() as session:
        cycle = _open_cycle(session, cycle_id)
        detail = _cycle_detail(session, cycle)
        missing = [g.description for g in detail.goals if not g.is_evaluated]
        if missing:
            raise ValidationError(
                "Evalueer eerst elk doel (bereikt, deels bereikt of niet bereikt): "
                + "; ".join(missing[:3]) + (" …" if len(missing) > 3 else "")
            )
        if closed_on < cycle.started_on:
            raise ValidationError("De cyclus kan niet sluiten vóór ze begon.")
        cycle.closed_on = closed_on
        records.save(session, cycle)
        following = Cycle(
            trajectory_id=cycle.trajectory_id, number=cycle.number + 1, started_on=closed_on
        )
        return records.save(session, following)


def copy_previous_plan(store: Store, cycle_id: int, start_date: date) -> Plan:
    """Organiseren: start from the previous cycle's plan instead of a blank page.

    Dates move to ``start_date`` keeping the plan's length; goals that were not
    reached come along without their evaluation, measures come along unchanged.
    """
    with store.transaction() as session:
        cycle = _open_cycle(session, cycle_id)
        previous = session.scalars(
            select(m.CycleRecord).where(
                m.CycleRecord.trajectory_id == cycle.trajectory_id,
                m.CycleRecord.number < cycle.number,
            ).order_by(m.CycleRecord.number.desc())
        ).first()
        source = _cycle_detail(session, to_domain(previous, Cycle)) if previous else None
        if source is None or source.plan is None:
            raise ValidationError("De vorige cyclus heeft geen plan om over te nemen.")
        old = source.plan
        shift = start_date - old.start_date
        plan = replace(  # a new plan is still to be discussed with the parents
            old, id=None, cycle_id=cycle_id, start_date=start_date, discussed_with_parents_on=None,
            evaluation_date=old.evaluation_date + shift,
            end_date=old.end_date + shift if old.end_date else None,
        )
        save_plan_in(session, plan)
        for goal in source.goals:
            if goal.result is GoalResult.BEREIKT:
                continue
            records.save(session, replace(
                goal, id=None, plan_id=plan.id, result=None, evaluated_on=None,
                evaluation_note="", deadline=goal.deadline + shift if goal.deadline else None,
            ))
        for measure in source.measures:
            records.save(session, replace(measure, id=None, plan_id=plan.id))
        return plan


def undo_phase_change(store: Store, trajectory_id: int, phase_change_id: int) -> Trajectory:
    """Take back the latest move along the continuum (entered by mistake): the phase before it
    runs on. The first phase of a trajectory stays; an earlier move cannot be taken out of
    the middle of the history."""
    with store.transaction() as session:
        trajectory = _load_trajectory(session, trajectory_id)
        if trajectory.status is TrajectoryStatus.AFGESLOTEN:
            raise ValidationError("Dit traject is afgesloten; de fasen blijven zoals ze waren.")
        if not trajectory.phases or trajectory.phases[-1].id != phase_change_id:
            raise ValidationError("Alleen de laatste fasewissel kan ongedaan gemaakt worden.")
        if len(trajectory.phases) == 1:
            raise ValidationError("Een traject heeft altijd een fase: de eerste kan niet weg. Wijzig de "
                                  "fase met ‘Fase wijzigen…’.")
        records.delete(session, PhaseChange, phase_change_id)
        previous = trajectory.phases[-2]
        previous.end_date = None
        records.save(session, previous)
        return _load_trajectory(session, trajectory_id)
