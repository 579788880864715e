"""The services against a real encrypted store: pupils, school, trajectories and the HGW
cycle, consultations, the dashboard, and the promise that a use case is all or nothing.

Dates sit in school year 2026-2027 around the fixed TODAY; observations lie before it,
because an observation in the (real) future is refused.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import TODAY
from sqlalchemy import func, select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    ConsultationType,
    FactorContext,
    FactorKind,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    RequestStatus,
    Role,
    SubgroupKind,
    TrajectoryStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.cycle_items import (
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import CODE_PATTERN, Pupil
from go_hgw_desktop.domain.school import ClassGroup, School, Subgroup
from go_hgw_desktop.domain.trajectory import Cycle, PhaseChange, Trajectory
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import (
    consultations,
    dashboard,
    group_overview,
    partners,
    pupils,
    records,
    school,
    trajectories,
)
from go_hgw_desktop.services.records import NotFoundError
from go_hgw_desktop.storage import models as m

YEAR = SchoolYear.containing(TODAY)  # 2026-2027
START = date(2026, 9, 7)


# ---------------------------------------------------------------- helpers


def table_counts(store) -> dict[str, int]:
    """Rows in every table: the store's whole state, as far as all-or-nothing is concerned."""
    with store.transaction() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in m.Base.metadata.sorted_tables
            if table.name not in ("audit_entry", "audit_row")  # the trail grows by design (test_audit.py)
        }


def add_group(store, name: str = "3A", year: SchoolYear = YEAR, grade: str = "3") -> ClassGroup:
    return school.save_group(store, ClassGroup(name=name, school_year=year, grade=grade))


def add_pupil(store, first: str = "Şeyma", last: str = "Yılmaz", birth_year: int = 2016,
              group: ClassGroup | None = None) -> Pupil:
    return pupils.create_pupil(
        store, Pupil(first_name=first, last_name=last, birth_year=birth_year),
        group.id if group else None,
    )


def open_for(store, *, pupil_id: int | None = None, group_id: int | None = None,
             domain: CareDomain = CareDomain.LEREN_EN_STUDEREN, start: date = START,
             phase: Phase = Phase.VERHOOGDE_ZORG, title: str = "Technisch lezen") -> Trajectory:
    return trajectories.open_trajectory(
        store,
        Trajectory(title=title, domain=domain, start_date=start, pupil_id=pupil_id, group_id=group_id),
        phase,
    )


def current_cycle(store, trajectory_id: int) -> Cycle:
    return trajectories.trajectory_file(store, trajectory_id).current.cycle


def give_consent(store, trajectory_id: int, on: date = date(2026, 10, 1), **changes) -> ClbRequest:
    values = dict(trajectory_id=trajectory_id, requested_on=on - timedelta(days=3),
                  question="Wat heeft deze leerling nodig?", consent_by=ConsentBy.OUDERS, consent_on=on)
    values.update(changes)
    return partners.save_partner_item(store, ClbRequest(**values))


def add_plan(store, cycle_id: int, evaluation: date, *, start: date | None = None,
             plan_type: PlanType = PlanType.HANDELINGSPLAN) -> Plan:
    start = start or min(evaluation, START + timedelta(days=14))
    return trajectories.save_plan(store, Plan(cycle_id=cycle_id, plan_type=plan_type, start_date=start,
                                              evaluation_date=evaluation))


def fail_when_saving(monkeypatch, condition) -> None:
    """Make ``records.save`` fail for one entity: a use case interrupted half-way."""
    real_save = records.save

    def save(session, entity):
        if condition(entity):
            raise ValidationError("Gesimuleerde fout halverwege.")
        return real_save(session, entity)

    monkeypatch.setattr(records, "save", save)


# ---------------------------------------------------------------- pupils


def test_create_pupil_assigns_a_unique_code_and_cleans_names(store):
    decomposed = "Nguye\u0302\u0303n\u00a0 Anh "  # NFD, with a non-breaking and a double space
    created = pupils.create_pupil(store, Pupil(first_name=decomposed, last_name="  Trần ", birth_year=2017))
    assert CODE_PATTERN.match(created.code)
    stored = pupils.get_pupil(store, created.id)
    assert (stored.first_name, stored.last_name) == ("Nguyễn Anh", "Trần")
    assert stored.school_id == school.get_school(store).id
    codes = {created.code} | {add_pupil(store, first=f"Kind{i}").code for i in range(15)}
    assert len(codes) == 16 and all(CODE_PATTERN.match(c) for c in codes)


def test_create_pupil_keeps_a_given_valid_code(store):
    assert add_pupil(store).code != "LL-ABCDEF"
    given = pupils.create_pupil(store, Pupil(first_name="Jan", last_name="Peeters", birth_year=2015,
                                             code="LL-ABCDEF"))
    assert pupils.get_pupil(store, given.id).code == "LL-ABCDEF"


@pytest.mark.parametrize(
    "pupil",
    [
        Pupil(first_name=" \u00a0 ", last_name="Peeters", birth_year=2016),
        Pupil(first_name="Jan", last_name="Peeters", birth_year=1900),
        Pupil(first_name="Jan", last_name="Peeters", birth_year=2016, code="LL-0000OO"),
        Pupil(first_name="Jan", last_name="Peeters", birth_year=2016, entry_date=date(2026, 9, 1),
              leave_date=date(2026, 8, 1)),
    ],
)
def test_create_pupil_refuses_an_invalid_pupil_and_stores_nothing(store, pupil):
    before = table_counts(store)
    with pytest.raises(ValidationError):
        pupils.create_pupil(store, pupil)
    assert table_counts(store) == before


def test_find_by_code_and_unknown_pupils(store):
    created = add_pupil(store)
    assert pupils.find_by_code(store, f"  {created.code.lower()} ").id == created.id
    with pytest.raises(ValidationError, match="Er is geen leerling met code LL-ZZZZZZ"):
        pupils.find_by_code(store, "LL-ZZZZZZ")
    with pytest.raises(NotFoundError, match=r"De leerling \(\d+\) bestaat niet"):
        pupils.get_pupil(store, created.id + 100)


def test_class_membership_is_per_school_year(store):
    a3 = add_group(store, "3A")
    b3 = add_group(store, "3B")
    a4_next = add_group(store, "4A", year=SchoolYear(2027), grade="4")
    pupil = add_pupil(store, group=a3)
    assert pupils.class_of(store, pupil.id, YEAR).name == "3A"
    pupils.set_class(store, pupil.id, a4_next.id)  # next year: a new class, this year unchanged
    assert pupils.class_of(store, pupil.id, YEAR).name == "3A"
    assert pupils.class_of(store, pupil.id, SchoolYear(2027)).name == "4A"
    pupils.set_class(store, pupil.id, b3.id)  # one class per year: 3B replaces 3A
    assert pupils.class_of(store, pupil.id, YEAR).name == "3B"
    assert pupils.pupils_in_group(store, a3.id) == []
    assert [p.id for p in pupils.pupils_in_group(store, b3.id)] == [pupil.id]
    assert pupils.class_of(store, pupil.id, SchoolYear(2025)) is None
    with pytest.raises(NotFoundError):
        pupils.set_class(store, pupil.id, 9999)
    with pytest.raises(NotFoundError):
        pupils.set_class(store, 9999, b3.id)


def test_list_pupils_shows_the_years_pupils_and_pupils_without_class(store):
    this_year = add_group(store, "3A")
    last_year = add_group(store, "2A", year=YEAR.previous(), grade="2")
    in_class = add_pupil(store, "Łukasz", "Nowak", group=this_year)
    only_last_year = add_pupil(store, "Emma", "Peeters", group=last_year)
    without_class = add_pupil(store, "Zoë", "Declercq")
    now = pupils.list_pupils(store, YEAR, TODAY)
    assert [r.id for r in now] == [without_class.id, in_class.id]  # sorted by last name
    assert [(r.class_name, r.group_id) for r in now] == [("", None), ("3A", this_year.id)]
    before = pupils.list_pupils(store, YEAR.previous(), TODAY)
    assert [r.id for r in before] == [without_class.id, only_last_year.id]
    assert before[1].class_name == "2A"
    row = now[1]
    assert (row.code, row.full_name, row.birth_year) == (in_class.code, "Łukasz Nowak", 2016)


def test_list_pupils_sorts_case_insensitively(store):
    for last in ("de Smet", "Claes", "Aydın", "Van Damme", "Öztürk", "Yılmaz", "Łapiński"):
        add_pupil(store, "Kind", last)
    assert [r.last_name for r in pupils.list_pupils(store, YEAR, TODAY)] == [
        "Aydın", "Claes", "de Smet", "Łapiński", "Öztürk", "Van Damme", "Yılmaz"
    ]  # and accent-blind: Öztürk under O, Łapiński under L


