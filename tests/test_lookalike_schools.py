"""Forged data files that pass for a known school by looking like it (adversary report, High 2).

A forger re-signs school A's figures with their own key and writes A's instellingsnummer with a
zero-width space, full-width or Arabic-Indic digits or a leading zero, or, for a school without
a number, its name with a Cyrillic о or a zero-width space. The scholengroepfoto used to take
each as a new school (trust on first use) and its duplicate check missed them. Now the identity
is what the number and name look like, a number must be six digits, and a new key for a school
that looks like a known one is refused until the user confirms.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from fotofiles import as_school, school_seed

from go_hgw_desktop import paths
from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase
from go_hgw_desktop.reports.data_file import DataFileError, write_data_file
from go_hgw_desktop.reports.scholengroep import read_school_file
from go_hgw_desktop.reports.schoolfoto import SchoolFacts, SchoolIdentity, TrajectoryFact, build_schoolfoto
from go_hgw_desktop.services import school_keys

LINDE, ANKER = "GO! Basisschool De Linde", "GO! Basisschool Het Anker"
ZONDER = "GO! Basisschool Zonder Nummer"


@pytest.fixture
def base(tmp_path):
    """A school's signed data file to copy figures from."""
    facts = SchoolFacts(
        school=SchoolIdentity(LINDE, "123456", "Scholengroep Voorbeeld"), school_year="2026-2027",
        reference_date=date(2026, 11, 20), classes=(("1", "1A", 22), ("2", "2A", 18)),
        trajectories=tuple(TrajectoryFact(Phase(i % 4), list(HgwStep)[i % 4], list(CareDomain)[i % 3], None,
                                          False) for i in range(40)))
    path = tmp_path / "basis.json"
    write_data_file(build_schoolfoto(facts), path, school_seed(LINDE))
    return path


@pytest.fixture
def known(base, tmp_path, cli):
    """The scholengroep combined A (123456), B (654321) and C (no number) once: keys remembered."""
    files = {"A": as_school(base, tmp_path / "A.json", LINDE, "123456"),
             "B": as_school(base, tmp_path / "B.json", ANKER, "654321"),
             "C": as_school(base, tmp_path / "C.json", ZONDER, "")}
    code, _, err = cli("scholengroepfoto", *map(str, files.values()), "--out", str(tmp_path / "eerst.pdf"))
    assert code == 0, err
    return files


def _combine(cli, tmp_path, *files, accept=()):
    extra = [arg for name in accept for arg in ("--accept-new-key", name)]
    return cli("scholengroepfoto", *map(str, files), "--out", str(tmp_path / "groep.pdf"), *extra)


@pytest.mark.parametrize("number", ["123\u200b456", "１２３４５６", "١٢٣٤٥٦", "123456\u00a0", " 123 456 "])
def test_a_forged_file_with_a_look_alike_number_is_school_a_with_a_new_key(base, known, tmp_path, cli,
                                                                           number):
    forged = as_school(base, tmp_path / "vervalst.json", LINDE, number, signer="de vervalser")
    code, _, err = _combine(cli, tmp_path, forged, known["B"])
    assert code == 2 and "vervalst.json: GO! Basisschool De Linde ondertekende vroeger met de sleutel" in err
    assert '--accept-new-key "123456"' in err
    assert not (tmp_path / "groep.pdf").exists()


@pytest.mark.parametrize("number", ["0123456", "12345", "12345a", "123-456", "١٢٣٤٥٦٧"])
def test_a_number_that_is_not_six_digits_is_refused(base, known, tmp_path, cli, number):
    forged = as_school(base, tmp_path / "vervalst.json", LINDE, number, signer="de vervalser")
    code, _, err = _combine(cli, tmp_path, forged, known["B"])
    assert code == 2 and "vervalst.json: heeft een ongeldig instellingsnummer" in err and "6 cijfers" in err
    with pytest.raises(DataFileError, match="ongeldig instellingsnummer"):
        read_school_file(forged)


@pytest.mark.parametrize("name", [ZONDER.replace("o", "\u043e", 1), ZONDER.replace(" ", " \u200b", 1),
                                  ZONDER.replace(" ", "\u00a0", 1), ZONDER.upper(),
                                  "ＧＯ! Basisschool Zonder Nummer"])
def test_a_forged_file_with_a_look_alike_name_is_school_c_with_a_new_key(base, known, tmp_path, cli, name):
    forged = as_school(base, tmp_path / "vervalst.json", name, "", signer="de vervalser")
    code, _, err = _combine(cli, tmp_path, forged, known["A"], known["B"])
    assert code == 2 and "ondertekende vroeger met de sleutel" in err, err
    assert '--accept-new-key "vervalst.json"' in err  # not a name that may hold invisible letters


def test_one_school_twice_in_one_scholengroepfoto_is_refused_however_it_is_written(base, tmp_path, cli):
    first = as_school(base, tmp_path / "een.json", LINDE, "123456")
    wide = as_school(base, tmp_path / "twee.json", "Iets anders", "１２３４５６")
    code, _, err = _combine(cli, tmp_path, first, wide)
    assert code == 2 and "twee.json: bevat dezelfde school" in err
    nameless = as_school(base, tmp_path / "drie.json", ZONDER, "")
    twin = as_school(base, tmp_path / "vier.json", ZONDER.replace("o", "\u043e"), "")
    code, _, err = _combine(cli, tmp_path, nameless, twin)
    assert code == 2 and "vier.json: bevat dezelfde school" in err


