"""The plain-Python domain: calendar, identity, the continuum's rules, plans and templates.

No store, no Qt: every test here runs in microseconds, so the rules are pinned down
exhaustively (and with hypothesis where a property says more than examples).
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from go_hgw_desktop.domain.calendar import FIRST_YEAR, LAST_YEAR, SchoolYear, format_date, parse_date
from go_hgw_desktop.domain.choices import (
    SUB_THEMES_BY_DOMAIN,
    CareDomain,
    Choice,
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
    TrajectoryStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation
from go_hgw_desktop.domain.cycle_items import (
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.errors import Problems, ValidationError
from go_hgw_desktop.domain.partners import (
    ClbRequest,
    LeersteunRequest,
    VerslagReference,
    waiting_days,
)
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import CODE_ALPHABET, CODE_PATTERN, Pupil, new_pupil_code
from go_hgw_desktop.domain.school import ClassGroup, School, Subgroup
from go_hgw_desktop.domain.templates import need_sentence, support_need_sentence
from go_hgw_desktop.domain.text import NAME_MAX, TEXT_MAX, clean_name, clean_text
from go_hgw_desktop.domain.trajectory import (
    Cycle,
    PhaseChange,
    Trajectory,
    check_can_advance,
    check_phase_change,
)
from go_hgw_desktop.errors import UserError

TODAY = date(2026, 11, 25)
# Years outside 1900-2100 are typing errors in this domain (2206 for 2026).
DATES = st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 12, 31))


# ---------------------------------------------------------------- errors


def test_validation_error_is_a_user_error_listing_every_problem():
    p = Problems()
    p.check(True, "niet getoond")
    p.check(False, "Eerste probleem.")
    p.check(False, "Tweede probleem.")
    with pytest.raises(ValidationError) as caught:
        p.raise_if_any()
    assert isinstance(caught.value, UserError)
    assert caught.value.problems == ["Eerste probleem.", "Tweede probleem."]
    assert str(caught.value) == "Eerste probleem. Tweede probleem."
    Problems().raise_if_any()  # nothing collected: no error


def test_validation_error_accepts_a_single_message():
    assert ValidationError("Eén probleem.").problems == ["Eén probleem."]


# ---------------------------------------------------------------- school year


@pytest.mark.parametrize(
    "text", ["2025-2026", "2025/2026", "2025–2026", " 2025 - 2026 ", "2025 /2026"]
)
def test_school_year_parse_accepts_the_usual_notations(text):
    assert SchoolYear.parse(text) == SchoolYear(2025)


@pytest.mark.parametrize(
    "text", ["2025-2027", "2026-2025", "2025", "25-26", "", "schooljaar 2025-2026", "2025-2026-2027"]
)
def test_school_year_parse_refuses_in_dutch(text):
    with pytest.raises(ValidationError, match="geen geldig schooljaar; schrijf het als 2025-2026"):
        SchoolYear.parse(text)


def test_school_year_parse_of_none_is_a_validation_error():
    with pytest.raises(ValidationError):
        SchoolYear.parse(None)  # type: ignore[arg-type]


def test_school_year_runs_from_1_september_to_31_august():
    year = SchoolYear(2026)
    assert year.label == str(year) == "2026-2027"
    assert (year.first_day, year.last_day) == (date(2026, 9, 1), date(2027, 8, 31))
    assert year.contains(date(2026, 9, 1)) and year.contains(date(2027, 8, 31))
    assert not year.contains(date(2026, 8, 31)) and not year.contains(date(2027, 9, 1))
    assert year.previous() == SchoolYear(2025)
    assert SchoolYear(2025) < year  # ordered: newest-first lists sort on it


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2026, 8, 31), "2025-2026"),
        (date(2026, 9, 1), "2026-2027"),
        (date(2026, 11, 25), "2026-2027"),
        (date(2026, 12, 31), "2026-2027"),
        (date(2027, 1, 1), "2026-2027"),
        (date(2027, 8, 31), "2026-2027"),
    ],
)
def test_school_year_containing(day, label):
    assert SchoolYear.containing(day).label == label


@given(DATES)
def test_the_school_year_containing_a_day_contains_it(day):
    # every date parse_date accepts lies in a school year SchoolYear accepts
    year = SchoolYear.containing(day)
    assert year.contains(day)
    assert year.first_day <= day <= year.last_day
    assert day.year in (year.start_year, year.start_year + 1)
    assert not (year.first_day.replace(year=year.start_year - 1) <= day < year.first_day)


@pytest.mark.parametrize("start_year", [FIRST_YEAR - 2, LAST_YEAR + 1, 2206, 0])
def test_school_years_outside_1900_2100_are_typing_errors(start_year):
    with pytest.raises(ValidationError, match="kan niet; is het jaartal juist"):
        SchoolYear(start_year)
    with pytest.raises(ValidationError):
        SchoolYear.parse(f"{start_year}-{start_year + 1}")
    assert SchoolYear(FIRST_YEAR - 1).label == "1899-1900" and SchoolYear(LAST_YEAR).label == "2100-2101"
    assert SchoolYear.containing(date(FIRST_YEAR, 1, 1)) == SchoolYear(FIRST_YEAR - 1)
    assert SchoolYear.containing(date(LAST_YEAR, 12, 31)) == SchoolYear(LAST_YEAR)


@given(st.integers(min_value=FIRST_YEAR - 1, max_value=LAST_YEAR))
def test_school_year_label_round_trips(start_year):
    year = SchoolYear(start_year)
    assert SchoolYear.parse(year.label) == year
    assert (year.last_day - year.first_day).days in (364, 365)


# ---------------------------------------------------------------- Belgian dates


def test_format_date_is_belgian_and_empty_for_no_date():
    assert format_date(date(2026, 11, 5)) == "05/11/2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text", ["25/11/2026", "25.11.2026", "25-11-2026", "2026-11-25", " 25/11/2026 ", "25/11/2026\n",
             "25/11/26", "25-11-26", "25112026", "251126"]
)
def test_parse_date_reads_belgian_and_iso_notation(text):
    """As people type dates: with slashes, dashes or dots, two- or four-digit years, or only digits."""
    assert parse_date(text) == date(2026, 11, 25)


def test_parse_date_reads_day_before_month():
    assert parse_date("5/3/2026") == date(2026, 3, 5)
    assert parse_date("5/3/27") == date(2027, 3, 5)
    assert parse_date("03/05/2026") == date(2026, 5, 3)


@pytest.mark.parametrize(
    "text", ["", "morgen", "2511", "2511202", "2026/11/25", "25 11 2026", "11-2026", "2026-1-5",
             "25/11/20266"]
)
def test_parse_date_refuses_what_is_not_a_date(text):
    with pytest.raises(ValidationError, match="geen datum; schrijf dag/maand/jaar"):
        parse_date(text)


@pytest.mark.parametrize("text", ["31/02/2026", "29/02/2026", "00/01/2026", "12/13/2026", "2026-02-30"])
def test_parse_date_refuses_days_that_do_not_exist(text):
    with pytest.raises(ValidationError, match="geen bestaande datum"):
        parse_date(text)


def test_parse_date_knows_leap_days():
    assert parse_date("29/02/2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["25/11/2206", "31/12/1899", "2101-01-01", "01/01/0001"])
def test_parse_date_refuses_years_that_are_typing_errors(text):
    with pytest.raises(ValidationError, match="lijkt een tikfout"):
        parse_date(text)


def test_parse_date_accepts_the_edges_of_the_year_range():
    assert parse_date("01/01/1900") == date(1900, 1, 1)
    assert parse_date("31/12/2100") == date(2100, 12, 31)


@given(DATES)
def test_parse_date_reads_back_what_format_date_writes(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


# ---------------------------------------------------------------- names and text


def test_clean_name_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert decomposed != "Nguyễn"
    assert clean_name(decomposed) == "Nguyễn"
    assert unicodedata.is_normalized("NFC", clean_name(unicodedata.normalize("NFD", "Şahin Łukasz")))


def test_clean_name_folds_spaces_and_nbsp():
    assert clean_name("  Ana\u00a0 María  ") == "Ana María"
    assert clean_name("Van\t den\nBroeck") == "Van den Broeck"
    assert clean_name("\u00a0") == ""
    assert clean_name(None) == ""  # type: ignore[arg-type]


def test_clean_text_keeps_line_breaks_but_trims_lines():
    assert clean_text("  eerste lijn   \n\ntweede\u00a0lijn  ") == "eerste lijn\n\ntweede lijn"
    assert clean_text(None) == ""


@given(st.text(max_size=40))
def test_clean_name_is_idempotent_and_tidy(value):
    cleaned = clean_name(value)
    assert clean_name(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned and "\u00a0" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


# ---------------------------------------------------------------- pupils


def pupil(**changes) -> Pupil:
    values = dict(first_name="Şeyma", last_name="Yılmaz", birth_year=2016)
    values.update(changes)
    return Pupil(**values)


def test_new_pupil_codes_match_the_pattern_and_avoid_confusable_characters():
    codes = {new_pupil_code() for _ in range(300)}
    assert len(codes) > 290  # random, practically never the same
    for code in codes:
        assert CODE_PATTERN.match(code), code
        assert not set(code[3:]) & set("01OIL")
    assert set(CODE_ALPHABET).isdisjoint("01OIL")


@pytest.mark.parametrize("code", ["LL-ABC234", "LL-ZZZZZZ", "LL-222222", ""])
def test_pupil_code_accepted(code):
    pupil(code=code).validate(TODAY)


@pytest.mark.parametrize(
    "code", ["LL-ABC23", "LL-ABC2345", "ll-abc234", "LL-ABC23O", "LL-ABC231", "XX-ABC234", "LLABC234"]
)
def test_pupil_code_refused(code):
    with pytest.raises(ValidationError, match="geen geldige leerlingcode"):
        pupil(code=code).validate(TODAY)


def test_valid_pupil_passes():
    pupil(entry_date=date(2022, 9, 1), leave_date=date(2022, 9, 1)).validate(TODAY)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"first_name": ""}, "Geef de voornaam"),
        ({"first_name": "   "}, "Geef de voornaam"),
        ({"last_name": ""}, "Geef de familienaam"),
        ({"first_name": "A" * (NAME_MAX + 1)}, "voornaam is te lang"),
        ({"last_name": "Peeters\x00"}, "familienaam bevat onzichtbare tekens"),
        ({"first_name": "Emma\x1b"}, "voornaam bevat onzichtbare tekens"),
    ],
)
def test_pupil_names_are_checked(changes, message):
    with pytest.raises(ValidationError, match=message):
        pupil(**changes).validate(TODAY)


def test_pupil_name_of_maximum_length_is_fine():
    pupil(first_name="A" * NAME_MAX).validate(TODAY)


@pytest.mark.parametrize(("birth_year", "ok"), [(1996, True), (1995, False), (2024, True), (2025, False),
                                                 (2030, False)])
def test_pupil_birth_year_range_is_2_to_30_years_before_today(birth_year, ok):
    if ok:
        pupil(birth_year=birth_year).validate(TODAY)
    else:
        with pytest.raises(ValidationError, match=f"Geboortejaar {birth_year} is niet mogelijk"):
            pupil(birth_year=birth_year).validate(TODAY)


def test_pupil_cannot_leave_before_entering():
    with pytest.raises(ValidationError, match="vertrek ligt vóór de datum van inschrijving"):
        pupil(entry_date=date(2024, 9, 1), leave_date=date(2024, 8, 31)).validate(TODAY)


def test_pupil_problems_are_reported_together():
    with pytest.raises(ValidationError) as caught:
        pupil(first_name="", last_name="", birth_year=1900, code="bad").validate(TODAY)
    assert len(caught.value.problems) == 4


def test_pupil_helpers():
    p = pupil(leave_date=date(2026, 10, 1))
    assert p.full_name == "Şeyma Yılmaz" and p.sort_name == "Yılmaz Şeyma"
    assert p.has_left(date(2026, 10, 1)) and not p.has_left(date(2026, 9, 30))
    assert not pupil().has_left(TODAY)
    assert p.age_in_year(2028) == 12


# ---------------------------------------------------------------- school, classes


@pytest.mark.parametrize("number", ["١٢٣٤٥٦", "１２３４５６", "123\u200b456", "0123456", "12345", "123456 ",
                                    "۱۲۳۴۵۶"])
def test_an_instellingsnummer_is_six_ascii_digits(number):
    """isdigit() took Arabic-Indic and full-width digits: a number that looks like another
    school's on paper. Only 0-9, exactly six."""
    with pytest.raises(ValidationError, match="6 cijfers"):
        School(name="GO! Atheneum", institution_number=number).validate()