def test_mark_left_and_has_left(store):
    gone = add_pupil(store, "Noah", "Maes")
    leaving = add_pupil(store, "Mila", "Claes")
    staying = add_pupil(store, "Jules", "Mertens")
    assert pupils.mark_left(store, gone.id, TODAY).leave_date == TODAY
    pupils.mark_left(store, leaving.id, TODAY + timedelta(days=30))
    left = {r.id: r.has_left for r in pupils.list_pupils(store, YEAR, TODAY)}
    assert left == {gone.id: True, leaving.id: False, staying.id: False}
    assert {r.id: r.has_left for r in pupils.list_pupils(store, YEAR, TODAY + timedelta(days=30))}[leaving.id]
    assert pupils.get_pupil(store, gone.id).first_name == "Noah"  # nothing deleted


def test_mark_left_before_entry_is_refused_and_changes_nothing(store):
    created = pupils.create_pupil(store, Pupil(first_name="Inès", last_name="Dubois", birth_year=2016,
                                               entry_date=date(2024, 9, 1)))
    with pytest.raises(ValidationError, match="vertrek ligt vóór de datum van inschrijving"):
        pupils.mark_left(store, created.id, date(2024, 6, 30))
    assert pupils.get_pupil(store, created.id).leave_date is None


def test_update_pupil_changes_identity_but_keeps_the_code(store):
    created = add_pupil(store, "Ana-María", "García")
    changed = Pupil(id=created.id, first_name="  Ana   María ", last_name="García López", birth_year=2015,
                    code="LL-ZZZZZZ")
    pupils.update_pupil(store, changed)
    stored = pupils.get_pupil(store, created.id)
    assert (stored.first_name, stored.last_name, stored.birth_year, stored.code) == (
        "Ana María", "García López", 2015, created.code
    )
    with pytest.raises(ValidationError, match="Geef de familienaam"):
        pupils.update_pupil(store, Pupil(id=created.id, first_name="Ana", last_name=" ", birth_year=2015))
    assert pupils.get_pupil(store, created.id).last_name == "García López"


def test_list_pupils_shows_the_state_of_running_trajectories(store):
    pupil = add_pupil(store)
    other = add_pupil(store, "Kofi", "Mensah")
    open_for(store, pupil_id=pupil.id, domain=CareDomain.LEREN_EN_STUDEREN)
    social = open_for(store, pupil_id=pupil.id, domain=CareDomain.PSYCHISCH_EN_SOCIAAL, title="Welbevinden")
    give_consent(store, social.id)
    trajectories.change_phase(store, social.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    trajectories.advance_step(store, current_cycle(store, social.id).id)
    closed = open_for(store, pupil_id=pupil.id, domain=CareDomain.ONDERWIJSLOOPBAAN,
                      phase=Phase.BREDE_BASISZORG, title="Studiekeuze")
    trajectories.close_trajectory(store, closed.id, date(2026, 10, 30))

    rows = {r.id: r for r in pupils.list_pupils(store, YEAR, TODAY)}
    row = rows[pupil.id]
    assert row.highest_phase is Phase.UITBREIDING_VAN_ZORG
    assert row.phases == (Phase.VERHOOGDE_ZORG, Phase.UITBREIDING_VAN_ZORG)
    assert row.domains == (CareDomain.LEREN_EN_STUDEREN, CareDomain.PSYCHISCH_EN_SOCIAAL)
    assert row.steps == (HgwStep.WAARNEMEN, HgwStep.BEGRIJPEN)
    assert row.running_trajectories == 2
    quiet = rows[other.id]
    assert (quiet.highest_phase, quiet.phases, quiet.domains, quiet.steps, quiet.running_trajectories) == (
        None, (), (), (), 0
    )


def test_delete_pupil_removes_everything_recorded_about_them(store):
    group = add_group(store)
    other = add_pupil(store, "Kofi", "Mensah", group=group)
    sub = school.save_subgroup(store, Subgroup(group_id=group.id, name="Intensief",
                                               kind=SubgroupKind.INTENSIEF))
    school.set_subgroup_members(store, sub.id, [other.id])
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=date(2026, 10, 10), pupil_ids=[other.id]))
    class_track = open_for(store, group_id=group.id, title="Rekenen in 3A")
    class_cycle = current_cycle(store, class_track.id)
    open_for(store, pupil_id=other.id)
    baseline = table_counts(store)

    pupil = add_pupil(store, group=group)
    school.set_subgroup_members(store, sub.id, [pupil.id, other.id])
    meeting.pupil_ids = [pupil.id, other.id]
    consultations.save_consultation(store, meeting)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=class_cycle.id, observed_on=date(2026, 9, 15), source=ObservationSource.TOETS,
        text="Signaal: rekent traag", pupil_id=pupil.id))
    trajectories.save_cycle_item(store, EducationalNeed(
        cycle_id=class_cycle.id, slot=NeedSlot.INSTRUCTIE, text="verlengd is", pupil_id=pupil.id))
    track = open_for(store, pupil_id=pupil.id)
    cycle = current_cycle(store, track.id)
    for item in (
        Observation(cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.OBSERVATIE,
                    text="Leest traag"),
        Factor(cycle_id=cycle.id, kind=FactorKind.BELEMMEREND, context=FactorContext.THUIS,
               text="Weinig rust", confidential=True),
        EducationalNeed(cycle_id=cycle.id, slot=NeedSlot.FEEDBACK, text="meteen is"),
        TeacherSupportNeed(cycle_id=cycle.id, wants_to_achieve="zij meeleest", needs="tips"),
        FollowUpNote(cycle_id=cycle.id, noted_on=date(2026, 10, 2), text="Gaat beter"),
    ):
        trajectories.save_cycle_item(store, item)
    plan = add_plan(store, cycle.id, date(2026, 11, 30))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest vlot"))
    trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                               description="Voorleessoftware"))
    give_consent(store, track.id)
    trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    partners.save_partner_item(store, VerslagReference(trajectory_id=track.id, kind=VerslagType.IAC,
                                                       issued_on=date(2026, 11, 1)))
    partners.save_partner_item(store, LeersteunRequest(
        kind=LeersteunKind.LEERLINGGERICHT, trajectory_id=track.id, requested_on=date(2026, 10, 8)))
    assert table_counts(store) != baseline

    pupils.delete_pupil(store, pupil.id)

    assert table_counts(store) == baseline
    with pytest.raises(NotFoundError):
        pupils.get_pupil(store, pupil.id)
    assert consultations.get_consultation(store, meeting.id).pupil_ids == [other.id]
    assert school.list_subgroups(store, group.id)[0][1] == [other.id]
    assert pupils.get_pupil(store, other.id).last_name == "Mensah"


# ---------------------------------------------------------------- school


def test_update_school(store):
    assert school.get_school(store).name == "GO! Testschool Şirin"
    school.update_school(store, School(name="GO! Atheneum Zuid", institution_number="123456",
                                       scholengroep="Scholengroep Brussel"))
    stored = school.get_school(store)
    assert (stored.name, stored.institution_number, stored.scholengroep) == (
        "GO! Atheneum Zuid", "123456", "Scholengroep Brussel"
    )
    with pytest.raises(ValidationError, match="6 cijfers"):
        school.update_school(store, School(name="Andere naam", institution_number="12A"))
    assert school.get_school(store).name == "GO! Atheneum Zuid"
    assert table_counts(store)["school"] == 1  # one store holds one school


def test_current_school_year_is_the_chosen_one_else_todays(store):
    assert school.current_school_year(store, TODAY) == SchoolYear(2026)
    assert school.current_school_year(store, date(2027, 9, 1)) == SchoolYear(2027)
    assert school.current_school_year(store, date(2027, 8, 31)) == SchoolYear(2026)
    school.set_current_school_year(store, SchoolYear(2025))
    assert school.current_school_year(store, TODAY) == SchoolYear(2025)
    school.set_current_school_year(store, SchoolYear(2027))  # changing it again overwrites
    assert school.current_school_year(store, TODAY) == SchoolYear(2027)


def test_save_group_refuses_a_duplicate_name_in_the_same_year(store):
    first = add_group(store, " 3A ")
    assert first.name == "3A"
    before = table_counts(store)
    with pytest.raises(ValidationError, match="Klas 3a bestaat al in 2026-2027"):
        add_group(store, "3a")
    assert table_counts(store) == before
    add_group(store, "3A", year=SchoolYear(2027))  # another year: fine
    first.grade = "4"
    school.save_group(store, first)  # saving a class under its own name: fine
    second = add_group(store, "3B")
    second.name = "3A"
    with pytest.raises(ValidationError, match="bestaat al"):
        school.save_group(store, second)
    assert [g.name for g in school.list_groups(store, YEAR)] == ["3B", "3A"]  # by grade, then name
    assert school.get_group(store, first.id).grade == "4"
    assert school.school_years(store) == [SchoolYear(2027), SchoolYear(2026)]


