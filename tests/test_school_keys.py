"""Signed data files: the school's key in its keyring, the fingerprint on the foto's cover,
and a scholengroep that remembers each school's key and refuses a changed one or a forgery."""

from __future__ import annotations

import json
import os

import pytest
from conftest import TODAY
from fotofiles import as_school
from pypdf import PdfReader

from go_hgw_desktop import paths
from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.school import name_skeleton
from go_hgw_desktop.reports.data_file import (
    DataFileError,
    checksum,
    fingerprint,
    public_key_of,
    read_signed_file,
)
from go_hgw_desktop.reports.scholengroep import identity_key, read_school_file
from go_hgw_desktop.services import audit_trail, exports, school_keys, schoolfoto, security
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage.keys import ENTRY_MAGIC
from go_hgw_desktop.storage.store import read_store_info

TODAY_ISO = TODAY.isoformat()
PASS = "lange zin met spaties"


@pytest.fixture
def exported(demo_store, tmp_path):
    """The demo school's foto as PDF and signed data file, exported through the app."""
    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    pdf, data = tmp_path / "school.pdf", tmp_path / "school.json"
    exports.schoolfoto_pdf(demo_store, foto, pdf)
    exports.schoolfoto_data(demo_store, foto, data)
    return pdf, data, school_keys.own_fingerprint(demo_store)


def test_the_data_file_is_signed_with_the_schools_key_and_the_cover_shows_its_fingerprint(
        demo_store, exported, data_dir, key_store):
    pdf, data, own = exported
    _foto, public_key = read_signed_file(data)
    assert fingerprint(public_key) == own and len(own) == 19 and own.count("-") == 3
    cover = PdfReader(pdf).pages[0].extract_text()
    assert "Vingerafdruk sleutel" in cover and own in cover
    # The key lives in the keyring entry, made on first need, and its making is in the trail.
    vault = demo_store.vault
    assert fingerprint(public_key_of(bytes(vault.signing_seed))) == own
    entry = key_store.load(read_store_info(data_dir).store_id)
    assert entry.startswith(ENTRY_MAGIC) and bytes(vault.signing_seed) in entry
    made = [e for e in audit_trail.entries(demo_store) if "gegevensbestanden aangemaakt" in e.detail]
    assert len(made) == 1 and own in made[0].detail


def test_with_a_passphrase_the_signing_key_is_sealed_and_stays_the_same(store, data_dir, key_store):
    own = school_keys.own_fingerprint(store)
    seed = bytes(store.vault.signing_seed)
    security.set_passphrase(store, key_store, PASS)
    store.close()
    entry = key_store.load(read_store_info(data_dir).store_id)
    assert seed not in entry
    again = open_workspace(data_dir, key_store, passphrase=PASS).store
    assert school_keys.own_fingerprint(again) == own
    again.close()


def test_a_school_without_a_key_gets_none_until_it_exports(store):
    assert store.vault.signing_seed is None


# ------------------------------------------------------------------ forged files


def test_a_forged_count_is_refused_naming_the_file(exported, tmp_path, cli):
    _pdf, data, _own = exported
    content = json.loads(data.read_text(encoding="utf-8"))
    table = next(t for t in content["tables"] if t["key"] == "population_grade")
    cell = next(c for line in table["cells"] for c in line if "value" in c and c["value"] >= 5)
    cell["value"] += 1  # one more pupil, and the checksum recomputed: only the signature knows
    content["checksum"] = checksum(content)
    forged = tmp_path / "vervalst.json"
    forged.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"vervalst\.json: is gewijzigd na het ondertekenen"):
        read_school_file(forged)
    code, _, err = cli("scholengroepfoto", str(forged), "--out", str(tmp_path / "g.pdf"))
    assert code == 2 and "vervalst.json" in err and "ondertekenen" in err and "Traceback" not in err
    assert not (tmp_path / "g.pdf").exists()


def test_an_unsigned_file_from_an_older_version_is_refused(exported, tmp_path, cli):
    _pdf, data, _own = exported
    content = json.loads(data.read_text(encoding="utf-8"))
    del content["signature"]
    content["version"] = 1
    content["checksum"] = checksum(content)
    old = tmp_path / "oud.json"
    old.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli("scholengroepfoto", str(old), "--out", str(tmp_path / "g.pdf"))
    assert code == 2 and "oud.json: is niet ondertekend" in err and "nieuwste versie" in err


