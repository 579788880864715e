"""A new school year: what carries over, what stays last year's, and ``go-hgw schooljaar``."""

from __future__ import annotations

from datetime import date

import pytest
from new_year_school import (
    LAST_YEAR,
    LAST_YEAR_DAY,
    NEW_YEAR,
    NEW_YEAR_DAY,
    build,
    import_list,
    write_next_year_list,
)

from go_hgw_desktop.cli import school_year as school_year_cli
from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.imports.plan import default_leave_date
from go_hgw_desktop.services import dashboard, group_overview, new_year, pupils, school, trajectories
from go_hgw_desktop.services.workspace import open_workspace


@pytest.fixture
def ids(data_dir, key_store):
    return build(data_dir, key_store)


@pytest.fixture
def opened(ids, data_dir, key_store):
    store = open_workspace(data_dir, key_store).store
    yield store
    store.close()


def _history(store, trajectory_id):
    file = trajectories.trajectory_file(store, trajectory_id)
    return [(d.cycle.number, d.cycle.closed_on, [o.text for o in d.observations],
             [(g.description, g.result) for g in d.goals]) for d in file.cycles]


def test_mid_year_there_is_nothing_to_start(opened):
    state = new_year.year_start(opened, LAST_YEAR_DAY)
    assert (state.year, state.switch_to, state.guide) == (LAST_YEAR, None, False)  # no 2025-2026 before it


def test_on_the_second_of_september_the_app_suggests_the_new_year(opened):
    state = new_year.year_start(opened, NEW_YEAR_DAY)
    assert state.year == LAST_YEAR and state.chosen  # the coordinator once chose 2026-2027
    assert state.switch_to == NEW_YEAR
    assert new_year.years_to_start(opened, NEW_YEAR_DAY) == [NEW_YEAR]
    new_year.start_year(opened, NEW_YEAR, NEW_YEAR_DAY)
    state = new_year.year_start(opened, NEW_YEAR_DAY)
    assert (state.year, state.switch_to, state.guide) == (NEW_YEAR, None, True)
    assert (state.classes, state.previous_classes, state.without_class) == (0, 3, 8)
    assert (state.running_pupils, state.running_trajectories, state.running_with_class) == (2, 2, 0)
    assert (state.previous_subgroups, state.previous_group_trajectories,
            state.previous_group_running) == (3, 1, 1)


def test_a_school_that_follows_the_calendar_gets_the_steps_without_asking(data_dir, key_store):
    build(data_dir, key_store, keep_year_setting=False)
    store = open_workspace(data_dir, key_store).store
    try:
        state = new_year.year_start(store, NEW_YEAR_DAY)
        assert (state.year, state.chosen, state.switch_to, state.guide) == (NEW_YEAR, False, None, True)
        # In November, with classes in, the steps are no longer offered by themselves ...
        import_list(store, write_next_year_list(data_dir.parent), NEW_YEAR, NEW_YEAR_DAY)
        assert not new_year.year_start(store, date(2027, 11, 20)).guide
        # ... but a year without classes still gets them, whatever the date.
        assert new_year.year_start(store, date(2028, 12, 1)).guide
    finally:
        store.close()


def test_the_steps_stay_until_closed_and_closing_is_for_that_year(opened, data_dir):
    new_year.start_year(opened, NEW_YEAR, NEW_YEAR_DAY)
    import_list(opened, write_next_year_list(data_dir.parent), NEW_YEAR, NEW_YEAR_DAY)
    assert new_year.year_start(opened, date(2027, 12, 1)).guide  # started on purpose: stays
    new_year.close_guide(opened, NEW_YEAR)
    assert not new_year.year_start(opened, NEW_YEAR_DAY).guide
    state = new_year.year_start(opened, date(2028, 9, 3))
    assert state.switch_to == SchoolYear(2028)  # next September: asked again


def test_a_year_that_can_only_be_a_typing_error_is_refused(opened):
    with pytest.raises(ValidationError, match="begint pas op 01/09/2029"):
        new_year.start_year(opened, SchoolYear(2029), NEW_YEAR_DAY)
    with pytest.raises(ValidationError, match="geen klassen"):
        new_year.start_year(opened, SchoolYear(2019), NEW_YEAR_DAY)
    assert school.current_school_year(opened, NEW_YEAR_DAY) == LAST_YEAR  # nothing written