def test_save_group_duplicate_check_also_ignores_case_of_accented_letters(store):
    """SQLite's lower() folds ASCII only; the check must not depend on it."""
    add_group(store, "Élan")
    with pytest.raises(ValidationError, match="bestaat al"):
        add_group(store, "élan")


def test_subgroups_and_their_members(store):
    group = add_group(store)
    other_class = add_group(store, "3B")
    a, b, c = (add_pupil(store, f"Kind{i}", "Peeters", group=group) for i in range(3))
    d = add_pupil(store, "Kind", "Elders", group=other_class)
    basis = school.save_subgroup(store, Subgroup(group_id=group.id, name="Basis", kind=SubgroupKind.BASIS))
    intensief = school.save_subgroup(store, Subgroup(group_id=group.id, name="Intensief",
                                                     kind=SubgroupKind.INTENSIEF))
    elsewhere = school.save_subgroup(store, Subgroup(group_id=other_class.id, name="Basis"))
    school.set_subgroup_members(store, basis.id, [a.id, b.id, c.id, a.id])
    school.set_subgroup_members(store, elsewhere.id, [d.id])
    # moving b and c to intensief takes them out of basis, not out of the other class
    school.set_subgroup_members(store, intensief.id, [c.id, b.id])
    layout = {s.name: ids for s, ids in school.list_subgroups(store, group.id)}
    assert layout == {"Basis": [a.id], "Intensief": sorted([b.id, c.id])}
    assert school.list_subgroups(store, other_class.id)[0][1] == [d.id]
    school.set_subgroup_members(store, intensief.id, [])
    assert {s.name: ids for s, ids in school.list_subgroups(store, group.id)} == {
        "Basis": [a.id], "Intensief": []
    }
    school.delete_subgroup(store, basis.id)
    assert [s.name for s, _ in school.list_subgroups(store, group.id)] == ["Intensief"]
    assert len(pupils.pupils_in_group(store, group.id)) == 3  # pupils stay in the class
    with pytest.raises(ValidationError, match="subgroep een naam"):
        school.save_subgroup(store, Subgroup(group_id=group.id, name=" "))
    with pytest.raises(NotFoundError):
        school.save_subgroup(store, Subgroup(group_id=9999, name="Meer"))


def test_standard_subgroups_and_layout(store):
    group = add_group(store)
    other = add_group(store, "3B")
    a, b = add_pupil(store, "Emma", "Maes", group=group), add_pupil(store, "Liam", "Claes", group=group)
    made = group_overview.create_standard_subgroups(store, group.id)
    assert [(s.name, s.kind) for s in made] == [
        ("Basis", SubgroupKind.BASIS), ("Intensief", SubgroupKind.INTENSIEF), ("Meer", SubgroupKind.MEER)
    ]
    assert group_overview.create_standard_subgroups(store, group.id) == []  # only once
    basis, intensief, _meer = made
    group_overview.set_subgroup_layout(store, group.id, {basis.id: [a.id], intensief.id: [b.id]})
    assert {s.name: ids for s, ids in school.list_subgroups(store, group.id)} == {
        "Basis": [a.id], "Intensief": [b.id], "Meer": []
    }
    with pytest.raises(ValidationError, match="maar in één subgroep"):
        group_overview.set_subgroup_layout(store, group.id, {basis.id: [a.id], intensief.id: [a.id]})
    foreign = group_overview.create_standard_subgroups(store, other.id)[0]
    with pytest.raises(ValidationError, match="hoort niet bij deze klas"):
        group_overview.set_subgroup_layout(store, group.id, {foreign.id: [a.id]})
    assert {s.name: ids for s, ids in school.list_subgroups(store, group.id)}["Basis"] == [a.id]
    rows = {r.pupil_id: r for r in group_overview.group_overview(store, group.id)}
    assert (rows[a.id].subgroup, rows[b.id].subgroup) == ("Basis", "Intensief")
    assert rows[a.id].name == "Maes, Emma"


# ---------------------------------------------------------------- trajectories and phases


def test_open_trajectory_creates_its_phase_and_first_cycle(store):
    pupil = add_pupil(store)
    opened = open_for(store, pupil_id=pupil.id)
    assert opened.id is not None and opened.current_phase is Phase.VERHOOGDE_ZORG
    file = trajectories.trajectory_file(store, opened.id)
    assert file.subject_name == "Şeyma Yılmaz"
    assert [(p.phase, p.start_date, p.end_date) for p in file.trajectory.phases] == [
        (Phase.VERHOOGDE_ZORG, START, None)
    ]
    assert len(file.cycles) == 1
    cycle = file.current.cycle
    assert (cycle.number, cycle.step, cycle.started_on, cycle.closed_on) == (
        1, HgwStep.WAARNEMEN, START, None
    )
    assert file.current.plan is None and file.clb_requests == file.verslagen == file.leersteun == []
    assert trajectories.trajectory_subject(store, opened.id) == (pupil.id, None)
    assert [t.id for t in trajectories.list_trajectories(store, pupil_id=pupil.id)] == [opened.id]


@pytest.mark.parametrize("phase", [Phase.UITBREIDING_VAN_ZORG, Phase.IAC_OF_BUITENGEWOON])
def test_open_trajectory_cannot_start_in_phase_two_or_three(store, phase):
    pupil = add_pupil(store)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="toestemming"):
        open_for(store, pupil_id=pupil.id, phase=phase)
    assert table_counts(store) == before


def test_open_trajectory_needs_an_existing_subject(store):
    pupil = add_pupil(store)
    group = add_group(store)
    before = table_counts(store)
    with pytest.raises(NotFoundError):
        open_for(store, pupil_id=pupil.id + 50)
    with pytest.raises(NotFoundError):
        open_for(store, group_id=group.id + 50)
    with pytest.raises(ValidationError, match="één leerling óf bij één groep"):
        open_for(store, pupil_id=pupil.id, group_id=group.id)
    assert table_counts(store) == before


def test_change_phase_to_two_needs_consent_then_ends_the_previous_phase(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="Fase 2 vraagt toestemming"):
        trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    assert table_counts(store) == before
    assert trajectories.trajectory_file(store, track.id).trajectory.current_phase is Phase.VERHOOGDE_ZORG

    # a request without consent is not enough, nor is consent given after the phase start
    partners.save_partner_item(store, ClbRequest(trajectory_id=track.id, requested_on=date(2026, 9, 25)))
    give_consent(store, track.id, on=date(2026, 10, 6))
    with pytest.raises(ValidationError, match="toestemming"):
        trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))

    give_consent(store, track.id, on=date(2026, 10, 1))
    moved = trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5),
                                      reason="Maatregelen volstaan niet.", reason_confidential=True)
    assert [(p.phase, p.start_date, p.end_date) for p in moved.phases] == [
        (Phase.VERHOOGDE_ZORG, START, date(2026, 10, 4)),
        (Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), None),
    ]
    assert moved.phases[-1].reason == "Maatregelen volstaan niet." and moved.phases[-1].reason_confidential
    assert moved.phase_on(date(2026, 10, 4)) is Phase.VERHOOGDE_ZORG
    with pytest.raises(ValidationError, match="al in fase 2"):
        trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 20))
    with pytest.raises(ValidationError, match="vóór de vorige fase begon"):
        trajectories.change_phase(store, track.id, Phase.VERHOOGDE_ZORG, date(2026, 10, 4))
    back = trajectories.change_phase(store, track.id, Phase.VERHOOGDE_ZORG, date(2026, 11, 2))
    assert [p.phase for p in back.phases] == [Phase.VERHOOGDE_ZORG, Phase.UITBREIDING_VAN_ZORG,
                                              Phase.VERHOOGDE_ZORG]
    assert [p.end_date for p in back.phases] == [date(2026, 10, 4), date(2026, 11, 1), None]


def test_clb_request_consent_rules_are_checked_with_the_pupils_age(store):
    young = add_pupil(store, "Mila", "Claes", birth_year=2016)
    older = add_pupil(store, "Ömer", "Kaya", birth_year=2013)
    young_track = open_for(store, pupil_id=young.id)
    older_track = open_for(store, pupil_id=older.id)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="jonger dan 12 jaar geeft zelf geen toestemming"):
        give_consent(store, young_track.id, consent_by=ConsentBy.LEERLING)
    with pytest.raises(ValidationError, match="pas starten na toestemming"):
        partners.save_partner_item(store, ClbRequest(trajectory_id=young_track.id, requested_on=START,
                                                     status=RequestStatus.LOPEND))
    with pytest.raises(NotFoundError):
        give_consent(store, 9999)
    assert table_counts(store) == before
    saved = give_consent(store, older_track.id, consent_by=ConsentBy.LEERLING)
    assert trajectories.trajectory_file(store, older_track.id).clb_requests == [saved]
    saved.status, saved.started_on = RequestStatus.LOPEND, date(2026, 10, 10)
    partners.save_partner_item(store, saved)
    assert trajectories.trajectory_file(store, older_track.id).clb_requests[0].status is RequestStatus.LOPEND
    partners.delete_partner_item(store, ClbRequest, saved.id)
    assert trajectories.trajectory_file(store, older_track.id).clb_requests == []


