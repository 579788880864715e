"""A signed data file whose tables the report cannot lay out (adversary report, Low 9).

Anyone can sign a file with a key of their own (a new school is trusted on first use), so the
signature says nothing about its shape: a table of 32 columns made the PDF fail ("Er ging iets
onverwachts mis", exit 70) after the forger's key had been remembered. Now every table is held
to the shape this version makes of its kind, on reading, and keys are remembered only once the
output exists.
"""

from __future__ import annotations

import json

import pytest
from fotofiles import school_seed

from go_hgw_desktop import paths
from go_hgw_desktop.domain.text import TEXT_MAX
from go_hgw_desktop.reports.data_file import (
    LABEL_MAX,
    DataFileError,
    checksum,
    read_data_file,
    sign,
    table_shape,
)
from go_hgw_desktop.services import school_keys


def _wide(base: dict, key: str, columns: int) -> dict:
    """``base`` with the table ``key`` made ``columns`` wide: every body cell hidden as "any
    count" (7 each), totals shown, so the table audit itself has nothing to object to."""
    content = json.loads(json.dumps(base))
    table = next(t for t in content["tables"] if t["key"] == key)
    rows = len(table["rows"])
    table["columns"] = [f"K{c}" for c in range(columns)]
    table["cells"] = [[{"hidden": "carried"}] * columns + [{"value": 7 * columns}] for _ in range(rows)]
    table["cells"].append([{"value": 7 * rows}] * columns + [{"value": 7 * rows * columns}])
    return content


def _signed(content: dict, path, signer: str = "een vervalser"):
    content = {k: v for k, v in content.items() if k not in ("signature", "checksum")}
    content["school"] = {"name": "Vervalste school", "institution_number": "999999", "scholengroep": ""}
    content["signature"] = sign(content, school_seed(signer))
    content["checksum"] = checksum(content)
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def base(demo_store, tmp_path) -> dict:
    from conftest import TODAY

    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services import exports, schoolfoto

    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    path = exports.schoolfoto_data(demo_store, foto, tmp_path / "school.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("columns", [2, 32, 40])
def test_a_signed_file_with_a_too_wide_table_is_refused_and_no_key_is_remembered(base, tmp_path, cli,
                                                                                  columns):
    forged = _signed(_wide(base, "support_themes", columns), tmp_path / "breed.json")
    code, out, err = cli("scholengroepfoto", str(forged), "--out", str(tmp_path / "groep.pdf"))
    assert code == 2 and "Traceback" not in err, err
    title = "Ondersteuningsbehoeften van leraren en team, per thema"
    assert f"breed.json: tabel ‘{title}’ heeft {columns} kolommen" in err and "hoogstens 1" in err
    assert not (tmp_path / "groep.pdf").exists() and not out
    assert not (paths.config_dir() / school_keys.MEMORY_FILE).exists()


def test_every_table_the_app_makes_fits_its_shape(base, tmp_path):
    for table in base["tables"]:
        rows, columns = table_shape(table["key"])
        assert len(table["columns"]) <= columns and len(table["rows"]) <= rows, table["key"]
    assert read_data_file(_signed(base, tmp_path / "gewoon.json", "de school"))


def test_a_table_the_app_does_not_know_is_held_to_a_small_shape(base, tmp_path):
    content = _wide(base, "support_themes", 7)
    next(t for t in content["tables"] if t["key"] == "support_themes")["key"] = "iets_nieuws"
    with pytest.raises(DataFileError, match="heeft 7 kolommen; zo’n tabel heeft er hoogstens 6"):
        read_data_file(_signed(content, tmp_path / "onbekend.json"))


def test_a_label_too_long_to_print_is_refused(base, tmp_path):
    content = json.loads(json.dumps(base))
    next(t for t in content["tables"] if t["key"] == "population_class")["rows"][0] = "x" * (LABEL_MAX + 1)
    with pytest.raises(DataFileError, match="te lang"):
        read_data_file(_signed(content, tmp_path / "lang.json"))


def test_points_or_an_agreement_longer_than_anyone_can_type_are_refused(base, tmp_path):
    """A forged megabyte of points kept the scholengroepfoto's PDF busy for minutes."""
    content = json.loads(json.dumps(base))
    content["points"] = "woord " * (TEXT_MAX // 6 + 1)
    with pytest.raises(DataFileError, match="hoogstens"):
        read_data_file(_signed(content, tmp_path / "punten.json"))
    content = json.loads(json.dumps(base))
    content["agreements"]["items"] = [{"description": "x" * (TEXT_MAX + 1), "owner_role": "Directie",
                                       "due_on": None, "done": False}]
    with pytest.raises(DataFileError, match="ongeldige afspraak"):
        read_data_file(_signed(content, tmp_path / "afspraak.json"))
    content["agreements"]["items"][0]["description"] = "Nascholing aanvragen"
    read_data_file(_signed(content, tmp_path / "gewoon.json"))  # an ordinary one still reads


def test_the_widest_legitimate_scholengroepfoto_still_prints(base, tmp_path, cli):
    """Every table at its widest: the report lays it out (the bound is not too tight)."""
    from fotofiles import as_school

    source = _signed(base, tmp_path / "bron.json", "de school")
    files = [as_school(source, tmp_path / f"s{n}.json", f"GO! School {n}", f"{100000 + n}") for n in range(3)]
    code, _, err = cli("scholengroepfoto", *map(str, files), "--out", str(tmp_path / "groep.pdf"))
    assert code == 0, err