@pytest.mark.parametrize("typed, meant", [
    ("١٢٣٤٥٦", "123456"), ("１２３４５６", "123456"), ("123\u200b456", "123456"),
    ("123 456\u00a0", "123456"), ("0123456", "0123456"), ("12A456", "12A456")])
def test_an_instellingsnummer_is_read_as_it_is_meant(typed, meant):
    from go_hgw_desktop.domain.school import canonical_institution_number

    assert canonical_institution_number(typed) == meant


def test_a_school_name_is_compared_by_what_it_looks_like():
    from go_hgw_desktop.domain.school import name_skeleton, school_identity

    real = name_skeleton("GO! Basisschool De Linde")
    for disguised in ("GO! Basisschооl De Linde", "GO! \u200bBasisschool De Linde",
                      "go!  basisschool de\u00a0linde", "ＧＯ! Basisschool De Linde",
                      "GO! Basisschool Dé Linde", "G0! BasisschooI De Linde", "GO! Basisschoo1 De Linde",
                      "GO\u01c3 Basisschool De Linde", "GO\u2d51 Basisschool De Linde"):
        assert name_skeleton(disguised) == real, disguised
    assert name_skeleton("GO! Basisschool De Linden") != real
    assert name_skeleton("GO! Atheneum Nummer 1") == name_skeleton("GO! Atheneum Nurnrner l")
    assert school_identity("Wat dan ook", "١٢٣٤٥٦") == "123456"
    assert school_identity("GO! Basisschооl De Linde", "") == real


