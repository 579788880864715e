"""The demo school's schoolfoto, read as an adversary would."""

from __future__ import annotations

from datetime import date

import pytest
from attack import determined_entries, ilp_pinned, ilp_pinned_tables
from conftest import TODAY

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsultationType,
    LeersteunKind,
    LeersteunStatus,
    Phase,
    Role,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation
from go_hgw_desktop.reports.disclosure import Reason, with_totals
from go_hgw_desktop.reports.history import ExportHistory, pattern_of
from go_hgw_desktop.reports.schoolfoto import (
    SHARED_FIGURES,
    WITHHELD,
    LeersteunFact,
    SchoolFacts,
    SchoolIdentity,
    TrajectoryFact,
    build_schoolfoto,
    count_tables,
)
from go_hgw_desktop.reports.tables import TOTAL, CountTable, link_positions, protect_table
from go_hgw_desktop.services import consultations, pupils, schoolfoto
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace

YEAR = SchoolYear.containing(TODAY)


def _exact_grids(facts, k):
    tables, _ = count_tables(facts, k)
    # Rare categories are merged at 5 at every threshold.
    return {t.key: with_totals([list(r) for r in t.merged(5)[0].counts]) for t in tables}


@pytest.mark.parametrize("k", [5, 10])
def test_no_published_figure_is_small_or_recoverable(demo_store, k):
    facts = schoolfoto.gather_facts(demo_store, YEAR, TODAY)
    foto = build_schoolfoto(facts, k)
    exact = _exact_grids(facts, k)
    for table in foto.tables:
        grid = exact[table.key]
        hidden = set()
        for r, line in enumerate(table.grid):
            for c, cell in enumerate(line):
                if cell.hidden:
                    hidden.add((r, c))
                else:
                    assert cell.value == grid[r][c]
                    assert cell.value == 0 or cell.value >= k, (table.title, r, c)
        assert determined_entries(grid, hidden) == set(), table.title
        reasons = {(r, c): table.grid[r][c].reason for r, c in hidden}
        assert ilp_pinned(grid, reasons, k) == set(), table.title
    assert foto.disclosure.threshold == k
    assert foto.disclosure.primary > 0  # the demo school has small groups to protect


def test_a_figure_printed_in_two_tables_is_hidden_in_both(demo_store):
    foto = schoolfoto.schoolfoto(demo_store, YEAR, TODAY)

    def cell(ref):
        key, row, column = ref
        table = foto.table(key)
        rows, columns = (*table.rows, TOTAL), (*table.columns, TOTAL)
        return table.grid[rows.index(row)][columns.index(column)]

    for a, b in SHARED_FIGURES:
        assert cell(a).hidden == cell(b).hidden, (a, b)


def test_a_rare_category_is_merged_and_its_name_never_shown():
    facts = SchoolFacts(
        school=SchoolIdentity("GO! School"), school_year="2026-2027", reference_date=date(2026, 11, 1),
        trajectories=(
            *[TrajectoryFact(Phase.VERHOOGDE_ZORG, None, CareDomain.LEREN_EN_STUDEREN, "Taal", False)] * 9,
            TrajectoryFact(Phase.VERHOOGDE_ZORG, None, CareDomain.PREVENTIEVE_GEZONDHEIDSZORG, "Gezondheid",
                           False),
        ),
    )
    table = build_schoolfoto(facts, 5).table("domain_theme")
    foto = build_schoolfoto(facts, 5)
    assert "Gezondheid" not in table.rows and table.merged_count == 1
    assert "Gezondheid" not in repr(foto)


def test_small_classes_are_not_shown_on_their_own():
    facts = SchoolFacts(
        school=SchoolIdentity("GO! School"), school_year="2026-2027", reference_date=date(2026, 11, 1),
        classes=(("1", "1A", 22), ("1", "1B", 7), ("2", "2A", 9)),
    )
    foto = build_schoolfoto(facts, 5)
    table = foto.table("population_class")
    assert table.rows == ("1A", "Kleinere klassen samen")
    assert table.grid[1][0].value == 16
    assert foto.disclosure.dropped


def test_median_wait_needs_k_requests():
    base = dict(school=SchoolIdentity("GO! School"), school_year="2026-2027",
                reference_date=date(2026, 11, 1))
    request = LeersteunFact(LeersteunKind.LEERLINGGERICHT, LeersteunStatus.LOPEND, date(2026, 9, 1),
                            date(2026, 9, 21))
    assert build_schoolfoto(SchoolFacts(**base, leersteun=(request,) * 4)).statistic(
        "lsc_wait_started").value is None
    assert build_schoolfoto(SchoolFacts(**base, leersteun=(request,) * 5)).statistic(
        "lsc_wait_started").value == 20
    # The number of requests is itself a table cell: the statistic only says "at least k".
    assert build_schoolfoto(SchoolFacts(**base, leersteun=(request,) * 7)).statistic(
        "lsc_wait_started").basis == 5


