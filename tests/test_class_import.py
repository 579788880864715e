"""Class lists in: every kind of file a school administration (or a person) produces."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime

import pytest
from classlists import HEADERS, PUPILS, rows, store_state, write_csv, write_xlsx
from conftest import TODAY

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.imports.columns import Role, recognise
from go_hgw_desktop.imports.lines import birth_year_of, looks_like_national_number
from go_hgw_desktop.services import class_import
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.class_import import ClassListError, ImportCancelled

YEAR = SchoolYear(2026)


def preview(store, path, sheet=None, year=YEAR, mapping=None):
    read = class_import.read_class_list(store, path, sheet)
    return class_import.preview_import(store, read.table, mapping or read.mapping, year, TODAY)


def imported(store, path, **options):
    result = class_import.apply_import(store, preview(store, path), today=TODAY, **options)
    return result, {(r.first_name, r.last_name): r for r in pupil_service.list_pupils(store, YEAR, TODAY)}


# ---------------------------------------------------------------------------- reading


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_encodings_and_delimiters_are_detected(store, tmp_path, encoding, delimiter):
    pupils = PUPILS if encoding != "cp1252" else [p for p in PUPILS if p[1].encode("cp1252", "ignore").decode(
        "cp1252") == p[1] and p[2].encode("cp1252", "ignore").decode("cp1252") == p[2]]
    path = write_csv(tmp_path / "lijst.csv", rows(pupils), delimiter=delimiter, encoding=encoding)
    plan = preview(store, path).plan
    assert sorted(line.name for line in plan.new) == sorted(f"{p[2]} {p[1]}" for p in pupils)
    assert not plan.problems


def test_title_lines_above_the_headers_and_blank_rows_are_skipped(store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", [*rows()[:3], [""] * 7, *rows()[3:]],
                     preamble=["Klaslijst GO! Basisschool;;;", ";;;;", "Afgedrukt op 01/09/2026"])
    read = class_import.read_class_list(store, path)
    assert read.table.header_row == 4
    assert len(preview(store, path).plan.new) == len(PUPILS)


def test_usual_dutch_headers_are_recognised_without_asking():
    assert recognise(["Stamboeknummer", "Naam", "Voornaam", "Klas", "Geboortedatum"]) == {
        0: Role.NUMBER, 1: Role.LAST_NAME, 2: Role.FIRST_NAME, 3: Role.CLASS, 4: Role.BIRTH}
    assert recognise(["Familienaam", "Naam", "Roepnaam", "Klascode", "Geb. datum", "Intern nummer"]) == {
        0: Role.LAST_NAME, 2: Role.FIRST_NAME, 3: Role.CLASS, 4: Role.BIRTH, 5: Role.NUMBER}
    assert recognise(["VOORNAAM ", "Achternaam", "Klasgroep", "Geboortejaar"]) == {
        0: Role.FIRST_NAME, 1: Role.LAST_NAME, 2: Role.CLASS, 3: Role.BIRTH}


def test_unmapped_columns_are_dropped_and_said_so(store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", rows())
    result = preview(store, path)
    assert result.dropped_columns == ["Adres", "Rijksregisternummer"]
    assert result.keeps_birth_year_only
    assert all(not hasattr(line, "address") for line in result.lines)


def test_xlsx_with_dates_numbers_and_the_list_on_the_second_sheet(store, tmp_path):
    body = [[int(n), last, first, klass, datetime(born.year, born.month, born.day), "x", None]
            for n, last, first, klass, born in PUPILS]
    path = write_xlsx(tmp_path / "export.xlsx", {"Info": [["Export uit het administratiepakket"]],
                                                  "Leerlingen": [list(HEADERS), *body]})
    read = class_import.read_class_list(store, path)
    assert read.table.sheet == "Leerlingen" and read.table.sheets == ("Info", "Leerlingen")
    plan = preview(store, path).plan
    assert {(line.number, line.birth_year) for line in plan.new} == {(n, b.year) for n, _, _, _, b in PUPILS}


def test_a_wrong_sheet_is_named_with_the_sheets_there_are(store, tmp_path):
    path = write_xlsx(tmp_path / "export.xlsx", {"Leerlingen": [list(HEADERS)]})
    with pytest.raises(ClassListError) as raised:
        class_import.read_class_list(store, path, sheet="Blad1")
    assert "geen blad ‘Blad1’" in raised.value.message and "‘Leerlingen’" in raised.value.hint
    chosen_wrong = write_xlsx(tmp_path / "twee.xlsx", {"Notities": [["iets"], ["en nog iets", "meer"]],
                                                        "Leerlingen": [list(HEADERS), *rows()]})
    with pytest.raises(ClassListError) as raised:
        preview(store, chosen_wrong, sheet="Notities")
    assert "niet bekend welke kolom" in raised.value.message


def test_xlsx_renamed_to_csv_is_read_as_excel(store, tmp_path):
    path = write_xlsx(tmp_path / "export.xlsx", {"Blad1": [list(HEADERS), *rows()]})
    renamed = path.rename(tmp_path / "export.csv")
    assert class_import.read_class_list(store, renamed).table.kind == "xlsx"


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is leeg"),
    (b"   \r\n\r\n", "is leeg"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "een afbeelding"),
    (b"%PDF-1.7\n" + bytes(200), "een PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "oud Excel-bestand"),
    (bytes(range(256)) * 40, "geen tekstbestand"),
    (b"PK\x03\x04" + bytes(100), "beschadigd Excel-bestand"),
    (b"Naam Voornaam Klas\nPeeters Jan 3A\n", "maar één kolom"),
    (b"\x81\x8d\x8f\x90\x9d" * 100 + b";;\n", "geen leesbaar tekstbestand"),
])
def test_files_that_are_not_class_lists_get_a_dutch_message(store, tmp_path, content, expected):
    path = tmp_path / "klaslijst.csv"
    path.write_bytes(content)
    before = store_state(store)
    with pytest.raises(ClassListError) as raised:
        preview(store, path)
    assert expected in raised.value.message
    assert store_state(store) == before


def test_a_zip_that_is_not_a_workbook_is_refused(store, tmp_path):
    path = tmp_path / "lijst.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    with pytest.raises(ClassListError, match="geen Excel-werkmap"):
        class_import.read_class_list(store, path)


def test_missing_required_columns_are_named(store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", [r[:3] for r in rows()], headers=HEADERS[:3])
    with pytest.raises(ClassListError) as raised:
        preview(store, path)
    assert "Klas" in raised.value.message and "Geboortedatum of -jaar" in raised.value.message


def test_headers_only_and_no_usable_row(store, tmp_path):
    with pytest.raises(ClassListError, match="geen leerlingen"):
        preview(store, write_csv(tmp_path / "leeg.csv", []))
    broken = [[n, last, first, klass, "nooit", "", ""] for n, last, first, klass, _ in PUPILS]
    with pytest.raises(ClassListError, match="Geen enkele rij"):
        preview(store, write_csv(tmp_path / "kapot.csv", broken))


def test_a_national_register_number_is_never_read(store, tmp_path):
    assert looks_like_national_number("85.07.30-033.28")
    assert looks_like_national_number("17031400183")  # born in 2017: check digits over 2 + the rest
    assert not looks_like_national_number("17031400184")
    assert not looks_like_national_number("1001")
    body = [["85.07.30-033.28", *r[1:]] for r in rows()[:1]] + rows()[1:]
    path = write_csv(tmp_path / "lijst.csv", body)
    with pytest.raises(ClassListError, match="rijksregisternummers"):
        preview(store, path)
    forbidden = write_csv(tmp_path / "rr.csv", rows(), headers=(*HEADERS[:6], "Rijksregisternummer"))
    read = class_import.read_class_list(store, forbidden)
    assert 6 not in read.mapping


@pytest.mark.parametrize(("value", "year"), [
    ("14/03/2017", 2017), ("14-03-2017", 2017), ("14.03.2017", 2017), ("2017-03-14", 2017),
    ("2017/03/14", 2017), ("14/3/17", 2017), ("03/25/2017", 2017), ("2017", 2017),
    ("20170314", 2017), ("14032017", 2017), ("14 maart 2017", 2017), ("14-mrt-2017", 2017),
    ("2017-03-14 00:00:00", 2017), ("\u00a014/03/2017 ", 2017), (42808, 2017), (2017, 2017),
    (42808.0, 2017), (date(2017, 3, 14), 2017), (datetime(2017, 3, 14, 0, 0), 2017),
])
def test_birth_dates_in_many_formats_keep_only_the_year(value, year):
    assert birth_year_of(value) == year


@pytest.mark.parametrize("value", ["31/02/2017", "32/01/2017", "morgen", "14/03", "", None, True, 3.5])
def test_impossible_birth_dates_are_row_errors(value):
    with pytest.raises(Exception) as raised:
        birth_year_of(value)
    assert "geboortedatum" in str(raised.value)


def test_stray_whitespace_nbsp_and_accents_are_cleaned(store, tmp_path):
    body = [["2001", "\u00a0Şahin\u00a0 ", "  Zeynep   Nur ", " 3A\u00a0", " 01/02/2017 ", "", ""],
            ["2002", "Nguye\u0302\u0303n", "Thi\u0323", "3A", "2017", "", ""]]  # decomposed accents
    lines = preview(store, write_csv(tmp_path / "lijst.csv", body)).lines
    assert [(line.first_name, line.last_name, line.class_name) for line in lines] == [
        ("Zeynep Nur", "Şahin", "3A"), ("Thị", "Nguyễn", "3A")]


def test_formula_cells_are_row_errors_in_csv_and_in_xlsx(store, tmp_path):
    body = rows()[:2]
    body[0][2] = '=HYPERLINK("http://x";"Jan")'
    body[1][0] = '="01002"'  # the spreadsheet trick for leading zeros is plain text
    plan = preview(store, write_csv(tmp_path / "lijst.csv", body)).plan
    assert [p.row for p in plan.problems] == [2] and "formule" in plan.problems[0].reason
    assert plan.new[0].number == "01002"
    sheet = [list(HEADERS), [1001, "Peeters", "=UPPER(\"jan\")", "3A", datetime(2017, 3, 14)],
             [1002, "Şahin", "Şeyma", "3A", "=DATE(2017;5;2)"],
             [1003, "Nguyễn", "Văn An", "4B", datetime(2016, 6, 5)]]
    xlsx_plan = preview(store, write_xlsx(tmp_path / "formules.xlsx", {"Blad1": sheet})).plan
    assert len(xlsx_plan.problems) == 2
    assert all("formule zonder berekende waarde" in p.reason for p in xlsx_plan.problems)


def test_excel_error_values_are_row_errors(store, tmp_path):
    sheet = [list(HEADERS), [1001, "Peeters", "Jan", "#N/A", datetime(2017, 3, 14)],
             [1002, "Şahin", "Şeyma", "3A", datetime(2017, 5, 2)]]
    plan = preview(store, write_xlsx(tmp_path / "fout.xlsx", {"Blad1": sheet})).plan
    assert "Excel-fout" in plan.problems[0].reason and len(plan.new) == 1


def test_every_row_error_names_its_row_and_reason(store, tmp_path):
    body = [["3001", "", "Jan", "3A", "2017", "", ""],
            ["3002", "Peeters", "Piet", "", "2017", "", ""],
            ["3003", "Peeters", "Pol", "3A", "1950", "", ""],
            ["3004", "X" * 150, "Pem", "3A", "2017", "", ""],
            ["3005", "Goed", "Gert", "3A", "2017", "", ""]]
    plan = preview(store, write_csv(tmp_path / "lijst.csv", body)).plan
    reasons = {p.row: p.reason for p in plan.problems}
    assert set(reasons) == {2, 3, 4, 5}
    assert "Familienaam ontbreekt" in reasons[2]
    assert "Klas ontbreekt" in reasons[3]
    assert "1950" in reasons[4]
    assert "te lang" in reasons[5]
    assert [line.row for line in plan.new] == [6]


# ---------------------------------------------------------------------------- matching


def test_reimporting_the_same_file_changes_nothing(store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", rows())
    result, _ = imported(store, path)
    assert result.added == len(PUPILS) and result.classes_added == 3
    before = store_state(store)
    again = preview(store, path).plan
    assert (again.new, again.changes, again.leavers, again.unchanged) == ([], [], [], len(PUPILS))
    second, _ = imported(store, path)
    assert (second.added, second.changed) == (0, 0)
    assert store_state(store) == before


def test_the_mapping_is_remembered_per_source(store, tmp_path):
    headers = ("Lln", "Fam", "Vn", "Groepje", "Geb")
    body = [[n, last, first, klass, born.strftime("%d/%m/%Y")] for n, last, first, klass, born in PUPILS]
    path = write_csv(tmp_path / "eigen.csv", body, headers=headers)
    read = class_import.read_class_list(store, path)
    assert read.mapping == {} and not read.remembered
    mapping = {0: Role.NUMBER, 1: Role.LAST_NAME, 2: Role.FIRST_NAME, 3: Role.CLASS, 4: Role.BIRTH}
    class_import.apply_import(store, class_import.preview_import(store, read.table, mapping, YEAR, TODAY),
                              today=TODAY)
    again = class_import.read_class_list(store, path)
    assert again.remembered and again.mapping == mapping


def test_a_new_school_year_moves_pupils_and_offers_leavers(store, tmp_path):
    imported(store, write_csv(tmp_path / "2026.csv", rows()))
    next_year = [(n, last, first, str(int(klass[0]) + 1) + klass[1:] if klass[0].isdigit() else "K3A", born)
                 for n, last, first, klass, born in PUPILS[:6]]
    next_year.append(("1100", "Ilunga", "Grâce", "1A", date(2020, 4, 4)))
    plan = preview(store, write_csv(tmp_path / "2027.csv", rows(next_year)), year=SchoolYear(2027)).plan
    assert [line.name for line in plan.new] == ["Grâce Ilunga"]
    assert {c.pupil.name: c.describe() for c in plan.changes}["Jan Peeters"] == "klas 3A vorig jaar → 4A"
    assert sorted(p.name for p in plan.leavers) == ["Aoife Ó Briain", "Marie-Louise Van den Bossche"]
    assert plan.new_classes == ["1A", "4A", "5B", "K3A"]


def test_leavers_are_marked_with_a_leave_date_never_deleted(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    shorter = write_csv(tmp_path / "na.csv", rows(PUPILS[:-1]))
    result = class_import.apply_import(store, preview(store, shorter), mark_left_on=date(2026, 11, 20),
                                       today=TODAY)
    assert result.marked_left == 1
    aoife = next(r for r in pupil_service.list_pupils(store, YEAR, TODAY) if r.first_name == "Aoife")
    assert aoife.has_left
    assert pupil_service.get_pupil(store, aoife.id).leave_date == date(2026, 11, 20)
    # Back on the list later: the same pupil returns, with their file.
    back = preview(store, write_csv(tmp_path / "terug.csv", rows())).plan
    assert [c.returns for c in back.changes] == [True] and not back.new


def test_match_by_number_corrects_the_name_match_by_name_keeps_the_accent(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    renamed = [("1001", "Peeters-Claes", "Jan", "3A", date(2017, 3, 14))]
    no_accents = [("", "Sahin", "Seyma", "3A", date(2017, 5, 2))]
    plan = preview(store, write_csv(tmp_path / "na.csv", rows(renamed + no_accents))).plan
    assert [c.describe() for c in plan.changes] == ["familienaam Peeters → Peeters-Claes"]
    assert plan.unchanged == 1  # Şeyma matched without accents; her name stays as stored


def test_a_list_without_numbers_matches_by_name_and_birth_year(store, tmp_path):
    first = [("", last, first, klass, born) for _, last, first, klass, born in PUPILS]
    imported(store, write_csv(tmp_path / "zonder.csv", rows(first)))
    plan = preview(store, write_csv(tmp_path / "met.csv", rows())).plan
    assert len(plan.changes) == len(PUPILS) and all(c.new_number for c in plan.changes)


def test_an_ambiguous_match_is_shown_not_guessed(store, tmp_path):
    twins = [("", "Janssens", "Noah", "3A", date(2017, 1, 1))]
    pupil_service.create_pupil(store, _pupil("Noah", "Janssens", 2017))
    pupil_service.create_pupil(store, _pupil("Noah", "Janssens", 2017))
    plan = preview(store, write_csv(tmp_path / "lijst.csv", rows(twins[:1]))).plan
    assert not plan.new and not plan.changes and len(plan.ambiguous) == 1
    assert "meer dan één leerling" in plan.ambiguous[0].reason
    assert not plan.leavers  # both candidates are on the list, in a way: neither is offered as leaver
    before = store_state(store)
    with pytest.raises(ClassListError, match="kunnen niet ingelezen worden"):
        class_import.apply_import(store, preview(store, write_csv(tmp_path / "x.csv", rows(twins[:1]))),
                                  today=TODAY)
    assert store_state(store) == before


def test_duplicates_in_the_list(store, tmp_path):
    same = rows(PUPILS[:2]) + rows(PUPILS[:1])
    plan = preview(store, write_csv(tmp_path / "zelfde.csv", same)).plan
    assert len(plan.new) == 2 and plan.skipped_duplicates == 1 and not plan.duplicates
    conflicting = rows(PUPILS[:2]) + rows([("1001", "Peeters", "Jan", "5C", date(2017, 3, 14))])
    plan = preview(store, write_csv(tmp_path / "anders.csv", conflicting)).plan
    assert [d.row for d in plan.duplicates] == [2, 4] and len(plan.new) == 1
    assert "2 keer" in plan.duplicates[0].reason


def _pupil(first, last, year):
    from go_hgw_desktop.domain.pupil import Pupil

    return Pupil(first_name=first, last_name=last, birth_year=year)


# ---------------------------------------------------------------------------- all or nothing


def test_skipping_rows_needs_a_decision_and_is_counted(store, tmp_path):
    body = rows()
    body[2][4] = "31/02/2016"
    path = write_csv(tmp_path / "lijst.csv", body)
    before = store_state(store)
    with pytest.raises(ClassListError):
        class_import.apply_import(store, preview(store, path), today=TODAY)
    assert store_state(store) == before
    result = class_import.apply_import(store, preview(store, path), skip_unclear=True, today=TODAY)
    assert result.added == len(PUPILS) - 1 and result.rows_skipped == 1


def test_a_cancelled_import_leaves_nothing(store, tmp_path):
    many = [(str(5000 + i), f"Achternaam{i}", f"Voornaam{i}", f"{1 + i % 6}A", date(2016, 1, 1))
            for i in range(3000)]
    path = write_csv(tmp_path / "groot.csv", rows(many))
    result = preview(store, path)
    before = store_state(store)
    calls = []

    def stop_halfway(done, total):
        calls.append(done)
        if done >= total // 2:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        class_import.apply_import(store, result, today=TODAY, progress=stop_halfway)
    assert calls and store_state(store) == before


def test_a_failure_in_the_middle_leaves_nothing(store, tmp_path, monkeypatch):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    moved = [(n, last, first, "6" + klass[1:], born) for n, last, first, klass, born in PUPILS[:-1]]
    result = preview(store, write_csv(tmp_path / "na.csv", rows(moved)))
    before = store_state(store)

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(class_import, "_mark_left", broken)
    with pytest.raises(OSError):
        class_import.apply_import(store, result, mark_left_on=TODAY, today=TODAY)
    assert store_state(store) == before


def test_a_store_changed_since_the_preview_refuses_the_import(store, tmp_path):
    result = preview(store, write_csv(tmp_path / "lijst.csv", rows()))
    pupil_service.create_pupil(store, _pupil("Jan", "Peeters", 2017))  # someone else added him meanwhile
    before = store_state(store)
    with pytest.raises(ClassListError, match="sinds het voorbeeld"):
        class_import.apply_import(store, result, today=TODAY)
    assert store_state(store) == before


def test_a_fifty_thousand_row_file_is_read_and_imported(store, tmp_path):
    many = [(str(10000 + i), f"Familie{i % 977}", f"Kind{i}", f"{1 + i % 6}{'ABCD'[i // 6 % 4]}",
             date(2012 + i % 8, 1 + i % 12, 1 + i % 28)) for i in range(50_000)]
    path = write_csv(tmp_path / "groot.csv", rows(many), encoding="utf-8-sig")
    seen = []
    read = class_import.read_class_list(store, path, progress=lambda done, total: seen.append((done, total)))
    assert len(read.table.rows) == 50_000 and seen
    result = class_import.apply_import(
        store, class_import.preview_import(store, read.table, read.mapping, YEAR, TODAY), today=TODAY)
    assert result.added == 50_000 and result.classes_added == 24


def test_csv_bom_variants_are_equal(store, tmp_path):
    one = write_csv(tmp_path / "a.csv", rows(), encoding="utf-8")
    two = tmp_path / "b.csv"
    two.write_bytes(codecs.BOM_UTF8 + one.read_bytes())
    assert preview(store, one).table.headers == preview(store, two).table.headers


# ---------------------------------------------------------------------------- found by a reviewer


def test_a_bare_nr_column_is_not_the_pupil_number():
    assert recognise(["Nr", "Naam", "Voornaam", "Klas", "Geboortedatum"]) == {
        1: Role.LAST_NAME, 2: Role.FIRST_NAME, 3: Role.CLASS, 4: Role.BIRTH}
    assert recognise(["Stamnr", "Familienaam", "Voornaam", "Klas", "Geb.datum"])[0] is Role.NUMBER


def test_a_number_that_belongs_to_another_child_renames_nobody(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    wrong = [("1001", "De Smet", "Wout", "3B", date(2017, 8, 8))]  # 1001 is Jan Peeters
    plan = preview(store, write_csv(tmp_path / "na.csv", rows(wrong))).plan
    assert not plan.changes and not plan.new
    assert "hoort bij Jan Peeters" in plan.ambiguous[0].reason


def test_another_numbering_scheme_does_not_double_the_school(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    logins = [(f"login{n}", last, first, klass, born) for n, last, first, klass, born in PUPILS]
    plan = preview(store, write_csv(tmp_path / "na.csv", rows(logins))).plan
    assert plan.new == [] and plan.leavers == [] and len(plan.ambiguous) == len(PUPILS)
    assert "Is de gekoppelde kolom wel het leerlingnummer?" in plan.ambiguous[0].reason


def test_a_question_mark_for_a_lost_letter_is_a_row_error_never_a_new_name(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    lossy = [("1002", "?ahin", "?eyma", "3A", date(2017, 5, 2)), *PUPILS[2:]]
    plan = preview(store, write_csv(tmp_path / "na.csv", rows(lossy))).plan
    assert "bevat een ‘?’" in plan.errors[0].reason and "CSV UTF-8" in plan.errors[0].reason
    assert not plan.changes
    assert "Şeyma Şahin" not in [p.name for p in plan.leavers]  # her number still says she is there


def test_a_list_of_one_class_leaves_the_other_classes_alone(store, tmp_path):
    imported(store, write_csv(tmp_path / "school.csv", rows()))
    three_a = [p for p in PUPILS if p[3] == "3A"][:-1]  # one 3A pupil is gone
    plan = preview(store, write_csv(tmp_path / "3a.csv", rows(three_a))).plan
    assert [p.name for p in plan.leavers] == ["Yassir El Amrani"]
    assert plan.untouched == ["4B", "K2A"]


def test_next_years_pupils_are_not_leavers_of_this_year(store, tmp_path):
    imported(store, write_csv(tmp_path / "dit.csv", rows()))
    incoming = [("2001", "Nieuwkomer", "Lea", "1A", date(2020, 3, 3))]
    class_import.apply_import(store, preview(store, write_csv(tmp_path / "volgend.csv", rows(incoming)),
                                             year=SchoolYear(2027)), today=TODAY)
    plan = preview(store, write_csv(tmp_path / "dit2.csv", rows())).plan
    assert plan.leavers == []  # Lea only has a class next year


def test_leavers_of_a_coming_year_leave_at_the_end_of_this_one():
    from go_hgw_desktop.imports.plan import default_leave_date

    assert default_leave_date(SchoolYear(2027), TODAY) == date(2027, 8, 31)
    assert default_leave_date(SchoolYear(2026), TODAY) == TODAY


def test_a_held_back_duplicate_is_not_offered_as_a_leaver(store, tmp_path):
    imported(store, write_csv(tmp_path / "voor.csv", rows()))
    twice = rows(PUPILS) + rows([("1003", "Nguyễn", "Văn An", "5C", date(2016, 6, 5))])
    plan = preview(store, write_csv(tmp_path / "dubbel.csv", twice)).plan
    assert {d.name for d in plan.duplicates} == {"Văn An Nguyễn"} and plan.leavers == []


def test_name_variants_of_one_pupil_match(store, tmp_path):
    first = [("", "D’Hondt", "Jan-Willem", "3A", date(2017, 1, 1))]
    imported(store, write_csv(tmp_path / "voor.csv", rows(first)))
    plan = preview(store, write_csv(tmp_path / "na.csv", rows([("", "D'HONDT", "Jan Willem", "3A",
                                                                 date(2017, 1, 1))]))).plan
    assert plan.unchanged == 1 and not plan.new


def test_a_total_row_is_left_out_without_blocking(store, tmp_path):
    body = [*rows(), ["Totaal: 8 leerlingen", "", "", "", "", "", ""]]
    plan = preview(store, write_csv(tmp_path / "lijst.csv", body)).plan
    assert plan.rows_not_imported == 0 and len(plan.new) == len(PUPILS)
    assert "Totaal: 8 leerlingen" in plan.not_pupils[0].reason


def test_excel_day_counts_saved_as_text_are_dates():
    assert birth_year_of("42808") == 2017


def test_a_web_page_with_an_xls_name_is_refused(store, tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Naam</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(ClassListError, match="webpagina"):
        class_import.read_class_list(store, path)


def test_a_workbook_with_a_sheet_per_class_says_which_sheets_are_left(store, tmp_path):
    sheets = {klass: [list(HEADERS), *[r for r in rows() if r[3] == klass]] for klass in ("3A", "4B", "K2A")}
    read = class_import.read_class_list(store, write_xlsx(tmp_path / "klassen.xlsx", sheets))
    assert read.table.sheet == "3A" and read.table.similar_sheets == ("4B", "K2A")
