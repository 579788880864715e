"""The groepsoverzicht: a class's pupils with their signals and needs side by side."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import Phase, SubgroupKind, TrajectoryStatus
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.school import Subgroup
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import check_class_members, present_on
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

MAX_TEXTS = 3
CONFIDENTIAL = "(vertrouwelijk: zie het dossier)"


@dataclass
class OverviewRow:
    pupil_id: int
    name: str
    code: str
    subgroup: str = ""
    highest_phase: Phase | None = None
    signals: list[str] = field(default_factory=list)  # newest first
    needs: list[str] = field(default_factory=list)


def group_overview(store: Store, group_id: int, today: date | None = None) -> list[OverviewRow]:
    """Each pupil of the class (not those who left) with the subgroup, highest running
    phase, and what is known of their signals and needs: the newest signals, dated, from
    the class's group cycles (about that pupil) and the pupil's own running trajectories;
    the needs of each trajectory's newest cycle that names any, marked with that cycle
    when it is not the open one. A new cycle does not blank what was known."""
    today = today or date.today()
    with store.transaction() as session:
        members = session.execute(
            select(m.PupilRecord.id, m.PupilRecord.first_name, m.PupilRecord.last_name,
                   m.PupilRecord.code)
            .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.PupilRecord.id)
            .where(m.ClassMembershipRecord.group_id == group_id, present_on(today))
            .order_by(m.PupilRecord.last_name, m.PupilRecord.first_name)
        ).all()
        rows = {pid: OverviewRow(pid, f"{last}, {first}", code) for pid, first, last, code in members}
        ids = list(rows)
        for pupil_id, name in session.execute(
            select(m.subgroup_member.c.pupil_id, m.SubgroupRecord.name)
            .join(m.SubgroupRecord, m.SubgroupRecord.id == m.subgroup_member.c.subgroup_id)
            .where(m.SubgroupRecord.group_id == group_id)
        ):
            if pupil_id in rows:
                rows[pupil_id].subgroup = name
        running = (m.TrajectoryRecord.status != TrajectoryStatus.AFGESLOTEN)
        for pupil_id, phase in session.execute(
            select(m.TrajectoryRecord.pupil_id, m.PhaseChangeRecord.phase)
            .join(m.PhaseChangeRecord, m.PhaseChangeRecord.trajectory_id == m.TrajectoryRecord.id)
            .where(m.TrajectoryRecord.pupil_id.in_(ids), running, m.PhaseChangeRecord.end_date.is_(None))
        ):
            row = rows[pupil_id]
            row.highest_phase = phase if row.highest_phase is None else max(row.highest_phase, phase)
        # Every cycle of the running trajectories about this class or its pupils, open or closed.
        cycles = {cycle_id: (trajectory_id, pupil_id, number, closed is None)
                  for cycle_id, trajectory_id, pupil_id, number, closed in session.execute(
                      select(m.CycleRecord.id, m.TrajectoryRecord.id, m.TrajectoryRecord.pupil_id,
                             m.CycleRecord.number, m.CycleRecord.closed_on)
                      .join(m.TrajectoryRecord, m.TrajectoryRecord.id == m.CycleRecord.trajectory_id)
                      .where(running, (m.TrajectoryRecord.group_id == group_id)
                             | m.TrajectoryRecord.pupil_id.in_(ids)))}
        # The groepsoverzicht is shown in a groepsbespreking, often on a projector: an item
        # marked vertrouwelijk only says that it is there, never what it says.
        observations = (m.ObservationRecord.cycle_id, m.ObservationRecord.pupil_id,
                        m.ObservationRecord.observed_on, m.ObservationRecord.text,
                        m.ObservationRecord.confidential)
        for cycle_id, pupil_id, observed_on, text, secret in session.execute(
            select(*observations).where(m.ObservationRecord.cycle_id.in_(list(cycles)))
            .order_by(m.ObservationRecord.observed_on.desc(), m.ObservationRecord.id.desc())
        ):
            who = pupil_id or cycles[cycle_id][1]
            if who in rows and len(rows[who].signals) < MAX_TEXTS:
                rows[who].signals.append(f"{format_date(observed_on)}: {CONFIDENTIAL if secret else text}")
        # Needs: per trajectory and pupil, those of the newest cycle that names any.
        by_owner: dict[tuple[int, int], dict[int, list[str]]] = {}
        for cycle_id, pupil_id, slot, text, secret in session.execute(
            select(m.EducationalNeedRecord.cycle_id, m.EducationalNeedRecord.pupil_id,
                   m.EducationalNeedRecord.slot, m.EducationalNeedRecord.text,
                   m.EducationalNeedRecord.confidential)
            .where(m.EducationalNeedRecord.cycle_id.in_(list(cycles)))
            .order_by(m.EducationalNeedRecord.id)
        ):
            trajectory_id, owner, _number, _open = cycles[cycle_id]
            per_cycle = by_owner.setdefault((trajectory_id, pupil_id or owner), {})
            per_cycle.setdefault(cycle_id, []).append(CONFIDENTIAL if secret else f"{slot.label} {text}")
        for (_trajectory_id, who), per_cycle in by_owner.items():
            if who in rows:
                newest = max(per_cycle, key=lambda cycle_id: cycles[cycle_id][2])
                _t, _o, number, is_open = cycles[newest]
                mark = "" if is_open else f" (cyclus {number})"
                rows[who].needs.extend(text + mark for text in per_cycle[newest])
    for row in rows.values():
        del row.needs[MAX_TEXTS:]
    return list(rows.values())


def set_subgroup_layout(store: Store, group_id: int, layout: dict[int, list[int]],
                        today: date | None = None) -> None:
    """Put the class's pupils in its subgroups exactly as ``layout`` says, in one go.

    Pupils in no list are in no subgroup. A pupil may be in one subgroup only. Pupils who
    left keep the subgroup they had (the lists do not show them; the groepsplan's history
    does).
    """
    pupils = [p for members in layout.values() for p in members]
    if len(pupils) != len(set(pupils)):
        raise ValidationError("Een leerling kan maar in één subgroep zitten.")
    with store.transaction() as session:
        owned = set(session.scalars(select(m.SubgroupRecord.id).where(m.SubgroupRecord.group_id == group_id)))
        if set(layout) - owned:
            raise ValidationError("Die subgroep hoort niet bij deze klas.")
        check_class_members(session, group_id, pupils)
        left = set(session.scalars(select(m.PupilRecord.id).where(~present_on(today or date.today()))))
        session.execute(sql_delete(m.subgroup_member).where(
            m.subgroup_member.c.subgroup_id.in_(owned), m.subgroup_member.c.pupil_id.not_in(left)))
        rows = [{"subgroup_id": s, "pupil_id": p} for s, members in layout.items() for p in members
                if p not in left]
        if rows:
            session.execute(insert(m.subgroup_member), rows)


def create_standard_subgroups(store: Store, group_id: int) -> list[Subgroup]:
    """Basis, intensief and meer: the usual three clusters of a groepsplan."""
    with store.transaction() as session:
        current = records.all_of(session, Subgroup, m.SubgroupRecord.group_id == group_id)
        existing = {s.name.lower() for s in current}
        made = []
        for kind in (SubgroupKind.BASIS, SubgroupKind.INTENSIEF, SubgroupKind.MEER):
            if kind.label.lower() not in existing:
                made.append(records.save(session, Subgroup(group_id=group_id, name=kind.label, kind=kind)))
        return made