def test_phase_three_needs_a_delivered_verslag(store):
    pupil = add_pupil(store, birth_year=2013)
    track = open_for(store, pupil_id=pupil.id)
    give_consent(store, track.id)
    trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    before = table_counts(store)
    with pytest.raises(ValidationError, match="Fase 3 vraagt een verslag"):
        trajectories.change_phase(store, track.id, Phase.IAC_OF_BUITENGEWOON, date(2026, 11, 10))
    assert table_counts(store) == before
    partners.save_partner_item(store, VerslagReference(
        trajectory_id=track.id, kind=VerslagType.IAC, issued_on=date(2026, 11, 5),
        status=VerslagStatus.IN_OPMAAK))
    with pytest.raises(ValidationError, match="Fase 3 vraagt een verslag"):
        trajectories.change_phase(store, track.id, Phase.IAC_OF_BUITENGEWOON, date(2026, 11, 10))
    partners.save_partner_item(store, VerslagReference(
        trajectory_id=track.id, kind=VerslagType.IAC, issued_on=date(2026, 11, 6),
        reference="CLB-dossier"))
    moved = trajectories.change_phase(store, track.id, Phase.IAC_OF_BUITENGEWOON, date(2026, 11, 10))
    assert moved.current_phase is Phase.IAC_OF_BUITENGEWOON
    assert [v.status for v in trajectories.trajectory_file(store, track.id).verslagen] == [
        VerslagStatus.IN_OPMAAK, VerslagStatus.AFGELEVERD
    ]
    with pytest.raises(ValidationError, match="niet de inhoud"):
        partners.save_partner_item(store, VerslagReference(trajectory_id=track.id, kind=VerslagType.OV4,
                                                           issued_on=TODAY, reference="x" * 301))


def test_close_trajectory_ends_its_phase_and_open_cycle(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    with pytest.raises(ValidationError, match="niet eindigen vóór het begon"):
        trajectories.close_trajectory(store, track.id, START - timedelta(days=1))
    closed = trajectories.close_trajectory(store, track.id, date(2026, 11, 1))
    assert (closed.status, closed.end_date) == (TrajectoryStatus.AFGESLOTEN, date(2026, 11, 1))
    assert closed.phases[-1].end_date == date(2026, 11, 1)
    assert trajectories.trajectory_file(store, track.id).current.cycle.closed_on == date(2026, 11, 1)
    with pytest.raises(ValidationError, match="afgesloten; open een nieuw traject"):
        trajectories.change_phase(store, track.id, Phase.BREDE_BASISZORG, date(2026, 11, 2))
    newer = open_for(store, pupil_id=pupil.id, start=date(2026, 11, 3))
    assert [t.id for t in trajectories.list_trajectories(store, pupil_id=pupil.id)] == [newer.id, track.id]
    assert pupils.list_pupils(store, YEAR, TODAY)[0].running_trajectories == 1


def test_update_trajectory_keeps_its_subject(store):
    pupil, other = add_pupil(store), add_pupil(store, "Kofi", "Mensah")
    track = open_for(store, pupil_id=pupil.id)
    track.title, track.responsible_role = "Rekenen", Role.ZORGLERAAR
    updated = trajectories.update_trajectory(store, track)
    assert (updated.title, updated.responsible_role) == ("Rekenen", Role.ZORGLERAAR)
    assert updated.current_phase is Phase.VERHOOGDE_ZORG  # the phase history is untouched
    track.pupil_id = other.id
    with pytest.raises(ValidationError, match="niet naar een andere leerling"):
        trajectories.update_trajectory(store, track)
    assert trajectories.trajectory_subject(store, track.id) == (pupil.id, None)


# ---------------------------------------------------------------- the whole HGW cycle


def test_a_whole_cycle_for_a_pupil(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    c1 = current_cycle(store, track.id)
    save = trajectories.save_cycle_item

    # waarnemen
    seen = [
        save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 9, 20), source=ObservationSource.TOETS,
                                text="AVI-toets: twee niveaus onder de klas.")),
        save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 9, 14),
                                source=ObservationSource.GESPREK_OUDERS, text="Thuis leest ze niet graag.",
                                author_role=Role.ZORGCOORDINATOR, confidential=True)),
    ]
    with pytest.raises(ValidationError, match="niet in de toekomst"):
        save(store, Observation(cycle_id=c1.id, observed_on=date.today() + timedelta(days=1),
                                source=ObservationSource.TOETS, text="Later"))
    assert trajectories.advance_step(store, c1.id).step is HgwStep.BEGRIJPEN

    # begrijpen
    factor = save(store, Factor(cycle_id=c1.id, kind=FactorKind.STIMULEREND, context=FactorContext.LEERLING,
                                text="Vertelt graag."))
    save(store, Factor(cycle_id=c1.id, kind=FactorKind.BELEMMEREND, context=FactorContext.THUIS,
                       text="Weinig rust thuis.", confidential=True))
    for slot, text in ((NeedSlot.INSTRUCTIE, "verlengd is"), (NeedSlot.FEEDBACK, "meteen en positief is")):
        save(store, EducationalNeed(cycle_id=c1.id, slot=slot, text=text, goal_text="vlot lezen"))
    save(store, TeacherSupportNeed(cycle_id=c1.id, wants_to_achieve="zij mee is met de instructie",
                                   already_does="een instructietafel", needs="tips van de zorgleraar",
                                   theme="Differentiëren bij lezen", recorded_on=date(2026, 9, 25)))
    assert trajectories.advance_step(store, c1.id).step is HgwStep.ORGANISEREN

    # organiseren
    plan = trajectories.save_plan(store, Plan(
        cycle_id=c1.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 11, 19), end_date=date(2026, 11, 19),
        starting_situation="Leest AVI-E3.", approach="Zorgleraar 2x per week."))
    goals = [
        trajectories.save_plan_item(store, Goal(plan_id=plan.id, description=text, position=i,
                                                criterion="meetbaar", deadline=date(2026, 11, 19)))
        for i, text in enumerate(("Leest AVI-M3 vlot.", "Spelt klankzuivere woorden.", "Start zelfstandig."))
    ]
    with pytest.raises(ValidationError, match="termijn ligt vóór de start"):
        trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Te vroeg",
                                                deadline=date(2026, 9, 30)))
    measures = [
        trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.REMEDIEREN,
                                                   description="Leesbegeleiding", frequency="2x per week")),
        trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                                   description="Voorleessoftware",
                                                   responsible_role=Role.ZORGLERAAR)),
    ]
    assert trajectories.advance_step(store, c1.id).step is HgwStep.REALISEREN
    with pytest.raises(ValidationError, match="Realiseren is de laatste stap"):
        trajectories.advance_step(store, c1.id)

    # realiseren
    save(store, FollowUpNote(cycle_id=c1.id, noted_on=date(2026, 10, 20), text="Beloningskaart werkt."))
    evaluated = trajectories.evaluate_goal(store, goals[0].id, GoalResult.BEREIKT, date(2026, 11, 19))
    assert (evaluated.result, evaluated.evaluated_on) == (GoalResult.BEREIKT, date(2026, 11, 19))
    trajectories.evaluate_goal(store, goals[1].id, GoalResult.DEELS_BEREIKT, date(2026, 11, 19), "Bijna.")
    with pytest.raises(ValidationError, match="vóór de start van het plan"):
        trajectories.evaluate_goal(store, goals[2].id, GoalResult.NIET_BEREIKT, date(2026, 9, 30))
    with pytest.raises(ValidationError, match="zowel een resultaat als een datum"):
        trajectories.evaluate_goal(store, goals[2].id, GoalResult.NIET_BEREIKT, None)
    before = table_counts(store)
    with pytest.raises(ValidationError, match=r"Evalueer eerst elk doel .*: Start zelfstandig\.$"):
        trajectories.close_cycle(store, c1.id, date(2026, 11, 20))
    assert table_counts(store) == before
    assert trajectories.trajectory_file(store, track.id).current.cycle.is_open
    trajectories.evaluate_goal(store, goals[2].id, GoalResult.NIET_BEREIKT, date(2026, 11, 19),
                               "Te moeilijk.")
    with pytest.raises(ValidationError, match="niet sluiten vóór ze begon"):
        trajectories.close_cycle(store, c1.id, START - timedelta(days=1))

    c2 = trajectories.close_cycle(store, c1.id, date(2026, 11, 20))
    assert (c2.number, c2.step, c2.started_on, c2.is_open) == (2, HgwStep.WAARNEMEN, date(2026, 11, 20), True)

    # the closed cycle stays as it was
    before = table_counts(store)
    refused = [
        lambda: save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 11, 1),
                                        source=ObservationSource.TOETS, text="Te laat")),
        lambda: save(store, Factor(id=factor.id, cycle_id=c1.id, kind=FactorKind.STIMULEREND,
                                   context=FactorContext.LEERLING, text="Gewijzigd")),
        lambda: trajectories.delete_cycle_item(store, Observation, seen[0].id),
        lambda: trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Nog een doel")),
        lambda: trajectories.save_plan_item(store, Measure(plan_id=plan.id, description="Nog een",
                                                           category=MeasureCategory.STIMULEREN)),
        lambda: trajectories.delete_plan_item(store, Goal, goals[0].id),
        lambda: trajectories.evaluate_goal(store, goals[0].id, None, None),
        lambda: trajectories.save_plan(store, Plan(
            id=plan.id, cycle_id=c1.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 2),
            evaluation_date=date(2026, 11, 19))),
        lambda: trajectories.advance_step(store, c1.id),
        lambda: trajectories.set_step(store, c1.id, HgwStep.BEGRIJPEN),
        lambda: trajectories.close_cycle(store, c1.id, date(2026, 11, 21)),
    ]
    for attempt in refused:
        with pytest.raises(ValidationError, match="afgesloten"):
            attempt()
    assert table_counts(store) == before

    # organiseren in cycle 2 starts from the previous plan
    copy = trajectories.copy_previous_plan(store, c2.id, date(2026, 11, 30))
    shift = timedelta(days=60)
    assert (copy.cycle_id, copy.plan_type, copy.start_date, copy.evaluation_date, copy.end_date) == (
        c2.id, PlanType.HANDELINGSPLAN, date(2026, 11, 30), date(2026, 11, 19) + shift,
        date(2026, 11, 19) + shift,
    )
    assert (copy.starting_situation, copy.approach) == ("Leest AVI-E3.", "Zorgleraar 2x per week.")
    with pytest.raises(ValidationError, match="al een plan"):
        trajectories.copy_previous_plan(store, c2.id, date(2026, 12, 1))

    file = trajectories.trajectory_file(store, track.id)
    assert [d.cycle.number for d in file.cycles] == [1, 2]
    old, new = file.cycles
    assert [(g.description, g.position, g.result, g.evaluated_on, g.evaluation_note, g.deadline)
            for g in new.goals] == [
        ("Spelt klankzuivere woorden.", 1, None, None, "", date(2026, 11, 19) + shift),
        ("Start zelfstandig.", 2, None, None, "", date(2026, 11, 19) + shift),
    ]
    assert [(x.category, x.description, x.responsible_role, x.frequency) for x in new.measures] == [
        (x.category, x.description, x.responsible_role, x.frequency) for x in measures
    ]
    assert {x.id for x in new.measures}.isdisjoint(x.id for x in measures)
    # cycle 1 is intact: everything its four steps held, evaluations included
    assert old.cycle.closed_on == date(2026, 11, 20) and old.cycle.step is HgwStep.REALISEREN
    assert [o.observed_on for o in old.observations] == [date(2026, 9, 14), date(2026, 9, 20)]
    assert old.observations[0].confidential and old.observations[0].author_role is Role.ZORGCOORDINATOR
    assert [f.kind for f in old.factors] == [FactorKind.STIMULEREND, FactorKind.BELEMMEREND]
    assert [n.slot for n in old.needs] == [NeedSlot.INSTRUCTIE, NeedSlot.FEEDBACK]
    assert old.support_needs[0].theme == "Differentiëren bij lezen"
    assert old.plan.start_date == date(2026, 10, 1)
    assert [g.result for g in old.goals] == [GoalResult.BEREIKT, GoalResult.DEELS_BEREIKT,
                                              GoalResult.NIET_BEREIKT]
    assert [g.evaluation_note for g in old.goals] == ["", "Bijna.", "Te moeilijk."]
    assert len(old.measures) == 2 and [n.text for n in old.notes] == ["Beloningskaart werkt."]
    assert new.observations == new.factors == new.needs == new.notes == []
    assert file.subject_name == "Şeyma Yılmaz" and file.trajectory.current_phase is Phase.VERHOOGDE_ZORG


