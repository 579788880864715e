"""Data files and the scholengroepfoto: what a school sends, and what the MACRO merge refuses."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from attack import determined_entries
from fotofiles import school_seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase
from go_hgw_desktop.reports.data_file import (
    DataFileError,
    checksum,
    read_data_file,
    sign,
    write_data_file,
)
from go_hgw_desktop.reports.disclosure import Reason, with_totals
from go_hgw_desktop.reports.scholengroep import SchoolFile, combine, read_school_file
from go_hgw_desktop.reports.schoolfoto import (
    SchoolFacts,
    SchoolIdentity,
    TrajectoryFact,
    build_schoolfoto,
    count_tables,
)
from go_hgw_desktop.reports.tables import TOTAL

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "schoolfoto-data.schema.json").read_text())
REFERENCE = date(2026, 11, 20)


def _facts(number: int, trajectories: list[tuple[int, int, int]], year: str = "2026-2027") -> SchoolFacts:
    steps = [*HgwStep, None]
    return SchoolFacts(
        school=SchoolIdentity(f"GO! Basisschool {number}", f"{100000 + number}", "Scholengroep Œver"),
        school_year=year, reference_date=REFERENCE,
        classes=(("1", "1A", 20 + number % 3), ("2", "2A", 18)),
        trajectories=tuple(
            TrajectoryFact(Phase(p), steps[s], list(CareDomain)[d], None, False) for p, s, d in trajectories
        ),
    )


def _write(tmp_path: Path, facts: SchoolFacts, k: int = 5) -> Path:
    path = tmp_path / f"{facts.school.institution_number}-{facts.school_year}.json"
    write_data_file(build_schoolfoto(facts, k), path, school_seed(facts.school.name))
    return path


trajectory_lists = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4), st.integers(0, 3)), max_size=60)


def test_data_file_round_trips_and_matches_its_schema(tmp_path, demo_store):
    from conftest import TODAY

    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services import schoolfoto

    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    out = tmp_path / "export"
    out.mkdir()
    path = out / "foto.json"
    write_data_file(foto, path, school_seed("demo"))
    content = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(content, SCHEMA, format_checker=jsonschema.FormatChecker())
    again = read_data_file(path)
    assert again.tables == foto.tables and again.statistics == foto.statistics
    assert again.disclosure == foto.disclosure and again.school == foto.school
    assert [p.name for p in out.iterdir()] == ["foto.json"]  # no temporary file left


def test_a_file_edited_by_hand_is_refused_by_name(tmp_path):
    path = _write(tmp_path, _facts(1, [(1, 1, 0)] * 12))
    content = json.loads(path.read_text(encoding="utf-8"))
    content["tables"][2]["cells"][1][1] = {"value": 13}  # was 12
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(DataFileError, match=f"{path.name}: .*gewijzigd"):
        read_data_file(path)


def _tamper(path: Path, change) -> None:
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    # A careful forger signs with a key of their own and recomputes the checksum: the tables
    # are still audited on reading (and the scholengroep sees another key, test_school_keys.py).
    content["signature"] = sign(content, school_seed("vervalser"))
    content["checksum"] = checksum(content)
    path.write_text(json.dumps(content), encoding="utf-8")


def test_a_forged_file_that_shows_small_counts_is_refused(tmp_path):
    path = _write(tmp_path, _facts(2, [(1, 0, 0)] * 3 + [(1, 1, 0)] * 9))
    table = next(i for i, t in enumerate(json.loads(path.read_text())["tables"]) if t["key"] == "phase_step")

    def reveal(content):
        content["tables"][table]["cells"][1][0] = {"value": 3}
    _tamper(path, reveal)
    with pytest.raises(DataFileError, match="kleiner dan de drempel"):
        read_data_file(path)


def test_a_forged_file_whose_hidden_count_can_be_recovered_is_refused(tmp_path):
    path = _write(tmp_path, _facts(3, [(1, 0, 0)] * 3 + [(1, 1, 0)] * 9 + [(1, 2, 0)] * 20))
    content = json.loads(path.read_text())
    index = next(i for i, t in enumerate(content["tables"]) if t["key"] == "phase_step")
    line = content["tables"][index]["cells"][1]
    partner = next(c for c, cell in enumerate(line) if c > 0 and cell.get("hidden") == "secondary")

    def reveal(content):
        content["tables"][index]["cells"][1][partner] = {"value": 9 if partner == 1 else 20}
    _tamper(path, reveal)
    with pytest.raises(DataFileError, match="terug te rekenen"):
        read_data_file(path)


@pytest.mark.parametrize("text, problem", [
    ("{ dit is geen json", "geen leesbare JSON"),
    ('{"format": "iets anders"}', "geen schoolfoto-bestand"),
    ("\udcff", "geen leesbare JSON"),
])
def test_malformed_files_are_refused_with_their_name(tmp_path, text, problem):
    path = tmp_path / "kapot.json"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(DataFileError, match=f"kapot.json: .*{problem}"):
        read_data_file(path)


def test_a_file_from_a_newer_version_asks_for_an_update(tmp_path):
    path = _write(tmp_path, _facts(4, []))
    _tamper(path, lambda c: c.update(version=3))
    with pytest.raises(DataFileError, match="nieuwere versie") as error:
        read_data_file(path)
    assert "bij" in error.value.hint


def _as_version_one(content) -> None:
    """What version 1 wrote: no ``marks_below`` (``< k`` held 1..k-1), no carried cells."""
    content["version"] = 1
    del content["marks_below"]
    del content["disclosure"]["carried"]


def test_a_version_one_file_is_still_read_with_its_own_marks(tmp_path):
    path = _write(tmp_path, _facts(6, [(1, 0, 0)] * 3 + [(1, 1, 0)] * 9 + [(2, 2, 1)] * 6), k=7)
    assert read_data_file(path).marks_below == 5
    _tamper(path, _as_version_one)
    old = read_data_file(path)
    assert old.threshold == old.marks_below == 7
    small = next(cell for t in old.tables for line in t.grid for cell in line
                 if cell.reason is Reason.PRIMARY)
    assert small.text(old.marks_below) == "< 7"
    # A version 1 file has no signature: a scholengroepfoto does not take it.
    with pytest.raises(DataFileError, match="niet ondertekend"):
        combine([SchoolFile(path, old)], 7)


def test_a_version_one_file_cannot_carry_cells(tmp_path):
    path = _write(tmp_path, _facts(7, [(1, 0, 0)] * 3 + [(1, 1, 0)] * 9))

    def carry(content):
        _as_version_one(content)
        table = next(t for t in content["tables"] if any("hidden" in c for line in t["cells"] for c in line))
        cell = next(c for line in table["cells"] for c in line if c.get("hidden") == "secondary")
        cell["hidden"] = "carried"
    _tamper(path, carry)
    with pytest.raises(DataFileError, match="ongeldige cel"):
        read_data_file(path)


def test_duplicate_schools_and_mixed_years_are_refused(tmp_path):
    first = _write(tmp_path, _facts(5, [(1, 1, 0)] * 7))
    copy = tmp_path / "kopie.json"
    copy.write_bytes(first.read_bytes())
    other_year = _write(tmp_path, _facts(6, [], year="2025-2026"))
    with pytest.raises(DataFileError, match=r"kopie\.json: bevat dezelfde school"):
        combine([read_school_file(p) for p in (first, copy)])
    with pytest.raises(DataFileError, match="schooljaar 2025-2026"):
        combine([read_school_file(p) for p in (first, other_year)])


def test_a_scholengroepfoto_is_not_combined_again(tmp_path):
    paths = [_write(tmp_path, _facts(n, [(1, 1, 0)] * 7)) for n in (7, 8)]
    group = combine([read_school_file(p) for p in paths])
    out = tmp_path / "groep.json"
    write_data_file(group, out)
    jsonschema.validate(json.loads(out.read_text()), SCHEMA)
    with pytest.raises(DataFileError, match=r"groep\.json: .*nog eens"):
        combine([read_school_file(out), read_school_file(paths[0])])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(trajectory_lists, min_size=1, max_size=4), st.integers(5, 7))
def test_combined_tables_obey_the_same_rules(tmp_path_factory, schools, k):
    directory = tmp_path_factory.mktemp("fotos")
    facts = [_facts(n, trajectories) for n, trajectories in enumerate(schools)]
    files = [read_school_file(p) for p in (_write(directory, f, k) for f in facts)]
    group = combine(files, k)
    truth: dict[str, Counter] = {}  # the exact combined counts, which only this test knows
    for f in facts:
        for table in count_tables(f, k)[0]:
            grid = with_totals([list(r) for r in table.counts], len(table.columns))
            for r, row in enumerate((*table.rows, TOTAL)):
                for c, column in enumerate((*table.columns, TOTAL)):
                    truth.setdefault(table.key, Counter())[(row, column)] += grid[r][c]
    for key in ("phase_step", "phase_kind", "population_grade"):
        table = group.table(key)
        exact = [[truth[key][(row, column)] for column in (*table.columns, TOTAL)]
                 for row in (*table.rows, TOTAL)]
        hidden = set()
        for r, line in enumerate(table.grid):
            for c, cell in enumerate(line):
                if cell.hidden:
                    hidden.add((r, c))
                    assert cell.at_least is None or k <= cell.at_least <= exact[r][c]
                else:
                    assert cell.value == exact[r][c]
                    assert cell.value == 0 or cell.value >= k
        assert determined_entries(exact, hidden) == set()
    for table in group.tables:
        for line in table.grid:
            for cell in line:
                assert cell.hidden or cell.value == 0 or cell.value >= k
