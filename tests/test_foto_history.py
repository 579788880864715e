"""Exports of one school year read side by side: a week apart, a month apart, and the foto
frozen with a MICRO-overleg beside a fresh export after one correction.

The reader assumes as little as possible changed between two exports (the least total
change over every figure both publish, an integer programme) and then pins the hidden
small counts that every such least-change reading agrees on.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from attack import Reader, true_grid
from conftest import TODAY
from sqlalchemy import func, select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import SUB_THEMES_BY_DOMAIN, ConsultationType
from go_hgw_desktop.domain.consultation import Consultation
from go_hgw_desktop.reports.disclosure import Reason
from go_hgw_desktop.reports.schoolfoto import CARRIED_OVER, count_tables
from go_hgw_desktop.reports.tables import OTHER_LABEL, TOTAL, CountTable
from go_hgw_desktop.services import consultations, exports, foto_history, schoolfoto, trajectories
from go_hgw_desktop.services.backup import make_backup, restore_backup
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage import models as m

YEAR = SchoolYear.containing(TODAY)


def _demo(data_dir, key_store, pupils: int, seed: int):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=pupils, seed=seed, today=TODAY)
    return opened.store


def _export(store, tmp_path, reference: date, today: date = TODAY):
    """Export the foto of ``reference`` (remembered, as every export is); with its exact counts."""
    year = SchoolYear.containing(reference)
    foto = schoolfoto.schoolfoto(store, year, reference)
    exports.schoolfoto_data(store, foto, tmp_path / f"foto-{reference}-{random.random()}.json", today=today)
    return foto, schoolfoto.gather_facts(store, year, reference)


def _truth(facts, foto) -> dict:
    raw = {t.key: t for t in count_tables(facts)[0]}
    raw["population_class"] = CountTable("population_class", "", "", tuple(n for _, n, _ in facts.classes),
                                         ("Leerlingen",), tuple((n,) for _, _, n in facts.classes))
    found = {}
    for table in foto.tables:
        grid = true_grid(raw[table.key], table)
        for r, row in enumerate((*table.rows, TOTAL)):
            for c, column in enumerate((*table.columns, TOTAL)):
                found[(table.key, row, column)] = grid[r][c]
    return found


def _label(table, r: int, c: int) -> tuple[str, str, str]:
    return table.key, (*table.rows, TOTAL)[r], (*table.columns, TOTAL)[c]


def _labels(foto) -> dict:
    return {_label(t, r, c): cell for t in foto.tables for r, line in enumerate(t.grid)
            for c, cell in enumerate(line)}


def _name(table, r: int, c: int) -> tuple:
    """The reader's name of an entry: its label, where "Overige" is tied to the rows shown beside
    it (the reader cannot tell whether two fotos merged the same categories, only that they show
    the same ones on their own)."""
    key, row, column = _label(table, r, c)
    return key, (row, table.rows) if row == OTHER_LABEL else row, column


def least_change_attack(earlier, later, tables=None) -> tuple[int, int, int]:
    """(small hidden counts pinned, pinned right, right had the reader guessed 1 for those);
    ``tables``: count only the entries of these tables (the reader reads every table)."""
    reader = Reader()
    truth = {}
    for tag, (foto, facts) in (("a", earlier), ("b", later)):
        reader.add_foto(foto, lambda t, r, c, tag=tag: (tag, *_name(t, r, c)))
        values = _truth(facts, foto)
        truth.update({(tag, *_name(t, r, c)): values[_label(t, r, c)] for t in foto.tables
                      for r, line in enumerate(t.grid) for c in range(len(line))})
    pairs = [(name, ("b", *name[1:])) for name in truth if name[0] == "a" and ("b", *name[1:]) in truth]
    targets = [n for n, v in truth.items() if 1 <= v <= 4 and not isinstance(reader.x[n], int)
               and (tables is None or n[1] in tables)]
    result = reader.least_change(pairs, targets)
    pinned = [n for n in targets if result[n][1]]
    return (len(pinned), sum(result[n][0] == truth[n] for n in pinned),
            sum(truth[n] == 1 for n in pinned))


def _correct_one(store, seed: int) -> None:
    """One correction after the meeting: a running trajectory's sub-theme was wrong."""
    running = [t for t in trajectories.list_trajectories(store) if t.end_date is None and t.sub_theme]
    trajectory = random.Random(seed).choice(running)
    trajectory.sub_theme = random.Random(seed).choice(
        [s for s in SUB_THEMES_BY_DOMAIN[trajectory.domain] if s != trajectory.sub_theme])
    trajectories.update_trajectory(store, trajectory)


