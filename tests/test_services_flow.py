"""Services against a real encrypted store: dashboard figures, all-or-nothing, subgroups,
consultations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    ConsultationType,
    LeersteunKind,
    LeersteunStatus,
    Phase,
    PlanType,
    Role,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest
from go_hgw_desktop.domain.plan import Plan
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup, Subgroup
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import consultations, dashboard, group_overview, partners, pupils, school
from go_hgw_desktop.services import trajectories as tr
from go_hgw_desktop.storage import models as m

TODAY = date(2026, 11, 25)
YEAR = SchoolYear.containing(TODAY)


def _count(store, record) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(record))


@pytest.fixture
def school_with_pupils(store):
    group = school.save_group(store, ClassGroup(name="5A", school_year=YEAR))
    made = [pupils.create_pupil(store, Pupil(first_name=first, last_name=last, birth_year=2015), group.id)
            for first, last in (("Mila", "Peeters"), ("Oğuz", "Şahin"), ("Thảo", "Lê"))]
    return group, made


def _track(store, pupil_id, start=TODAY - timedelta(days=60), phase=Phase.VERHOOGDE_ZORG):
    return tr.open_trajectory(store, Trajectory(title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN,
                                                start_date=start, pupil_id=pupil_id), phase)


def test_dashboard_counts_pupils_per_phase_and_lists_what_is_due(store, school_with_pupils):
    _, (mila, oguz, _thao) = school_with_pupils
    a = _track(store, mila.id)
    _track(store, mila.id)  # a second running track in phase 1: Mila counts once
    b = _track(store, oguz.id)
    partners.save_partner_item(store, ClbRequest(trajectory_id=b.id, requested_on=TODAY - timedelta(days=30),
                                                 consent_by=ConsentBy.OUDERS,
                                                 consent_on=TODAY - timedelta(days=20)))
    tr.change_phase(store, b.id, Phase.UITBREIDING_VAN_ZORG, TODAY - timedelta(days=20))
    for trajectory, evaluation in ((a, TODAY - timedelta(days=3)), (b, TODAY + timedelta(days=10))):
        cycle = tr.trajectory_file(store, trajectory.id).current.cycle
        tr.save_plan(store, Plan(cycle_id=cycle.id, plan_type=PlanType.HANDELINGSPLAN,
                                 start_date=TODAY - timedelta(days=50), evaluation_date=evaluation))
    partners.save_partner_item(store, LeersteunRequest(kind=LeersteunKind.TEAMGERICHT,
                                                       requested_on=TODAY - timedelta(days=45),
                                                       status=LeersteunStatus.AANGEVRAAGD, theme="NT2"))
    board = dashboard.dashboard(store, TODAY)
    assert board.pupils_per_phase == {Phase.BREDE_BASISZORG: 0, Phase.VERHOOGDE_ZORG: 1,
                                      Phase.UITBREIDING_VAN_ZORG: 1, Phase.IAC_OF_BUITENGEWOON: 0}
    assert [(e.subject, e.days_left) for e in board.overdue] == [("Mila Peeters", -3)]
    assert [(e.subject, e.days_left) for e in board.due_soon] == [("Oğuz Şahin", 10)]
    waits = {(r.kind, r.subject): r.waiting_days for r in board.open_requests}
    assert waits == {("CLB", "Oğuz Şahin"): 30, ("Leersteun", "NT2"): 45}
    assert board.trajectories_per_domain[CareDomain.LEREN_EN_STUDEREN] == 3


def test_a_refused_phase_change_leaves_nothing_behind(store, school_with_pupils):
    _, (mila, *_) = school_with_pupils
    trajectory = _track(store, mila.id)
    before = _count(store, m.PhaseChangeRecord)
    with pytest.raises(ValidationError, match="toestemming"):
        tr.change_phase(store, trajectory.id, Phase.UITBREIDING_VAN_ZORG, TODAY)
    assert _count(store, m.PhaseChangeRecord) == before
    assert tr.trajectory_file(store, trajectory.id).trajectory.current_phase is Phase.VERHOOGDE_ZORG


def test_a_consultation_is_saved_whole_or_not_at_all(store, school_with_pupils):
    _, (mila, *_) = school_with_pupils
    before = (_count(store, m.ConsultationRecord), _count(store, m.ParticipantRecord))
    with pytest.raises(ValidationError, match="schoolfoto"):
        consultations.save_consultation(store, Consultation(
            kind=ConsultationType.MICRO, held_on=TODAY, participants=[Participant(role=Role.CLB)],
            pupil_ids=[mila.id]))
    assert (_count(store, m.ConsultationRecord), _count(store, m.ParticipantRecord)) == before
    saved = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=TODAY, title="Bespreking 5A",
        participants=[Participant(role=Role.KLASLERAAR), Participant(role=Role.CLB, name="An")],
        pupil_ids=[mila.id]))
    item = consultations.save_action_item(store, ActionItem(
        consultation_id=saved.id, description="Ouders uitnodigen", owner_role=Role.KLASLERAAR,
        due_on=TODAY - timedelta(days=1)))
    assert dashboard.dashboard(store, TODAY).open_action_items[0].overdue
    consultations.set_action_done(store, item.id, TODAY)
    assert dashboard.dashboard(store, TODAY).open_action_items == []
    again = consultations.get_consultation(store, saved.id)
    assert [(p.role, p.name) for p in again.participants] == [(Role.KLASLERAAR, ""), (Role.CLB, "An")]
    assert again.pupil_ids == [mila.id]
    consultations.delete_consultation(store, saved.id)
    assert _count(store, m.ActionItemRecord) == 0


def test_subgroup_layout_is_exclusive_and_atomic(store, school_with_pupils):
    group, (mila, oguz, thao) = school_with_pupils
    basis, intensief, meer = group_overview.create_standard_subgroups(store, group.id)
    group_overview.set_subgroup_layout(store, group.id, {basis.id: [mila.id, oguz.id],
                                                         intensief.id: [thao.id]})
    with pytest.raises(ValidationError, match="één subgroep"):
        group_overview.set_subgroup_layout(store, group.id, {basis.id: [mila.id], meer.id: [mila.id]})
    other = school.save_group(store, ClassGroup(name="6B", school_year=YEAR))
    stranger = school.save_subgroup(store, Subgroup(group_id=other.id, name="Elders"))
    with pytest.raises(ValidationError, match="hoort niet bij deze klas"):
        group_overview.set_subgroup_layout(store, group.id, {stranger.id: [mila.id]})
    layout = {s.name: members for s, members in school.list_subgroups(store, group.id)}
    assert layout == {"Basis": sorted([mila.id, oguz.id]), "Intensief": [thao.id], "Meer": []}
    rows = {r.name: r.subgroup for r in group_overview.group_overview(store, group.id)}
    assert rows == {"Lê, Thảo": "Intensief", "Peeters, Mila": "Basis", "Şahin, Oğuz": "Basis"}


def test_pupils_of_another_year_stay_out_of_this_years_list(store, school_with_pupils):
    _group, made = school_with_pupils
    last_year = school.save_group(store, ClassGroup(name="4A", school_year=YEAR.previous()))
    old = pupils.create_pupil(store, Pupil(first_name="Jiří", last_name="Novák", birth_year=2014),
                              last_year.id)
    loose = pupils.create_pupil(store, Pupil(first_name="Noël", last_name="Dubois", birth_year=2016))
    listed = {r.id for r in pupils.list_pupils(store, YEAR, TODAY)}
    assert listed == {p.id for p in made} | {loose.id}
    assert old.id in {r.id for r in pupils.list_pupils(store, YEAR.previous(), TODAY)}
    pupils.delete_pupil(store, made[0].id)
    assert _count(store, m.ClassMembershipRecord) == 3  # 5A's other two, and Jiří's old class
