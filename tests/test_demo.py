"""The demo school: reproducible, refuses a store in use, and shows the whole continuum.

One mid-sized demo (150 pupils) is built once for the read-only checks; the tests that
compare or refuse build their own small stores.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date

import pytest
from conftest import TODAY
from sqlalchemy import func, select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import CareDomain, ConsentBy, HgwStep, Phase, VerslagType
from go_hgw_desktop.domain.consultation import Consultation
from go_hgw_desktop.domain.cycle_items import FollowUpNote, Observation
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Plan
from go_hgw_desktop.domain.pupil import CODE_PATTERN, Pupil
from go_hgw_desktop.domain.trajectory import PhaseChange, Trajectory
from go_hgw_desktop.services import consultations, dashboard, demo, pupils, records, school
from go_hgw_desktop.services.demo import DEMO_SCHOOL, DemoRefusedError, fill_demo
from go_hgw_desktop.services.demo_names import FIRST_NAMES, LAST_NAMES
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.storage import models as m

DEMO_PUPILS = 150
DEMO_SEED = 2026


def table_counts(store) -> dict[str, int]:
    with store.transaction() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in m.Base.metadata.sorted_tables
            if table.name != "audit_entry"  # the trail grows by design (tests/test_audit.py)
        }


def new_store(path):
    return open_workspace(path, MemoryKeyStore()).store


def snapshot(store) -> tuple:
    """What a user would see of a demo school: pupils, classes, trajectories, meetings."""
    year = school.current_school_year(store)
    rows = tuple(
        (r.code, r.first_name, r.last_name, r.birth_year, r.class_name, r.highest_phase, r.phases,
         r.domains, r.steps, r.has_left)
        for r in pupils.list_pupils(store, year, TODAY)
    )
    meetings = tuple((c.kind, c.held_on, c.title, tuple(c.participants)) for c in
                     consultations.list_consultations(store))
    return year, school.get_school(store).name, rows, meetings, table_counts(store)


@pytest.fixture(scope="module")
def demo_school(tmp_path_factory):
    """(store, summary, progress calls) of one 150-pupil demo school, built once."""
    store = new_store(tmp_path_factory.mktemp("demo") / "data")
    calls: list[tuple[int, int]] = []
    summary = fill_demo(store, pupils=DEMO_PUPILS, seed=DEMO_SEED, today=TODAY,
                        progress=lambda done, total: calls.append((done, total)))
    yield store, summary, calls
    store.close()


def load_all(store, domain_class) -> list:
    with store.transaction() as session:
        return records.all_of(session, domain_class)


# ---------------------------------------------------------------- reproducible


def test_same_seed_and_day_give_the_same_school(tmp_path):
    first, second = new_store(tmp_path / "a"), new_store(tmp_path / "b")
    try:
        summaries = [fill_demo(s, pupils=40, seed=11, today=TODAY) for s in (first, second)]
        assert summaries[0] == summaries[1]
        assert snapshot(first) == snapshot(second)
        assert len(snapshot(first)[2]) == 40
    finally:
        first.close()
        second.close()


def test_another_seed_gives_another_school(tmp_path):
    first, second = new_store(tmp_path / "a"), new_store(tmp_path / "b")
    try:
        fill_demo(first, pupils=40, seed=11, today=TODAY)
        fill_demo(second, pupils=40, seed=12, today=TODAY)
        one, other = snapshot(first)[2], snapshot(second)[2]
        assert len(one) == len(other) == 40
        assert {r[0] for r in one} != {r[0] for r in other}  # codes
        assert [r[1:3] for r in one] != [r[1:3] for r in other]  # names
    finally:
        first.close()
        second.close()


def test_the_demo_lives_in_the_school_year_of_its_today(tmp_path):
    store = new_store(tmp_path / "a")
    try:
        fill_demo(store, pupils=5, seed=3, today=date(2027, 10, 1))
        assert school.current_school_year(store, TODAY) == SchoolYear(2027)  # stored, not today's
        assert [g.name for g in school.list_groups(store, SchoolYear(2027))] == ["K1A"]
        assert school.school_years(store) == [SchoolYear(2027)]
    finally:
        store.close()


# ---------------------------------------------------------------- refusals and bounds


def test_refuses_a_store_that_already_has_pupils(store):
    pupils.create_pupil(store, Pupil(first_name="Echte", last_name="Leerling", birth_year=2016))
    before = table_counts(store)
    with pytest.raises(DemoRefusedError) as caught:
        fill_demo(store, pupils=20, seed=1, today=TODAY)
    assert isinstance(caught.value, ValidationError)
    assert "Deze database bevat al leerlingen" in str(caught.value)
    assert "lege database" in str(caught.value)
    assert table_counts(store) == before
    assert school.get_school(store).name == "GO! Testschool Şirin"
    # the school year setting was not written either
    assert school.current_school_year(store, date(2030, 1, 1)) == SchoolYear(2029)


def test_refuses_to_fill_a_demo_school_twice(demo_store):
    before = table_counts(demo_store)
    with pytest.raises(DemoRefusedError, match="bevat al leerlingen"):
        fill_demo(demo_store, pupils=60, seed=7, today=TODAY)
    assert table_counts(demo_store) == before


@pytest.mark.parametrize("count", [0, -1, 20_001])
def test_pupil_count_must_lie_between_1_and_20000(store, count):
    before = table_counts(store)
    with pytest.raises(ValidationError, match=r"Kies tussen 1 en 20\.000 leerlingen"):
        fill_demo(store, pupils=count, seed=1, today=TODAY)
    assert table_counts(store) == before


def test_the_smallest_demo_school(store):
    summary = fill_demo(store, pupils=1, seed=1, today=TODAY)
    assert (summary.pupils, summary.classes) == (1, 1)
    counts = table_counts(store)
    assert (counts["pupil"], counts["class_group"], counts["trajectory"], counts["consultation"]) == (
        1, 1, summary.trajectories, summary.consultations
    )


def test_a_demo_interrupted_half_way_leaves_an_empty_store(store, monkeypatch):
    def broken(self, groups, pupil_ids):
        raise ValidationError("Gesimuleerde fout bij de overleggen.")

    monkeypatch.setattr(demo._DemoBuilder, "consultations", broken)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="Gesimuleerde fout"):
        fill_demo(store, pupils=30, seed=1, today=TODAY)
    assert table_counts(store) == before
    assert school.get_school(store).name == "GO! Testschool Şirin"


# ---------------------------------------------------------------- what the demo school holds


def test_summary_matches_what_was_stored(demo_school):
    store, summary, calls = demo_school
    counts = table_counts(store)
    assert summary.pupils == counts["pupil"] == DEMO_PUPILS
    assert summary.classes == counts["class_group"] == math.ceil(DEMO_PUPILS / demo.PUPILS_PER_CLASS)
    assert summary.trajectories == counts["trajectory"]
    assert summary.consultations == counts["consultation"]
    assert school.get_school(store).name == DEMO_SCHOOL
    assert school.current_school_year(store, date(2030, 1, 1)) == SchoolYear.containing(TODAY)
    assert calls and all(0 <= done < total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_covers_all_four_phases_steps_and_domains(demo_school):
    store, _, _ = demo_school
    board = dashboard.dashboard(store, TODAY)
    assert all(board.pupils_per_phase[phase] > 0 for phase in Phase), board.pupils_per_phase
    assert all(board.trajectories_per_domain[d] > 0 for d in CareDomain), board.trajectories_per_domain
    assert board.group_trajectories > 0
    rows = pupils.list_pupils(store, school.current_school_year(store), TODAY)
    assert {step for r in rows for step in r.steps} == set(HgwStep)
    # most pupils get by with broad basic care: no trajectory at all
    assert sum(1 for r in rows if r.running_trajectories == 0) > DEMO_PUPILS / 2
    assert board.overdue and board.due_soon and board.open_requests
    assert board.upcoming_consultations and board.open_action_items


def test_names_are_international_and_survive_the_store(demo_school):
    store, _, _ = demo_school
    stored = load_all(store, Pupil)
    letters = {ch for p in stored for ch in p.full_name}
    assert {"Ş", "Ł", "ễ"} <= letters
    assert sum(1 for p in stored if not p.full_name.isascii()) > len(stored) / 4
    for p in stored:
        assert p.first_name in FIRST_NAMES and p.last_name in LAST_NAMES
        assert unicodedata.is_normalized("NFC", p.full_name)


def test_every_pupil_has_a_valid_unique_code(demo_school):
    store, _, _ = demo_school
    codes = [p.code for p in load_all(store, Pupil)]
    assert len(codes) == len(set(codes)) == DEMO_PUPILS
    assert all(CODE_PATTERN.match(code) for code in codes)
    assert pupils.find_by_code(store, codes[0].lower()).code == codes[0]


def test_demo_data_obeys_the_apps_own_rules(demo_school):
    """What the demo writes directly must be data the forms would have accepted."""
    store, _, _ = demo_school
    birth_year = {p.id: p.birth_year for p in load_all(store, Pupil)}
    for p in load_all(store, Pupil):
        p.validate(TODAY)
    tracks = {t.id: t for t in load_all(store, Trajectory)}
    for t in tracks.values():
        t.validate()
    for observation in load_all(store, Observation):
        observation.validate(TODAY)
    plans = {p.id: p for p in load_all(store, Plan)}
    for plan in plans.values():
        plan.validate()
    for goal in load_all(store, Goal):
        goal.validate(plans[goal.plan_id])
    requests = load_all(store, ClbRequest)
    for request in requests:
        request.validate(birth_year.get(tracks[request.trajectory_id].pupil_id))
        if request.consent_by is ConsentBy.LEERLING:
            assert request.consent_on.year - birth_year[tracks[request.trajectory_id].pupil_id] >= 12
    for leersteun in load_all(store, LeersteunRequest):
        leersteun.validate()
    for meeting in consultations.list_consultations(store):
        Consultation.validate(meeting)
    # every move to phase 2 or 3 had what the continuum asks for
    verslagen = load_all(store, VerslagReference)
    for change in load_all(store, PhaseChange):
        track = tracks[change.trajectory_id]
        if track.is_group:
            assert change.phase <= Phase.VERHOOGDE_ZORG
        if change.phase >= Phase.UITBREIDING_VAN_ZORG:
            assert any(r.trajectory_id == track.id and r.has_consent and r.consent_on <= change.start_date
                       for r in requests)
        if change.phase is Phase.IAC_OF_BUITENGEWOON:
            assert any(v.trajectory_id == track.id and v.is_valid and v.issued_on <= change.start_date
                       and v.kind in (VerslagType.IAC, VerslagType.OV4) for v in verslagen)


def test_nothing_in_the_demo_lies_after_its_today(demo_school):
    store, _, _ = demo_school
    late = [
        *(f"fase {c.phase} vanaf {c.start_date}" for c in load_all(store, PhaseChange)
          if c.start_date > TODAY),
        *(f"CLB-aanvraag {r.requested_on}" for r in load_all(store, ClbRequest)
          if r.requested_on > TODAY or (r.consent_on and r.consent_on > TODAY)),
        *(f"verslag {v.issued_on}" for v in load_all(store, VerslagReference) if v.issued_on > TODAY),
        *(f"leersteun {r.requested_on}" for r in load_all(store, LeersteunRequest) if r.requested_on > TODAY),
        *(f"waarneming {o.observed_on}" for o in load_all(store, Observation) if o.observed_on > TODAY),
        *(f"notitie {n.noted_on}" for n in load_all(store, FollowUpNote) if n.noted_on > TODAY),
    ]
    assert late == []


def test_pupils_who_left_before_the_school_year_are_in_no_class_of_it(demo_school):
    store, _, _ = demo_school
    year = school.current_school_year(store)
    left_before = [p for p in load_all(store, Pupil) if p.leave_date and p.leave_date < year.first_day]
    assert left_before  # the demo does make a few, for retention
    assert [pupils.class_of(store, p.id, year) for p in left_before] == [None] * len(left_before)
