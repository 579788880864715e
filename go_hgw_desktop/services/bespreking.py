"""The preparation sheet for a leerlingenbespreking or klassenraad of one class.

Per pupil of the class with a running trajectory: each running trajectory's phase and step,
the goals still open in its newest plan (with the goal's date, else the plan's evaluation
date), the results of its last evaluation, and the open agreements of the consultations that
discussed the pupil. Vertrouwelijke goals are left out whole; the sheet says that some were.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import TrajectoryStatus
from go_hgw_desktop.domain.school import ClassGroup, who_label
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.reports.bespreking import (
    BesprekingContent,
    SheetAction,
    SheetGoal,
    SheetPupil,
    SheetResult,
    SheetTrajectory,
)
from go_hgw_desktop.services import records
from go_hgw_desktop.services.groepsplan import as_of
from go_hgw_desktop.services.school import present_on, school_in
from go_hgw_desktop.services.staff import staff_names_in
from go_hgw_desktop.services.trajectories import _load_trajectory
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

MAX_RESULTS = 3


def _trajectory(session: Session, trajectory: Trajectory) -> tuple[SheetTrajectory, bool]:
    """The trajectory's line on the sheet, and whether a vertrouwelijk goal was left out."""
    g, p, c = m.GoalRecord, m.PlanRecord, m.CycleRecord
    rows = session.execute(
        select(c.number, c.step, c.closed_on, p.evaluation_date, g.description, g.deadline, g.result,
               g.evaluated_on, g.evaluation_note, g.confidential)
        .join(p, p.cycle_id == c.id).join(g, g.plan_id == p.id)
        .where(c.trajectory_id == trajectory.id).order_by(c.number, g.position, g.id)).all()
    open_cycle = session.execute(select(c.step).where(c.trajectory_id == trajectory.id, c.closed_on.is_(None))
                                 .order_by(c.number.desc())).scalar()
    withheld = any(row.confidential for row in rows)
    shown = [row for row in rows if not row.confidential]
    newest = max((row.number for row in shown), default=None)
    goals = tuple(SheetGoal(row.description, row.deadline or row.evaluation_date)
                  for row in shown if row.number == newest and row.result is None and row.closed_on is None)
    evaluated = [row for row in shown if row.result is not None]
    last = max((row.evaluated_on or date.min for row in evaluated), default=None)
    results = tuple(SheetResult(row.description, row.result, row.evaluated_on, row.evaluation_note)
                    for row in evaluated if (row.evaluated_on or date.min) == last)[:MAX_RESULTS]
    return SheetTrajectory(trajectory.title, trajectory.current_phase, open_cycle, goals, results), withheld


def _open_actions(session: Session, link, column, owner_id: int, staff: dict[int, str]) -> list[SheetAction]:
    a, k = m.ActionItemRecord, m.ConsultationRecord
    rows = session.execute(
        select(a.description, a.owner_role, a.owner_staff_id, a.due_on, k.kind, k.held_on)
        .join(k, k.id == a.consultation_id).join(link, link.c.consultation_id == k.id)
        .where(link.c[column] == owner_id, a.done_on.is_(None))
        .order_by(a.due_on.is_(None), a.due_on, a.id)).all()
    return [SheetAction(row.description, who_label(row.owner_role, staff.get(row.owner_staff_id, "")),
                        row.due_on, f"{row.kind.label} {format_date(row.held_on)}") for row in rows]


def printable_bespreking(store: Store, group_id: int, today: date | None = None) -> BesprekingContent:
    """The preparation sheet of one class: its pupils (as the class is today, or as it ended for
    a past school year) with their running trajectories, and the open agreements about the class."""
    today = today or date.today()
    with store.transaction() as session:
        group = records.load(session, ClassGroup, group_id)
    day = as_of(store, group, today)
    with store.transaction() as session:
        pupils = session.execute(
            select(m.PupilRecord.id, m.PupilRecord.first_name, m.PupilRecord.last_name)
            .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.PupilRecord.id)
            .where(m.ClassMembershipRecord.group_id == group_id, present_on(day))
            .order_by(m.PupilRecord.last_name, m.PupilRecord.first_name, m.PupilRecord.id)).all()
        staff = staff_names_in(session)
        running = dict.fromkeys((pid for pid, _f, _l in pupils), ())
        for pupil_id, trajectory_id in session.execute(
            select(m.TrajectoryRecord.pupil_id, m.TrajectoryRecord.id)
            .where(m.TrajectoryRecord.pupil_id.in_(list(running)),
                   m.TrajectoryRecord.status != TrajectoryStatus.AFGESLOTEN)
            .order_by(m.TrajectoryRecord.start_date, m.TrajectoryRecord.id)
        ):
            running[pupil_id] += (trajectory_id,)
        sheet, others, withheld = [], [], False
        for pupil_id, first, last in pupils:
            name = f"{last}, {first}"
            if not running[pupil_id]:
                others.append(name)
                continue
            lines = []
            for trajectory_id in running[pupil_id]:
                line, hidden = _trajectory(session, _load_trajectory(session, trajectory_id))
                lines.append(line)
                withheld |= hidden
            actions = _open_actions(session, m.consultation_pupil, "pupil_id", pupil_id, staff)
            sheet.append(SheetPupil(name, tuple(lines), tuple(actions)))
        return BesprekingContent(
            school_name=school_in(session).name, class_name=group.name, school_year=group.school_year.label,
            printed_on=today, pupils=tuple(sheet), others=tuple(others),
            class_actions=tuple(_open_actions(session, m.consultation_group, "group_id", group_id, staff)),
            withheld=withheld,
        )
