"""Power cuts and full disks: what was committed stays, nothing half is ever seen.

A writer process is killed hard (SIGKILL) at random moments, many times over; after each
kill the store must open, pass SQLCipher's and SQLite's checks and the audit trail's chain,
and hold every record the writer had reported as committed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from classlists import rows, store_state, write_csv
from sqlalchemy import select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.services import class_import
from go_hgw_desktop.services.workspace import MemoryKeyStore, check_store, open_workspace
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.keys import parse_recovery_key
from go_hgw_desktop.storage.store import read_store_info

WRITER = r"""
import sys
from pathlib import Path
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services.pupils import create_pupil
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.storage.store import read_store_info
data_dir, entry_hex, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
keys = MemoryKeyStore()  # this computer's keyring entry, as the parent last saw it
keys.save(read_store_info(data_dir).store_id, bytes.fromhex(entry_hex))
store = open_workspace(data_dir, keys).store
n = start
while True:
    pupil = create_pupil(store, Pupil(first_name=f"Kind{n}", last_name="Stroomuitval", birth_year=2016))
    print(pupil.id, flush=True)   # only after the commit
    n += 1
"""


def test_a_writer_killed_at_random_moments_never_loses_a_committed_record(tmp_path):
    data_dir = tmp_path / "data"
    opened = open_workspace(data_dir, MemoryKeyStore())
    key_hex = parse_recovery_key(opened.recovery_key).hex()
    opened.store.close()
    keys = MemoryKeyStore()
    store_id = read_store_info(data_dir).store_id
    keys.save(store_id, bytes.fromhex(key_hex))
    open_workspace(data_dir, keys).store.close()  # the keyring entry as this computer has it
    rnd = random.Random(2026)
    committed: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    for round_number in range(12):
        writer = subprocess.Popen(
            # The writer's keyring updates die with it: the entry stays behind the trail, as
            # after a power cut between a commit and the keyring write.
            [sys.executable, "-c", WRITER, str(data_dir), keys.load(store_id).hex(),
             str(round_number * 10_000)],
            stdout=subprocess.PIPE, text=True, env=env)
        # Killed at a random moment once it writes: waiting for its first commit rather than a
        # fixed time keeps the test meaningful on a busy machine, where start-up takes seconds.
        first = writer.stdout.readline()
        assert first, "the writer died before its first write"
        committed.add(int(first))
        time.sleep(rnd.random() * 0.4)
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate(timeout=10)
        committed.update(int(line) for line in out.split())
        store = open_workspace(data_dir, keys).store
        report = check_store(store)
        assert report.ok, report.problems
        with store.transaction() as session:
            present = set(session.scalars(select(m.PupilRecord.id)))
        assert committed <= present, sorted(committed - present)[:5]
        store.close()
    assert len(committed) >= 12  # every round wrote before its kill


def test_a_full_disk_during_an_import_leaves_the_store_as_it_was(store, tmp_path, monkeypatch):
    """SQLite's own "database or disk is full", forced with a page limit on every connection."""
    from go_hgw_desktop.storage import db
    from go_hgw_desktop.storage.store import StoreWriteError

    many = [(str(5000 + i), f"Familie{i}", f"Kind{i}", f"{1 + i % 6}A", date(2016, 1, 1))
            for i in range(4000)]
    read = class_import.read_class_list(store, write_csv(tmp_path / "groot.csv", rows(many)))
    preview = class_import.preview_import(store, read.table, read.mapping, SchoolYear(2026))
    before = store_state(store)
    real = db.connect

    def small_disk(path, key, **options):
        conn = real(path, key, **options)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        return conn

    monkeypatch.setattr(db, "connect", small_disk)
    store.engine.dispose()  # every new connection now sees a nearly full disk
    with pytest.raises(StoreWriteError) as raised:
        class_import.apply_import(store, preview)
    assert "schijf is vol" in raised.value.message and "niets half" in raised.value.message
    monkeypatch.undo()
    store.engine.dispose()
    assert store_state(store) == before
    assert check_store(store).ok