def test_school_class_and_subgroup_validation():
    School(name="GO! Atheneum", institution_number="123456").validate()
    School(name="GO! Atheneum", institution_number="012345").validate()
    with pytest.raises(ValidationError, match="6 cijfers"):
        School(name="GO! Atheneum", institution_number="12-34").validate()
    with pytest.raises(ValidationError, match="naam van de school"):
        School(name=" ").validate()
    ClassGroup(name="3A", school_year=SchoolYear(2026)).validate()
    with pytest.raises(ValidationError, match="naam van de klas"):
        ClassGroup(name="", school_year=SchoolYear(2026)).validate()
    with pytest.raises(ValidationError, match="subgroep een naam"):
        Subgroup(group_id=1, name="  ").validate()


# ---------------------------------------------------------------- vocabularies


CHOICES = list(Choice.__subclasses__())


def test_every_vocabulary_is_found():
    assert {HgwStep, CareDomain, Role, MeasureCategory, ConsultationType, GoalResult} <= set(CHOICES)
    assert len(CHOICES) >= 18


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: c.__name__)
def test_choice_values_and_labels_are_unique_and_labelled(choice):
    members = list(choice.__members__.values())
    # an alias (two names, one value) would silently merge two categories in the database
    assert len(choice.__members__) == len(list(choice)), "duplicate value"
    assert len({m.value for m in members}) == len(members)
    labels = [m.label for m in members]
    assert all(isinstance(label, str) and label.strip() == label and label for label in labels)
    assert len({label.casefold() for label in labels}) == len(labels), "duplicate label"
    for member in members:
        assert member == member.value  # stored as its plain string value
        assert "_" not in member.label  # a label is text for people, not a code
        assert choice.from_label(f"  {member.label.upper()} ") is member
    with pytest.raises(ValueError):
        choice.from_label("bestaat niet")


