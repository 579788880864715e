"""The domain's rules, in plain Python (no store, no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from go_hgw_desktop.domain.calendar import SchoolYear, format_date, parse_date
from go_hgw_desktop.domain.choices import (
    CareDomain,
    Choice,
    ConsentBy,
    ConsultationType,
    GoalResult,
    LeersteunKind,
    LeersteunStatus,
    NeedSlot,
    Phase,
    PlanType,
    RequestStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.consultation import Consultation
from go_hgw_desktop.domain.cycle_items import FollowUpNote
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference, waiting_days
from go_hgw_desktop.domain.plan import Goal, Plan
from go_hgw_desktop.domain.pupil import CODE_PATTERN, Pupil, new_pupil_code
from go_hgw_desktop.domain.templates import need_sentence, support_need_sentence
from go_hgw_desktop.domain.text import clean_name
from go_hgw_desktop.domain.trajectory import PhaseChange, Trajectory, check_phase_change

START = date(2026, 9, 1)


def _trajectory(**kw) -> Trajectory:
    values = {"title": "Lezen", "domain": CareDomain.LEREN_EN_STUDEREN, "start_date": START, "pupil_id": 1}
    values.update(kw)
    trajectory = Trajectory(**values)
    trajectory.phases = [PhaseChange(trajectory_id=1, phase=Phase.VERHOOGDE_ZORG, start_date=START)]
    return trajectory


def _consent(on: date, by=ConsentBy.OUDERS) -> ClbRequest:
    return ClbRequest(trajectory_id=1, requested_on=on - timedelta(days=3), consent_by=by, consent_on=on)


# ------------------------------------------------------------------ school year and dates

@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_belongs_to_the_school_year_that_contains_it(day):
    year = SchoolYear.containing(day)
    assert year.contains(day)
    assert year.first_day.month == 9 and year.first_day.day == 1
    assert year.last_day == date(year.start_year + 1, 8, 31)
    assert SchoolYear.parse(year.label) == year


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_belgian_dates_round_trip(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize("text", ["2025-2027", "2025", "schooljaar", "", "2026/2025", "9999-10000"])
def test_malformed_school_years_are_refused_in_dutch(text):
    """Also far-off years: a school year that ends in 10000 cannot exist."""
    with pytest.raises(ValidationError, match="schooljaar"):
        SchoolYear.parse(text)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "morgen", "1/1/2", "12/10/2206",
                                  "31/12/9999"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_date(text)


# ------------------------------------------------------------------ pupils

def test_pupil_codes_are_random_and_well_formed():
    codes = {new_pupil_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(CODE_PATTERN.match(code) for code in codes)


def test_names_are_cleaned_to_one_form():
    assert clean_name("  Nguyễn\u00a0 Anh ") == "Nguyễn Anh"
    # The same name typed with a combining accent equals the precomposed one.
    assert clean_name("Zoe\u0308") == clean_name("Zoë")


@pytest.mark.parametrize(("changes", "message"), [
    ({"first_name": " "}, "voornaam"),
    ({"last_name": "x" * 101}, "familienaam"),
    ({"birth_year": 1990}, "Geboortejaar"),
    ({"birth_year": 2026}, "Geboortejaar"),
    ({"code": "12345"}, "leerlingcode"),
    ({"entry_date": date(2026, 9, 1), "leave_date": date(2026, 6, 30)}, "vertrek"),
    ({"first_name": "Tab\x07"}, "onzichtbare"),
])
def test_pupil_validation_names_the_problem(changes, message):
    values = {"first_name": "Şeyma", "last_name": "Yılmaz", "birth_year": 2016}
    values.update(changes)
    with pytest.raises(ValidationError, match=message):
        Pupil(**values).validate(today=date(2026, 11, 25))


# ------------------------------------------------------------------ the continuum

def test_a_trajectory_belongs_to_one_pupil_or_one_group():
    with pytest.raises(ValidationError, match="óf"):
        _trajectory(group_id=4).validate()
    with pytest.raises(ValidationError, match="óf"):
        _trajectory(pupil_id=None).validate()
    _trajectory().validate()


def test_phase_two_needs_consent_recorded_on_or_before_its_start():
    trajectory = _trajectory()
    start = START + timedelta(days=60)
    with pytest.raises(ValidationError, match="toestemming"):
        check_phase_change(trajectory, Phase.UITBREIDING_VAN_ZORG, start, "", [], [])
    with pytest.raises(ValidationError, match="toestemming"):  # consent after the start
        check_phase_change(trajectory, Phase.UITBREIDING_VAN_ZORG, start, "",
                           [_consent(start + timedelta(days=1))], [])
    without_date = ClbRequest(trajectory_id=1, requested_on=start, consent_by=ConsentBy.OUDERS)
    with pytest.raises(ValidationError, match="toestemming"):
        check_phase_change(trajectory, Phase.UITBREIDING_VAN_ZORG, start, "", [without_date], [])
    check_phase_change(trajectory, Phase.UITBREIDING_VAN_ZORG, start, "", [_consent(start)], [])


def test_phase_three_needs_a_delivered_verslag_as_well():
    trajectory = _trajectory()
    start = START + timedelta(days=120)
    consent = [_consent(START + timedelta(days=30))]
    pending = VerslagReference(trajectory_id=1, kind=VerslagType.IAC, issued_on=start,
                               status=VerslagStatus.IN_OPMAAK)
    delivered = VerslagReference(trajectory_id=1, kind=VerslagType.IAC, issued_on=start)
    with pytest.raises(ValidationError, match="verslag"):
        check_phase_change(trajectory, Phase.IAC_OF_BUITENGEWOON, start, "", consent, [])
    with pytest.raises(ValidationError, match="verslag"):
        check_phase_change(trajectory, Phase.IAC_OF_BUITENGEWOON, start, "", consent, [pending])
    with pytest.raises(ValidationError, match="toestemming"):
        check_phase_change(trajectory, Phase.IAC_OF_BUITENGEWOON, start, "", [], [delivered])
    check_phase_change(trajectory, Phase.IAC_OF_BUITENGEWOON, start, "", consent, [delivered])


def test_group_trajectories_stay_in_phase_zero_or_one():
    group = _trajectory(pupil_id=None, group_id=3)
    group.phases[0].phase = Phase.BREDE_BASISZORG
    check_phase_change(group, Phase.VERHOOGDE_ZORG, START, "", [], [])
    with pytest.raises(ValidationError, match="groepstraject"):
        check_phase_change(group, Phase.UITBREIDING_VAN_ZORG, START, "", [_consent(START)], [])


def test_phase_changes_move_forward_in_time_and_change_something():
    trajectory = _trajectory()
    with pytest.raises(ValidationError, match="al in"):
        check_phase_change(trajectory, Phase.VERHOOGDE_ZORG, START + timedelta(days=5), "", [], [])
    with pytest.raises(ValidationError, match="vóór"):
        check_phase_change(trajectory, Phase.BREDE_BASISZORG, START - timedelta(days=1), "", [], [])
    check_phase_change(trajectory, Phase.BREDE_BASISZORG, START + timedelta(days=5), "", [], [])


def test_phase_on_a_day_follows_the_history():
    trajectory = _trajectory()
    trajectory.phases[0].end_date = START + timedelta(days=29)
    trajectory.phases.append(PhaseChange(trajectory_id=1, phase=Phase.UITBREIDING_VAN_ZORG,
                                         start_date=START + timedelta(days=30)))
    assert trajectory.phase_on(START - timedelta(days=1)) is None
    assert trajectory.phase_on(START + timedelta(days=29)) is Phase.VERHOOGDE_ZORG
    assert trajectory.phase_on(START + timedelta(days=30)) is Phase.UITBREIDING_VAN_ZORG
    assert trajectory.current_phase is Phase.UITBREIDING_VAN_ZORG


# ------------------------------------------------------------------ consent and partners

def test_a_pupil_under_twelve_cannot_consent_alone():
    consent_day = date(2026, 10, 1)
    with pytest.raises(ValidationError, match="jonger dan 12"):
        _consent(consent_day, ConsentBy.LEERLING).validate(pupil_birth_year=2016)
    _consent(consent_day, ConsentBy.LEERLING).validate(pupil_birth_year=2013)
    _consent(consent_day, ConsentBy.OUDERS).validate(pupil_birth_year=2016)


def test_clb_request_rules():
    with pytest.raises(ValidationError, match="wie ze gaf als wanneer"):
        ClbRequest(trajectory_id=1, requested_on=START, consent_by=ConsentBy.OUDERS).validate()
    with pytest.raises(ValidationError, match="na toestemming"):
        ClbRequest(trajectory_id=1, requested_on=START, status=RequestStatus.LOPEND).validate()
    with pytest.raises(ValidationError, match="afgesloten"):
        request = _consent(START)
        request.status = RequestStatus.AFGESLOTEN
        request.validate()


def test_leersteun_rules_and_waiting_time():
    asked = date(2026, 10, 1)
    with pytest.raises(ValidationError, match="traject van een leerling"):
        LeersteunRequest(kind=LeersteunKind.LEERLINGGERICHT, requested_on=asked).validate()
    with pytest.raises(ValidationError, match="startdatum"):
        LeersteunRequest(kind=LeersteunKind.TEAMGERICHT, requested_on=asked,
                         status=LeersteunStatus.LOPEND).validate()
    with pytest.raises(ValidationError, match="vóór"):
        LeersteunRequest(kind=LeersteunKind.TEAMGERICHT, requested_on=asked,
                         started_on=asked - timedelta(days=1), status=LeersteunStatus.LOPEND).validate()
    assert waiting_days(asked, None, asked + timedelta(days=40)) == 40
    assert waiting_days(asked, asked + timedelta(days=12), asked + timedelta(days=40)) == 12


# ------------------------------------------------------------------ plans and goals

def test_goal_evaluation_needs_result_and_date_and_not_before_the_plan():
    plan = Plan(cycle_id=1, plan_type=PlanType.HANDELINGSPLAN, start_date=START,
                evaluation_date=START + timedelta(weeks=8))
    with pytest.raises(ValidationError, match="resultaat als een datum"):
        Goal(plan_id=1, description="Leest vlot", result=GoalResult.BEREIKT).validate(plan)
    with pytest.raises(ValidationError, match="vóór de start"):
        Goal(plan_id=1, description="Leest vlot", result=GoalResult.BEREIKT,
             evaluated_on=START - timedelta(days=1)).validate(plan)
    Goal(plan_id=1, description="Leest vlot", result=GoalResult.DEELS_BEREIKT,
         evaluated_on=START).validate(plan)


def test_an_evaluation_or_a_note_cannot_lie_after_today():
    plan = Plan(cycle_id=1, plan_type=PlanType.HANDELINGSPLAN, start_date=START,
                evaluation_date=START + timedelta(weeks=8))
    today = START + timedelta(weeks=4)
    later = Goal(plan_id=1, description="Leest vlot", result=GoalResult.BEREIKT,
                 evaluated_on=today + timedelta(days=1))
    with pytest.raises(ValidationError, match="in de toekomst geëvalueerd"):
        later.validate(plan, today)
    later.validate(plan)  # without a day to compare with (a restored or imported record)
    Goal(plan_id=1, description="Leest vlot", result=GoalResult.BEREIKT,
         evaluated_on=today).validate(plan, today)
    with pytest.raises(ValidationError, match="notitie kan niet in de toekomst"):
        FollowUpNote(cycle_id=1, noted_on=today + timedelta(days=90), text="Loopt goed.").validate(today)
    FollowUpNote(cycle_id=1, noted_on=today, text="Loopt goed.").validate(today)


def test_plan_dates_and_group_plan_length_advice():
    with pytest.raises(ValidationError, match="evaluatiedatum"):
        Plan(cycle_id=1, plan_type=PlanType.GROEPSPLAN, start_date=START,
             evaluation_date=START - timedelta(days=1)).validate()
    long_plan = Plan(cycle_id=1, plan_type=PlanType.GROEPSPLAN, start_date=START,
                     evaluation_date=START + timedelta(weeks=20))
    assert "6 tot 12 weken" in long_plan.warnings()[0]
    fitting = Plan(cycle_id=1, plan_type=PlanType.GROEPSPLAN, start_date=START,
                   evaluation_date=START + timedelta(weeks=8))
    assert fitting.warnings() == []


def test_micro_and_macro_consultations_never_list_pupils():
    for kind in (ConsultationType.MICRO, ConsultationType.MACRO):
        with pytest.raises(ValidationError, match="schoolfoto"):
            Consultation(kind=kind, held_on=START, pupil_ids=[1]).validate()
    Consultation(kind=ConsultationType.MDO, held_on=START, pupil_ids=[1]).validate()


# ------------------------------------------------------------------ vocabulary and templates

def test_every_vocabulary_has_unique_codes_and_dutch_labels():
    vocabularies = [cls for cls in Choice.__subclasses__()]
    assert len(vocabularies) >= 15
    for vocabulary in vocabularies:
        values = [m.value for m in vocabulary]
        assert len(values) == len(set(values)), vocabulary
        assert all(m.label and m.label[0] != " " for m in vocabulary), vocabulary
    assert [p.short_label for p in Phase] == ["Fase 0", "Fase 1", "Fase 2", "Fase 3"]


def test_helper_sentences():
    sentence = need_sentence("vlot lezen", {NeedSlot.INSTRUCTIE: "kort is",
                                             NeedSlot.FEEDBACK: "meteen komt"})
    assert sentence == ("Om het doel vlot lezen te bereiken heeft deze leerling nodig: "
                        "instructie die kort is; feedback die meteen komt.")
    assert need_sentence("", {}).endswith("…")
    assert support_need_sentence("iedereen meedoet", "", "tijd") == \
        "Als leraar wil ik bereiken dat iedereen meedoet Daarvoor heb ik nodig: tijd"
