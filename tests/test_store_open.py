"""Opening the encrypted store: pragmas, and every way a file can be unusable.

In every failure case the file must stay byte-for-byte as it was, and no sibling file
(journal, WAL) may appear.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from go_hgw_desktop import paths
from go_hgw_desktop.services.workspace import (
    KeyMissingError,
    MemoryKeyStore,
    OpenFailure,
    StoreOpenError,
    WrongRecoveryKeyError,
    open_workspace,
    recover_key,
)
from go_hgw_desktop.storage.db import PAGE_SIZE, connect
from go_hgw_desktop.storage.keys import (
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
    sqlcipher_key_statement,
)
from go_hgw_desktop.storage.store import open_with_key, read_store_info


def _snapshot(directory):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


@pytest.fixture
def closed_store(data_dir, key_store):
    """A store with a little data, closed: (data_dir, key)."""
    opened = open_workspace(data_dir, key_store, school_name="GO! Atheneum Ørsted")
    opened.store.close()
    key = parse_recovery_key(opened.recovery_key)
    return data_dir, key


def test_new_store_is_encrypted_and_configured(store):
    db_file = store.path
    assert not db_file.read_bytes().startswith(b"SQLite format 3\x00")
    assert db_file.stat().st_size % PAGE_SIZE == 0
    with store.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("cache_size") == -64 * 1024
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("cipher_version").startswith("4.")
    if os.name == "posix":
        assert (db_file.stat().st_mode & 0o077) == 0


def test_store_reopens_with_key_from_key_store(closed_store, key_store):
    data_dir, _ = closed_store
    opened = open_workspace(data_dir, key_store)
    assert opened.recovery_key is None  # shown only once, at creation
    opened.store.close()


def test_recovery_key_opens_file_with_the_documented_pragma(closed_store):
    data_dir, key = closed_store
    recovery = format_recovery_key(key)
    digits = recovery.replace("-", "")
    statement = f"PRAGMA key = \"x'{digits}'\";"
    assert statement == sqlcipher_key_statement(key)
    # A bare SQLCipher 4 connection, as any SQLCipher 4 shell would make it.
    conn = sqlcipher.connect(str(paths.database_path(data_dir)))
    conn.executescript(statement)
    assert conn.execute("SELECT name FROM school").fetchone() == ("GO! Atheneum Ørsted",)
    conn.close()


def test_readme_documents_the_exact_pragma():
    readme = (paths.install_root() / "README.md").read_text(encoding="utf-8")
    assert "PRAGMA key = \"x'" in readme


@pytest.mark.parametrize("typed", [
    lambda k: format_recovery_key(k),
    lambda k: format_recovery_key(k).lower(),
    lambda k: "  " + format_recovery_key(k).replace("-", " ") + "\n",
    lambda k: f"x'{k.hex()}'",
])
def test_recovery_key_is_read_as_people_type_it(typed):
    key = new_database_key()
    assert parse_recovery_key(typed(key)) == key


@pytest.mark.parametrize("bad", ["", "1234", "Z" * 64, "0" * 63, "0" * 65, "géén sleutel"])
def test_malformed_recovery_key_is_refused(bad):
    from go_hgw_desktop.services.workspace import RecoveryKeyFormatError

    with pytest.raises(RecoveryKeyFormatError):
        parse_recovery_key(bad)


def test_wrong_key_gives_dutch_error_and_leaves_file_untouched(closed_store):
    data_dir, _ = closed_store
    before = _snapshot(data_dir)
    other = MemoryKeyStore()
    other.save(read_store_info(data_dir).store_id, new_database_key())
    with pytest.raises(StoreOpenError) as raised:
        open_workspace(data_dir, other)
    assert raised.value.reason is OpenFailure.WRONG_KEY_OR_NOT_DATABASE
    assert "sleutel" in raised.value.message and "niet gewijzigd" in raised.value.hint
    assert _snapshot(data_dir) == before


def test_missing_keyring_entry_asks_for_recovery_key(closed_store):
    data_dir, key = closed_store
    with pytest.raises(KeyMissingError):
        open_workspace(data_dir, MemoryKeyStore())
    fresh = MemoryKeyStore()
    before = _snapshot(data_dir)
    with pytest.raises(WrongRecoveryKeyError):
        recover_key(data_dir, fresh, format_recovery_key(new_database_key()))
    assert _snapshot(data_dir) == before
    assert fresh.load(read_store_info(data_dir).store_id) is None
    recover_key(data_dir, fresh, format_recovery_key(key))
    open_workspace(data_dir, fresh).store.close()


def test_recovery_works_when_store_json_is_lost(closed_store):
    data_dir, key = closed_store
    paths.store_info_path(data_dir).unlink()
    fresh = MemoryKeyStore()
    with pytest.raises(KeyMissingError):
        open_workspace(data_dir, fresh)
    recover_key(data_dir, fresh, format_recovery_key(key))
    open_workspace(data_dir, fresh).store.close()


def _damage_cases():
    def random_bytes(path, size):
        path.write_bytes(os.urandom(size))

    def text_file(path, size):
        path.write_text("Voornaam;Naam;Klas\nEmma;Peeters;3A\n", encoding="utf-8")

    def empty(path, size):
        path.write_bytes(b"")

    def truncated_mid_page(path, size):
        with path.open("r+b") as f:
            f.truncate(size - 1000)

    def truncated_on_page(path, size):
        with path.open("r+b") as f:
            f.truncate(size - 2 * PAGE_SIZE)

    def truncated_to_half(path, size):
        with path.open("r+b") as f:
            f.truncate((size // 2) // PAGE_SIZE * PAGE_SIZE)

    def flipped_header(path, size):
        data = bytearray(path.read_bytes())
        data[100] ^= 0xFF  # inside page 1's encrypted area
        path.write_bytes(bytes(data))

    def plain_sqlite(path, size):
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE other_program (x)")
        conn.commit()
        conn.close()

    return {
        "random bytes": (random_bytes, {OpenFailure.WRONG_KEY_OR_NOT_DATABASE}),
        "text file": (text_file, {OpenFailure.TRUNCATED, OpenFailure.WRONG_KEY_OR_NOT_DATABASE}),
        "empty": (empty, {OpenFailure.EMPTY}),
        "truncated mid page": (truncated_mid_page, {OpenFailure.TRUNCATED}),
        "truncated on page": (truncated_on_page, {OpenFailure.TRUNCATED, OpenFailure.CORRUPT}),
        "truncated to half": (truncated_to_half, {OpenFailure.TRUNCATED, OpenFailure.CORRUPT}),
        "damaged page 1": (flipped_header, {OpenFailure.WRONG_KEY_OR_NOT_DATABASE, OpenFailure.CORRUPT}),
        "plain sqlite": (plain_sqlite, {OpenFailure.PLAIN_SQLITE}),
    }


@pytest.mark.parametrize("case", list(_damage_cases()))
def test_unusable_file_gives_typed_error_and_is_not_modified(case, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    from go_hgw_desktop.services.demo import fill_demo

    fill_demo(opened.store, pupils=120, seed=1)  # several hundred pages
    opened.store.close()
    db_file = paths.database_path(data_dir)
    damage, expected = _damage_cases()[case]
    damage(db_file, db_file.stat().st_size)
    before = _snapshot(data_dir)
    with pytest.raises(StoreOpenError) as raised:
        open_workspace(data_dir, key_store)
    assert raised.value.reason in expected
    assert raised.value.message and raised.value.hint
    assert _snapshot(data_dir) == before


def test_store_from_newer_app_version_is_refused_untouched(closed_store, key_store):
    data_dir, key = closed_store
    db_file = paths.database_path(data_dir)
    conn = connect(db_file, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _snapshot(data_dir)
    with pytest.raises(StoreOpenError) as raised:
        open_workspace(data_dir, key_store)
    assert raised.value.reason is OpenFailure.NEWER_VERSION
    assert _snapshot(data_dir) == before


def test_missing_file_is_never_created_by_opening(tmp_path):
    target = tmp_path / "nowhere" / "go-hgw.db"
    with pytest.raises(StoreOpenError) as raised:
        open_with_key(target, new_database_key())
    assert raised.value.reason is OpenFailure.MISSING
    assert not target.exists()


def test_key_never_reaches_the_logs(data_dir, key_store, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    try:
        opened = open_workspace(data_dir, key_store)
        with opened.store.transaction() as session:
            session.execute(text("SELECT count(*) FROM pupil"))
        opened.store.close()
        open_workspace(data_dir, key_store).store.close()
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    key = parse_recovery_key(opened.recovery_key)
    assert caplog.records, "SQLAlchemy debug logging should have produced records"
    for needle in (key.hex(), key.hex().upper(), opened.recovery_key):
        assert needle not in caplog.text


@pytest.mark.parametrize(("driver_message", "expected"), [
    ("database or disk is full", "schijf is vol"),
    ("database is locked", "ander venster"),
    ("attempt to write a readonly database", "schrijfrechten"),
])
def test_write_failures_become_dutch_errors_and_roll_back(store, driver_message, expected):
    from sqlalchemy.exc import OperationalError

    from go_hgw_desktop.domain.pupil import Pupil
    from go_hgw_desktop.services.pupils import create_pupil_in
    from go_hgw_desktop.storage.store import StoreWriteError

    with pytest.raises(StoreWriteError) as raised, store.transaction() as session:
        create_pupil_in(session, Pupil(first_name="Zoë", last_name="Ngozi", birth_year=2017))
        raise OperationalError("INSERT …", {}, sqlcipher.OperationalError(driver_message))
    assert expected in raised.value.message + raised.value.hint
    assert "Zoë" not in str(raised.value)
    with store.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM pupil")).scalar() == 0
