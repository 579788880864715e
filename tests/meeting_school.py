"""A demo school with what the meeting documents print and what they must never print.

On top of the demo: a groepsplan for the intensief subgroup of the first class, and
vertrouwelijke items (a goal and a measure of that plan, a goal of a pupil's plan, an
observation, a need, the decisions of the MDO) whose texts are stored nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsultationType,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    PlanType,
    Role,
    SubTheme,
)
from go_hgw_desktop.domain.cycle_items import EducationalNeed, Observation
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import consultations, school, trajectories

SECRETS = (
    "Quokka zorgt thuis voor een zieke grootmoeder",  # goal of the subgroup plan
    "Pilletje van de ochtend bij de juf ophalen",  # measure of the subgroup plan
    "Gesprek over het verdriet om de scheiding",  # goal of a pupil's plan
    "Broer zit in de gevangenis volgens de buren",  # observation about a pupil
    "Begeleiding na het overlijden van haar vader",  # educational need
    "Melding bij Vertrouwenscentrum Kindermishandeling gedaan",  # decisions of the MDO
)
SUBGROUP_GOAL = "Leest een AVI-M5-tekst vlot en correct"
SUBGROUP_MEASURE = "Verlengde instructie aan de instructietafel"


@dataclass
class MeetingSchool:
    store: object
    group: ClassGroup
    pupil_id: int  # a pupil of the class with a running trajectory
    mdo_id: int
    micro_id: int


def build(store, today: date) -> MeetingSchool:
    year = SchoolYear.containing(today)
    group = school.list_groups(store, year)[0]
    subgroups = school.list_subgroups(store, group.id, today)
    intensief = next(s for s, _ in subgroups if s.name == "Intensief")
    t = trajectories.open_trajectory(
        store,
        Trajectory(
            title="Leesgroep",
            domain=CareDomain.LEREN_EN_STUDEREN,
            sub_theme=SubTheme.LEZEN_SPELLEN,
            start_date=today - timedelta(days=30),
            group_id=group.id,
            subgroup_id=intensief.id,
        ),
    )
    cycle = trajectories.trajectory_file(store, t.id).current.cycle
    plan = trajectories.save_plan(
        store,
        Plan(
            cycle_id=cycle.id,
            plan_type=PlanType.GROEPSPLAN,
            start_date=today - timedelta(days=20),
            evaluation_date=today + timedelta(days=40),
            end_date=today + timedelta(days=42),
            starting_situation="Zes leerlingen lezen nog niet vlot.",
            approach="Dagelijks verlengde instructie.",
        ),
    )
    save = lambda item: trajectories.save_plan_item(store, item)  # noqa: E731
    save(Goal(plan_id=plan.id, description=SUBGROUP_GOAL, criterion="90 woorden per minuut", position=0))
    save(Goal(plan_id=plan.id, description=SECRETS[0], position=1, confidential=True))
    save(
        Measure(
            plan_id=plan.id,
            category=MeasureCategory.REMEDIEREN,
            description=SUBGROUP_MEASURE,
            responsible_role=Role.KLASLERAAR,
            frequency="dagelijks",
        )
    )
    save(
        Measure(
            plan_id=plan.id,
            category=MeasureCategory.COMPENSEREN,
            description=SECRETS[1],
            responsible_role=Role.ZORGLERAAR,
            confidential=True,
        )
    )
    # A pupil of the class with a running trajectory and a plan: a secret goal, observation and need.
    members = {r.id for r in _members(store, group.id)}
    pupil_id, trajectory = next(
        (tr.pupil_id, tr)
        for pid in sorted(members)
        for tr in trajectories.list_trajectories(store, pupil_id=pid)
        if trajectories.trajectory_file(store, tr.id).current.plan is not None
    )
    current = trajectories.trajectory_file(store, trajectory.id).current
    trajectories.save_plan_item(
        store, Goal(plan_id=current.plan.id, description=SECRETS[2], position=9, confidential=True)
    )
    trajectories.save_cycle_item(
        store,
        Observation(
            cycle_id=current.cycle.id,
            observed_on=today - timedelta(days=1),
            source=ObservationSource.GESPREK_OUDERS,
            text=SECRETS[3],
            author_role=Role.KLASLERAAR,
            confidential=True,
        ),
    )
    trajectories.save_cycle_item(
        store,
        EducationalNeed(
            cycle_id=current.cycle.id, slot=NeedSlot.INSTRUCTIE, text=SECRETS[4], confidential=True
        ),
    )
    listed = consultations.list_consultations(store)
    mdo = next(c for c in listed if c.kind is ConsultationType.MDO)
    consultations.save_consultation(
        store,
        replace(
            mdo,
            decisions=SECRETS[5],
            decisions_confidential=True,
            pupil_ids=sorted({*mdo.pupil_ids, pupil_id}),
        ),
    )
    micro = next(c for c in listed if c.kind is ConsultationType.MICRO and c.held_on <= today)
    return MeetingSchool(store, group, pupil_id, mdo.id, micro.id)


def _members(store, group_id):
    from go_hgw_desktop.services.pupils import pupils_in_group

    return pupils_in_group(store, group_id)
