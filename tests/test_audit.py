"""The audit trail: every change, opening and export, chained so a silent edit shows."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from test_services import YEAR, add_group, add_plan, add_pupil, current_cycle, open_for

from go_hgw_desktop.domain.choices import ObservationSource
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.plan import Goal
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services import audit_trail, exports, pupils, schoolfoto, trajectories
from go_hgw_desktop.services.exports import ConfidentialInExport
from go_hgw_desktop.services.workspace import check_store, open_workspace

TODAY = date(2026, 11, 25)


def _actions(store, pupil_id=None):
    return [(e.action, e.record_type) for e in reversed(audit_trail.entries(store, pupil_id=pupil_id))]


def test_changes_openings_and_exports_are_recorded_for_the_pupil(store, tmp_path):
    pupil = add_pupil(store, group=add_group(store))
    track = open_for(store, pupil_id=pupil.id)
    cycle = current_cycle(store, track.id)
    note = trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.OBSERVATIE,
        text="Leest traag"))
    trajectories.delete_cycle_item(store, Observation, note.id)
    audit_trail.record_opening(store, pupil.id)
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest vlot"))
    exports.pupil_plan_pdf(store, cycle.id, tmp_path / "plan.pdf", TODAY)
    actions = _actions(store, pupil.id)
    assert ("toegevoegd", "pupil") in actions and ("toegevoegd", "observation") in actions
    assert ("verwijderd", "observation") in actions and ("geopend", "pupil") in actions
    assert actions[-1] == ("afgedrukt", "pupil_plan")
    entry = audit_trail.entries(store, pupil_id=pupil.id)[0]
    assert entry.os_user and entry.detail == "PDF"  # the file name could hold the pupil's name
    assert audit_trail.check_trail(store) == []


def test_a_refused_change_leaves_no_line(store):
    before = len(audit_trail.entries(store))
    with pytest.raises(ValidationError):
        pupils.create_pupil(store, Pupil(first_name="", last_name="X", birth_year=2016))
    assert len(audit_trail.entries(store)) == before


def test_the_viewer_filters_by_period(store):
    add_pupil(store)
    assert audit_trail.entries(store, since=date.today())
    assert audit_trail.entries(store, until=date(2000, 1, 1)) == []


@pytest.mark.parametrize("tampering, expected", [
    ("UPDATE audit_entry SET os_user = 'iemand' WHERE id = 2", "regel 2 is gewijzigd"),
    ("DELETE FROM audit_entry WHERE id = 2", "vóór regel 3 ontbreekt iets"),
    ("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)", "weggeknipt"),
])
def test_a_silent_edit_of_the_trail_is_found(store, tampering, expected):
    for name in ("Ana", "Bo", "Cas"):
        add_pupil(store, first=name)
    assert check_store(store).ok
    with store.engine.begin() as conn:  # behind the app's back, as a SQLCipher tool would
        conn.execute(text(tampering))
    report = check_store(store)
    assert not report.ok and any(expected in p for p in report.problems), report.problems


def test_check_on_the_command_line_reports_a_broken_trail(cli, data_dir, key_store):
    cli("init")
    store = open_workspace(data_dir, key_store).store
    add_pupil(store)
    add_pupil(store, first="Bo")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET action = 'geopend' WHERE id = 1"))
    store.close()
    code, out, _ = cli("check")
    assert code == 2 and "Logboek: regel 1 is gewijzigd" in out


def test_two_windows_writing_one_store_keep_one_chain(data_dir, key_store):
    first = open_workspace(data_dir, key_store).store
    second = open_workspace(data_dir, key_store).store
    for index in range(6):
        add_pupil(first if index % 2 else second, first=f"Kind{index}")
        audit_trail.record_opening(second if index % 2 else first, 1)
    assert audit_trail.check_trail(first) == [] and audit_trail.check_trail(second) == []
    first.close()
    second.close()


def test_no_export_carries_a_confidential_text(store, tmp_path, monkeypatch):
    """The one enforcement point: whatever a builder forgets, the export refuses."""
    from dataclasses import replace

    from go_hgw_desktop.services import pupil_plan

    secret = "Vader zit in de gevangenis"
    pupil = add_pupil(store, group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.GESPREK_OUDERS,
        text=secret, confidential=True))
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest vlot"))
    builder = pupil_plan.printable_plan  # a builder with a bug: it copies an observation
    monkeypatch.setattr(pupil_plan, "printable_plan",
                        lambda *a: replace(builder(*a), starting_situation=f"Thuis: {secret}."))
    with pytest.raises(ConfidentialInExport):
        exports.pupil_plan_pdf(store, cycle.id, tmp_path / "plan.pdf", TODAY)
    schoolfoto.save_foto_points(store, YEAR, f"Punt: {secret}.")
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    for write, name in ((exports.schoolfoto_pdf, "foto.pdf"), (exports.schoolfoto_data, "foto.json")):
        with pytest.raises(ConfidentialInExport):
            write(store, foto, tmp_path / name)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".json")]
    assert not [e for e in audit_trail.entries(store) if e.action in ("geëxporteerd", "afgedrukt")]


def test_a_text_also_used_openly_is_no_secret(store, tmp_path):
    pupil = add_pupil(store, group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    for confidential in (True, False):
        trajectories.save_cycle_item(store, Observation(
            cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.OBSERVATIE,
            text="Werkt traag bij lange opdrachten", confidential=confidential))
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Werkt traag bij lange opdrachten"))
    assert exports.pupil_plan_pdf(store, cycle.id, tmp_path / "plan.pdf", TODAY).goals


def test_a_confidential_text_over_several_lines_or_one_of_its_lines_is_caught(store, tmp_path):
    pupil = add_pupil(store, group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.GESPREK_OUDERS,
        text="Moeder vertelt over de scheiding.\nVader woont nu in het buitenland.", confidential=True))
    for points in ("Moeder vertelt over de scheiding. Vader woont nu in het buitenland.",
                   "Punt 1\nVader woont nu in het buitenland.\nPunt 2"):
        schoolfoto.save_foto_points(store, YEAR, points)
        with pytest.raises(ConfidentialInExport):
            exports.schoolfoto_data(store, schoolfoto.schoolfoto(store, YEAR, TODAY), tmp_path / "f.json")


def test_an_end_cut_off_stays_visible_after_the_next_write(store):
    for name in ("Ana", "Bo", "Cas", "Dirk"):
        add_pupil(store, first=name)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 3 FROM audit_entry)"))
    add_pupil(store, first="Erna")  # an ordinary write after the cut must not paper over it
    report = check_store(store)
    assert not report.ok and any("ontbreekt" in p for p in report.problems), report.problems


def test_a_wiped_trail_is_found(store):
    add_pupil(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry"))
    (store.path.parent / "audit-head.json").unlink()
    report = check_store(store)
    assert any("is gewist" in p for p in report.problems), report.problems


def test_a_restore_adopts_the_restored_trail_and_records_itself(data_dir, key_store, tmp_path):
    from go_hgw_desktop.services import backup

    store = open_workspace(data_dir, key_store).store
    add_pupil(store)
    backup.make_backup(store, tmp_path / "kopie.db")
    for name in ("Later", "Nog later"):
        add_pupil(store, first=name)
    store.close()
    backup.restore_backup(data_dir, key_store, tmp_path / "kopie.db")
    store = open_workspace(data_dir, key_store).store
    report = check_store(store)
    assert report.ok and not report.warnings, report.problems
    assert audit_trail.entries(store)[0].action == "hersteld"
    store.close()
