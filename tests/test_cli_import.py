"""``go-hgw import`` as a script or a person would call it."""

from __future__ import annotations

from datetime import date

import pytest
from classlists import HEADERS, PUPILS, rows, store_state, write_csv

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.workspace import open_workspace


def _store(data_dir, key_store):
    return open_workspace(data_dir, key_store).store


@pytest.fixture(autouse=True)
def _initialised(cli):
    """``import`` needs a store made by ``init`` (it never creates one)."""
    assert cli("init")[0] == 0


def test_dry_run_prints_the_preview_and_writes_nothing(cli, tmp_path, data_dir, key_store):
    path = write_csv(tmp_path / "lijst.csv", rows())
    store = _store(data_dir, key_store)
    before = store_state(store)
    store.close()
    code, out, err = cli("import", str(path), "--school-year", "2026-2027", "--dry-run")
    assert code == 0, err
    assert "Nieuwe leerlingen (8):" in out and "rij 2: Jan Peeters, klas 3A, geboortejaar 2017" in out
    assert "Niet ingelezen (worden nergens bewaard): Adres, Rijksregisternummer." in out
    assert "Proefrun: er is niets opgeslagen." in out
    store = _store(data_dir, key_store)
    assert store_state(store) == before
    store.close()


def test_import_then_again_changes_nothing(cli, tmp_path, data_dir, key_store):
    path = write_csv(tmp_path / "lijst.csv", rows())
    code, out, err = cli("import", str(path), "--school-year", "2026-2027")
    assert code == 0, err
    assert "Geïmporteerd: 8 nieuwe leerlingen, 0 gewijzigd, 3 nieuwe klassen." in out
    code, out, _ = cli("import", str(path), "--school-year", "2026-2027")
    assert code == 0 and "Er is niets te veranderen" in out


def test_rows_with_errors_refuse_the_import_unless_skipped(cli, tmp_path, data_dir, key_store):
    cli("init")
    body = rows()
    body[1][4] = "31/02/2017"
    path = write_csv(tmp_path / "lijst.csv", body)
    code, out, err = cli("import", str(path), "--school-year", "2026-2027")
    assert code == 2
    assert "rij 3 (Şeyma Şahin): Geboortedatum ‘31/02/2017’ bestaat niet." in out
    assert "er is niets geïmporteerd" in err and "Traceback" not in err
    store = _store(data_dir, key_store)
    assert pupil_service.list_pupils(store, SchoolYear(2026)) == []
    store.close()
    code, out, _ = cli("import", str(path), "--school-year", "2026-2027", "--skip-errors")
    assert code == 0 and "1 rij(en) overgeslagen" in out


def test_leavers_are_only_marked_when_asked(cli, tmp_path, data_dir, key_store):
    cli("import", str(write_csv(tmp_path / "a.csv", rows())), "--school-year", "2026-2027")
    shorter = write_csv(tmp_path / "b.csv", rows(PUPILS[1:]))
    code, out, _ = cli("import", str(shorter), "--school-year", "2026-2027")
    assert "Niet meer in de lijst (vertrokken?) (1):" in out and "--mark-left" in out
    code, out, _ = cli("import", str(shorter), "--school-year", "2026-2027", "--mark-left", "2026-11-30")
    assert code == 0 and "1 als vertrokken gemarkeerd" in out
    store = _store(data_dir, key_store)
    jan = next(p for p in pupil_service.list_pupils(store, SchoolYear(2026), date(2026, 12, 1))
               if p.first_name == "Jan")
    assert jan.has_left
    store.close()


def test_map_option_and_bad_arguments(cli, tmp_path):
    headers = ("Nr", "Fam", "Roepnaam", "Groep", "Geboren")
    body = [[n, last, first, klass, born.strftime("%d/%m/%Y")] for n, last, first, klass, born in PUPILS]
    path = write_csv(tmp_path / "eigen.csv", body, headers=headers)
    code, _out, err = cli("import", str(path), "--dry-run", "--map", "familienaam=Fam")
    assert code == 0, err  # Roepnaam, Groep, Geboren and Nr are recognised
    code, _, err = cli("import", str(path), "--dry-run", "--map", "schoenmaat=Fam")
    assert code == 2 and "geen rol" in err
    code, _, err = cli("import", str(path), "--dry-run", "--map", "klas=Bestaat niet")
    assert code == 2 and "geen kolom ‘Bestaat niet’" in err
    code, _, err = cli("import", str(tmp_path / "weg.csv"))
    assert code == 2 and "bestaat niet" in err
    no_names = write_csv(tmp_path / "zonder.csv", [r[3:5] for r in rows()], headers=HEADERS[3:5])
    code, _, err = cli("import", str(no_names))
    assert code == 2 and "Koppel nog: Voornaam, Familienaam" in err


def test_map_with_nothing_leaves_a_column_out(cli, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", rows())
    code, out, _ = cli("import", str(path), "--dry-run", "--map", "nummer=")
    assert code == 0 and "Stamboeknummer" in out.split("Niet ingelezen")[1]