def test_threshold_below_five_is_refused():
    with pytest.raises(ValueError, match="minstens 5"):
        protect_table(CountTable("t", "T", "R", ("a",), ("b",), ((3,),)), 4)


def test_an_agreement_naming_a_pupil_is_withheld(store):
    pupil = pupils.create_pupil(store, pupils.Pupil(first_name="Ştefan", last_name="Wiśniewski",
                                                    birth_year=2015))
    meeting = consultations.save_consultation(store, Consultation(kind=ConsultationType.MICRO,
                                                                  held_on=date(2026, 10, 1)))
    for text in ("Nascholing lezen plannen", f"Gesprek over {pupil.last_name.upper()} voorbereiden"):
        consultations.save_action_item(store, ActionItem(consultation_id=meeting.id, description=text,
                                                         owner_role=Role.DIRECTIE))
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    assert [a.description for a in foto.agreements] == ["Nascholing lezen plannen", WITHHELD]
    assert foto.last_micro_on == date(2026, 10, 1)
    assert foto.disclosure.notes


def test_points_are_kept_per_school_year_and_screened(store):
    pupils.create_pupil(store, pupils.Pupil(first_name="Zoë", last_name="Nguyễn", birth_year=2016))
    schoolfoto.save_foto_points(store, YEAR, "Veel vragen rond taal.\nNguyen heeft extra nood.")
    assert schoolfoto.foto_points(store, YEAR).startswith("Veel vragen")
    assert schoolfoto.foto_points(store, YEAR.previous()) == ""
    assert schoolfoto.names_in_points(store, schoolfoto.foto_points(store, YEAR)) == ["Nguyễn"]
    assert schoolfoto.names_in_points(store, "Taal en rekenen") == []


def test_reasons_are_reported(demo_store):
    foto = schoolfoto.schoolfoto(demo_store, YEAR, TODAY)
    counted = sum(len(t.hidden_cells()) for t in foto.tables)
    assert foto.disclosure.cells_hidden == counted
    assert {r for t in foto.tables for _, r in t.hidden_cells()} <= {Reason.PRIMARY, Reason.SECONDARY}


def test_confidential_goals_and_measures_are_not_counted(store):
    from go_hgw_desktop.domain.choices import MeasureCategory, PlanType, SubTheme
    from go_hgw_desktop.domain.plan import Goal, Measure, Plan
    from go_hgw_desktop.domain.school import ClassGroup
    from go_hgw_desktop.domain.trajectory import Trajectory
    from go_hgw_desktop.services import school, trajectories

    group = school.save_group(store, ClassGroup(name="3A", school_year=YEAR, grade="3"))
    pupil = pupils.create_pupil(store, pupils.Pupil(first_name="Ana", last_name="Øberg", birth_year=2017),
                                group.id)
    trajectory = trajectories.open_trajectory(store, Trajectory(
        title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN, sub_theme=SubTheme.REKENEN,
        start_date=date(2026, 9, 10), pupil_id=pupil.id))
    cycle = trajectories.trajectory_file(store, trajectory.id).current.cycle
    plan = trajectories.save_plan(store, Plan(
        cycle_id=cycle.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 12, 1)))
    for confidential in (False, True):
        trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Doel",
                                                confidential=confidential))
        trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                                   description="Rekenmachine", confidential=confidential))
    facts = schoolfoto.gather_facts(store, YEAR, TODAY)
    assert [p.measures for p in facts.plans] == [(MeasureCategory.COMPENSEREN,)]
    assert [len(p.goal_results) for p in facts.plans] == [1]


GOLDEN = __import__("pathlib").Path(__file__).parent / "golden" / "schoolfoto.txt"


