"""Backups and restores: encrypted, verified, the current store kept aside, nothing half."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classlists import store_state

from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.backup import BackupError, backup_due, last_backup, make_backup, restore_backup
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.storage.keys import format_recovery_key

NOW = datetime(2026, 11, 25, 16, 0)


def _pupil(first="Zoë", last="Ó Briain"):
    return Pupil(first_name=first, last_name=last, birth_year=2016)


def test_a_backup_is_encrypted_verified_and_remembered(store, tmp_path):
    pupil_service.create_pupil(store, _pupil())
    assert backup_due(store, NOW) and last_backup(store) is None
    made = make_backup(store, tmp_path / "kopie.db", now=NOW)
    data = made.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Briain" not in data
    assert last_backup(store) == NOW and not backup_due(store, NOW)
    assert backup_due(store, NOW + timedelta(days=8))
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("name, expected", [("kopie.txt", "moet eindigen op .db"),
                                            ("weg/kopie.db", "bestaat niet")])
def test_a_backup_to_a_wrong_place_is_refused(store, tmp_path, name, expected):
    with pytest.raises(BackupError, match=expected):
        make_backup(store, tmp_path / name)


def test_a_backup_never_overwrites_the_store_itself(store):
    with pytest.raises(BackupError, match="over de database zelf"):
        make_backup(store, store.path)


def test_restore_keeps_the_current_store_aside_until_the_copy_works(data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    pupil_service.create_pupil(opened.store, _pupil())
    make_backup(opened.store, tmp_path / "kopie.db")
    pupil_service.create_pupil(opened.store, _pupil("Later", "Toegevoegd"))
    opened.store.close()
    restored = restore_backup(data_dir, key_store, tmp_path / "kopie.db")
    assert restored.kept_aside.exists() and restored.counts["pupil"] == 1
    store = open_workspace(data_dir, key_store).store
    names = [p.last_name for p in pupil_service.list_pupils(store, pupil_service.SchoolYear(2026))]
    assert names == ["Ó Briain"]
    store.close()


def test_restore_on_a_second_data_directory_needs_the_recovery_key(data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    recovery = opened.recovery_key
    pupil_service.create_pupil(opened.store, _pupil())
    make_backup(opened.store, tmp_path / "kopie.db")
    opened.store.close()
    elsewhere, other_keys = tmp_path / "tweede", MemoryKeyStore()
    with pytest.raises(Exception, match="herstelsleutel"):
        restore_backup(elsewhere, other_keys, tmp_path / "kopie.db")
    wrong = format_recovery_key(bytes(32))
    with pytest.raises(BackupError, match="opent niet"):
        restore_backup(elsewhere, other_keys, tmp_path / "kopie.db", wrong)
    restore_backup(elsewhere, other_keys, tmp_path / "kopie.db", recovery)
    store = open_workspace(elsewhere, other_keys).store
    assert len(pupil_service.list_pupils(store, pupil_service.SchoolYear(2026))) == 1
    store.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "plain"])
def test_a_damaged_backup_is_refused_and_the_store_untouched(data_dir, key_store, tmp_path, damage):
    opened = open_workspace(data_dir, key_store)
    pupil_service.create_pupil(opened.store, _pupil())
    copy = make_backup(opened.store, tmp_path / "kopie.db").path
    before = store_state(opened.store)
    opened.store.close()
    data = copy.read_bytes()
    if damage == "truncate":
        copy.write_bytes(data[: len(data) // 2 + 100])
    elif damage == "garbage":
        copy.write_bytes(data[:8192] + bytes(range(256)) * 16 + data[8192 + 4096:])
    else:
        copy.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    live = (data_dir / "go-hgw.db").read_bytes()
    with pytest.raises(BackupError):
        restore_backup(data_dir, key_store, copy)
    assert (data_dir / "go-hgw.db").read_bytes() == live
    assert not list(data_dir.glob("*.restoring"))
    store = open_workspace(data_dir, key_store).store
    assert store_state(store) == before
    store.close()


def test_cli_backup_and_restore(cli, tmp_path):
    assert cli("init")[0] == 0
    code, out, err = cli("backup", "--out", str(tmp_path / "kopie.db"))
    assert code == 0 and "gecontroleerd" in out, err
    code, out, err = cli("restore", str(tmp_path / "kopie.db"))
    assert code == 0 and "apart in" in out, err
    code, _, err = cli("restore", str(tmp_path / "bestaat-niet.db"))
    assert code != 0 and "bestaat niet" in err and "Traceback" not in err


def test_a_damaged_backup_says_so_instead_of_asking_a_key(data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    copy = make_backup(opened.store, tmp_path / "kopie.db").path
    opened.store.close()
    copy.write_bytes(copy.read_bytes()[:-5000])
    with pytest.raises(BackupError) as raised:
        restore_backup(data_dir, key_store, copy)
    assert "herstelsleutel" not in raised.value.message + raised.value.hint
    assert "kopie.db" in raised.value.message


@pytest.mark.skipif(__import__("os").name != "posix", reason="file modes are POSIX")
def test_copies_and_restored_stores_are_private_files(data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    copy = make_backup(opened.store, tmp_path / "kopie.db").path
    opened.store.close()
    restore_backup(data_dir, key_store, copy)
    for path in (copy, data_dir / "go-hgw.db", data_dir / "audit-head.json"):
        assert path.stat().st_mode & 0o077 == 0, path.name
