"""The overdrachtsfiche of a class for next year's teacher: what of the year's care may go on it.

A pupil of the class (as it is today, or as it ended for a past school year) is on the fiche
with every own trajectory that still runs, and every closed one whose newest plan runs past
that day (its measures still apply). Per trajectory: where it stands, the needs of its newest
cycle that names any, the measures and open goals of its newest plan, and every evaluated plan
with its goal results beside its measures: what worked. Vertrouwelijke needs, goals and
measures are left out whole; the fiche only says that some were.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.choices import TrajectoryStatus
from go_hgw_desktop.domain.school import ClassGroup, who_label
from go_hgw_desktop.reports.overdracht import (
    FichePupil,
    FicheResult,
    FicheTrajectory,
    OverdrachtContent,
    WorkedPlan,
)
from go_hgw_desktop.services import records
from go_hgw_desktop.services.groepsplan import as_of
from go_hgw_desktop.services.school import present_on, school_in
from go_hgw_desktop.services.staff import staff_names_in
from go_hgw_desktop.services.trajectories import _load_trajectory
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store


class _Withheld:
    """Whether anything vertrouwelijk was left out (never what)."""

    def __init__(self) -> None:
        self.any = False

    def shown(self, rows: list) -> list:
        kept = [row for row in rows if not row.confidential]
        self.any |= len(kept) < len(rows)
        return kept


def _measure(record: m.MeasureRecord, staff: dict[int, str]) -> str:
    who = who_label(record.responsible_role, staff.get(record.responsible_staff_id, ""))
    extra = ", ".join(x for x in (who, record.frequency.strip()) if x)
    return f"{record.category.label}: {record.description}" + (f" ({extra})" if extra else "")


def _trajectory(session: Session, record: m.TrajectoryRecord, day: date, staff: dict[int, str],
                withheld: _Withheld) -> FicheTrajectory | None:
    """The trajectory's part of the fiche; None for a closed trajectory whose measures ended."""
    cycles = session.scalars(select(m.CycleRecord).where(m.CycleRecord.trajectory_id == record.id)
                             .order_by(m.CycleRecord.number)).all()
    plans = {p.cycle_id: p for p in session.scalars(
        select(m.PlanRecord).where(m.PlanRecord.cycle_id.in_([c.id for c in cycles])))}
    closed = record.status is TrajectoryStatus.AFGESLOTEN
    newest_plan = next((plans[c.id] for c in reversed(cycles) if c.id in plans), None)
    if closed and (newest_plan is None or newest_plan.end_date is None or newest_plan.end_date < day):
        return None
    needs: list[str] = []
    for cycle in reversed(cycles):  # the newest cycle that names needs
        rows = withheld.shown(session.scalars(
            select(m.EducationalNeedRecord).where(m.EducationalNeedRecord.cycle_id == cycle.id)
            .order_by(m.EducationalNeedRecord.id)).all())
        needs = [f"{n.slot.label} {n.text}".strip() for n in rows if n.text.strip()]
        if needs:
            break
    worked, measures, goals = [], [], []
    for cycle in cycles:
        plan = plans.get(cycle.id)
        if plan is None:
            continue
        plan_goals = withheld.shown(session.scalars(
            select(m.GoalRecord).where(m.GoalRecord.plan_id == plan.id)
            .order_by(m.GoalRecord.position, m.GoalRecord.id)).all())
        plan_measures = [_measure(x, staff) for x in withheld.shown(session.scalars(
            select(m.MeasureRecord).where(m.MeasureRecord.plan_id == plan.id)
            .order_by(m.MeasureRecord.id)).all())]
        evaluated = [g for g in plan_goals if g.result is not None]
        if evaluated:
            worked.append(WorkedPlan(
                cycle.number, max((g.evaluated_on for g in evaluated if g.evaluated_on), default=None),
                tuple(FicheResult(g.description, g.result, g.evaluation_note) for g in evaluated),
                tuple(plan_measures)))
        if plan is newest_plan:
            measures = plan_measures
            goals = [g.description for g in plan_goals if g.result is None and cycle.closed_on is None]
    trajectory = _load_trajectory(session, record.id)
    open_cycle = next((c for c in reversed(cycles) if c.closed_on is None), None)
    newest = cycles[-1] if cycles else None
    evaluation = plans[open_cycle.id].evaluation_date if open_cycle and open_cycle.id in plans else None
    return FicheTrajectory(
        title=record.title, domain=record.domain, phase=trajectory.phase_on(day) or trajectory.current_phase,
        step=open_cycle.step if open_cycle else None, cycle_number=newest.number if newest else 0,
        next_evaluation=evaluation, closed=closed, needs=tuple(needs), measures=tuple(measures),
        goals=tuple(goals), worked=tuple(worked))


def printable_overdracht(store: Store, group_id: int, today: date | None = None) -> OverdrachtContent:
    """The overdrachtsfiche of one class for next year's teacher: its pupils (as the class is
    today, or as it ended for a past school year) with their running trajectories or measures
    still in force, and the class's other pupils by name."""
    today = today or date.today()
    with store.transaction() as session:
        group = records.load(session, ClassGroup, group_id)
    day = as_of(store, group, today)
    withheld = _Withheld()
    with store.transaction() as session:
        pupils = session.execute(
            select(m.PupilRecord.id, m.PupilRecord.first_name, m.PupilRecord.last_name)
            .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.PupilRecord.id)
            .where(m.ClassMembershipRecord.group_id == group_id, present_on(day))
            .order_by(m.PupilRecord.last_name, m.PupilRecord.first_name, m.PupilRecord.id)).all()
        staff = staff_names_in(session)
        fiche, others = [], []
        for pupil_id, first, last in pupils:
            name = f"{last}, {first}"
            own = session.scalars(select(m.TrajectoryRecord).where(m.TrajectoryRecord.pupil_id == pupil_id)
                                  .order_by(m.TrajectoryRecord.start_date, m.TrajectoryRecord.id)).all()
            lines = [t for t in (_trajectory(session, r, day, staff, withheld) for r in own) if t is not None]
            if lines:
                fiche.append(FichePupil(name, tuple(lines)))
            else:
                others.append(name)
        return OverdrachtContent(
            school_name=school_in(session).name, class_name=group.name, school_year=group.school_year.label,
            next_year=group.school_year.next().label, printed_on=today, pupils=tuple(fiche),
            others=tuple(others), withheld=withheld.any)
