"""The printed groepsoverzicht and groepsplan of a class: what of it may go on paper.

The overview is the Groepen screen's (``group_overview``: a vertrouwelijk signal or need
only says that it is there). Each group trajectory of the class gives the plan of its
newest cycle that has one, for its subgroup or the whole class; vertrouwelijke goals and
measures are left out whole, and a vertrouwelijk plan loses its beginsituatie and aanpak.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import TrajectoryStatus
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.trajectory import Cycle
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.groepsplan import GroepsplanContent, OverviewLine, SubgroupPlan
from go_hgw_desktop.reports.pupil_plan import PrintedGoal, PrintedMeasure
from go_hgw_desktop.services import records
from go_hgw_desktop.services.group_overview import group_overview
from go_hgw_desktop.services.school import current_school_year, list_groups, list_subgroups, school_in
from go_hgw_desktop.services.staff import staff_names_in
from go_hgw_desktop.services.trajectories import _cycle_detail, list_trajectories
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store


class UnknownClassError(UserError):
    exit_code = 2

    def __init__(self, name: str, year: SchoolYear, known: list[str]) -> None:
        listed = ", ".join(known[:30]) + (" …" if len(known) > 30 else "") if known else "nog geen klassen"
        super().__init__(f"Klas ‘{name}’ bestaat niet in schooljaar {year} ({listed}).",
                         "Schrijf de naam zoals in Groepen, of kies een ander schooljaar met --school-year.")


def find_class(store: Store, name: str, year: SchoolYear | None = None,
               today: date | None = None) -> ClassGroup:
    """The class called ``name`` (case and surrounding spaces do not matter) in ``year``
    (default: the huidig school year)."""
    year = year or current_school_year(store, today)
    groups = list_groups(store, year)
    wanted = name.strip().casefold()
    found = next((g for g in groups if g.name.casefold() == wanted), None)
    if found is None:
        raise UnknownClassError(name.strip(), year, [g.name for g in groups])
    return found


def as_of(store: Store, group: ClassGroup, today: date) -> date:
    """Who is in the class: today, or for a past year the class as it ended that year (as the
    Groepen screen shows it)."""
    return group.school_year.last_day if group.school_year < current_school_year(store, today) else today


def _plan_of(session: Session, trajectory, subgroup: str, members: tuple[str, ...],
             names: dict[int, str], today: date) -> SubgroupPlan | None:
    cycles = records.all_of(session, Cycle, m.CycleRecord.trajectory_id == trajectory.id,
                            order_by=m.CycleRecord.number.desc())
    for cycle in cycles:
        detail = _cycle_detail(session, cycle)
        plan = detail.plan
        if plan is None:
            continue
        goals = [g for g in detail.goals if not g.confidential]
        measures = [x for x in detail.measures if not x.confidential]
        withheld = (len(goals) < len(detail.goals) or len(measures) < len(detail.measures)
                    or (plan.confidential and bool(plan.starting_situation.strip() or plan.approach.strip())))
        return SubgroupPlan(
            subgroup=subgroup, members=members, trajectory_title=trajectory.title,
            phase=trajectory.phase_on(cycle.closed_on or today) or trajectory.current_phase,
            cycle_number=cycle.number, cycle_closed_on=cycle.closed_on,
            start_date=plan.start_date, end_date=plan.end_date, evaluation_date=plan.evaluation_date,
            starting_situation="" if plan.confidential else plan.starting_situation,
            approach="" if plan.confidential else plan.approach,
            goals=tuple(PrintedGoal(description=g.description, criterion=g.criterion, deadline=g.deadline,
                                    result=g.result, evaluated_on=g.evaluated_on,
                                    evaluation_note=g.evaluation_note) for g in goals),
            measures=tuple(PrintedMeasure(category=x.category, description=x.description,
                                          responsible_role=x.responsible_role, frequency=x.frequency,
                                          responsible_name=names.get(x.responsible_staff_id, ""))
                           for x in measures),
            withheld=withheld,
        )
    return None


def printable_groepsplan(store: Store, group_id: int, today: date | None = None) -> GroepsplanContent:
    """The class's groepsoverzicht (as the Groepen screen shows it) and the plan of each of its
    group trajectories: running ones, or for a past school year all of them. Subgroups without
    a plan are listed with their pupils."""
    today = today or date.today()
    with store.transaction() as session:
        group = records.load(session, ClassGroup, group_id)
    day = as_of(store, group, today)
    past = day != today
    rows = group_overview(store, group_id, day)
    names_by_id = {r.pupil_id: r.name for r in rows}
    subgroups = list_subgroups(store, group_id, day)
    members = {s.id: tuple(names_by_id[p] for p in sorted(ids, key=lambda p: names_by_id.get(p, ""))
                           if p in names_by_id) for s, ids in subgroups}
    subgroup_names = {s.id: s.name for s, _ in subgroups}
    trajectories = [t for t in list_trajectories(store, group_id=group_id)
                    if past or t.status is not TrajectoryStatus.AFGESLOTEN]
    # Subgroup plans in the order of the subgroups (basis, intensief, meer …), the whole class first.
    order = {s.id: index for index, (s, _) in enumerate(subgroups, start=1)}
    trajectories.sort(key=lambda t: (order.get(t.subgroup_id, 0), t.start_date))
    with store.transaction() as session:
        staff = staff_names_in(session)
        school = school_in(session).name
        plans, planned = [], set()
        for trajectory in trajectories:
            sid = trajectory.subgroup_id
            plan = _plan_of(session, trajectory, subgroup_names.get(sid, ""),
                            members.get(sid, tuple(r.name for r in rows)), staff, today)
            if plan is not None:
                plans.append(plan)
                planned.add(sid)
    return GroepsplanContent(
        school_name=school, class_name=group.name, school_year=group.school_year.label, printed_on=today,
        overview=tuple(OverviewLine(name=r.name, subgroup=r.subgroup, phase=r.highest_phase,
                                    signals=tuple(r.signals), needs=tuple(r.needs)) for r in rows),
        plans=tuple(plans),
        without_plan=tuple((s.name, members[s.id]) for s, _ in subgroups if s.id not in planned),
    )