def test_a_whole_cycle_for_a_group(store):
    group = add_group(store, "3A")
    members = [add_pupil(store, name, "Peeters", group=group) for name in ("Emma", "Liam", "Nour")]
    signalled = members[1]
    intensief = group_overview.create_standard_subgroups(store, group.id)[1]
    school.set_subgroup_members(store, intensief.id, [signalled.id])
    track = open_for(store, group_id=group.id, phase=Phase.BREDE_BASISZORG, title="Begrijpend lezen")
    trajectories.change_phase(store, track.id, Phase.VERHOOGDE_ZORG, date(2026, 9, 20))
    partners.save_partner_item(store, ClbRequest(trajectory_id=track.id, requested_on=date(2026, 9, 25),
                                                 consent_by=ConsentBy.OUDERS, consent_on=date(2026, 9, 26)))
    before = table_counts(store)
    with pytest.raises(ValidationError, match="groepstraject blijft in fase 0 of 1"):
        trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 1))
    assert table_counts(store) == before

    c1 = current_cycle(store, track.id)
    save = trajectories.save_cycle_item
    save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 9, 15),
                            source=ObservationSource.LEERLINGVOLGSYSTEEM,
                            text="Klas scoort zwak op begrijpend lezen."))
    save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 9, 16),
                            source=ObservationSource.OBSERVATIE,
                            text="Liam haakt af bij lange teksten.", pupil_id=signalled.id))
    trajectories.advance_step(store, c1.id)
    save(store, Factor(cycle_id=c1.id, kind=FactorKind.BELEMMEREND, context=FactorContext.GROEP,
                       text="Veel onrust na de speeltijd."))
    save(store, EducationalNeed(cycle_id=c1.id, slot=NeedSlot.INSTRUCTIE, text="verlengd is",
                                pupil_id=signalled.id))
    rows = {r.pupil_id: r for r in group_overview.group_overview(store, group.id)}
    assert rows[signalled.id].signals == ["16/09/2026: Liam haakt af bij lange teksten."]
    assert rows[signalled.id].needs == ["instructie die verlengd is"]
    assert rows[signalled.id].subgroup == "Intensief"
    assert rows[members[0].id].signals == [] and rows[members[0].id].highest_phase is None
    trajectories.advance_step(store, c1.id)

    plan = trajectories.save_plan(store, Plan(
        cycle_id=c1.id, plan_type=PlanType.GROEPSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 11, 19)))
    assert plan.warnings() == []  # seven weeks
    reached = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Vat een tekst samen."))
    missed = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest 20 min. stil.",
                                                     position=1))
    trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.DIFFERENTIEREN,
                                               description="Instructietafel voor intensief"))
    trajectories.advance_step(store, c1.id)
    save(store, FollowUpNote(cycle_id=c1.id, noted_on=date(2026, 10, 30), text="Instructietafel loopt."))
    with pytest.raises(ValidationError, match="Evalueer eerst elk doel"):
        trajectories.close_cycle(store, c1.id, date(2026, 11, 20))
    trajectories.evaluate_goal(store, reached.id, GoalResult.BEREIKT, date(2026, 11, 19))
    trajectories.evaluate_goal(store, missed.id, GoalResult.NIET_BEREIKT, date(2026, 11, 19))
    c2 = trajectories.close_cycle(store, c1.id, date(2026, 11, 20))
    assert (c2.number, c2.step) == (2, HgwStep.WAARNEMEN)
    with pytest.raises(ValidationError, match="afgesloten"):
        save(store, Observation(cycle_id=c1.id, observed_on=date(2026, 11, 20),
                                source=ObservationSource.TOETS, text="Te laat"))
    # A new cycle keeps what is known in the groepsoverzicht: dated signals, the needs of the
    # last cycle that named them, marked with that cycle.
    rows = {r.pupil_id: r for r in group_overview.group_overview(store, group.id)}
    assert rows[signalled.id].signals == ["16/09/2026: Liam haakt af bij lange teksten."]
    assert rows[signalled.id].needs == ["instructie die verlengd is (cyclus 1)"]
    save(store, EducationalNeed(cycle_id=c2.id, slot=NeedSlot.FEEDBACK, text="meteen komt",
                                pupil_id=signalled.id))
    rows = {r.pupil_id: r for r in group_overview.group_overview(store, group.id)}
    assert rows[signalled.id].needs == ["feedback die meteen komt"]  # the new cycle's own, unmarked
    copy = trajectories.copy_previous_plan(store, c2.id, date(2026, 11, 23))
    assert copy.plan_type is PlanType.GROEPSPLAN
    assert copy.evaluation_date == date(2026, 11, 19) + timedelta(days=53)

    file = trajectories.trajectory_file(store, track.id)
    assert file.subject_name == "Klas 3A" and file.trajectory.is_group
    assert [p.phase for p in file.trajectory.phases] == [Phase.BREDE_BASISZORG, Phase.VERHOOGDE_ZORG]
    assert [(g.description, g.result) for g in file.current.goals] == [("Leest 20 min. stil.", None)]
    assert [x.description for x in file.current.measures] == ["Instructietafel voor intensief"]
    assert [o.pupil_id for o in file.cycles[0].observations] == [None, signalled.id]
    assert len(file.clb_requests) == 1
    assert [t.id for t in trajectories.list_trajectories(store, group_id=group.id)] == [track.id]
    # the signals of a closed cycle stay, dated: what is known is not blanked by a new cycle
    overview = {r.pupil_id: r for r in group_overview.group_overview(store, group.id)}
    assert overview[signalled.id].signals == ["16/09/2026: Liam haakt af bij lange teksten."]