def test_a_new_key_for_a_school_that_looks_like_a_known_one_is_refused_until_accepted(base, known, tmp_path,
                                                                                     cli):
    """Another (valid) number, the same name as A, another key: not simply a new school."""
    forged = as_school(base, tmp_path / "vervalst.json", LINDE.replace("e", "\u0435"), "123457",
                       signer="de vervalser")
    code, _, err = _combine(cli, tmp_path, forged, known["B"])
    assert code == 2 and "LET OP" in err and "lijkt op GO! Basisschool De Linde (123456)" in err, err
    assert '--accept-new-key "123457"' in err
    memory = json.loads((paths.config_dir() / school_keys.MEMORY_FILE).read_text(encoding="utf-8"))
    assert "123457" not in memory["schools"]
    code, out, err = _combine(cli, tmp_path, forged, known["B"], accept=["123457"])
    assert code == 0 and "NIEUWE SCHOOL aanvaard, die lijkt op" in out, err


def test_two_new_schools_that_look_alike_in_a_first_combination_are_questioned(base, tmp_path, cli):
    real = as_school(base, tmp_path / "echt.json", LINDE, "123456")
    forged = as_school(base, tmp_path / "vervalst.json", LINDE, "123457", signer="de vervalser")
    code, _, err = _combine(cli, tmp_path, real, forged)
    assert code == 2 and "echt.json: LET OP" in err
    assert "lijkt op GO! Basisschool De Linde (123457) in vervalst.json" in err


def test_the_same_school_under_its_new_number_and_the_same_key_is_no_alarm(base, known, tmp_path, cli):
    """School C got an instellingsnummer: same name, same key, so nothing looks forged."""
    numbered = as_school(base, tmp_path / "C2.json", ZONDER, "222222")
    code, out, err = _combine(cli, tmp_path, numbered, known["A"])
    assert code == 0 and "nieuw, nu onthouden" in out, err


def test_keys_remembered_by_an_earlier_version_are_recognised(base, tmp_path):
    """schoolsleutels.json keyed as before (number with stray spaces, a name folded by case
    only) still knows the schools."""
    a = read_school_file(as_school(base, tmp_path / "A.json", LINDE, "123456"))
    c = read_school_file(as_school(base, tmp_path / "C.json", ZONDER, ""))
    memory = tmp_path / "sleutels.json"
    old = {"format": school_keys.FORMAT, "version": 1, "schools": {
        " 123456": {"name": LINDE, "public_key": a.public_key.hex()},
        "go! basisschool zonder nummer": {"name": ZONDER, "public_key": c.public_key.hex()}}}
    memory.write_text(json.dumps(old), encoding="utf-8")
    assert [check.status for check in school_keys.review([a, c], memory)] == [school_keys.KNOWN] * 2


def test_keys_are_remembered_only_after_the_output_is_written(base, tmp_path, cli):
    school = as_school(base, tmp_path / "A.json", LINDE, "123456")
    code, _, _ = cli("scholengroepfoto", str(school), "--out", str(tmp_path / "bestaat-niet" / "g.pdf"))
    assert code == 5
    assert not (paths.config_dir() / school_keys.MEMORY_FILE).exists()


def test_the_key_memory_is_written_through_the_safe_write_helper(base, tmp_path, monkeypatch):
    from go_hgw_desktop import files

    written = []
    monkeypatch.setattr(files, "write_text", lambda path, text: written.append(path) or path.write_text(text))
    school = read_school_file(as_school(base, tmp_path / "A.json", LINDE, "123456"))
    school_keys.remember(school_keys.review([school], tmp_path / "sleutels.json"), tmp_path / "sleutels.json")
    assert written == [tmp_path / "sleutels.json"]


@pytest.mark.parametrize("stored, written", [("１２３４５６", "123456"), ("١٢٣٤٥٦", "123456"),
                                             ("12345", None)])
def test_a_schools_own_export_writes_its_number_as_it_is_meant(store, tmp_path, stored, written):
    """A store from before the six-digit rule may hold full-width or Arabic-Indic digits (isdigit()
    took them), or too few: the data file gets the ASCII number, or is refused at home."""
    from conftest import TODAY
    from sqlalchemy import update

    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.errors import UserError
    from go_hgw_desktop.services import exports, schoolfoto
    from go_hgw_desktop.storage import models as m

    with store.transaction() as session:
        session.execute(update(m.SchoolRecord).values(institution_number=stored))
    foto = schoolfoto.schoolfoto(store, SchoolYear.containing(TODAY), TODAY)
    path = tmp_path / "school.json"
    if written is None:
        with pytest.raises(UserError, match="geen geldig instellingsnummer"):
            exports.schoolfoto_data(store, foto, path)
        assert not path.exists()
    else:
        exports.schoolfoto_data(store, foto, path)
        assert json.loads(path.read_text(encoding="utf-8"))["school"]["institution_number"] == written