# ------------------------------------------------------------------ remembering keys


def _group(cli, tmp_path, *files, accept=()):
    extra = [arg for name in accept for arg in ("--accept-new-key", name)]
    return cli("scholengroepfoto", *map(str, files), "--out", str(tmp_path / "groep.pdf"), *extra)


def test_keys_are_remembered_on_first_use_and_a_changed_key_is_refused_until_accepted(exported, tmp_path,
                                                                                     cli):
    _pdf, data, own = exported
    other = as_school(data, tmp_path / "b.json", "GO! Basisschool Łódź", "654321")
    code, out, err = _group(cli, tmp_path, data, other)
    assert code == 0, err
    assert f"vingerafdruk {own}, nieuw, nu onthouden" in out
    memory = paths.config_dir() / school_keys.MEMORY_FILE
    remembered = json.loads(memory.read_text(encoding="utf-8"))["schools"]
    own_school = identity_key(read_school_file(data).foto.school)
    assert set(remembered) == {"654321", own_school}
    assert remembered["654321"]["name"] == "GO! Basisschool Łódź"
    assert remembered[own_school]["fingerprint"] == own
    if os.name == "posix":
        assert memory.stat().st_mode & 0o077 == 0
    code, out, _ = _group(cli, tmp_path, data, other)
    assert code == 0 and out.count("zoals vroeger") == 2

    # The same school, now signed by another key (a forger, or a new laptop).
    moved = as_school(data, tmp_path / "c.json", "GO! Basisschool Łódź", "654321", signer="iemand anders")
    code, _, err = _group(cli, tmp_path, data, moved)
    assert code == 2 and "c.json: GO! Basisschool Łódź ondertekende vroeger met de sleutel" in err
    assert '--accept-new-key "654321"' in err and "vingerafdruk" in err
    code, out, err = _group(cli, tmp_path, data, moved, accept=["654321"])
    assert code == 0 and "NIEUWE SLEUTEL aanvaard" in out, err
    code, out, _ = _group(cli, tmp_path, data, moved)
    assert code == 0 and out.count("zoals vroeger") == 2  # the accepted key is the one remembered now


def test_a_file_claiming_another_schools_instellingsnummer_is_caught(exported, tmp_path, cli):
    _pdf, data, _own = exported
    real = as_school(data, tmp_path / "echt.json", "GO! Atheneum Nguyễn", "999999")
    other = as_school(data, tmp_path / "ander.json", "GO! Basisschool De Linde", "111111")
    assert _group(cli, tmp_path, real, other)[0] == 0
    # De Linde's key signs a file that claims to be school 999999.
    claim = as_school(data, tmp_path / "claim.json", "GO! Atheneum Nguyễn", "999999",
                      signer="GO! Basisschool De Linde")
    code, _, err = _group(cli, tmp_path, claim, other)
    assert code == 2 and "claim.json" in err and "vervalst" in err


def test_a_school_without_instellingsnummer_is_remembered_by_name(exported, tmp_path):
    _pdf, data, _own = exported
    first = read_school_file(as_school(data, tmp_path / "a.json", "GO! Школа  Zuid", ""))
    memory = tmp_path / "sleutels.json"
    school_keys.remember(school_keys.review([first], memory), memory)
    # Keyed on what the name looks like (domain/school.name_skeleton), not on how it was typed.
    assert list(json.loads(memory.read_text())["schools"]) == [name_skeleton("GO! Школа Zuid")]
    renamed = read_school_file(as_school(data, tmp_path / "b.json", "GO! школа Zuid", "", signer="x"))
    [check] = school_keys.review([renamed], memory)
    assert check.status == school_keys.CHANGED


def test_a_damaged_key_memory_is_a_dutch_message(exported, tmp_path, cli):
    _pdf, data, _own = exported
    memory = paths.config_dir() / school_keys.MEMORY_FILE
    memory.parent.mkdir(parents=True, exist_ok=True)
    memory.write_text("{kapot", encoding="utf-8")
    code, _, err = _group(cli, tmp_path, data)
    assert code == 2 and "schoolsleutels.json" in err and "Verwijder dit bestand" in err
