"""Fotos of one school on one day at different thresholds, read together as one integer programme.

A reader who holds the foto at k=5 and the ones at 6, 7 and 10 used to pin hidden counts:
‘x’ at 5 and ‘< 6’ at 6 could only be 5, and then a row total gave the cell beside it.
Every foto at k>5 is now a coarsening of the one at 5, so the stack tells no more than
the foto at 5 alone, which pins nothing.

Measured with this reader on the code before the change (commit 7dd8e61), the same four
schools' stacks at 5, 6, 7 and 10 pinned 157 hidden counts, 55 of them from 1 to 4
(22, 4, 11 and 18 per school).
"""

from __future__ import annotations

import pytest
from attack import MERGED_LABELS, Reader, true_grid
from conftest import TODAY

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.reports.disclosure import Reason
from go_hgw_desktop.reports.schoolfoto import build_schoolfoto, count_tables
from go_hgw_desktop.reports.tables import TOTAL, CountTable, hidden_statistic
from go_hgw_desktop.services import schoolfoto
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace

YEAR = SchoolYear.containing(TODAY)
THRESHOLDS = (5, 6, 7, 10)


def truth_by_label(facts, foto) -> dict:
    """(table, row, column) → the exact count behind every published entry (only the test knows)."""
    raw = {t.key: t for t in count_tables(facts)[0]}
    # The class table before any merge: one row per class.
    raw["population_class"] = CountTable("population_class", "", "", tuple(n for _, n, _ in facts.classes),
                                         ("Leerlingen",), tuple((n,) for _, _, n in facts.classes))
    found = {}
    for table in foto.tables:
        grid = true_grid(raw[table.key], table)
        for r, row in enumerate((*table.rows, TOTAL)):
            for c, column in enumerate((*table.columns, TOTAL)):
                found[(table.key, row, column)] = grid[r][c]
    return found


def by_label(table, r, c):
    return table.key, (*table.rows, TOTAL)[r], (*table.columns, TOTAL)[c]


@pytest.mark.parametrize("pupils, seed", [(60, 7), (40, 3), (120, 11), (200, 2026)])
def test_fotos_at_different_thresholds_pin_nothing_together(data_dir, key_store, pupils, seed):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=pupils, seed=seed, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, YEAR, TODAY)
    opened.store.close()
    fotos = {k: build_schoolfoto(facts, k) for k in THRESHOLDS}
    base = fotos[5]
    for k, foto in fotos.items():
        assert foto.marks_below == 5
        for low, high in zip(base.tables, foto.tables, strict=True):
            # The same rows (merged at 5) and the same merged categories, so "Overige" at 7 is
            # the "Overige" at 5: the reader may tie them, and does below.
            assert (low.rows, low.merged_labels) == (high.rows, high.merged_labels), (k, low.key)
            for (r, c), reason in low.hidden_cells():
                assert high.grid[r][c].hidden and high.grid[r][c].reason is reason, (k, low.key, r, c)
            for line in high.grid:
                for cell in line:
                    assert cell.hidden or cell.value == 0 or cell.value >= k
        for mine, at_five in zip(foto.statistics, base.statistics, strict=True):
            # The same median, or hidden (in the same words as any hidden median) with a cell
            # it counts, which the foto at 5 shows: the stack learns nothing new from that.
            assert mine == at_five or (mine.value is None and mine.reason == hidden_statistic()), mine
    assert any(t.merged_labels for t in base.tables)  # the demo has rare categories to merge
    assert any(len(fotos[10].table(t.key).hidden_cells()) > len(t.hidden_cells()) for t in base.tables)

    reader = Reader()
    truth: dict = {}
    for foto in fotos.values():
        reader.add_foto(foto, by_label)
        truth.update(truth_by_label(facts, foto))
    assert any(label[1] in MERGED_LABELS for label in truth)
    assert reader.pinned(truth) == {}