def test_labels_are_dutch():
    assert Role.ZORGCOORDINATOR.label == "Zorgcoördinator"
    assert MeasureCategory.REMEDIEREN.label == "Remediëren"
    assert MeasureCategory.DIFFERENTIEREN.label == "Differentiëren"
    assert GoalResult.DEELS_BEREIKT.label == "Deels bereikt"
    assert CareDomain.PSYCHISCH_EN_SOCIAAL.label == "Psychisch en sociaal functioneren"
    assert [s.label for s in HgwStep] == ["Waarnemen", "Begrijpen", "Organiseren", "Realiseren"]
    assert [p.label for p in Phase] == [
        "Fase 0 – brede basiszorg", "Fase 1 – verhoogde zorg", "Fase 2 – uitbreiding van zorg",
        "Fase 3 – IAC of buitengewoon onderwijs",
    ]
    assert Phase.UITBREIDING_VAN_ZORG.short_label == "Fase 2"


def test_vocabularies_hold_what_the_domain_needs():
    assert len(CareDomain) == 4
    assert len(MeasureCategory) == 5
    assert {t.label for t in ConsultationType} >= {"MICRO-overleg", "MACRO-overleg"}
    assert [int(p) for p in Phase] == [0, 1, 2, 3]
    assert set(SUB_THEMES_BY_DOMAIN) == set(CareDomain)
    assert all(SUB_THEMES_BY_DOMAIN[d] for d in CareDomain)


def test_hgw_steps_follow_each_other():
    assert HgwStep.WAARNEMEN.next() is HgwStep.BEGRIJPEN
    assert HgwStep.BEGRIJPEN.next() is HgwStep.ORGANISEREN
    assert HgwStep.ORGANISEREN.next() is HgwStep.REALISEREN
    assert HgwStep.REALISEREN.next() is None


def test_only_micro_and_macro_are_not_about_pupils():
    assert {t for t in ConsultationType if not t.is_about_pupils} == {
        ConsultationType.MICRO, ConsultationType.MACRO
    }


# ---------------------------------------------------------------- trajectories and the continuum

START = date(2026, 9, 1)


def trajectory(*, group: bool = False, phase: Phase | None = Phase.VERHOOGDE_ZORG,
               phase_start: date = START) -> Trajectory:
    t = Trajectory(
        id=1, title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=START,
        pupil_id=None if group else 7, group_id=3 if group else None,
    )
    if phase is not None:
        t.phases = [PhaseChange(trajectory_id=1, phase=phase, start_date=phase_start)]
    return t


def consent(on: date = date(2026, 10, 1), **changes) -> ClbRequest:
    values = dict(trajectory_id=1, requested_on=date(2026, 9, 28), consent_by=ConsentBy.OUDERS,
                  consent_on=on)
    values.update(changes)
    return ClbRequest(**values)


def verslag(issued: date = date(2026, 11, 1), **changes) -> VerslagReference:
    values = dict(trajectory_id=1, kind=VerslagType.IAC, issued_on=issued)
    values.update(changes)
    return VerslagReference(**values)


def test_phase_two_needs_recorded_consent():
    with pytest.raises(ValidationError, match="Fase 2 vraagt toestemming voor het CLB"):
        check_phase_change(trajectory(), Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), "", [], [])
    unconsented = ClbRequest(trajectory_id=1, requested_on=date(2026, 9, 28))
    with pytest.raises(ValidationError, match="toestemming"):
        check_phase_change(trajectory(), Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), "",
                           [unconsented], [])
    half = ClbRequest(trajectory_id=1, requested_on=date(2026, 9, 28), consent_on=date(2026, 10, 1))
    with pytest.raises(ValidationError, match="toestemming"):
        check_phase_change(trajectory(), Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), "", [half], [])
    check_phase_change(trajectory(), Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), "",
                       [unconsented, consent()], [])


@pytest.mark.parametrize(("consent_on", "ok"), [(date(2026, 10, 4), True), (date(2026, 10, 5), True),
                                                (date(2026, 10, 6), False)])
def test_consent_must_be_given_on_or_before_the_phase_start(consent_on, ok):
    args = (trajectory(), Phase.UITBREIDING_VAN_ZORG, date(2026, 10, 5), "", [consent(consent_on)], [])
    if ok:
        check_phase_change(*args)
    else:
        with pytest.raises(ValidationError, match="toestemming"):
            check_phase_change(*args)


def test_phase_three_needs_consent_and_a_delivered_verslag():
    t = trajectory(phase=Phase.UITBREIDING_VAN_ZORG, phase_start=date(2026, 10, 5))
    day = date(2026, 11, 10)
    with pytest.raises(ValidationError, match="Fase 3 vraagt een verslag"):
        check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [consent()], [])
    for status in (VerslagStatus.AANGEVRAAGD, VerslagStatus.IN_OPMAAK, VerslagStatus.VERVALLEN):
        with pytest.raises(ValidationError, match="verslag"):
            check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [consent()], [verslag(status=status)])
    with pytest.raises(ValidationError, match="verslag"):  # issued after the phase would start
        check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [consent()], [verslag(date(2026, 11, 11))])
    with pytest.raises(ValidationError) as caught:  # a verslag without consent is not enough
        check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [], [verslag()])
    assert any("toestemming" in p for p in caught.value.problems)
    check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [consent()], [verslag(day)])
    check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, day, "", [consent()],
                       [verslag(status=VerslagStatus.VERVALLEN), verslag(kind=VerslagType.OV4)])