def test_one_plan_per_cycle_and_copy_needs_a_previous_plan(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    c1 = current_cycle(store, track.id)
    with pytest.raises(ValidationError, match="vorige cyclus heeft geen plan"):
        trajectories.copy_previous_plan(store, c1.id, date(2026, 10, 1))
    plan = add_plan(store, c1.id, date(2026, 11, 1))
    with pytest.raises(ValidationError, match="al een plan"):
        add_plan(store, c1.id, date(2026, 11, 2))
    with pytest.raises(ValidationError, match="evaluatiedatum ligt vóór de start"):
        add_plan(store, c1.id, date(2026, 9, 1), start=date(2026, 9, 21))
    # changing the plan may not strand an evaluated goal before the plan's start
    goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Doel"))
    trajectories.evaluate_goal(store, goal.id, GoalResult.BEREIKT, plan.start_date)
    plan.start_date = plan.start_date + timedelta(days=1)
    with pytest.raises(ValidationError, match="vóór de start van het plan"):
        trajectories.save_plan(store, plan)
    plan.start_date -= timedelta(days=1)
    plan.approach = "Anders aanpakken"
    trajectories.save_plan(store, plan)
    assert trajectories.trajectory_file(store, track.id).current.plan.approach == "Anders aanpakken"
    # a cycle without a plan in between: nothing to copy
    c2 = trajectories.close_cycle(store, c1.id, date(2026, 11, 2))
    c3 = trajectories.close_cycle(store, c2.id, date(2026, 11, 3))
    with pytest.raises(ValidationError, match="vorige cyclus heeft geen plan"):
        trajectories.copy_previous_plan(store, c3.id, date(2026, 11, 4))


def test_steps_can_be_revisited_and_items_changed_in_an_open_cycle(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    c1 = current_cycle(store, track.id)
    assert trajectories.set_step(store, c1.id, HgwStep.ORGANISEREN).step is HgwStep.ORGANISEREN
    assert trajectories.set_step(store, c1.id, HgwStep.WAARNEMEN).step is HgwStep.WAARNEMEN
    note = trajectories.save_cycle_item(store, FollowUpNote(cycle_id=c1.id, noted_on=date(2026, 10, 1),
                                                            text="Eerste versie"))
    note.text = "Tweede versie"
    trajectories.save_cycle_item(store, note)
    assert [n.text for n in trajectories.trajectory_file(store, track.id).current.notes] == ["Tweede versie"]
    other = current_cycle(store, open_for(store, pupil_id=pupil.id, title="Ander traject").id)
    note.cycle_id = other.id
    with pytest.raises(ValidationError, match="niet naar een andere cyclus"):
        trajectories.save_cycle_item(store, note)
    trajectories.delete_cycle_item(store, FollowUpNote, note.id)
    assert trajectories.trajectory_file(store, track.id).current.notes == []
    plan = add_plan(store, c1.id, date(2026, 11, 1))
    measure = trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.STIMULEREN,
                                                         description="Beloningskaart"))
    trajectories.delete_plan_item(store, Measure, measure.id)
    assert trajectories.trajectory_file(store, track.id).current.measures == []


# ---------------------------------------------------------------- consultations


def test_consultation_round_trip_with_participants_and_subjects(store):
    g1, g2 = add_group(store, "3A"), add_group(store, "3B")
    a, b = add_pupil(store, group=g1), add_pupil(store, "Kofi", "Mensah", group=g2)
    saved = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MDO, held_on=date(2026, 11, 12), title="MDO 3de graad",
        decisions="CLB betrekken.", decisions_confidential=True,
        participants=[Participant(role=Role.CLB, name=" Mevr. Claes "), Participant(role=Role.OUDERS)],
        pupil_ids=[b.id, a.id, a.id], group_ids=[g2.id, g1.id]))
    assert saved.id is not None
    loaded = consultations.get_consultation(store, saved.id)
    assert loaded == saved
    assert [(p.role, p.name) for p in loaded.participants] == [(Role.CLB, "Mevr. Claes"), (Role.OUDERS, "")]
    assert loaded.pupil_ids == sorted([a.id, b.id]) and loaded.group_ids == sorted([g1.id, g2.id])
    assert (loaded.kind, loaded.held_on, loaded.title, loaded.decisions, loaded.decisions_confidential) == (
        ConsultationType.MDO, date(2026, 11, 12), "MDO 3de graad", "CLB betrekken.", True
    )
    # the form edits participants and subjects as a whole list
    loaded.participants = [Participant(role=Role.ZORGCOORDINATOR)]
    loaded.pupil_ids, loaded.group_ids = [a.id], []
    again = consultations.save_consultation(store, loaded)
    assert [p.role for p in again.participants] == [Role.ZORGCOORDINATOR]
    assert (again.pupil_ids, again.group_ids) == ([a.id], [])
    counts = table_counts(store)
    assert (counts["consultation"], counts["consultation_participant"], counts["consultation_pupil"],
            counts["consultation_group"]) == (1, 1, 1, 0)


@pytest.mark.parametrize("kind", [ConsultationType.MICRO, ConsultationType.MACRO])
def test_micro_and_macro_consultations_refuse_pupils(store, kind):
    pupil = add_pupil(store)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="geen individuele leerlingen"):
        consultations.save_consultation(store, Consultation(kind=kind, held_on=TODAY, pupil_ids=[pupil.id],
                                                            participants=[Participant(role=Role.LEERSTEUN)]))
    assert table_counts(store) == before
    saved = consultations.save_consultation(store, Consultation(
        kind=kind, held_on=TODAY,
        participants=[Participant(role=Role.LEERSTEUN), Participant(role=Role.CLB)]))
    assert saved.pupil_ids == [] and len(saved.participants) == 2


def test_action_items(store):
    meeting = consultations.save_consultation(store, Consultation(kind=ConsultationType.MICRO,
                                                                  held_on=date(2026, 11, 1)))
    item = consultations.save_action_item(store, ActionItem(
        consultation_id=meeting.id, description="Nascholing aanvragen", owner_role=Role.DIRECTIE,
        due_on=date(2026, 12, 1)))
    with pytest.raises(ValidationError, match="Beschrijf de afspraak"):
        consultations.save_action_item(store, ActionItem(consultation_id=meeting.id, description=" ",
                                                         owner_role=Role.CLB))
    with pytest.raises(NotFoundError, match="overleg"):
        consultations.save_action_item(store, ActionItem(consultation_id=meeting.id + 1, description="x",
                                                         owner_role=Role.CLB))
    assert [i.id for i in consultations.action_items(store, meeting.id)] == [item.id]
    assert consultations.open_action_counts(store) == {meeting.id: 1}
    done = consultations.set_action_done(store, item.id, date(2026, 11, 20))
    assert consultations.open_action_counts(store) == {}
    assert done.is_done and consultations.action_items(store, meeting.id)[0].done_on == date(2026, 11, 20)
    reopened = consultations.set_action_done(store, item.id, None)
    assert not reopened.is_done and not consultations.action_items(store, meeting.id)[0].is_done
    assert consultations.action_items(store, meeting.id)[0].description == "Nascholing aanvragen"


def test_list_and_delete_consultations(store):
    pupil = add_pupil(store)
    made = [
        consultations.save_consultation(store, Consultation(
            kind=ConsultationType.LEERLINGENBESPREKING, held_on=day, pupil_ids=[pupil.id],
            participants=[Participant(role=Role.KLASLERAAR)]))
        for day in (date(2026, 10, 1), date(2026, 11, 20), date(2026, 9, 15))
    ]
    consultations.save_action_item(store, ActionItem(consultation_id=made[0].id, description="Bellen",
                                                     owner_role=Role.ZORGCOORDINATOR))
    assert [c.held_on for c in consultations.list_consultations(store)] == [
        date(2026, 11, 20), date(2026, 10, 1), date(2026, 9, 15)
    ]
    assert [c.held_on for c in consultations.list_consultations(store, since=date(2026, 10, 1))] == [
        date(2026, 11, 20), date(2026, 10, 1)
    ]
    consultations.delete_consultation(store, made[0].id)
    counts = table_counts(store)
    assert (counts["consultation"], counts["action_item"], counts["consultation_participant"],
            counts["consultation_pupil"]) == (2, 0, 2, 2)
    assert counts["pupil"] == 1
    with pytest.raises(NotFoundError):
        consultations.get_consultation(store, made[0].id)


