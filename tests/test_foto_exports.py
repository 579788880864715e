"""The exported fotos read as an adversary would: PDF text, data files, the command line."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from go_hgw_desktop.cli import run
from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.reports.foto_pdf import foto_story, write_foto_pdf
from go_hgw_desktop.services import schoolfoto
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage import models as m

TODAY_ISO = "2026-11-25"
MISSING_GLYPHS = ("\ufffd", "\u25a1", "\u25a0", "\x00")


@pytest.fixture
def demo_dir(data_dir, key_store):
    from conftest import TODAY

    from go_hgw_desktop.services.school import get_school, update_school

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=150, seed=11, today=TODAY)
    school = get_school(opened.store)
    school.name = "GO! Basisschool Ştefan Łęcki"
    update_school(opened.store, school)
    schoolfoto.save_foto_points(opened.store, SchoolYear.containing(TODAY),
                                "Vraag naar nascholing rond taalondersteuning.")
    opened.store.close()
    return data_dir


def _secrets(data_dir, key_store) -> tuple[set[str], list[str]]:
    """Every name and every free text in the store, straight from the tables."""
    opened = open_workspace(data_dir, key_store)
    names, texts = set(), []
    with opened.store.transaction() as session:
        for first, last in session.query(m.PupilRecord.first_name, m.PupilRecord.last_name):
            names.update((first, last))
        for model, column in ((m.ObservationRecord, "text"), (m.FactorRecord, "text"),
                              (m.EducationalNeedRecord, "text"), (m.FollowUpNoteRecord, "text"),
                              (m.GoalRecord, "description"), (m.MeasureRecord, "description"),
                              (m.PhaseChangeRecord, "reason"), (m.ClbRequestRecord, "question"),
                              (m.TeacherSupportNeedRecord, "needs")):
            texts += [t for (t,) in session.query(getattr(model, column)) if t and len(t) > 12]
    opened.store.close()
    return names, texts


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_schoolfoto_cli_writes_pdf_and_json_without_names_notes_or_hidden_values(cli, demo_dir, key_store,
                                                                                   tmp_path):
    pdf, data = tmp_path / "foto.pdf", tmp_path / "foto.json"
    code, out, err = cli("schoolfoto", "--out", str(pdf), "--json", str(data),
                         "--reference-date", TODAY_ISO)
    assert code == 0, err
    assert "Rapport bewaard" in out and "Drempel 5" in out
    text = _pdf_text(pdf)
    raw_json = data.read_text(encoding="utf-8")
    assert "Schoolfoto" in text and "Ştefan Łęcki" in text  # the school's own name, glyphs intact
    assert re.search(r"Pagina 1 van \d+", text)
    assert not any(box in text for box in MISSING_GLYPHS)
    names, texts = _secrets(demo_dir, key_store)
    words = set(re.findall(r"\w+", text.casefold())) | set(re.findall(r"\w+", raw_json.casefold()))
    leaked = {n for n in names if len(n) > 3 and " " not in n and n.casefold() in words}
    assert leaked == set()
    for note in texts:
        assert note not in text and note not in raw_json

    # No suppressed value appears in the data file: hidden cells carry no number at all.
    content = json.loads(raw_json)
    for table in content["tables"]:
        for line in table["cells"]:
            for cell in line:
                assert "value" not in cell or "hidden" not in cell
                if "hidden" in cell:
                    assert set(cell) <= {"hidden", "at_least"}


def test_schoolfoto_cli_gives_the_frozen_micro_foto_for_its_peildatum(cli, demo_dir, key_store, tmp_path):
    from datetime import date

    from go_hgw_desktop.domain.choices import ConsultationType
    from go_hgw_desktop.domain.consultation import Consultation
    from go_hgw_desktop.reports.data_file import read_data_file
    from go_hgw_desktop.services import consultations

    store = open_workspace(demo_dir, key_store).store
    meeting = consultations.save_consultation(store, Consultation(kind=ConsultationType.MICRO,
                                                                  held_on=date(2026, 11, 12)))
    frozen = consultations.attach_schoolfoto(store, meeting.id, attached_on=date(2026, 11, 25)).foto
    store.close()
    data = tmp_path / "micro.json"
    code, out, err = cli("schoolfoto", "--out", str(tmp_path / "micro.pdf"), "--json", str(data),
                         "--reference-date", "2026-11-12")
    assert code == 0, err
    assert "bewaard bij het MICRO-overleg van 12/11/2026" in out
    assert read_data_file(data) == frozen
    code, out, err = cli("schoolfoto", "--out", str(tmp_path / "later.pdf"), "--reference-date", TODAY_ISO)
    assert code == 0 and "MICRO-overleg" not in out and "al in een eerdere export" in out, err


def test_hidden_cells_print_as_markers_never_as_counts(demo_store):
    from conftest import TODAY
    from reportlab.platypus import KeepTogether, Table

    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    printed = {}  # title -> printed table
    for flowable in foto_story(foto):
        if isinstance(flowable, KeepTogether):
            title, table = flowable._content[:2]
            if isinstance(table, Table):
                printed[title.getPlainText()] = table
    checked = 0
    for table in foto.tables:
        match = printed[table.title]
        for r, line in enumerate(table.grid):
            shown = match._cellvalues[r + 1][1:]
            for c, cell in enumerate(line[: len(shown)]):
                if cell.hidden:
                    assert shown[c] in ("< 5", "x") or shown[c].startswith("≥"), (table.title, r, c)
                    checked += 1
    assert checked == foto.disclosure.cells_hidden - sum(  # single-column tables print no total column
        1 for t in foto.tables if len(t.columns) == 1 for line in t.grid if line[-1].hidden)


def test_golden_pdf_is_reproducible_in_invariant_mode(demo_store, tmp_path):
    from conftest import TODAY

    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_foto_pdf(foto, first, invariant=True)
    write_foto_pdf(foto, second, invariant=True)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    embedded = set()
    for page in PdfReader(first).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    # (reportlab always declares Helvetica as /F1 in the resources; no text is set in it.)
    assert embedded == {"DejaVuSans", "DejaVuSans-Bold"}


def test_scholengroepfoto_cli_combines_files_without_a_database(cli, demo_dir, tmp_path, key_store):
    school_json = tmp_path / "school.json"
    assert cli("schoolfoto", "--out", str(tmp_path / "s.pdf"), "--json", str(school_json),
               "--reference-date", TODAY_ISO)[0] == 0
    from fotofiles import as_school

    second = as_school(school_json, tmp_path / "tweede.json", "GO! Atheneum Nguyễn", "999999")
    out = tmp_path / "groep.pdf"
    code = run(["--data-dir", str(tmp_path / "geen-database"), "scholengroepfoto",
                str(school_json), str(second), "--out", str(out), "--json", str(tmp_path / "groep.json")])
    assert code == 0
    text = _pdf_text(out)
    assert "Scholengroepfoto" in text and "Nguyễn" in text
    assert not (tmp_path / "geen-database").exists()  # files only, no store created


@pytest.mark.parametrize("args, expected", [
    (["--threshold", "3"], "minstens 5"),
    (["--reference-date", "31/02/2026"], "geen bestaande datum"),
    (["--school-year", "2026-2028"], "geen geldig schooljaar"),
    (["--school-year", "2024-2025", "--reference-date", TODAY_ISO], "valt niet in schooljaar"),
])
def test_schoolfoto_cli_refuses_bad_arguments_in_dutch(cli, demo_dir, tmp_path, args, expected):
    code, _, err = cli("schoolfoto", "--out", str(tmp_path / "x.pdf"), *args)
    assert code == 2 and expected in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_schoolfoto_cli_without_a_database_says_so(cli, tmp_path, data_dir):
    code, _, err = cli("schoolfoto", "--out", str(tmp_path / "x.pdf"))
    assert code == 3 and "geen database" in err and not data_dir.exists()


def test_schoolfoto_into_a_missing_folder_is_a_dutch_error_and_leaves_nothing(cli, demo_dir, tmp_path):
    code, _, err = cli("schoolfoto", "--out", str(tmp_path / "bestaat-niet" / "x.pdf"))
    assert code == 5 and "bestaat niet" in err


def test_scholengroepfoto_cli_names_the_bad_file(cli, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    code, _, err = cli("scholengroepfoto", str(bad), "--out", str(tmp_path / "g.pdf"))
    assert code == 2 and "kapot.json" in err and "Traceback" not in err


def test_outputs_have_the_right_extension_and_never_overwrite_an_input(cli, demo_dir, tmp_path):
    school_json = tmp_path / "a.json"
    assert cli("schoolfoto", "--out", str(tmp_path / "a.pdf"), "--json", str(school_json),
               "--reference-date", TODAY_ISO)[0] == 0
    kept = school_json.read_bytes()
    for args, expected in [
        (["schoolfoto", "--out", str(tmp_path / "x.json")], "moet eindigen op .pdf"),
        (["schoolfoto", "--out", str(tmp_path / "x.pdf"), "--json", str(tmp_path / "x.pdf")],
         "moet eindigen op .json"),
        (["scholengroepfoto", str(school_json), "--out", str(tmp_path / "g.pdf"), "--json", str(school_json)],
         "een van de bestanden die ingelezen worden"),
    ]:
        code, _, err = cli(*args)
        assert code == 2 and expected in err, err
    assert school_json.read_bytes() == kept
    code, out, _ = cli("scholengroepfoto", str(school_json), "--out", str(tmp_path / "g.pdf"))
    assert code == 0 and ": 1 school," in out