def test_phase_three_needs_an_iac_or_ov4_verslag_not_a_gc_verslag():
    """A GC-verslag gives support in the common curriculum (fase 2), not IAC or OV4."""
    t = trajectory(phase=Phase.UITBREIDING_VAN_ZORG, phase_start=date(2026, 10, 5))
    with pytest.raises(ValidationError, match="verslag"):
        check_phase_change(t, Phase.IAC_OF_BUITENGEWOON, date(2026, 11, 10), "", [consent()],
                           [verslag(kind=VerslagType.GC)])


@pytest.mark.parametrize("phase", [Phase.UITBREIDING_VAN_ZORG, Phase.IAC_OF_BUITENGEWOON])
def test_group_trajectories_stay_in_phase_zero_or_one(phase):
    with pytest.raises(ValidationError, match="groepstraject blijft in fase 0 of 1"):
        check_phase_change(trajectory(group=True), phase, date(2026, 11, 10), "", [consent()], [verslag()])


def test_group_trajectory_may_move_between_zero_and_one():
    check_phase_change(trajectory(group=True), Phase.BREDE_BASISZORG, date(2026, 10, 1), "", [], [])
    check_phase_change(trajectory(group=True, phase=Phase.BREDE_BASISZORG), Phase.VERHOOGDE_ZORG,
                       date(2026, 10, 1), "", [], [])


def test_same_phase_twice_is_refused():
    with pytest.raises(ValidationError, match="al in fase 1 – verhoogde zorg"):
        check_phase_change(trajectory(), Phase.VERHOOGDE_ZORG, date(2026, 10, 1), "", [], [])


def test_new_phase_cannot_start_before_the_previous_one_or_the_trajectory():
    t = trajectory(phase_start=date(2026, 10, 1))
    with pytest.raises(ValidationError, match="niet beginnen vóór de vorige fase begon"):
        check_phase_change(t, Phase.BREDE_BASISZORG, date(2026, 9, 30), "", [], [])
    check_phase_change(t, Phase.BREDE_BASISZORG, date(2026, 10, 1), "", [], [])
    with pytest.raises(ValidationError, match="fase begint vóór het traject"):
        check_phase_change(trajectory(phase=None), Phase.VERHOOGDE_ZORG, START - timedelta(days=1), "",
                           [], [])


def test_stepping_down_the_continuum_needs_nothing():
    t = trajectory(phase=Phase.UITBREIDING_VAN_ZORG)
    check_phase_change(t, Phase.VERHOOGDE_ZORG, date(2026, 11, 1), "Maatregelen volstaan weer.", [], [])


def test_phase_reason_length_is_limited():
    with pytest.raises(ValidationError, match="reden is te lang"):
        check_phase_change(trajectory(), Phase.BREDE_BASISZORG, START, "x" * (TEXT_MAX + 1), [], [])


@given(
    phase=st.sampled_from(list(Phase)),
    offset=st.integers(min_value=0, max_value=400),
    with_consent=st.booleans(),
    with_verslag=st.booleans(),
)
def test_a_group_trajectory_never_reaches_phase_two(phase, offset, with_consent, with_verslag):
    t = trajectory(group=True, phase=None)
    day = START + timedelta(days=offset)
    requests = [consent(START)] if with_consent else []
    reports = [verslag(START)] if with_verslag else []
    if phase >= Phase.UITBREIDING_VAN_ZORG:
        with pytest.raises(ValidationError):
            check_phase_change(t, phase, day, "", requests, reports)
    else:
        check_phase_change(t, phase, day, "", requests, reports)


def test_trajectory_validation():
    trajectory().validate()
    trajectory(group=True).validate()
    both = trajectory()
    both.group_id = 3
    with pytest.raises(ValidationError, match="één leerling óf bij één groep"):
        both.validate()
    neither = trajectory()
    neither.pupil_id = None
    with pytest.raises(ValidationError, match="één leerling óf bij één groep"):
        neither.validate()
    sub = trajectory()
    sub.subgroup_id = 4
    with pytest.raises(ValidationError, match="subgroep-traject"):
        sub.validate()
    ended = trajectory()
    ended.end_date = START - timedelta(days=1)
    with pytest.raises(ValidationError, match="eindigt vóór het begint"):
        ended.validate()
    closed = trajectory()
    closed.status = TrajectoryStatus.AFGESLOTEN
    with pytest.raises(ValidationError, match="einddatum van het afgesloten traject"):
        closed.validate()
    untitled = trajectory()
    untitled.title = " "
    with pytest.raises(ValidationError, match="korte titel"):
        untitled.validate()