# ---------------------------------------------------------------- dashboard


def test_dashboard_evaluations_overdue_and_due_within_fourteen_days(store):
    group = add_group(store)
    a, b, c = (add_pupil(store, first, "Maes", group=group) for first in ("Anna", "Bram", "Cas"))
    overdue = open_for(store, pupil_id=a.id, title="Lezen")
    add_plan(store, current_cycle(store, overdue.id).id, TODAY - timedelta(days=3))
    due_today = open_for(store, pupil_id=b.id, title="Rekenen")
    add_plan(store, current_cycle(store, due_today.id).id, TODAY)
    class_track = open_for(store, group_id=group.id, title="Begrijpend lezen")
    add_plan(store, current_cycle(store, class_track.id).id, TODAY + timedelta(days=14),
             plan_type=PlanType.GROEPSPLAN)
    later = open_for(store, pupil_id=c.id, title="Later")
    add_plan(store, current_cycle(store, later.id).id, TODAY + timedelta(days=15))
    closed = open_for(store, pupil_id=c.id, title="Afgesloten")
    add_plan(store, current_cycle(store, closed.id).id, TODAY - timedelta(days=10))
    trajectories.close_trajectory(store, closed.id, TODAY - timedelta(days=5))
    finished = open_for(store, pupil_id=a.id, title="Vorige cyclus")
    add_plan(store, current_cycle(store, finished.id).id, TODAY - timedelta(days=20))
    trajectories.close_cycle(store, current_cycle(store, finished.id).id, TODAY - timedelta(days=19))

    board = dashboard.dashboard(store, TODAY)
    assert board.today == TODAY
    assert [(e.trajectory_id, e.subject, e.title, e.days_left) for e in board.overdue] == [
        (overdue.id, "Anna Maes", "Lezen", -3)
    ]
    assert [(e.trajectory_id, e.subject, e.evaluation_date, e.days_left) for e in board.due_soon] == [
        (due_today.id, "Bram Maes", TODAY, 0),
        (class_track.id, "Klas 3A", TODAY + timedelta(days=14), 14),
    ]
    assert board.overdue[0].cycle_id == current_cycle(store, overdue.id).id


def test_dashboard_open_requests_with_waiting_days(store):
    a = add_pupil(store, "Anna", "Maes", birth_year=2013)
    b = add_pupil(store, "Bram", "Claes", birth_year=2013)
    track_a, track_b = open_for(store, pupil_id=a.id), open_for(store, pupil_id=b.id)
    partners.save_partner_item(store, ClbRequest(trajectory_id=track_a.id,
                                                 requested_on=TODAY - timedelta(days=30)))
    give_consent(store, track_b.id, on=TODAY - timedelta(days=48), requested_on=TODAY - timedelta(days=50),
                 status=RequestStatus.LOPEND, started_on=TODAY - timedelta(days=40))
    give_consent(store, track_b.id, on=TODAY - timedelta(days=70), status=RequestStatus.AFGESLOTEN,
                 closed_on=TODAY - timedelta(days=60))
    partners.save_partner_item(store, LeersteunRequest(kind=LeersteunKind.TEAMGERICHT,
                                                       requested_on=TODAY - timedelta(days=45),
                                                       theme="Differentiëren"))
    partners.save_partner_item(store, LeersteunRequest(kind=LeersteunKind.LERAARGERICHT,
                                                       requested_on=TODAY - timedelta(days=5)))
    partners.save_partner_item(store, LeersteunRequest(
        kind=LeersteunKind.LEERLINGGERICHT, trajectory_id=track_a.id, requested_on=TODAY - timedelta(days=90),
        status=LeersteunStatus.AFGESLOTEN, ended_on=TODAY - timedelta(days=80)))
    assert [r.theme for r in partners.team_leersteun(store)] == ["Differentiëren", ""]

    board = dashboard.dashboard(store, TODAY)
    assert [(r.kind, r.subject, r.status, r.waiting_days, r.started) for r in board.open_requests] == [
        ("Leersteun", "Differentiëren", "Aangevraagd", 45, False),
        ("CLB", "Anna Maes", "Aangevraagd", 30, False),
        ("Leersteun", "Leraar", "Aangevraagd", 5, False),
        ("CLB", "Bram Claes", "Lopend", 10, True),
    ]
    assert [r.trajectory_id for r in board.open_requests] == [None, track_a.id, None, track_b.id]
    assert board.open_requests[1].requested_on == TODAY - timedelta(days=30)


def test_dashboard_upcoming_consultations_and_open_action_items(store):
    held = {}
    for offset in (-1, 0, 30, 60, 61):
        held[offset] = consultations.save_consultation(store, Consultation(
            kind=ConsultationType.MICRO, held_on=TODAY + timedelta(days=offset), title=f"Overleg {offset}"))
    for description, due, done in (
        ("Later", TODAY + timedelta(days=5), None),
        ("Zonder termijn", None, None),
        ("Te laat", TODAY - timedelta(days=1), None),
        ("Gedaan", TODAY - timedelta(days=3), TODAY - timedelta(days=2)),
    ):
        consultations.save_action_item(store, ActionItem(
            consultation_id=held[-1].id, description=description, owner_role=Role.ZORGCOORDINATOR,
            due_on=due, done_on=done))
    board = dashboard.dashboard(store, TODAY)
    assert [(c.consultation_id, c.kind, c.title) for c in board.upcoming_consultations] == [
        (held[o].id, ConsultationType.MICRO, f"Overleg {o}") for o in (0, 30, 60)
    ]
    assert [(a.description, a.overdue, a.consultation_id) for a in board.open_action_items] == [
        ("Te laat", True, held[-1].id), ("Later", False, held[-1].id), ("Zonder termijn", False, held[-1].id),
    ]