def test_running_trajectories_carry_over_with_history_and_the_new_class(opened, ids, data_dir):
    before = {t: _history(opened, ids[t]) for t in ("reading", "counting", "groepsplan")}
    new_year.start_year(opened, NEW_YEAR, NEW_YEAR_DAY)
    # Before the lists are in, running care stays in sight in the new year's pupil list.
    rows = {r.id: r for r in pupils.list_pupils(opened, NEW_YEAR, NEW_YEAR_DAY)}
    assert set(rows) == {ids["jan"], ids["lukasz"]}
    assert rows[ids["jan"]].earlier_class == "3A in 2026-2027" and rows[ids["jan"]].class_name == ""
    result = import_list(opened, write_next_year_list(data_dir.parent), NEW_YEAR, NEW_YEAR_DAY)
    assert (result.added, result.changed, result.classes_added, result.marked_left) == (1, 6, 3, 0)
    rows = {r.id: r for r in pupils.list_pupils(opened, NEW_YEAR, NEW_YEAR_DAY)}
    jan = rows[ids["jan"]]
    assert (jan.class_name, jan.earlier_class, jan.running_trajectories) == ("4A", "", 1)
    assert rows[ids["lukasz"]].earlier_class == "4B in 2026-2027"  # not on the list, not yet marked
    # Nothing about a trajectory changed: every cycle, observation and evaluation is there.
    assert {t: _history(opened, ids[t]) for t in before} == before
    assert before["reading"][0][1] == date(2026, 11, 20) and len(before["reading"]) == 2
    # The groepsoverzicht of the new class shows Jan's running care.
    class_4a = next(g for g in school.list_groups(opened, NEW_YEAR) if g.name == "4A")
    row = next(r for r in group_overview.group_overview(opened, class_4a.id) if r.pupil_id == ids["jan"])
    assert row.highest_phase is not None and row.signals == [
        "23/11/2026: Leest graag voor in de klas.", "05/10/2026: Leest AVI-M3 traag."]
    # The Overzicht names pupils with their class of the year on screen.
    board = dashboard.dashboard(opened, NEW_YEAR_DAY, NEW_YEAR)
    assert [(e.subject, e.title) for e in board.due_soon] == [("Jan Peeters (4A)", "Lezen")]
    assert [(e.subject, e.title) for e in board.overdue] == [("Klas 3A (2026-2027)", "Leesgroep")]
    assert [e.subject for e in dashboard.dashboard(opened, NEW_YEAR_DAY, LAST_YEAR).due_soon] == [
        "Jan Peeters (3A)"]
    people = new_year.pupils_at_year_start(opened, NEW_YEAR)
    jan_row = next(p for p in people if p.pupil_id == ids["jan"])
    assert (jan_row.previous_class, jan_row.new_class) == ("3A", "4A")
    assert [t.title for t in jan_row.trajectories] == ["Lezen"]


def test_last_years_classes_subgroups_and_groepsplan_stay_as_they_were(opened, ids, data_dir):
    new_year.start_year(opened, NEW_YEAR, NEW_YEAR_DAY)
    import_list(opened, write_next_year_list(data_dir.parent), NEW_YEAR, NEW_YEAR_DAY)
    subgroups = {s.name: members for s, members in school.list_subgroups(opened, ids["class_3a"])}
    assert subgroups["Intensief"] == sorted([ids["jan"], ids["seyma"]])
    assert [p.id for p in pupils.pupils_in_group(opened, ids["class_3a"])] != []
    assert pupils.class_of(opened, ids["jan"], LAST_YEAR).name == "3A"
    plans = trajectories.list_trajectories(opened, group_id=ids["class_3a"])
    assert [(t.title, t.subgroup_id) for t in plans] == [("Leesgroep", ids["intensief"])]
    assert new_year.is_past(opened, LAST_YEAR, NEW_YEAR_DAY)
    assert not new_year.is_past(opened, NEW_YEAR, NEW_YEAR_DAY)


def test_leavers_of_the_first_list_of_a_year_left_on_its_eve(opened, data_dir):
    from go_hgw_desktop.services import class_import

    path = write_next_year_list(data_dir.parent)
    read = class_import.read_class_list(opened, path)
    plan = class_import.preview_import(opened, read.table, read.mapping, NEW_YEAR, NEW_YEAR_DAY).plan
    assert sorted(p.last_name for p in plan.leavers) == ["Kowalski", "Ó Briain"]
    assert default_leave_date(NEW_YEAR, NEW_YEAR_DAY, plan.leavers) == date(2027, 8, 31)
    # Leavers from the year's own classes (a later list of the same year) left today.
    assert default_leave_date(NEW_YEAR, date(2027, 11, 5)) == date(2027, 11, 5)


def test_mark_left_marks_only_who_has_no_leave_date_yet_in_one_go(opened, ids, data_dir):
    import_list(opened, write_next_year_list(data_dir.parent), NEW_YEAR, NEW_YEAR_DAY)
    without = [p for p in new_year.pupils_at_year_start(opened, NEW_YEAR)
               if p.previous_class and not p.new_class and p.left_on is None]
    assert sorted(p.name for p in without) == ["Kowalski, Łukasz", "Ó Briain, Aoife"]
    with pytest.raises(ValidationError, match="Kies eerst"):
        new_year.mark_left(opened, [], LAST_YEAR.last_day)
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        new_year.mark_left(opened, [ids["lukasz"], 9999], LAST_YEAR.last_day)
    assert new_year.mark_left(opened, [p.pupil_id for p in without], LAST_YEAR.last_day) == 2
    assert new_year.mark_left(opened, [ids["lukasz"]], date(2027, 9, 30)) == 0  # keeps its date
    assert pupils.get_pupil(opened, ids["lukasz"]).leave_date == date(2027, 8, 31)
    assert new_year.year_start(opened, NEW_YEAR_DAY).without_class == 0
    # A leaver drops out of the new year's list; his trajectory is still there to close.
    assert ids["lukasz"] not in {r.id for r in pupils.list_pupils(opened, NEW_YEAR, NEW_YEAR_DAY)}
    assert trajectories.list_trajectories(opened, pupil_id=ids["lukasz"])[0].title == "Rekenen"