def test_trajectory_phase_history():
    t = trajectory(phase=None)
    assert t.current_phase is None and t.phase_on(START) is None
    t.phases = [
        PhaseChange(trajectory_id=1, phase=Phase.VERHOOGDE_ZORG, start_date=START,
                    end_date=date(2026, 10, 4)),
        PhaseChange(trajectory_id=1, phase=Phase.UITBREIDING_VAN_ZORG, start_date=date(2026, 10, 5)),
    ]
    assert t.current_phase is Phase.UITBREIDING_VAN_ZORG
    assert t.phase_on(date(2026, 8, 31)) is None
    assert t.phase_on(date(2026, 10, 4)) is Phase.VERHOOGDE_ZORG
    assert t.phase_on(date(2026, 10, 5)) is Phase.UITBREIDING_VAN_ZORG
    assert t.phase_on(date(2030, 1, 1)) is Phase.UITBREIDING_VAN_ZORG
    assert not t.is_group and trajectory(group=True).is_group
    t.end_date = date(2026, 12, 31)
    assert t.is_running_on(START) and t.is_running_on(date(2026, 12, 31))
    assert not t.is_running_on(date(2027, 1, 1)) and not t.is_running_on(date(2026, 8, 31))


def test_check_can_advance_walks_the_four_steps():
    cycle = Cycle(trajectory_id=1, number=1, started_on=START)
    seen = [cycle.step]
    while cycle.step is not HgwStep.REALISEREN:
        cycle.step = check_can_advance(cycle)
        seen.append(cycle.step)
    assert seen == list(HgwStep)
    with pytest.raises(ValidationError, match="Realiseren is de laatste stap"):
        check_can_advance(cycle)


def test_a_closed_cycle_cannot_advance():
    cycle = Cycle(trajectory_id=1, number=1, started_on=START, closed_on=date(2026, 11, 1))
    assert not cycle.is_open
    with pytest.raises(ValidationError, match="al afgesloten"):
        check_can_advance(cycle)


# ---------------------------------------------------------------- CLB requests


def test_clb_request_without_consent_may_wait():
    ClbRequest(trajectory_id=1, requested_on=date(2026, 10, 1)).validate(2016)
    assert not ClbRequest(trajectory_id=1, requested_on=date(2026, 10, 1)).has_consent


@pytest.mark.parametrize(
    "changes",
    [
        {"consent_by": ConsentBy.OUDERS, "consent_on": None},
        {"consent_by": None, "consent_on": date(2026, 10, 1)},
    ],
)
def test_clb_consent_is_both_or_none(changes):
    with pytest.raises(ValidationError, match="zowel wie ze gaf als wanneer"):
        consent(**changes).validate(2016)


@pytest.mark.parametrize(("birth_year", "ok"), [(2015, False), (2014, True), (2010, True)])
def test_a_pupil_under_twelve_cannot_consent_themselves(birth_year, ok):
    request = consent(consent_by=ConsentBy.LEERLING, consent_on=date(2026, 10, 1))
    if ok:
        request.validate(birth_year)
    else:
        with pytest.raises(ValidationError, match="jonger dan 12 jaar geeft zelf geen toestemming"):
            request.validate(birth_year)


def test_parents_may_consent_for_a_young_pupil_and_age_is_unchecked_without_birth_year():
    consent(consent_by=ConsentBy.OUDERS).validate(2020)
    consent(consent_by=ConsentBy.LEERLING).validate(None)


@pytest.mark.parametrize("status", [RequestStatus.LOPEND, RequestStatus.AFGESLOTEN])
def test_clb_status_beyond_aangevraagd_needs_consent(status):
    request = ClbRequest(trajectory_id=1, requested_on=date(2026, 9, 1), status=status,
                         closed_on=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="pas starten na toestemming"):
        request.validate(2016)


def test_closed_clb_request_needs_a_closing_date():
    with pytest.raises(ValidationError, match="datum waarop de CLB-aanvraag werd afgesloten"):
        consent(status=RequestStatus.AFGESLOTEN).validate(2016)
    closed = consent(status=RequestStatus.AFGESLOTEN, closed_on=date(2026, 11, 20))
    closed.validate(2016)
    assert not closed.is_open and consent().is_open


def test_clb_request_dates_are_ordered():
    with pytest.raises(ValidationError, match="start vóór de aanvraag"):
        consent(status=RequestStatus.LOPEND, started_on=date(2026, 9, 27)).validate(2016)
    with pytest.raises(ValidationError, match="Afgesloten vóór de aanvraag"):
        consent(status=RequestStatus.AFGESLOTEN, closed_on=date(2026, 9, 27)).validate(2016)
    with pytest.raises(ValidationError, match="meer dan een jaar ouder"):
        consent(date(2025, 9, 27)).validate(2016)
    consent(date(2025, 9, 28)).validate(2016)  # exactly a year before is still fine
    with pytest.raises(ValidationError, match="te lang"):
        consent(question="x" * (TEXT_MAX + 1)).validate(2016)


def test_waiting_days():
    assert waiting_days(date(2026, 10, 1), None, date(2026, 10, 31)) == 30
    assert waiting_days(date(2026, 10, 1), date(2026, 10, 11), date(2026, 10, 31)) == 10
    assert waiting_days(date(2026, 10, 1), None, date(2026, 9, 1)) == 0  # never negative


def test_verslag_reference_is_a_reference_not_a_copy():
    verslag(reference="CLB-dossier").validate()
    with pytest.raises(ValidationError, match="niet de inhoud"):
        verslag(reference="x" * 301).validate()
    assert verslag().is_valid and not verslag(status=VerslagStatus.IN_OPMAAK).is_valid


# ---------------------------------------------------------------- leersteun


