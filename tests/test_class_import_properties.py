"""Generated class lists (hypothesis): whatever the names, encoding and delimiter, what goes
in comes out, and a list compared with itself changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from classlists import write_csv
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.text import clean_name
from go_hgw_desktop.imports.columns import recognise
from go_hgw_desktop.imports.lines import read_lines
from go_hgw_desktop.imports.plan import KnownPupil, make_plan
from go_hgw_desktop.imports.source import read_source

LETTERS = "abcdefghijklmnopqrstuvwxyzéèëçñøåäöüŞşŁłĞğıễạờÓóØİ"
word = st.text(alphabet=LETTERS, min_size=1, max_size=12).map(str.capitalize)
name = st.lists(word, min_size=1, max_size=3).map(" ".join) | st.tuples(word, word).map("-".join)
pupil = st.tuples(
    st.integers(100, 999_999).map(str),
    name, name,
    st.tuples(st.integers(1, 6), st.sampled_from("ABC")).map(lambda t: f"{t[0]}{t[1]}"),
    st.dates(date(2010, 1, 1), date(2021, 12, 31)),
    st.sampled_from(["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"]),
    st.sampled_from(["", " ", "\u00a0"]),  # stray spaces the exports leave around values
)
pupils = st.lists(pupil, min_size=1, max_size=40, unique_by=lambda p: p[0])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pupils, st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_generated_lists_read_back_exactly(generated, delimiter, encoding):
    headers = ("Stamboeknummer", "Familienaam", "Voornaam", "Klas", "Geboortedatum")
    body = [[number, pad + last + pad, first + pad, klass, born.strftime(fmt)]
            for number, last, first, klass, born, fmt, pad in generated]
    with TemporaryDirectory() as tmp:
        table = read_source(write_csv(Path(tmp) / "lijst.csv", body, headers, delimiter, encoding))
    lines, problems = read_lines(table, recognise(table.headers), TODAY)
    assert problems == []
    assert [(ln.number, ln.last_name, ln.first_name, ln.class_name, ln.birth_year) for ln in lines] == [
        (number, clean_name(last), clean_name(first), klass, born.year)
        for number, last, first, klass, born, _, _ in generated]

    year = SchoolYear(2026)
    first_time = make_plan(lines, [], [], [], year, TODAY)
    assert len(first_time.new) == len(generated) and not first_time.leavers
    stored = [KnownPupil(id=i, code=f"LL-{i:06d}", first_name=ln.first_name, last_name=ln.last_name,
                         birth_year=ln.birth_year, number=ln.number, leave_date=None,
                         class_name=ln.class_name) for i, ln in enumerate(lines)]
    again = make_plan(lines, [], stored, [ln.class_name for ln in lines], year, TODAY)
    assert (again.new, again.changes, again.leavers, again.new_classes) == ([], [], [], [])
    assert again.unchanged == len(generated)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.text(max_size=8), min_size=0, max_size=7), max_size=30),
       st.sampled_from([";", ","]))
def test_any_text_table_gives_a_dutch_message_or_a_table_never_a_crash(cells, delimiter):
    from go_hgw_desktop.errors import UserError

    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "rommel.csv"
        path.write_text("\n".join(delimiter.join(row) for row in cells), encoding="utf-8", errors="replace")
        try:
            table = read_source(path)
            mapping = recognise(table.headers)
            read_lines(table, mapping, TODAY)
        except UserError as error:
            assert error.message