def test_dashboard_counts_distinct_pupils_per_phase(store):
    group = add_group(store)
    a, b, c, d = (add_pupil(store, first, "Wouters", group=group) for first in ("Ann", "Bo", "Cas", "Dirk"))
    open_for(store, pupil_id=a.id, domain=CareDomain.LEREN_EN_STUDEREN)
    open_for(store, pupil_id=a.id, domain=CareDomain.PSYCHISCH_EN_SOCIAAL)
    open_for(store, pupil_id=b.id, domain=CareDomain.LEREN_EN_STUDEREN)
    clb = open_for(store, pupil_id=b.id, domain=CareDomain.ONDERWIJSLOOPBAAN)
    give_consent(store, clb.id)
    trajectories.change_phase(store, clb.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    ended = open_for(store, pupil_id=c.id, domain=CareDomain.PSYCHISCH_EN_SOCIAAL,
                     phase=Phase.BREDE_BASISZORG)
    trajectories.close_trajectory(store, ended.id, date(2026, 10, 1))
    stepped_down = open_for(store, pupil_id=d.id, domain=CareDomain.PREVENTIEVE_GEZONDHEIDSZORG)
    trajectories.change_phase(store, stepped_down.id, Phase.BREDE_BASISZORG, date(2026, 10, 1))
    open_for(store, group_id=group.id, domain=CareDomain.LEREN_EN_STUDEREN)

    board = dashboard.dashboard(store, TODAY)
    assert board.pupils_per_phase == {
        Phase.BREDE_BASISZORG: 1, Phase.VERHOOGDE_ZORG: 2, Phase.UITBREIDING_VAN_ZORG: 1,
        Phase.IAC_OF_BUITENGEWOON: 0,
    }
    assert board.trajectories_per_domain == {
        CareDomain.LEREN_EN_STUDEREN: 3, CareDomain.ONDERWIJSLOOPBAAN: 1,
        CareDomain.PREVENTIEVE_GEZONDHEIDSZORG: 1, CareDomain.PSYCHISCH_EN_SOCIAAL: 1,
    }
    assert board.group_trajectories == 1


def test_dashboard_of_an_empty_store(store):
    board = dashboard.dashboard(store, TODAY)
    assert board.overdue == board.due_soon == board.open_requests == []
    assert board.upcoming_consultations == board.open_action_items == []
    assert set(board.pupils_per_phase.values()) == {0} and len(board.pupils_per_phase) == 4
    assert set(board.trajectories_per_domain.values()) == {0} and board.group_trajectories == 0


def test_dashboard_of_the_demo_school_is_consistent(demo_store):
    board = dashboard.dashboard(demo_store, TODAY)
    assert all(e.days_left < 0 for e in board.overdue) and all(0 <= e.days_left <= 14 for e in board.due_soon)
    assert all(e.subject for e in board.overdue + board.due_soon)
    rows = pupils.list_pupils(demo_store, school.current_school_year(demo_store), TODAY)
    for phase in Phase:
        assert board.pupils_per_phase[phase] == sum(1 for r in rows if phase in r.phases)
    assert sum(board.trajectories_per_domain.values()) == (
        sum(r.running_trajectories for r in rows) + board.group_trajectories
    )


# ---------------------------------------------------------------- all or nothing


def test_create_pupil_in_an_unknown_class_leaves_no_pupil_behind(store):
    before = table_counts(store)
    with pytest.raises(NotFoundError, match="klas"):
        add_pupil(store, group=ClassGroup(id=4242, name="?", school_year=YEAR))
    assert table_counts(store) == before


def test_consultation_with_a_vanished_pupil_leaves_nothing_behind(store):
    pupil = add_pupil(store)
    before = table_counts(store)
    with pytest.raises(NotFoundError, match="leerling"):
        consultations.save_consultation(store, Consultation(
            kind=ConsultationType.MDO, held_on=TODAY, participants=[Participant(role=Role.CLB)],
            pupil_ids=[pupil.id, pupil.id + 99]))
    assert table_counts(store) == before


def test_subgroup_members_with_a_vanished_pupil_keep_the_old_layout(store):
    group = add_group(store)
    a, b = add_pupil(store, group=group), add_pupil(store, "Kofi", "Mensah", group=group)
    basis = school.save_subgroup(store, Subgroup(group_id=group.id, name="Basis"))
    meer = school.save_subgroup(store, Subgroup(group_id=group.id, name="Meer"))
    school.set_subgroup_members(store, basis.id, [a.id, b.id])
    with pytest.raises(ValidationError, match="niet \\(meer\\) in deze klas"):
        school.set_subgroup_members(store, meer.id, [a.id, 9999])
    assert {s.name: ids for s, ids in school.list_subgroups(store, group.id)} == {
        "Basis": sorted([a.id, b.id]), "Meer": []
    }


def test_subgroups_only_take_pupils_of_their_own_class(store):
    group, other = add_group(store), add_group(store, "6B")
    mine, stranger = add_pupil(store, group=group), add_pupil(store, "Kofi", "Mensah", group=other)
    basis = school.save_subgroup(store, Subgroup(group_id=group.id, name="Basis"))
    with pytest.raises(ValidationError, match="niet \\(meer\\) in deze klas"):
        school.set_subgroup_members(store, basis.id, [mine.id, stranger.id])
    with pytest.raises(ValidationError, match="niet \\(meer\\) in deze klas"):
        group_overview.set_subgroup_layout(store, group.id, {basis.id: [stranger.id]})
    assert school.list_subgroups(store, group.id)[0][1] == []


def test_a_reference_removed_meanwhile_is_a_dutch_error_not_a_crash(store):
    from go_hgw_desktop.storage.store import StoreWriteError

    pupil = add_pupil(store)
    with pytest.raises(StoreWriteError, match="niets opgeslagen"), store.transaction() as session:
        session.add(m.ClassMembershipRecord(pupil_id=pupil.id, group_id=4242, school_year=YEAR))


def test_open_trajectory_interrupted_half_way_leaves_nothing(store, monkeypatch):
    pupil = add_pupil(store)
    before = table_counts(store)
    fail_when_saving(monkeypatch, lambda e: isinstance(e, Cycle))
    with pytest.raises(ValidationError, match="Gesimuleerde fout"):
        open_for(store, pupil_id=pupil.id)
    assert table_counts(store) == before
    assert trajectories.list_trajectories(store, pupil_id=pupil.id) == []


def test_change_phase_interrupted_half_way_keeps_the_previous_phase_open(store, monkeypatch):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    before = table_counts(store)
    fail_when_saving(monkeypatch, lambda e: isinstance(e, PhaseChange) and e.id is None)
    with pytest.raises(ValidationError, match="Gesimuleerde fout"):
        trajectories.change_phase(store, track.id, Phase.BREDE_BASISZORG, date(2026, 10, 1))
    assert table_counts(store) == before
    phases = trajectories.trajectory_file(store, track.id).trajectory.phases
    assert [(p.phase, p.end_date) for p in phases] == [(Phase.VERHOOGDE_ZORG, None)]


def test_close_cycle_interrupted_half_way_leaves_the_cycle_open(store, monkeypatch):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    cycle = current_cycle(store, track.id)
    before = table_counts(store)
    fail_when_saving(monkeypatch, lambda e: isinstance(e, Cycle) and e.id is None)
    with pytest.raises(ValidationError, match="Gesimuleerde fout"):
        trajectories.close_cycle(store, cycle.id, date(2026, 11, 1))
    assert table_counts(store) == before
    assert current_cycle(store, track.id) == cycle  # still cycle 1, still open


def test_copy_previous_plan_interrupted_half_way_leaves_no_plan_or_goals(store, monkeypatch):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    c1 = current_cycle(store, track.id)
    plan = add_plan(store, c1.id, date(2026, 11, 1))
    goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest vlot"))
    trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                               description="Voorleessoftware"))
    trajectories.evaluate_goal(store, goal.id, GoalResult.NIET_BEREIKT, date(2026, 11, 1))
    c2 = trajectories.close_cycle(store, c1.id, date(2026, 11, 2))
    before = table_counts(store)
    fail_when_saving(monkeypatch, lambda e: isinstance(e, Measure))  # after the plan and the goal
    with pytest.raises(ValidationError, match="Gesimuleerde fout"):
        trajectories.copy_previous_plan(store, c2.id, date(2026, 11, 3))
    assert table_counts(store) == before
    assert trajectories.trajectory_file(store, track.id).current.plan is None


def test_refused_evaluation_and_step_leave_the_goal_and_cycle_as_they_were(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    cycle = current_cycle(store, track.id)
    plan = add_plan(store, cycle.id, date(2026, 11, 1))
    goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest vlot"))
    trajectories.evaluate_goal(store, goal.id, GoalResult.DEELS_BEREIKT, date(2026, 11, 1), "Goed op weg.")
    with pytest.raises(ValidationError):
        trajectories.evaluate_goal(store, goal.id, GoalResult.BEREIKT, plan.start_date - timedelta(days=1),
                                   "Overschreven?")
    stored = trajectories.trajectory_file(store, track.id).current.goals[0]
    assert (stored.result, stored.evaluated_on, stored.evaluation_note) == (
        GoalResult.DEELS_BEREIKT, date(2026, 11, 1), "Goed op weg."
    )
    cleared = trajectories.evaluate_goal(store, goal.id, None, date(2026, 11, 1))
    assert (cleared.result, cleared.evaluated_on) == (None, None)


def test_every_user_facing_refusal_is_a_user_error(store):
    """Refusals reach the GUI as UserError (a Dutch dialog), never as a crash."""
    with pytest.raises(UserError):
        pupils.get_pupil(store, 1)
    with pytest.raises(UserError):
        trajectories.trajectory_file(store, 1)
    with pytest.raises(UserError):
        consultations.set_action_done(store, 1, TODAY)


def test_the_groepsoverzicht_never_shows_what_a_confidential_item_says(store):
    group = add_group(store)
    pupil = add_pupil(store, "Ngozi", "Janssens", group=group)
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.GESPREK_OUDERS,
        text="Thuis gaat het moeilijk", confidential=True))
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 11), source=ObservationSource.OBSERVATIE,
        text="Leest traag"))
    trajectories.save_cycle_item(store, EducationalNeed(
        cycle_id=cycle.id, slot=NeedSlot.FEEDBACK, text="geen klasgenoten laat meekijken", confidential=True))
    row = next(r for r in group_overview.group_overview(store, group.id) if r.pupil_id == pupil.id)
    shown = " ".join(row.signals + row.needs)
    assert "Leest traag" in shown and "moeilijk" not in shown and "meekijken" not in shown
    assert row.signals.count(f"10/09/2026: {group_overview.CONFIDENTIAL}") == 1
    assert row.needs == [group_overview.CONFIDENTIAL]


def test_the_latest_phase_change_can_be_taken_back(store):
    pupil = add_pupil(store)
    track = open_for(store, pupil_id=pupil.id)
    give_consent(store, track.id)
    moved = trajectories.change_phase(store, track.id, Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5))
    first, latest = moved.phases
    with pytest.raises(ValidationError, match="laatste fasewissel"):
        trajectories.undo_phase_change(store, track.id, first.id)
    back = trajectories.undo_phase_change(store, track.id, latest.id)
    assert back.current_phase is Phase.VERHOOGDE_ZORG and back.phases[-1].end_date is None
    with pytest.raises(ValidationError, match="altijd een fase"):
        trajectories.undo_phase_change(store, track.id, back.phases[-1].id)
