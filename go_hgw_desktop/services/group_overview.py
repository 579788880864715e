"""The groepsoverzicht: a class's pupils with their signals and needs side by side."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select

from go_hgw_desktop.domain.choices import Phase, SubgroupKind, TrajectoryStatus
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.school import Subgroup
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import check_class_members
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


def group_overview(store: Store, group_id: int) -> list[OverviewRow]:
    """Each pupil of the class with the subgroup, highest running phase, latest signals
    and needs: from the class's group cycles (signals about that pupil) and from the
    pupil's own running trajectories' open cycles."""
    with store.transaction() as session:
        members = session.execute(
            select(m.PupilRecord.id, m.PupilRecord.first_name, m.PupilRecord.last_name,
                   m.PupilRecord.code)
            .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.PupilRecord.id)
            .where(m.ClassMembershipRecord.group_id == group_id)
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
        open_cycles = (
            select(m.CycleRecord.id)
            .join(m.TrajectoryRecord, m.TrajectoryRecord.id == m.CycleRecord.trajectory_id)
            .where(running, m.CycleRecord.closed_on.is_(None),
                   (m.TrajectoryRecord.group_id == group_id) | m.TrajectoryRecord.pupil_id.in_(ids))
        )
        owner = dict(session.execute(
            select(m.CycleRecord.id, m.TrajectoryRecord.pupil_id)
            .join(m.TrajectoryRecord, m.TrajectoryRecord.id == m.CycleRecord.trajectory_id)
            .where(m.CycleRecord.id.in_(open_cycles))
        ).all())
        # The groepsoverzicht is shown in a groepsbespreking, often on a projector: an item
        # marked vertrouwelijk only says that it is there, never what it says.
        for cycle_id, pupil_id, text, secret in session.execute(
            select(m.ObservationRecord.cycle_id, m.ObservationRecord.pupil_id, m.ObservationRecord.text,
                   m.ObservationRecord.confidential)
            .where(m.ObservationRecord.cycle_id.in_(open_cycles))
            .order_by(m.ObservationRecord.observed_on.desc())
        ):
            who = pupil_id or owner.get(cycle_id)
            if who in rows and len(rows[who].signals) < MAX_TEXTS:
                rows[who].signals.append(CONFIDENTIAL if secret else text)
        for cycle_id, pupil_id, slot, text, secret in session.execute(
            select(m.EducationalNeedRecord.cycle_id, m.EducationalNeedRecord.pupil_id,
                   m.EducationalNeedRecord.slot, m.EducationalNeedRecord.text,
                   m.EducationalNeedRecord.confidential)
            .where(m.EducationalNeedRecord.cycle_id.in_(open_cycles))
        ):
            who = pupil_id or owner.get(cycle_id)
            if who in rows and len(rows[who].needs) < MAX_TEXTS:
                rows[who].needs.append(CONFIDENTIAL if secret else f"{slot.label} {text}")
    return list(rows.values())


def set_subgroup_layout(store: Store, group_id: int, layout: dict[int, list[int]]) -> None:
    """Put the class's pupils in its subgroups exactly as ``layout`` says, in one go.

    Pupils in no list are in no subgroup. A pupil may be in one subgroup only.
    """
    pupils = [p for members in layout.values() for p in members]
    if len(pupils) != len(set(pupils)):
        raise ValidationError("Een leerling kan maar in één subgroep zitten.")
    with store.transaction() as session:
        owned = set(session.scalars(select(m.SubgroupRecord.id).where(m.SubgroupRecord.group_id == group_id)))
        if set(layout) - owned:
            raise ValidationError("Die subgroep hoort niet bij deze klas.")
        check_class_members(session, group_id, pupils)
        session.execute(sql_delete(m.subgroup_member).where(m.subgroup_member.c.subgroup_id.in_(owned)))
        rows = [{"subgroup_id": s, "pupil_id": p} for s, members in layout.items() for p in members]
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