def leersteun(**changes) -> LeersteunRequest:
    values = dict(kind=LeersteunKind.LEERLINGGERICHT, requested_on=date(2026, 10, 1), trajectory_id=1)
    values.update(changes)
    return LeersteunRequest(**values)


def test_leersteun_valid_cases():
    leersteun().validate()
    leersteun(kind=LeersteunKind.TEAMGERICHT, trajectory_id=None).validate()
    leersteun(kind=LeersteunKind.LERAARGERICHT, trajectory_id=None).validate()
    leersteun(status=LeersteunStatus.LOPEND, started_on=date(2026, 10, 20)).validate()
    leersteun(status=LeersteunStatus.AFGESLOTEN, started_on=date(2026, 10, 20),
              ended_on=date(2026, 11, 20)).validate()
    leersteun(status=LeersteunStatus.AFGESLOTEN, ended_on=date(2026, 10, 1)).validate()  # withdrawn
    assert not leersteun(status=LeersteunStatus.AFGESLOTEN).is_open
    assert leersteun(status=LeersteunStatus.ON_HOLD).is_open


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"trajectory_id": None}, "Leerlinggerichte leersteun hoort bij het traject"),
        ({"status": LeersteunStatus.LOPEND}, "startdatum van de lopende leersteun"),
        ({"status": LeersteunStatus.ON_HOLD}, "startdatum van de lopende leersteun"),
        ({"status": LeersteunStatus.AFGESLOTEN}, "einddatum van de afgesloten leersteun"),
        ({"started_on": date(2026, 9, 30)}, "start vóór de aanvraag"),
        ({"started_on": date(2026, 10, 10), "ended_on": date(2026, 10, 9)}, "eindigt vóór ze begon"),
        ({"ended_on": date(2026, 9, 30)}, "eindigt vóór ze begon"),
        ({"note": "x" * (TEXT_MAX + 1)}, "notitie is te lang"),
    ],
)
def test_leersteun_rules(changes, message):
    with pytest.raises(ValidationError, match=message):
        leersteun(**changes).validate()


# ---------------------------------------------------------------- plans and goals


def plan(plan_type: PlanType = PlanType.HANDELINGSPLAN, weeks: float = 8, **changes) -> Plan:
    start = date(2026, 10, 1)
    values = dict(cycle_id=1, plan_type=plan_type, start_date=start,
                  evaluation_date=start + timedelta(days=round(weeks * 7)))
    values.update(changes)
    return Plan(**values)


def test_plan_validation():
    plan().validate()
    plan(evaluation_date=date(2026, 10, 1)).validate()
    with pytest.raises(ValidationError, match="evaluatiedatum ligt vóór de start"):
        plan(evaluation_date=date(2026, 9, 30)).validate()
    with pytest.raises(ValidationError, match="eindigt vóór het begint"):
        plan(end_date=date(2026, 9, 30)).validate()
    with pytest.raises(ValidationError, match="te lang"):
        plan(approach="x" * (TEXT_MAX + 1)).validate()


@pytest.mark.parametrize(("weeks", "warned"), [(5, True), (6, False), (9, False), (12, False), (13, True)])
def test_groepsplan_warns_outside_six_to_twelve_weeks(weeks, warned):
    found = plan(PlanType.GROEPSPLAN, weeks).warnings()
    if warned:
        assert found == [f"Een groepsplan loopt meestal 6 tot 12 weken; dit plan loopt {weeks} weken."]
    else:
        assert found == []


def test_groepsplan_length_uses_the_end_date_when_there_is_one():
    long_run = plan(PlanType.GROEPSPLAN, 8, end_date=date(2026, 10, 1) + timedelta(weeks=20))
    assert long_run.warnings()
    assert not plan(PlanType.GROEPSPLAN, 20, end_date=date(2026, 10, 1) + timedelta(weeks=8)).warnings()


def test_only_groepsplannen_get_length_advice():
    assert plan(PlanType.HANDELINGSPLAN, 30).warnings() == []
    assert plan(PlanType.HANDELINGSPLAN_IAC, 1).warnings() == []


@given(st.integers(min_value=0, max_value=400))
def test_groepsplan_warning_iff_length_outside_range(days):
    start = date(2026, 10, 1)
    p = Plan(cycle_id=1, plan_type=PlanType.GROEPSPLAN, start_date=start,
             evaluation_date=start + timedelta(days=days))
    assert bool(p.warnings()) == (not 42 <= days <= 84)


def goal(**changes) -> Goal:
    values = dict(plan_id=1, description="Leest een AVI-tekst vlot.", criterion="< 5 fouten per minuut")
    values.update(changes)
    return Goal(**values)


def test_goal_validation():
    goal().validate(plan())
    goal(result=GoalResult.BEREIKT, evaluated_on=date(2026, 10, 1)).validate(plan())
    assert goal(result=GoalResult.NIET_BEREIKT, evaluated_on=date(2026, 11, 1)).is_evaluated
    assert not goal().is_evaluated
    with pytest.raises(ValidationError, match="Beschrijf het doel"):
        goal(description=" ").validate()


@pytest.mark.parametrize(
    "changes", [{"result": GoalResult.BEREIKT}, {"evaluated_on": date(2026, 11, 1)}]
)
def test_goal_evaluation_needs_result_and_date_together(changes):
    with pytest.raises(ValidationError, match="zowel een resultaat als een datum"):
        goal(**changes).validate(plan())


