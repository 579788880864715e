"""Files from outside that try to hurt, and folders that refuse writes.

Devices, FIFOs and folders are refused without being read; a data file with NaN, text where
a number belongs or deep nesting is a Dutch message naming the file (exit 2, never 70); an
.xlsx with XML entity tricks is parsed by defusedxml and refused; every file the app writes
is private (0600), whole or absent; a read-only data folder is one Dutch message.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from classlists import HEADERS, rows, write_xlsx
from conftest import TODAY

from go_hgw_desktop import files
from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.imports.source import ClassListError, read_source
from go_hgw_desktop.reports import data_file
from go_hgw_desktop.services import exports, schoolfoto
from go_hgw_desktop.services.workspace import open_workspace

SUPPORT = Path(__file__).parent / "support"
POSIX = os.name == "posix"


def _env(tmp_path: Path, data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PYTHON_KEYRING_BACKEND": "file_keyring.TestFileKeyring", "PYTHONPATH": str(SUPPORT),
                "GO_HGW_TEST_KEYRING": str(tmp_path / "keyring.json"), "GO_HGW_DATA_DIR": str(data)})
    env.pop("GO_HGW_DEBUG", None)
    return env


def _go(tmp_path: Path, data: Path, *args: str, prefix: tuple[str, ...] = (), timeout: int = 60):
    """``go-hgw`` in its own process, killed after ``timeout`` s: a hang fails the test."""
    return subprocess.run([*prefix, sys.executable, "-m", "go_hgw_desktop", *args], env=_env(tmp_path, data),
                          capture_output=True, text=True, timeout=timeout)


# ---------------------------------------------------------------------------- reading


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_devices_are_refused_without_reading_them(tmp_path, cli):
    assert cli("init")[0] == 0
    group = ("scholengroepfoto", "/dev/zero", "--out", str(tmp_path / "g.pdf"))
    for command in (("import", "/dev/zero"), group, ("recover-key", "--from-file", "/dev/zero"),
                    ("restore", "/dev/zero")):
        code, _, err = cli(*command)
        assert code == 2, (command, err)
        assert "geen gewoon bestand" in err and "onverwachts" not in err, (command, err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_instead_of_hanging(tmp_path):
    data = tmp_path / "data"
    assert _go(tmp_path, data, "init").returncode == 0
    fifo = tmp_path / "lijst.csv"
    os.mkfifo(fifo)
    for command in (("import", str(fifo)), ("scholengroepfoto", str(fifo), "--out", str(tmp_path / "g.pdf"))):
        done = _go(tmp_path, data, *command, timeout=60)  # TimeoutExpired fails the test
        assert done.returncode == 2, done.stderr
        assert "lijst.csv" in done.stderr and "geen gewoon bestand" in done.stderr


def test_folders_and_missing_files_are_named(tmp_path):
    with pytest.raises(ClassListError, match="is een map"):
        read_source(tmp_path)
    with pytest.raises(data_file.DataFileError, match=r"weg\.json: bestaat niet"):
        data_file.read_data_file(tmp_path / "weg.json")


def test_reading_stops_one_byte_past_the_limit(tmp_path, monkeypatch):
    big = tmp_path / "groot.json"
    big.write_bytes(b" " * 5000)
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(files.InputFileError, match="te groot") as refused:
        files.read_limited(big, 1000)
    assert refused.value.too_big and sum(reads) <= 1001
    assert files.read_limited(big, 5000) == b" " * 5000


def _entity_workbook(tmp_path: Path, doctype: str) -> Path:
    plain = write_xlsx(tmp_path / "gewoon.xlsx", {"Klaslijst": [HEADERS, *rows()]})
    tricked = tmp_path / "truc.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(tricked, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode("utf-8")
                assert "Peeters" in xml
                head, rest = xml.split("?>", 1) if xml.startswith("<?xml") else ("", xml)
                content = (f"{head}?>" if head else "") + doctype + rest.replace("Peeters", "&e;", 1)
                content = content.encode("utf-8")
            target.writestr(item, content)
    return tricked


@pytest.mark.parametrize("doctype", [
    # billion laughs: 10^9 bytes from a few hundred
    '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    + '<!ENTITY e "&i;">]>',
    # an external entity: the contents of a local file in a cell
    '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
])
def test_xlsx_with_entity_tricks_is_refused_by_defusedxml(tmp_path, doctype):
    import openpyxl

    assert openpyxl.DEFUSEDXML, "openpyxl must parse spreadsheet XML with defusedxml"
    with pytest.raises(ClassListError, match="XML-constructies") as refused:
        read_source(_entity_workbook(tmp_path, doctype))
    assert refused.value.exit_code == 2


@pytest.fixture(scope="module")
def valid_foto(tmp_path_factory):
    from go_hgw_desktop.services.demo import fill_demo
    from go_hgw_desktop.services.workspace import MemoryKeyStore

    opened = open_workspace(tmp_path_factory.mktemp("foto") / "data", MemoryKeyStore())
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    foto = schoolfoto.schoolfoto(opened.store, SchoolYear.containing(TODAY), TODAY)
    opened.store.close()
    return data_file.foto_to_dict(foto)


def _signed(content: dict) -> dict:
    """What an attacker can always do: recompute the checksum after an edit."""
    content = {key: value for key, value in content.items() if key != "checksum"}
    content["checksum"] = data_file.checksum(content)
    return content


@pytest.mark.parametrize("name, text", [
    ("nan.json", '{"format": "go-hgw-schoolfoto", "threshold": NaN}'),
    ("oneindig.json", '{"format": "go-hgw-schoolfoto", "version": Infinity}'),
    ("diep.json", "[" * 100_000 + "]" * 100_000),
    ("diep-object.json", '{"a":' * 50_000 + "1" + "}" * 50_000),
])
def test_unusual_json_is_a_dutch_error_naming_the_file(tmp_path, cli, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = cli("scholengroepfoto", str(path), "--out", str(tmp_path / "g.pdf"))
    assert code == 2 and err.startswith(f"Fout: {name}:"), err


def test_wrong_types_with_a_recomputed_checksum_are_refused(valid_foto):
    """Every field of the top level, the first table and the first statistic, replaced by a
    value of the wrong kind: only DataFileError comes out, never a crash."""
    wrong = [None, "x", 1.5, -1, True, [], {}, [[[[[[[[[[1]]]]]]]]]], 10**30]
    targets = [([], key) for key in valid_foto if key != "checksum"]
    targets += [(["tables", 0], key) for key in valid_foto["tables"][0]]
    targets += [(["statistics", 0], key) for key in valid_foto["statistics"][0]]
    targets += [(["tables", 0, "cells", 0], 1), (["agreements"], "items")]
    tried = 0
    for where, key in targets:
        for value in wrong:
            content = copy.deepcopy(valid_foto)
            node = content
            for step in where:
                node = node[step]
            node[key] = value
            try:
                data_file.foto_from_dict(_signed(content), "school.json")
            except data_file.DataFileError as error:
                assert error.message.startswith("school.json:")
            tried += 1
    assert tried > 200
    # A count written as text, and a statistic that is not a finite number.
    for mutate in (lambda c: c["tables"][0]["cells"][0].__setitem__(0, {"value": "12"}),
                   lambda c: c["statistics"][0].__setitem__("value", float("nan")),
                   lambda c: c["statistics"][0].__setitem__("section", "2")):
        content = copy.deepcopy(valid_foto)
        mutate(content)
        with pytest.raises(data_file.DataFileError):
            data_file.foto_from_dict(_signed(content), "school.json")
    data_file.foto_from_dict(copy.deepcopy(valid_foto), "school.json")  # the original still reads


# ---------------------------------------------------------------------------- writing


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_every_file_written_is_private(demo_store, data_dir, tmp_path):
    os.umask(0o022)  # the usual default: files would be 0644 without the safe write
    pupil = demo_store.engine.raw_connection()
    try:
        pupil_id = pupil.cursor().execute("SELECT id FROM pupil LIMIT 1").fetchone()[0]
    finally:
        pupil.close()
    foto = schoolfoto.schoolfoto(demo_store, SchoolYear.containing(TODAY), TODAY)
    written = [
        exports.access_request(demo_store, pupil_id, tmp_path / "inzage.pdf", tmp_path / "inzage.json")
        and tmp_path / "inzage.pdf",
        tmp_path / "inzage.json",
        exports.schoolfoto_pdf(demo_store, foto, tmp_path / "foto.pdf"),
        exports.schoolfoto_data(demo_store, foto, tmp_path / "foto.json"),
    ]
    from go_hgw_desktop.services.backup import make_backup

    written.append(make_backup(demo_store, tmp_path / "kopie.db").path)
    written += [data_dir / "store.json", data_dir / "go-hgw.db"]
    assert {str(p): oct(_mode(p)) for p in written} == {str(p): oct(0o600) for p in written}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "a temporary file was left"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "rapport.json"
    target.write_text("oud", encoding="utf-8")
    with pytest.raises(RuntimeError), files.replacing(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("stroomonderbreking")
    assert target.read_text(encoding="utf-8") == "oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json"]


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "De schijf is vol"), (errno.EROFS, "alleen gelezen"),
                                          (errno.EACCES, "geen schrijfrechten")])
def test_full_disk_and_read_only_folders_are_dutch_errors(tmp_path, monkeypatch, code, words):
    target = tmp_path / "foto.json"

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(files.FileWriteError, match=words) as failed:
        files.write_text(target, "{}")
    assert failed.value.exit_code == 5
    assert list(tmp_path.iterdir()) == []


def _read_only_prefix(folder: Path) -> tuple[str, ...] | None:
    """A command prefix that runs the app with ``folder`` read-only: a read-only bind mount in
    a private mount namespace as root (permission bits do not stop root), ``chmod`` otherwise."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return ()
    if not shutil.which("unshare"):
        return None
    script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"'
    probe = subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), "true"], capture_output=True)
    return ("unshare", "-m", "sh", "-c", script, str(folder)) if probe.returncode == 0 else None