def test_the_reviewers_example_no_longer_pins(data_dir, key_store):
    """'x' at 5 beside '< 6' at 6: the marks of one cell at two thresholds no longer differ."""
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, YEAR, TODAY)
    opened.store.close()
    at_five, at_six = build_schoolfoto(facts, 5), build_schoolfoto(facts, 6)
    fives = [(t.key, r, c) for t in at_five.tables for r, line in enumerate(t.grid)
             for c, cell in enumerate(line) if not cell.hidden and cell.value == 5]
    assert fives  # counts of exactly 5 are shown at 5 and hidden at 6 ...
    for key, r, c in fives:
        cell = at_six.table(key).grid[r][c]
        assert cell.hidden and cell.reason is not Reason.PRIMARY and cell.text(5) == "x"  # ... as 'x'


def test_exports_at_different_thresholds_in_any_order_pin_nothing_together(data_dir, key_store, tmp_path):
    """Exported one after the other (each remembered, so each later one is consistent with the
    earlier ones and marks what they published 'x'), in an order that starts high."""
    from go_hgw_desktop.services import exports

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=90, seed=5, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, YEAR, TODAY)
    reader, truth = Reader(), {}
    for k in (7, 5, 10, 6):
        foto = schoolfoto.schoolfoto(opened.store, YEAR, TODAY, k)
        exports.schoolfoto_data(opened.store, foto, tmp_path / f"foto-{k}.json", today=TODAY)
        reader.add_foto(foto, by_label)
        truth.update(truth_by_label(facts, foto))
    opened.store.close()
    assert foto.disclosure.carried > 0
    assert reader.pinned(truth) == {}


def add_grade_links(reader, foto, facts, name_of=by_label) -> None:
    """What a reader knows from the class names (5A and 5B are in grade 5): each grade's pupils
    are its classes' pupils, the smaller classes' share of each grade unknown but adding up to
    the 'Kleinere klassen samen' row; a class with a row of its own has at least 10 pupils."""
    pulp = reader.pulp
    population_class, population_grade = foto.table("population_class"), foto.table("population_grade")

    def entry(table, row):
        return reader.x[name_of(table, (*table.rows, TOTAL).index(row), len(table.columns))]

    shares = []
    for grade in population_grade.rows:
        members = [name for g, name, _ in facts.classes if (g or "Zonder leerjaar") == grade]
        named = [entry(population_class, name) for name in members if name in population_class.rows]
        terms = list(named)
        if len(named) < len(members):  # some of its classes sit in "Kleinere klassen samen"
            share = pulp.LpVariable(f"share_{len(shares)}_{foto.threshold}", 0, reader.big, cat="Integer")
            shares.append(share)
            terms.append(share)
        reader.problem += pulp.lpSum(terms) == entry(population_grade, grade)
    if shares:
        reader.problem += pulp.lpSum(shares) == entry(population_class, "Kleinere klassen samen")
    for name in population_class.rows:
        if name != "Kleinere klassen samen" and not isinstance(entry(population_class, name), int):
            reader.problem += entry(population_class, name) >= 10


@pytest.mark.parametrize("pupils, seed", [(200, 2026), (120, 11), (400, 1), (90, 5)])
def test_hidden_class_sizes_cannot_be_read_back_from_the_grades(data_dir, key_store, pupils, seed):
    """At k=10 a class of 10 to 19 pupils is hidden; its grade's row and the names of the
    other classes of that grade (5A beside 5B) must not give it back, alone or in the stack."""
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=pupils, seed=seed, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, YEAR, TODAY)
    opened.store.close()
    fotos = {k: build_schoolfoto(facts, k) for k in THRESHOLDS}
    hidden_classes = any(10 <= n < 20 for _, _, n in facts.classes)
    assert bool(fotos[10].table("population_class").hidden_cells()) == hidden_classes
    for stack in ([10], list(THRESHOLDS)):
        reader, truth = Reader(), {}
        for k in stack:
            reader.add_foto(fotos[k], by_label)
            truth.update(truth_by_label(facts, fotos[k]))
            add_grade_links(reader, fotos[k], facts)
        assert reader.pinned(truth) == {}, stack