def test_printed_foto_matches_the_golden_text(tmp_path):
    """A fixed foto printed in reportlab's invariant mode reads exactly as the reviewed text.

    After an intended change: GO_HGW_UPDATE_GOLDEN=1 pytest tests/test_schoolfoto.py, then
    read the new tests/golden/schoolfoto.txt before committing it.
    """
    import os

    from pypdf import PdfReader

    from go_hgw_desktop.reports.foto_pdf import write_foto_pdf
    from go_hgw_desktop.reports.schoolfoto import Agreement

    facts = SchoolFacts(
        school=SchoolIdentity("GO! Basisschool De Linde", "123456", "Scholengroep Ŀeie"),
        school_year="2026-2027", reference_date=date(2026, 11, 20),
        classes=(("K1", "K1A", 18), ("1", "1A", 22), ("1", "1B", 9)),
        trajectories=tuple(
            TrajectoryFact(Phase(p), None, CareDomain.LEREN_EN_STUDEREN, "Taal", p == 0)
            for p, n in ((0, 12), (1, 7), (2, 3), (3, 1)) for _ in range(n)
        ),
        agreements=(Agreement("Nascholing taal aanvragen", "Directie", date(2026, 12, 1), False),),
        last_micro_on=date(2026, 10, 2), points="Veel vragen rond taalondersteuning.",
    )
    path = tmp_path / "golden.pdf"
    write_foto_pdf(build_schoolfoto(facts, 5), path, invariant=True)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages).strip() + "\n"
    if os.environ.get("GO_HGW_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_a_higher_threshold_hides_at_least_what_the_minimum_hides(demo_store):
    facts = schoolfoto.gather_facts(demo_store, YEAR, TODAY)
    at_five, at_ten = build_schoolfoto(facts, 5), build_schoolfoto(facts, 10)
    for low, high in zip(at_five.tables, at_ten.tables, strict=True):
        if low.rows == high.rows:
            assert {p for p, _ in low.hidden_cells()} <= {p for p, _ in high.hidden_cells()}, low.title


@pytest.mark.parametrize("seed", [3, 10])
def test_small_schools_give_nothing_away_across_tables(data_dir, key_store, seed):
    """A reviewer pinned "Fase 3 – IAC: 1 leerling, in Organiseren" in a 40-pupil school by
    reading the phase table and the phase-by-kind table together. The whole foto is now
    attacked as one integer programme, shared figures tied."""
    from go_hgw_desktop.services.demo import fill_demo
    from go_hgw_desktop.services.workspace import open_workspace

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=40, seed=seed, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, YEAR, TODAY)
    opened.store.close()
    foto = build_schoolfoto(facts, 5)
    exact = _exact_grids(facts, 5)
    assert all(len(t.grid) == len(exact[t.key]) for t in foto.tables)
    pairs = link_positions(foto.tables, SHARED_FIGURES)
    assert pairs
    assert ilp_pinned_tables(foto.tables, exact, pairs, 5) == set()


def test_a_hidden_median_says_the_same_for_no_case_and_a_few():
    base = dict(school=SchoolIdentity("GO! School"), school_year="2026-2027",
                reference_date=date(2026, 11, 1))
    waiting = LeersteunFact(LeersteunKind.LEERLINGGERICHT, LeersteunStatus.AANGEVRAAGD,
                            date(2026, 9, 1), None)
    texts = {n: build_schoolfoto(SchoolFacts(**base, leersteun=(waiting,) * n)).statistic("lsc_wait_open")
             for n in (0, 1, 4)}
    assert len({(s.value, s.basis, s.reason, s.text()) for s in texts.values()}) == 1, texts
    assert texts[0].value is None


# The entries of the foto's tables whose counts hold each median's cases (the reader's view:
# "still waiting for leersteun" are exactly the leersteun table's Aangevraagd column).
MEDIAN_ENTRIES = {
    "clb_wait_started": [("clb_requests", "Lopend", "Aanvragen"),
                         ("clb_requests", "Afgesloten", "Aanvragen")],
    "clb_wait_open": [("clb_requests", "Aangevraagd", "Aanvragen"), ("clb_requests", "Lopend", "Aanvragen")],
    "lsc_wait_started": [("leersteun", "Totaal", "Lopend"), ("leersteun", "Totaal", "On hold"),
                         ("leersteun", "Totaal", "Afgesloten")],
    "lsc_wait_open": [("leersteun", "Totaal", "Aangevraagd")],
}


def _entry(foto, key, row, column):
    table = foto.table(key)
    return table.grid[(*table.rows, "Totaal").index(row)][(*table.columns, "Totaal").index(column)]


def test_a_median_is_hidden_when_a_cell_it_counts_is_hidden_or_was_in_an_earlier_export():
    base = dict(school=SchoolIdentity("GO! School"), school_year="2026-2027",
                reference_date=date(2026, 11, 1))
    waiting = LeersteunFact(LeersteunKind.LEERLINGGERICHT, LeersteunStatus.AANGEVRAAGD,
                            date(2026, 9, 1), None)
    facts = SchoolFacts(**base, leersteun=(waiting,) * 6)
    assert build_schoolfoto(facts).statistic("lsc_wait_open").value == 61
    # An earlier export of the year hid the number still waiting (it was 3 then): that cell
    # stays hidden, and so does the median that counts it (else "shown" would say "5 or more").
    earlier = build_schoolfoto(SchoolFacts(**base, leersteun=(waiting,) * 3))
    history = ExportHistory.of([pattern_of(earlier.tables)])
    later = build_schoolfoto(facts, 5, history)
    assert _entry(later, "leersteun", "Totaal", "Aangevraagd").hidden
    assert later.statistic("lsc_wait_open").value is None
    assert later.statistic("lsc_wait_open").text() == earlier.statistic("lsc_wait_open").text()


@pytest.mark.parametrize("pupils, seed", [(60, 7), (120, 11), (400, 3)])
@pytest.mark.parametrize("k", [5, 7])
def test_a_median_shown_counts_only_visible_cells(data_dir, key_store, pupils, seed, k):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=pupils, seed=seed, today=TODAY)
    facts = schoolfoto.gather_facts(opened.store, SchoolYear.containing(TODAY), TODAY)
    opened.store.close()
    foto = build_schoolfoto(facts, k)
    for key, entries in MEDIAN_ENTRIES.items():
        if foto.statistic(key).value is not None:
            assert not any(_entry(foto, *entry).hidden for entry in entries), key