def test_a_read_only_data_folder_is_a_dutch_message_on_every_command(tmp_path):
    data = tmp_path / "data"
    assert _go(tmp_path, data, "demo", "--pupils", "20", timeout=180).returncode == 0
    prefix = _read_only_prefix(data)
    if prefix is None:
        pytest.skip("no way to make a folder read-only here (root without mount namespaces)")
    try:
        for command in (("check",), ("schoolfoto", "--out", str(tmp_path / "f.pdf")),
                        ("backup", "--out", str(tmp_path / "b.db")), ("purge", "--dry-run"),
                        ("export-pupil", "LL-XXXXXX", "--out", str(tmp_path / "i.pdf")),
                        ("passphrase", "--remove"), ("rotate-key",), ("demo",)):
            done = _go(tmp_path, data, *command, prefix=prefix)
            assert done.returncode == 3, (command, done.stderr)
            assert "kan niet geschreven worden" in done.stderr and "onverwachts" not in done.stderr, command
    finally:
        data.chmod(0o700)


def test_commands_that_only_read_never_create_a_store(cli, data_dir, tmp_path):
    for command in (("check",), ("schoolfoto", "--out", str(tmp_path / "f.pdf")),
                    ("export-pupil", "LL-XXXXXX", "--out", str(tmp_path / "i.pdf")),
                    ("backup", "--out", str(tmp_path / "b.db")), ("purge", "--dry-run"),
                    ("import", str(tmp_path / "lijst.csv")), ("passphrase",), ("rotate-key",)):
        code, out, err = cli(*command)
        assert code == 3 and "Er is geen database in" in err, (command, err)
        assert "HERSTELSLEUTEL" not in out and not data_dir.exists(), command
    code, out, _ = cli("info")
    assert code == 0 and "nog niet aangemaakt" in out and not data_dir.exists()


def test_a_store_info_file_that_is_a_device_does_not_hang(tmp_path, key_store):
    data = tmp_path / "data"
    open_workspace(data, key_store).store.close()
    info = data / "store.json"
    info.unlink()
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(info)
    from go_hgw_desktop.storage.store import read_store_info

    assert read_store_info(data) is None  # as if missing: the key cannot be found, no hang


def test_data_file_json_is_written_through_the_safe_writer(tmp_path, valid_foto):
    foto = data_file.foto_from_dict(copy.deepcopy(valid_foto))
    path = tmp_path / "school.json"
    data_file.write_data_file(foto, path)
    assert json.loads(path.read_text(encoding="utf-8"))["checksum"] == valid_foto["checksum"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 or not POSIX
