"""What a killed export leaves behind, and a data folder on a full disk (adversary report, Low).

``kill -9`` during an export left an empty ``.NAME.xxxx.tmp`` beside the target; the next write
into that folder now removes the app's own stale temporaries. With a few kB free, opening the
store said to check the folder's rights; it now says the disk is full.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_hostile_files import _go

from go_hgw_desktop import files
from go_hgw_desktop.storage import db
from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError

KILLED_WRITER = """
import sys, time
from go_hgw_desktop import files
with files.replacing(sys.argv[1]) as temporary:
    print(temporary, flush=True)
    time.sleep(60)  # killed here, in the middle of the export
"""


def _killed_mid_write(target: Path) -> Path:
    """Start a write of ``target`` in another process and kill it hard; the temporary it left."""
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE,
                              text=True)
    temporary = Path(writer.stdout.readline().strip())
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    writer.stdout.close()
    return temporary


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no kill -9 here")
def test_the_temporary_of_a_killed_export_is_removed_by_the_next_write_there(tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    left = _killed_mid_write(out / "inzage.pdf")
    assert left.exists() and left.name.startswith(".inzage.pdf.")
    young = _killed_mid_write(out / "ander.pdf")  # may be another window writing right now
    _age(left, files.STALE_AFTER + 60)
    foreign = [out / ".iets.abcdefgh.tmp", out / "gewoon.go-hgw.tmp", out / ".notities.txt"]
    for path in foreign:
        path.write_text("niet van ons")
        _age(path, files.STALE_AFTER + 60)

    files.write_text(out / "schoolfoto.json", "{}")
    assert not left.exists()
    assert young.exists() and all(path.exists() for path in foreign)
    # Once it is old enough, the next write there takes it too.
    _age(young, files.STALE_AFTER + 60)
    files.write_text(out / "schoolfoto.json", "{}")
    assert not young.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(["schoolfoto.json", *(p.name for p in foreign)])


def test_a_backups_sqlite_files_beside_a_stale_temporary_go_too(tmp_path):
    name = ".kopie.db.abcd_123.go-hgw.tmp"
    leftovers = [tmp_path / name, tmp_path / f"{name}-wal", tmp_path / f"{name}-journal"]
    for path in leftovers:
        path.write_bytes(b"\0" * 10)
        _age(path, files.STALE_AFTER + 1)
    assert sorted(files.remove_stale_temporaries(tmp_path)) == sorted(leftovers)


# ------------------------------------------------------------------ a full disk


def test_cannot_open_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    """SQLite reports a full disk as "disk I/O error" or "unable to open" when it cannot make the
    WAL index: with (almost) no free space that is what it means."""
    import sqlcipher3.dbapi2 as sqlcipher

    monkeypatch.setattr(db, "disk_full", lambda folder: True)
    for text in ("disk I/O error", "unable to open database file"):
        assert db._classify(sqlcipher.OperationalError(text), tmp_path / "go-hgw.db") is OpenFailure.DISK_FULL
    error = StoreOpenError(OpenFailure.DISK_FULL, tmp_path / "go-hgw.db")
    assert "De schijf met de database" in error.message and "vol" in error.message
    assert "schrijven" not in error.hint and "Maak ruimte vrij" in error.hint
    monkeypatch.setattr(db, "disk_full", lambda folder: False)
    refused = db._classify(sqlcipher.OperationalError("disk I/O error"), tmp_path / "x.db")
    assert refused is OpenFailure.NOT_ACCESSIBLE
    assert db._classify(sqlcipher.OperationalError("database or disk is full")) is OpenFailure.DISK_FULL


def _tiny_disk_prefix(folder: Path, free_kb: int) -> tuple[str, ...] | None:
    """Run a command with ``folder``'s content on a small tmpfs left with ``free_kb`` free (a
    private mount namespace; root only)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
        return None
    script = ('cp -a "$0" "$0.orig" && mount -t tmpfs -o size=4m tmpfs "$0" && cp -a "$0.orig/." "$0/" && '
              'avail=$(df -k --output=avail "$0" | tail -1) && '
              f'dd if=/dev/zero of="$0/vulling" bs=1k count=$((avail - {free_kb})) 2>/dev/null; exec "$@"')
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True)
    return ("unshare", "-m", "sh", "-c", script, str(folder)) if probe.returncode == 0 else None


@pytest.mark.parametrize("free_kb", [30, 8])
def test_a_store_on_a_full_disk_is_a_dutch_message_about_the_disk(tmp_path, free_kb):
    data = tmp_path / "data"
    assert _go(tmp_path, data, "init", timeout=120).returncode == 0
    prefix = _tiny_disk_prefix(data, free_kb)
    if prefix is None:
        pytest.skip("no small disk to fill here (needs root and mount namespaces)")
    done = _go(tmp_path, data, "check", prefix=prefix)
    assert done.returncode == 3, done.stderr
    assert "is vol" in done.stderr and "Maak ruimte vrij" in done.stderr
    assert "mag schrijven" not in done.stderr and "onverwachts" not in done.stderr
