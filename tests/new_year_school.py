"""A small school that lived through 2026-2027 and meets 2027-2028 (fictional names).

In 2026-2027: the eight pupils of ``classlists.PUPILS`` in 3A, 4B and K2A; Jan Peeters has a
reading trajectory with a closed first cycle (plan, evaluated goal) and a second one running
(its plan evaluated on 10 September 2027);
Łukasz Kowalski, who leaves in the summer, a running trajectory too; 3A has the three
standard subgroups (Jan and Şeyma in Intensief) and a groepsplan for Intensief (evaluation due
in June, still open).
The 2027-2028 list moves everyone up a year, leaves out Łukasz and Aoife, and brings Nour.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from classlists import PUPILS, rows, write_csv

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    GoalResult,
    ObservationSource,
    Phase,
    PlanType,
    SubgroupKind,
)
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.plan import Goal, Plan
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import class_import, group_overview, school, trajectories
from go_hgw_desktop.services.workspace import open_workspace

LAST_YEAR, NEW_YEAR = SchoolYear(2026), SchoolYear(2027)
LAST_YEAR_DAY = date(2026, 11, 25)
NEW_YEAR_DAY = date(2027, 9, 2)  # the second day of 2027-2028

MOVED_UP = {"3A": "4A", "4B": "5B", "K2A": "K3A"}
LEAVERS = ("1004", "1008")  # Łukasz Kowalski, Aoife Ó Briain
NEWCOMER = ("1009", "Haddad", "Nour", "4A", date(2016, 4, 18))


def next_year_pupils() -> list[tuple]:
    kept = [(number, last, first, MOVED_UP[klass], born)
            for number, last, first, klass, born in PUPILS if number not in LEAVERS]
    return [*kept, NEWCOMER]


def write_next_year_list(folder: Path) -> Path:
    return write_csv(folder / "klaslijst-2027-2028.csv", rows(next_year_pupils()))


def import_list(store, path: Path, year: SchoolYear, today: date, mark_left_on: date | None = None):
    read = class_import.read_class_list(store, path)
    preview = class_import.preview_import(store, read.table, read.mapping, year, today)
    return class_import.apply_import(store, preview, mark_left_on=mark_left_on, today=today)


def pupil_id(store, number: str) -> int:
    from go_hgw_desktop.services import pupils

    return next(p.id for p in pupils.list_pupils(store, LAST_YEAR, LAST_YEAR_DAY) if p.number == number)


def build(data_dir: Path, key_store, *, keep_year_setting: bool = True) -> dict[str, int]:
    """Make the school; returns the ids the tests look for. ``keep_year_setting`` stores
    2026-2027 as the chosen year (the app then suggests switching), else the calendar leads."""
    store = open_workspace(data_dir, key_store, school_name="GO! Basisschool Ōkami").store
    try:
        first = write_csv(data_dir.parent / "klaslijst-2026-2027.csv", rows())
        import_list(store, first, LAST_YEAR, LAST_YEAR_DAY)
        if keep_year_setting:
            school.set_current_school_year(store, LAST_YEAR)
        jan, lukasz, seyma = pupil_id(store, "1001"), pupil_id(store, "1004"), pupil_id(store, "1002")
        reading = trajectories.open_trajectory(store, Trajectory(
            title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 10, 5), pupil_id=jan),
            Phase.VERHOOGDE_ZORG)
        cycle = trajectories.trajectory_file(store, reading.id).cycles[0].cycle
        trajectories.save_cycle_item(store, Observation(
            cycle_id=cycle.id, observed_on=date(2026, 10, 5), source=ObservationSource.TOETS,
            text="Leest AVI-M3 traag."))
        plan = trajectories.save_plan(store, Plan(
            cycle_id=cycle.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 12),
            evaluation_date=date(2026, 11, 20), starting_situation="Leest AVI-M3."))
        goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest AVI-M4 vlot."))
        trajectories.evaluate_goal(store, goal.id, GoalResult.DEELS_BEREIKT, date(2026, 11, 20))
        second = trajectories.close_cycle(store, cycle.id, date(2026, 11, 20))
        trajectories.save_cycle_item(store, Observation(
            cycle_id=second.id, observed_on=date(2026, 11, 23), source=ObservationSource.OBSERVATIE,
            text="Leest graag voor in de klas."))
        trajectories.save_plan(store, Plan(  # evaluated in the first weeks of the new year
            cycle_id=second.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 11, 23),
            evaluation_date=date(2027, 9, 10), starting_situation="Leest AVI-M4 met hulp."))
        counting = trajectories.open_trajectory(store, Trajectory(
            title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 11, 2),
            pupil_id=lukasz), Phase.VERHOOGDE_ZORG)
        class_3a = next(g for g in school.list_groups(store, LAST_YEAR) if g.name == "3A")
        made = {s.kind: s for s in group_overview.create_standard_subgroups(store, class_3a.id)}
        school.set_subgroup_members(store, made[SubgroupKind.INTENSIEF].id, [jan, seyma])
        groepsplan = trajectories.open_trajectory(store, Trajectory(
            title="Leesgroep", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 11, 3),
            group_id=class_3a.id, subgroup_id=made[SubgroupKind.INTENSIEF].id), Phase.BREDE_BASISZORG)
        group_cycle = trajectories.trajectory_file(store, groepsplan.id).cycles[0].cycle
        trajectories.save_plan(store, Plan(
            cycle_id=group_cycle.id, plan_type=PlanType.GROEPSPLAN, start_date=date(2026, 11, 3),
            evaluation_date=date(2027, 6, 26)))
        return {"jan": jan, "lukasz": lukasz, "seyma": seyma, "reading": reading.id,
                "counting": counting.id, "class_3a": class_3a.id, "groepsplan": groepsplan.id,
                "intensief": made[SubgroupKind.INTENSIEF].id}
    finally:
        store.close()