# Measured with this reader and these schools on the code before the year's exports were kept
# consistent (commit 7dd8e61): (pinned, pinned right) per scenario; 95 of 108 pins right
# (88 %), where guessing 1 is right for about a third of the small hidden counts. After:
# 26 pins, none right (guessing 1 would have been right for 16 of them): the pins left come
# from a figure shown as 0 that is now hidden, which the reader takes as unchanged.
BEFORE = {(60, 7): {"week": (4, 4), "month": (6, 6), "micro": (6, 6)},
          (90, 5): {"week": (18, 18), "month": (18, 18), "micro": (20, 18)},
          (120, 11): {"week": (4, 2), "month": (23, 17), "micro": (6, 6)}}


@pytest.mark.parametrize("pupils, seed", list(BEFORE))
def test_the_least_change_reader_does_no_better_than_guessing(tmp_path, key_store, pupils, seed):
    scenarios = {}
    for scenario in ("week", "month", "micro"):
        store = _demo(tmp_path / scenario, key_store, pupils, seed)
        if scenario == "micro":
            held = TODAY - timedelta(days=12)
            meeting = consultations.save_consultation(store, Consultation(kind=ConsultationType.MICRO,
                                                                          held_on=held))
            frozen = consultations.attach_schoolfoto(store, meeting.id, attached_on=TODAY).foto
            first = (frozen, schoolfoto.gather_facts(store, YEAR, held))
            _correct_one(store, seed)
            # That peildatum gives that foto, however the data were corrected since.
            assert schoolfoto.schoolfoto(store, YEAR, held) == frozen
            pair = (first, _export(store, tmp_path, TODAY))
        else:
            days = 7 if scenario == "week" else 30
            pair = (_export(store, tmp_path, TODAY - timedelta(days=days)), _export(store, tmp_path, TODAY))
        store.close()
        earlier, later = (_labels(foto) for foto, _ in pair)
        for label, cell in earlier.items():
            if cell.hidden and label in later:
                assert later[label].hidden, label  # hidden once, hidden for the rest of the year
        assert all(cell.reason is not Reason.PRIMARY for label, cell in later.items()
                   if cell.hidden and label in earlier)  # a mark never says it became small
        scenarios[scenario] = least_change_attack(*pair)
    for scenario, (_pinned, right, naive) in scenarios.items():
        _before_pinned, before_right = BEFORE[(pupils, seed)][scenario]
        assert right <= naive, (scenario, scenarios)
        assert right < before_right or before_right == 0, (scenario, scenarios)


def test_the_history_holds_labels_never_counts(demo_store, tmp_path):
    foto, _ = _export(demo_store, tmp_path, TODAY - timedelta(days=7))
    with demo_store.transaction() as session:
        kept = session.scalars(select(m.FotoExportRecord.pattern)).all()
    assert len(kept) == 1
    pattern = json.loads(kept[0])

    def leaves(value):
        if isinstance(value, dict):
            return [x for v in value.values() for x in leaves(v)]
        if isinstance(value, list):
            return [x for v in value for x in leaves(v)]
        return [value]
    assert all(isinstance(leaf, str) for leaf in leaves(pattern))
    keys = {key for table in pattern["tables"].values() for key in table}
    assert keys == {"rows", "columns", "hidden", "merged"}
    merged = {t.key: set(t.merged_labels) for t in foto.tables if t.merged_labels}
    assert merged and {k: set(t["merged"]) for k, t in pattern["tables"].items() if t["merged"]} == merged


def test_merged_categories_stay_merged_and_a_new_school_year_keeps_only_the_running_tables(
        demo_store, tmp_path):
    first, _ = _export(demo_store, tmp_path, TODAY - timedelta(days=30))
    merged = {t.key: set(t.merged_labels) for t in first.tables}
    later = schoolfoto.schoolfoto(demo_store, YEAR, TODAY)
    for table in later.tables:
        assert merged[table.key] <= set(table.merged_labels)
        assert not merged[table.key] & set(table.rows)
    assert foto_history.export_history(demo_store, YEAR).exports == 1
    # The next school year (and the one before) keep what it said about the running tables only:
    # plans, goals, measures and the population count that year's own records.
    for other in (YEAR.next(), YEAR.previous()):
        history = foto_history.export_history(demo_store, other)
        assert set(history.seen) == set(CARRIED_OVER) & set(history.seen) and "phase_step" in history.seen
        assert history.merged.get("domain_theme") == frozenset(merged["domain_theme"])
    assert not foto_history.export_history(demo_store, YEAR.next().next()).seen


def test_a_preview_is_not_remembered_and_every_export_is(demo_store, tmp_path):
    def count():
        with demo_store.transaction() as session:
            return session.scalar(select(func.count()).select_from(m.FotoExportRecord))
    foto = schoolfoto.schoolfoto(demo_store, YEAR, TODAY, 7)
    assert count() == 0
    exports.schoolfoto_pdf(demo_store, foto, tmp_path / "foto.pdf")
    exports.schoolfoto_data(demo_store, foto, tmp_path / "foto.json")
    meeting = consultations.save_consultation(demo_store, Consultation(kind=ConsultationType.MICRO,
                                                                       held_on=TODAY))
    consultations.attach_schoolfoto(demo_store, meeting.id, attached_on=TODAY)
    assert count() == 3
    after = schoolfoto.schoolfoto(demo_store, YEAR, TODAY, 7)
    assert after.disclosure.carried > 0 and after.disclosure.primary == 0  # every mark an 'x' now


