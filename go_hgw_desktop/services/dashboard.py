"""The Overzicht: what needs attention today, and how the continuum looks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

DUE_SOON_DAYS = 14
UPCOMING_DAYS = 60


@dataclass(frozen=True)
class DueEvaluation:
    trajectory_id: int
    cycle_id: int
    subject: str  # pupil's name or "Klas 3A"
    title: str
    evaluation_date: date
    days_left: int  # negative: overdue


@dataclass(frozen=True)
class OpenRequest:
    kind: str  # "CLB" or "Leersteun"
    trajectory_id: int | None
    subject: str
    status: str
    requested_on: date
    waiting_days: int
    started: bool
    request_id: int = 0


@dataclass(frozen=True)
class UpcomingConsultation:
    consultation_id: int
    kind: ConsultationType
    held_on: date
    title: str


@dataclass(frozen=True)
class OpenActionItem:
    action_item_id: int
    consultation_id: int
    description: str
    owner_role: Role
    due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    today: date
    overdue: list[DueEvaluation]
    due_soon: list[DueEvaluation]
    open_requests: list[OpenRequest]
    upcoming_consultations: list[UpcomingConsultation]
    open_action_items: list[OpenActionItem]
    pupils_per_phase: dict[Phase, int]  # pupils with a running trajectory in that phase
    trajectories_per_domain: dict[CareDomain, int]
    group_trajectories: int


def _subjects(session: Session, trajectory_ids: set[int]) -> dict[int, str]:
    """Trajectory id → the name the coordinator knows it by (pupil's name or "Klas 3A")."""
    if not trajectory_ids:
        return {}
    rows = session.execute(
        select(m.TrajectoryRecord.id, m.PupilRecord.first_name, m.PupilRecord.last_name,
               m.ClassGroupRecord.name)
        .select_from(m.TrajectoryRecord)
        .outerjoin(m.PupilRecord, m.PupilRecord.id == m.TrajectoryRecord.pupil_id)
        .outerjoin(m.ClassGroupRecord, m.ClassGroupRecord.id == m.TrajectoryRecord.group_id)
        .where(m.TrajectoryRecord.id.in_(trajectory_ids))
    )
    return {tid: f"{first} {last}" if first is not None else f"Klas {group}"
            for tid, first, last, group in rows}


def dashboard(store: Store, today: date | None = None) -> Dashboard:
    """Everything the Overzicht shows, read in one transaction."""
    today = today or date.today()
    with store.transaction() as session:
        running = m.TrajectoryRecord.status != TrajectoryStatus.AFGESLOTEN
        due_rows = session.execute(
            select(m.TrajectoryRecord.id, m.CycleRecord.id, m.TrajectoryRecord.title,
                   m.PlanRecord.evaluation_date)
            .join(m.CycleRecord, m.CycleRecord.trajectory_id == m.TrajectoryRecord.id)
            .join(m.PlanRecord, m.PlanRecord.cycle_id == m.CycleRecord.id)
            .where(running, m.CycleRecord.closed_on.is_(None),
                   m.PlanRecord.evaluation_date <= today + timedelta(days=DUE_SOON_DAYS))
            .order_by(m.PlanRecord.evaluation_date)
        ).all()
        clb_rows = session.scalars(
            select(m.ClbRequestRecord).where(m.ClbRequestRecord.status != RequestStatus.AFGESLOTEN)
        ).all()
        lsc_rows = session.scalars(
            select(m.LeersteunRequestRecord).where(
                m.LeersteunRequestRecord.status != LeersteunStatus.AFGESLOTEN
            )
        ).all()
        subjects = _subjects(
            session,
            {row[0] for row in due_rows} | {r.trajectory_id for r in (*clb_rows, *lsc_rows)
                                            if r.trajectory_id is not None},
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
            UpcomingConsultation(consultation_id=c.id, kind=c.kind, held_on=c.held_on, title=c.title)
            for c in session.scalars(
                select(m.ConsultationRecord)
                .where(m.ConsultationRecord.held_on >= today,
                       m.ConsultationRecord.held_on <= today + timedelta(days=UPCOMING_DAYS))
                .order_by(m.ConsultationRecord.held_on)
            )
        ]

        actions = [
            OpenActionItem(
                action_item_id=a.id, consultation_id=a.consultation_id, description=a.description,
                owner_role=a.owner_role, due_on=a.due_on,
                overdue=a.due_on is not None and a.due_on < today,
            )
            for a in session.scalars(
                select(m.ActionItemRecord)
                .where(m.ActionItemRecord.done_on.is_(None))
                .order_by(m.ActionItemRecord.due_on.is_(None), m.ActionItemRecord.due_on)
            )
        ]

        phase_by_trajectory = dict(
            session.execute(
                select(m.PhaseChangeRecord.trajectory_id, m.PhaseChangeRecord.phase).where(
                    m.PhaseChangeRecord.end_date.is_(None)
                )
            ).all()
        )
        pupils_in_phase: dict[Phase, set[int]] = {phase: set() for phase in Phase}
        per_domain: Counter[CareDomain] = Counter()
        group_count = 0
        for tid, pupil_id, domain in session.execute(
            select(m.TrajectoryRecord.id, m.TrajectoryRecord.pupil_id, m.TrajectoryRecord.domain)
            .where(running)
        ):
            per_domain[domain] += 1
            if pupil_id is None:
                group_count += 1
            elif tid in phase_by_trajectory:
                pupils_in_phase[phase_by_trajectory[tid]].add(pupil_id)

    return Dashboard(
        today=today,
        overdue=[e for e in evaluations if e.days_left < 0],
        due_soon=[e for e in evaluations if e.days_left >= 0],
        open_requests=requests,
        upcoming_consultations=consultations,
        open_action_items=actions,
        pupils_per_phase={phase: len(ids) for phase, ids in pupils_in_phase.items()},
        trajectories_per_domain={d: per_domain.get(d, 0) for d in CareDomain},
        group_trajectories=group_count,
    )
