"""The Overzicht: what needs attention today, and how the continuum looks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, String, distinct, func, select, type_coerce

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsultationType,
    LeersteunKind,
    LeersteunStatus,
    Phase,
    RequestStatus,
    Role,
    TrajectoryStatus,
)
from go_hgw_desktop.domain.partners import waiting_days
from go_hgw_desktop.domain.school import who_label
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

DUE_SOON_DAYS = 14
UPCOMING_DAYS = 60

# NamedTuples, not frozen dataclasses: the Overzicht is the first screen of every start, and
# defining these five as dataclasses cost 5 ms of it.


class DueEvaluation(NamedTuple):
    trajectory_id: int
    cycle_id: int
    subject: str  # pupil's name or "Klas 3A"
    title: str
    evaluation_date: date
    days_left: int  # negative: overdue


class OpenRequest(NamedTuple):
    kind: str  # "CLB" or "Leersteun"
    trajectory_id: int | None
    subject: str
    status: str
    requested_on: date
    waiting_days: int
    started: bool
    request_id: int = 0


class UpcomingConsultation(NamedTuple):
    consultation_id: int
    kind: ConsultationType
    held_on: date
    title: str


class OpenActionItem(NamedTuple):
    action_item_id: int
    consultation_id: int
    description: str
    owner_role: Role
    due_on: date | None
    overdue: bool
    owner_name: str = ""  # the person of the staff list, where one was chosen

    @property
    def owner(self) -> str:
        """‘An Peeters (klasleraar)’, or the role."""
        return who_label(self.owner_role, self.owner_name)


class Dashboard(NamedTuple):
    today: date
    overdue: list[DueEvaluation]
    due_soon: list[DueEvaluation]
    open_requests: list[OpenRequest]
    upcoming_consultations: list[UpcomingConsultation]
    open_action_items: list[OpenActionItem]
    pupils_per_phase: dict[Phase, int]  # pupils with a running trajectory in that phase
    trajectories_per_domain: dict[CareDomain, int]
    group_trajectories: int
    has_pupils: bool  # a fresh school: the first step is reading in class lists


def _subjects(connection: Connection, trajectory_ids: set[int], year: SchoolYear | None) -> dict[int, str]:
    """Trajectory id → the name the coordinator knows it by: the pupil's name with their class
    in ``year`` ("Jan Peeters (4A)"), or "Klas 3A" (with its school year when not ``year``)."""
    if not trajectory_ids:
        return {}
    t, p, g = _columns(m.TrajectoryRecord), _columns(m.PupilRecord), _columns(m.ClassGroupRecord)
    rows = connection.execute(
        # The year as its stored text: turning every row's into a SchoolYear tripled the
        # Overzicht's read on a school with hundreds of open items.
        select(t.id, t.pupil_id, p.first_name, p.last_name, g.name, type_coerce(g.school_year, String))
        .select_from(m.TrajectoryRecord.__table__
                     .outerjoin(m.PupilRecord.__table__, p.id == t.pupil_id)
                     .outerjoin(m.ClassGroupRecord.__table__, g.id == t.group_id))
        .where(t.id.in_(trajectory_ids))
    ).all()
    classes: dict[int, str] = {}
    if year is not None:  # a pupil's trajectory runs on from year to year: this year's class
        cm = _columns(m.ClassMembershipRecord)
        classes = dict(connection.execute(
            select(cm.pupil_id, g.name)
            .select_from(m.ClassMembershipRecord.__table__.join(m.ClassGroupRecord.__table__,
                                                                g.id == cm.group_id))
            .where(cm.school_year == year, cm.pupil_id.in_({r.pupil_id for r in rows} - {None}))
        ).all())
    subjects = {}
    for tid, pupil_id, first, last, group, group_year in rows:
        if first is not None:
            subjects[tid] = f"{first} {last}" + (f" ({classes[pupil_id]})" if pupil_id in classes else "")
        else:
            other_year = year is not None and group_year != year.label
            subjects[tid] = f"Klas {group}" + (f" ({group_year})" if other_year else "")
    return subjects


def _columns(record: type[m.Base]):
    return record.__table__.c


def dashboard(store: Store, today: date | None = None, year: SchoolYear | None = None) -> Dashboard:
    """Everything the Overzicht shows, read in one transaction; pupils named with their class
    in ``year``.

    Read as plain rows (SQLAlchemy Core) rather than ORM objects: the Overzicht needs a few
    columns, and it is the first screen, where compiling ORM statements doubled its time.
    """
    today = today or date.today()
    t, c, plan = _columns(m.TrajectoryRecord), _columns(m.CycleRecord), _columns(m.PlanRecord)
    clb, lsc = _columns(m.ClbRequestRecord), _columns(m.LeersteunRequestRecord)
    meeting, action = _columns(m.ConsultationRecord), _columns(m.ActionItemRecord)
    staff = _columns(m.StaffMemberRecord)
    phase = _columns(m.PhaseChangeRecord)
    with store.transaction() as session:
        connection = session.connection()
        running = t.status != TrajectoryStatus.AFGESLOTEN
        due_rows = connection.execute(
            select(t.id, c.id, t.title, plan.evaluation_date)
            .select_from(m.TrajectoryRecord.__table__
                         .join(m.CycleRecord.__table__, c.trajectory_id == t.id)
                         .join(m.PlanRecord.__table__, plan.cycle_id == c.id))
            .where(running, c.closed_on.is_(None),
                   plan.evaluation_date <= today + timedelta(days=DUE_SOON_DAYS))
            .order_by(plan.evaluation_date)
        ).all()
        clb_rows = connection.execute(
            select(clb.id, clb.trajectory_id, clb.status, clb.requested_on, clb.started_on)
            .where(clb.status != RequestStatus.AFGESLOTEN)
        ).all()
        lsc_rows = connection.execute(
            select(lsc.id, lsc.trajectory_id, lsc.status, lsc.requested_on, lsc.started_on,
                   lsc.theme, lsc.kind)
            .where(lsc.status != LeersteunStatus.AFGESLOTEN)
        ).all()
        subjects = _subjects(
            connection,
            {row[0] for row in due_rows} | {r.trajectory_id for r in (*clb_rows, *lsc_rows)
                                            if r.trajectory_id is not None},
            year,
        )
        evaluations = [
            DueEvaluation(
                trajectory_id=tid, cycle_id=cid, subject=subjects.get(tid, ""), title=title,
                evaluation_date=when, days_left=(when - today).days,
            )
            for tid, cid, title, when in due_rows
        ]

        requests = [
            OpenRequest(
                kind="CLB", trajectory_id=r.trajectory_id, subject=subjects.get(r.trajectory_id, ""),
                status=r.status.label, requested_on=r.requested_on,
                waiting_days=waiting_days(r.requested_on, r.started_on, today),
                started=r.started_on is not None, request_id=r.id,
            )
            for r in clb_rows
        ] + [
            OpenRequest(
                kind="Leersteun", trajectory_id=r.trajectory_id,
                subject=subjects.get(r.trajectory_id, "") if r.trajectory_id else (
                    r.theme or ("Team" if r.kind is LeersteunKind.TEAMGERICHT else "Leraar")
                ),
                status=r.status.label, requested_on=r.requested_on,
                waiting_days=waiting_days(r.requested_on, r.started_on, today),
                started=r.started_on is not None, request_id=r.id,
            )
            for r in lsc_rows
        ]
        requests.sort(key=lambda r: (r.started, -r.waiting_days))

        consultations = [
            UpcomingConsultation(consultation_id=r.id, kind=r.kind, held_on=r.held_on, title=r.title)
            for r in connection.execute(
                select(meeting.id, meeting.kind, meeting.held_on, meeting.title)
                .where(meeting.held_on >= today,
                       meeting.held_on <= today + timedelta(days=UPCOMING_DAYS))
                .order_by(meeting.held_on)
            )
        ]

        actions = [
            OpenActionItem(
                action_item_id=r.id, consultation_id=r.consultation_id, description=r.description,
                owner_role=r.owner_role, due_on=r.due_on,
                overdue=r.due_on is not None and r.due_on < today, owner_name=r.name or "",
            )
            for r in connection.execute(
                select(action.id, action.consultation_id, action.description, action.owner_role,
                       action.due_on, staff.name)
                .select_from(m.ActionItemRecord.__table__.outerjoin(
                    m.StaffMemberRecord.__table__, staff.id == action.owner_staff_id))
                .where(action.done_on.is_(None))
                .order_by(action.due_on.is_(None), action.due_on)
            )
        ]

        # Counted by SQLite: a school has hundreds of running trajectories.
        per_domain = dict(connection.execute(
            select(t.domain, func.count()).where(running).group_by(t.domain)
        ).all())
        group_count = connection.scalar(select(func.count()).where(running, t.pupil_id.is_(None)))
        has_pupils = connection.scalar(select(_columns(m.PupilRecord).id).limit(1)) is not None
        pupils_per_phase = dict(connection.execute(
            select(phase.phase, func.count(distinct(t.pupil_id)))
            .select_from(m.TrajectoryRecord.__table__.join(m.PhaseChangeRecord.__table__,
                                                           phase.trajectory_id == t.id))
            .where(running, t.pupil_id.is_not(None), phase.end_date.is_(None))
            .group_by(phase.phase)
        ).all())

    return Dashboard(
        today=today,
        overdue=[e for e in evaluations if e.days_left < 0],
        due_soon=[e for e in evaluations if e.days_left >= 0],
        open_requests=requests,
        upcoming_consultations=consultations,
        open_action_items=actions,
        pupils_per_phase={p: pupils_per_phase.get(p, 0) for p in Phase},
        trajectories_per_domain={d: per_domain.get(d, 0) for d in CareDomain},
        group_trajectories=group_count,
        has_pupils=has_pupils,
    )