def test_a_leave_date_before_the_entry_is_refused_whole(opened, ids):
    from go_hgw_desktop.domain.pupil import Pupil

    jan = pupils.get_pupil(opened, ids["jan"])
    pupils.update_pupil(opened, Pupil(**{**vars(jan), "entry_date": date(2027, 9, 1)}))
    with pytest.raises(ValidationError, match="pas na 31/08/2027 ingeschreven"):
        new_year.mark_left(opened, [ids["lukasz"], ids["jan"]], date(2027, 8, 31))
    assert pupils.get_pupil(opened, ids["lukasz"]).leave_date is None  # nothing half done


# ---------------------------------------------------------------- go-hgw schooljaar


@pytest.fixture
def cli_new_year(ids, cli, monkeypatch):
    monkeypatch.setattr(school_year_cli, "today", lambda: NEW_YEAR_DAY)
    return cli


def test_cli_shows_the_year_and_suggests_the_new_one(cli_new_year):
    code, out, err = cli_new_year("schooljaar")
    assert code == 0, err
    assert "Huidig schooljaar: 2026-2027 (ingesteld; 01/09/2026 – 31/08/2027)." in out
    assert "Start het met: go-hgw schooljaar 2027-2028" in out
    assert "Schooljaren met klassen: 2026-2027 (3 klassen)." in out


def test_cli_starts_the_year_and_walks_the_steps(cli_new_year, data_dir, key_store, ids):
    code, out, err = cli_new_year("schooljaar", "2027-2028")
    assert code == 0, err
    assert "Het huidige schooljaar is nu 2027-2028." in out
    assert "1. Klaslijsten: nog geen klassen. Inlezen: go-hgw import KLASLIJST --school-year 2027-2028" in out
    assert "3. Lopende trajecten: 2 traject(en) van 2 leerling(en) lopen door" in out
    assert "4. Subgroepen en groepstrajecten van 2026-2027: 3 subgroep(en) en 1 groepstraject(en), waarvan " \
           "1 nog lopend" in out
    code, _, err = cli_new_year("schooljaar", "--mark-left")
    assert code == 1 and "Nog geen klassen in 2027-2028" in err and "niemand gemarkeerd" in err
    code, out, err = cli_new_year("import", str(write_next_year_list(data_dir.parent)))
    assert code == 0, err  # the huidig schooljaar is 2027-2028 now: no --school-year needed
    assert "1 nieuwe leerlingen, 6 gewijzigd, 3 nieuwe klassen" in out
    code, out, _ = cli_new_year("schooljaar", "--list")
    assert "2. Vertrokken: 2 leerling(en) van 2026-2027 hebben nog geen klas in 2027-2028." in out
    assert "  Kowalski, Łukasz (" in out and "2026-2027: 4B" in out
    assert "Peeters, Jan (" in out and "2026-2027: 3A, 2027-2028: 4A; Lezen" in out
    code, out, err = cli_new_year("schooljaar", "--mark-left")
    assert code == 0, err
    assert "2 leerling(en) als vertrokken gemarkeerd op 31/08/2027." in out
    assert "2. Vertrokken: iedereen van 2026-2027 heeft een klas in 2027-2028" in out
    store = open_workspace(data_dir, key_store).store
    assert pupils.get_pupil(store, ids["lukasz"]).leave_date == date(2027, 8, 31)
    store.close()


def test_cli_refuses_bad_years_and_an_import_into_the_wrong_year(cli_new_year, data_dir):
    code, _, err = cli_new_year("schooljaar", "2027")
    assert code == 2 and "‘2027’ is geen geldig schooljaar; schrijf het als 2025-2026." in err
    code, _, err = cli_new_year("schooljaar", "2031-2032")
    assert code == 2 and "begint pas op 01/09/2031" in err
    code, _, err = cli_new_year("schooljaar", "--mark-left", "31/02/2027")
    assert code == 2 and "geen bestaande datum" in err
    # 2026-2027 is still the huidig schooljaar while the calendar says 2027-2028: a list
    # without --school-year must not land in last year's classes.
    code, out, err = cli_new_year("import", str(write_next_year_list(data_dir.parent)))
    assert code == 2 and "Volgens de kalender is schooljaar 2027-2028 begonnen" in err
    assert "--school-year 2027-2028" in err and "go-hgw schooljaar 2027-2028" in err
    code, out, err = cli_new_year("import", str(write_next_year_list(data_dir.parent)),
                                  "--school-year", "2027-2028", "--mark-left")
    assert code == 0, err
    assert "2 als vertrokken gemarkeerd" in out