# The last foto of a school year (peildatum 30 June) beside the first of the next (25 September),
# both exported in September: most running trajectories, CLB requests and leersteun are the
# same. Measured with this reader on the code where a new school year started afresh, per
# school: (small counts pinned right over all tables, of which in the running tables); 44 right
# of 84 pinned, 36 right of 54 in the running tables. After: none right in the running tables;
# the few right elsewhere are in tables that count the new year's own records (plans, measures,
# themes), where "little changed" is not true and a right reading is luck.
SEPTEMBER = date(2026, 9, 25)
JUNE = date(2026, 6, 30)
# Tables whose counts run on over 1 September (trajectories, CLB, leersteun, verslagen).
RUNNING = ("phase_step", "phase_kind", "domain_theme", "clb_requests", "clb_diagnostics", "verslagen",
           "leersteun")
YEAR_BEFORE = {(60, 7): (26, 22), (90, 5): (12, 12), (120, 11): (6, 2)}


@pytest.mark.parametrize("pupils, seed", list(YEAR_BEFORE))
@pytest.mark.parametrize("june_first", [True, False])
def test_fotos_either_side_of_1_september_are_one_history(tmp_path, key_store, pupils, seed, june_first):
    opened = open_workspace(tmp_path / "data", key_store)
    fill_demo(opened.store, pupils=pupils, seed=seed, today=SEPTEMBER)
    store = opened.store
    if june_first:
        june = _export(store, tmp_path, JUNE, SEPTEMBER)
        september = _export(store, tmp_path, SEPTEMBER, SEPTEMBER)
    else:  # the other way round: September's foto first, then last year's for the archive
        september = _export(store, tmp_path, SEPTEMBER, SEPTEMBER)
        june = _export(store, tmp_path, JUNE, SEPTEMBER)
    store.close()
    earlier, later = _labels(june[0]), _labels(september[0])
    first, second = (earlier, later) if june_first else (later, earlier)
    for label, cell in first.items():
        if cell.hidden and label[0] in RUNNING and label in second:
            assert second[label].hidden, label  # hidden in June, hidden in September (or back)
    _pinned, right, _naive = least_change_attack(june, september)
    _pinned, running_right, running_naive = least_change_attack(june, september, RUNNING)
    before_right, before_running_right = YEAR_BEFORE[(pupils, seed)]
    assert running_right <= running_naive and running_right < before_running_right, running_right
    assert right < before_right, right


# A backup made before an export, restored (the disk failed, a wrong import), the week's work
# typed again and the foto exported again. Measured with this reader on the code where the
# restore took the backup's empty history: small counts pinned right per school (26 right of
# 30 pinned). After: 8 pinned, none right.
RESTORE_BEFORE = {(60, 7): 4, (90, 5): 18, (120, 11): 4}


@pytest.mark.parametrize("pupils, seed", list(RESTORE_BEFORE))
def test_a_restore_keeps_the_exports_made_after_the_backup(tmp_path, key_store, pupils, seed):
    data = tmp_path / "data"
    store = _demo(data, key_store, pupils, seed)
    make_backup(store, tmp_path / "voor.db")
    first = _export(store, tmp_path, TODAY - timedelta(days=7))
    store.close()
    restore_backup(data, key_store, tmp_path / "voor.db")
    store = open_workspace(data, key_store).store
    assert foto_history.export_history(store, YEAR).exports == 1
    _correct_one(store, seed)
    second = _export(store, tmp_path, TODAY)
    store.close()
    restore_backup(data, key_store, tmp_path / "voor.db")  # again: nothing doubled, nothing lost
    store = open_workspace(data, key_store).store
    assert foto_history.export_history(store, YEAR).exports == 2
    store.close()
    earlier, later = (_labels(foto) for foto, _ in (first, second))
    for label, cell in earlier.items():
        if cell.hidden and label in later:
            assert later[label].hidden, label
    _pinned, right, naive = least_change_attack(first, second)
    assert right <= naive and right < RESTORE_BEFORE[(pupils, seed)], right


def test_a_restore_with_the_recovery_key_after_a_new_key_keeps_the_history(tmp_path, key_store, cli,
                                                                           data_dir):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    recovery = opened.recovery_key
    make_backup(opened.store, tmp_path / "voor.db")
    opened.store.close()
    assert cli("rotate-key")[0] == 0  # the backup now opens only with the old recovery key
    store = open_workspace(data_dir, key_store).store
    _export(store, tmp_path, TODAY)
    store.close()
    restore_backup(data_dir, key_store, tmp_path / "voor.db", recovery)
    store = open_workspace(data_dir, key_store).store
    assert foto_history.export_history(store, YEAR).exports == 1
    store.close()
