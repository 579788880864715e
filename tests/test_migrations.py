"""Migrations: the migrated schema equals the models, and upgrades keep every row."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from go_hgw_desktop import paths
from go_hgw_desktop.domain.choices import ConsultationType
from go_hgw_desktop.services.consultations import attach_schoolfoto, list_consultations
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage import migrate
from go_hgw_desktop.storage.backup import integrity_problems
from go_hgw_desktop.storage.db import connect, create_store_engine
from go_hgw_desktop.storage.keys import format_recovery_key, new_database_key
from go_hgw_desktop.storage.models import Base
from go_hgw_desktop.storage.store import StoreInfo, _write_store_info

FIRST = "0001"




def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'alembic_version'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_revisions_form_one_line_starting_at_first():
    revisions = migrate.script_revisions()
    assert revisions[0] == FIRST
    assert len(revisions) >= 2, "the upgrade test below needs a revision after the first"
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == revisions[-1]
    # The app's own list (used to open stores without importing Alembic) must match.
    assert list(migrate.KNOWN_REVISIONS) == revisions


def test_migrated_schema_equals_the_models(tmp_path):
    engine = create_store_engine(tmp_path / "m.db", new_database_key(), create=True)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def _store_at_revision_with_data(tmp_path: Path, key_store, revision: str = FIRST
                                 ) -> tuple[Path, bytes, dict[str, int]]:
    """A store created by ``revision``, filled with demo rows in every table it has."""
    source = open_workspace(tmp_path / "source", key_store)
    fill_demo(source.store, pupils=80, seed=3)
    # A frozen schoolfoto too, so that upgrades from 0003 on are checked to keep it.
    micro = next(c for c in list_consultations(source.store) if c.kind is ConsultationType.MICRO)
    attach_schoolfoto(source.store, micro.id)
    source_key = source.store.key
    source.store.close()

    old_dir = tmp_path / "old"
    old_dir.mkdir()
    key = new_database_key()
    old_db = paths.database_path(old_dir)
    engine = create_store_engine(old_db, key, create=True)
    migrate.upgrade(engine, revision)
    engine.dispose()

    conn = connect(old_db, key)
    conn.execute("ATTACH DATABASE ? AS src KEY ?",
                 (str(paths.database_path(tmp_path / "source")), f"x'{source_key.hex()}'"))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    old_tables = _counts(conn)
    for table in old_tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns)
        if table == "audit_entry" and "epoch" not in columns:
            continue  # an older trail holds entries of format 1 only: its first entry, from 0004
        # Rows a migration wrote itself (0004's first trail entry) are the source's as well.
        conn.execute(f'DELETE FROM main."{table}"')
        conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM src."{table}"')
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DETACH DATABASE src")
    counts = _counts(conn)
    conn.close()
    filled = ["pupil", "trajectory", "observation", "goal", "consultation", "setting", "consultation_foto"]
    assert all(counts[t] > 0 for t in filled if t in counts)

    info = StoreInfo(store_id="00000000-0000-4000-8000-000000000001", created="2025-09-01T08:00:00")
    _write_store_info(old_dir, info)
    key_store.save(info.store_id, key)
    return old_dir, key, counts


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS[:-1])
def test_upgrade_from_an_older_revision_keeps_every_row(tmp_path, key_store, revision):
    old_dir, key, before = _store_at_revision_with_data(tmp_path, key_store, revision)

    opened = open_workspace(old_dir, key_store)  # opening upgrades
    assert migrate.current_revision(opened.store.engine) == migrate.head_revision()
    # The keyring entry of format 1 is upgraded too: signing starts, every record fingerprinted.
    from go_hgw_desktop.services.workspace import check_store

    report = check_store(opened.store)
    assert report.ok and report.proven, report.problems
    opened.store.close()

    conn = connect(paths.database_path(old_dir), key)
    after = _counts(conn)
    assert integrity_problems(conn) == []
    conn.close()
    for table, count in before.items():
        # Opening after the upgrade starts signing the trail: its first entry, the schema
        # revision and a baseline, which fingerprints every record again (a store that had
        # fingerprints keeps them).
        if table == "audit_row":
            assert after[table] > count, table
        else:
            assert after[table] == count + (3 if table == "audit_entry" else 0), table

    # A verified encrypted copy of the old store was written before the upgrade.
    backups = list(paths.backup_dir(old_dir).glob(f"voor-update-{revision}-*.db"))
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    copy = connect(backups[0], key)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    assert _counts(copy) == before
    copy.close()


def test_failed_upgrade_leaves_the_store_as_it_was(tmp_path, key_store, monkeypatch):
    old_dir, key, before = _store_at_revision_with_data(tmp_path, key_store)

    def broken_upgrade(config, target):
        conn = config.attributes["connection"]
        conn.exec_driver_sql("DELETE FROM observation")  # half the work done ...
        raise OSError("disk full")  # ... then the machine fails

    monkeypatch.setattr("alembic.command.upgrade", broken_upgrade)
    with pytest.raises(OSError):
        open_workspace(old_dir, key_store)
    conn = connect(paths.database_path(old_dir), key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
    assert _counts(conn) == before
    conn.close()


def test_a_backup_from_before_the_audit_trail_restores(tmp_path, key_store):
    """An older version's backup has no audit_entry table: the restored store is brought up
    to date before its trail is adopted and the restore recorded."""
    from go_hgw_desktop.services import audit_trail
    from go_hgw_desktop.services.backup import restore_backup
    from go_hgw_desktop.services.workspace import check_store

    old_dir, key, before = _store_at_revision_with_data(tmp_path, key_store, "0003")
    copy = tmp_path / "oude-kopie.db"
    copy.write_bytes(paths.database_path(old_dir).read_bytes())
    current = open_workspace(tmp_path / "nu", key_store)
    current.store.close()
    restored = restore_backup(tmp_path / "nu", key_store, copy, format_recovery_key(key))
    assert restored.counts["pupil"] == before["pupil"]
    store = open_workspace(tmp_path / "nu", key_store).store
    assert check_store(store).ok
    assert audit_trail.entries(store)[0].action == "hersteld"
    store.close()