def test_goal_is_not_evaluated_before_the_plan_starts():
    early = goal(result=GoalResult.DEELS_BEREIKT, evaluated_on=date(2026, 9, 30))
    with pytest.raises(ValidationError, match="niet geëvalueerd worden vóór de start van het plan"):
        early.validate(plan())
    early.validate()  # without the plan there is nothing to compare with
    with pytest.raises(ValidationError, match="termijn ligt vóór de start"):
        goal(deadline=date(2026, 9, 30)).validate(plan())


def test_measure_validation():
    Measure(plan_id=1, category=MeasureCategory.COMPENSEREN, description="Rekenmachine").validate()
    with pytest.raises(ValidationError, match="Beschrijf de maatregel"):
        Measure(plan_id=1, category=MeasureCategory.DISPENSEREN, description="").validate()
    with pytest.raises(ValidationError, match="wanneer"):
        Measure(plan_id=1, category=MeasureCategory.STIMULEREN, description="Kaart",
                frequency="x" * 201).validate()


# ---------------------------------------------------------------- cycle items


def test_cycle_items_need_their_text():
    cases = [
        Observation(cycle_id=1, observed_on=TODAY, source=ObservationSource.TOETS, text=" "),
        Factor(cycle_id=1, kind=FactorKind.BELEMMEREND, context=FactorContext.THUIS, text=""),
        EducationalNeed(cycle_id=1, slot=NeedSlot.INSTRUCTIE, text="\n"),
        TeacherSupportNeed(wants_to_achieve="", needs=""),
        FollowUpNote(cycle_id=1, noted_on=TODAY, text=""),
    ]
    for item in cases:
        with pytest.raises(ValidationError, match=r"^Vul .+ in\.$"):
            item.validate()


def test_observation_cannot_lie_in_the_future():
    item = Observation(cycle_id=1, observed_on=TODAY, source=ObservationSource.OBSERVATIE, text="Leest traag")
    item.validate(TODAY)
    with pytest.raises(ValidationError, match="niet in de toekomst"):
        item.validate(TODAY - timedelta(days=1))


def test_teacher_support_need_theme_is_short():
    need = TeacherSupportNeed(wants_to_achieve="alle leerlingen mee zijn", needs="tijd",
                              theme="x" * (NAME_MAX + 1))
    with pytest.raises(ValidationError, match="houd het kort"):
        need.validate()


# ---------------------------------------------------------------- consultations


@pytest.mark.parametrize("kind", [ConsultationType.MICRO, ConsultationType.MACRO])
def test_micro_and_macro_may_not_list_pupils(kind):
    with pytest.raises(ValidationError, match=f"Op een {kind.label} worden geen individuele leerlingen"):
        Consultation(kind=kind, held_on=TODAY, pupil_ids=[1]).validate()
    Consultation(kind=kind, held_on=TODAY, group_ids=[2]).validate()
    Consultation(kind=kind, held_on=TODAY).validate()


@pytest.mark.parametrize("kind", [t for t in ConsultationType if t.is_about_pupils])
def test_pupil_consultations_may_list_pupils(kind):
    Consultation(kind=kind, held_on=TODAY, pupil_ids=[1, 2]).validate()


def test_consultation_and_action_item_lengths():
    with pytest.raises(ValidationError, match="titel is te lang"):
        Consultation(kind=ConsultationType.MDO, held_on=TODAY, title="x" * 201).validate()
    with pytest.raises(ValidationError, match="Beschrijf de afspraak"):
        ActionItem(consultation_id=1, description="  ", owner_role=Role.CLB).validate()
    item = ActionItem(consultation_id=1, description="Ouders uitnodigen", owner_role=Role.KLASLERAAR)
    item.validate()
    assert not item.is_done
    item.done_on = TODAY
    assert item.is_done


# ---------------------------------------------------------------- helper sentences


def test_need_sentence_fills_the_slots_in_order():
    text = need_sentence(" technisch lezen ", {
        NeedSlot.INSTRUCTIE: " verlengd is ",
        NeedSlot.FEEDBACK: "",
        NeedSlot.OUDERS: "thuis samen lezen",
    })
    assert text == (
        "Om het doel technisch lezen te bereiken heeft deze leerling nodig: "
        "instructie die verlengd is; ouders die thuis samen lezen."
    )


def test_need_sentence_for_a_group_and_with_nothing_filled():
    assert need_sentence("rekenen", {NeedSlot.GROEPSGENOTEN: "helpen"}, group=True) == (
        "Om het doel rekenen te bereiken hebben deze leerlingen nodig: groepsgenoten die helpen."
    )
    assert need_sentence("", {}) == "Om het doel … te bereiken heeft deze leerling nodig: …"
    assert need_sentence("x", {NeedSlot.LERAAR: "   "}).endswith("nodig: …")


def test_support_need_sentence():
    assert support_need_sentence("iedereen meedoet", "een instructietafel", "tips") == (
        "Als leraar wil ik bereiken dat iedereen meedoet Zelf doe ik al een instructietafel "
        "Daarvoor heb ik nodig: tips"
    )
    assert support_need_sentence(" iedereen meedoet ", "  ", "tijd") == (
        "Als leraar wil ik bereiken dat iedereen meedoet Daarvoor heb ik nodig: tijd"
    )
    assert support_need_sentence("", "", "") == ""
