"""An edit made outside the app must never become part of a new baseline.

The attack (adversary report, High 1): with the recovery key and an SQLCipher shell, change a
pupil, rename away the tables of the newest migration and set ``alembic_version`` back one
revision. The next opening migrated again and then fingerprinted every record afresh, the
edited one included, so ``check`` said "in orde". A backup followed by a restore absorbed an
edit the same way. Now every record is checked against its fingerprint before a migration
(and the schema revision against the trail and the keyring), a backup is only made of a store
that matches its trail, and a restore only accepts a copy that matches its own.
"""

from __future__ import annotations

import shutil

import pytest
from test_services import add_group, add_pupil
from test_trail_integrity import _shell

from go_hgw_desktop import paths
from go_hgw_desktop.services import audit_trail, backup, pupils, security
from go_hgw_desktop.services.workspace import check_store, open_workspace
from go_hgw_desktop.storage import audit, migrate
from go_hgw_desktop.storage.keys import format_recovery_key, parse_recovery_key
from go_hgw_desktop.storage.store import TamperedStoreError, read_store_info
from go_hgw_desktop.storage.vault import Head, Vault

PASS = "lange zin met spaties"
# What the adversary ran in the shell to fake a pending migration 0006 (its tables renamed away).
FAKED = "0005"
FAKE_MIGRATION = (
    "DROP INDEX ix_foto_export_school_year", "ALTER TABLE foto_export RENAME TO x_fe",
    "DROP INDEX ix_status_change_clb_request_id", "DROP INDEX ix_status_change_leersteun_id",
    "DROP INDEX ix_status_change_verslag_id", "ALTER TABLE status_change RENAME TO x_sc",
    f"UPDATE alembic_version SET version_num = '{FAKED}'",
)
EDIT = "UPDATE pupil SET last_name = 'Vervalst' WHERE first_name = 'Ana'"


@pytest.fixture
def recovery(data_dir, key_store) -> bytes:
    """A store with two pupils, made through the app; its database key (the recovery key)."""
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_pupil(opened.store, first="Ana", group=add_group(opened.store, "1A"))
    add_pupil(opened.store, first="Bo")
    opened.store.close()
    return parse_recovery_key(opened.recovery_key)


def _in_shell(data_dir, key: bytes, *statements: str) -> None:
    shell = _shell(data_dir, key)
    for statement in statements:
        shell.execute(statement)
    shell.close()


def _surname(data_dir, key: bytes) -> str:
    shell = _shell(data_dir, key)
    try:
        return shell.execute("SELECT last_name FROM pupil WHERE first_name = 'Ana'").fetchone()[0]
    finally:
        shell.close()


def _revision(data_dir, key: bytes) -> str:
    shell = _shell(data_dir, key)
    try:
        return shell.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        shell.close()


# ------------------------------------------------------------------ a faked migration


def test_an_edit_laundered_through_a_faked_migration_is_refused_and_nothing_changes(
        data_dir, key_store, recovery, cli):
    _in_shell(data_dir, recovery, EDIT, *FAKE_MIGRATION)
    with pytest.raises(TamperedStoreError) as refused:
        open_workspace(data_dir, key_store)
    message = refused.value.message
    assert "ALARM" in message and "leerling 1 is gewijzigd buiten het programma" in message
    assert "reservekopie terug" in refused.value.hint and "ondersteuning" in refused.value.hint
    # Every command, check included, says the same (exit 3), and nothing was migrated or copied.
    code, _, err = cli("check")
    assert code == 3 and "ALARM" in err and "gewijzigd buiten het programma" in err and "Traceback" not in err
    assert _revision(data_dir, recovery) == FAKED and _surname(data_dir, recovery) == "Vervalst"
    assert not list(paths.backup_dir(data_dir).glob("voor-update-*"))


def test_a_schema_set_back_without_any_edit_is_refused_too(data_dir, key_store, recovery):
    """Nothing edited, the export history emptied by the rerun of the migration: the revision
    recorded in the keyring's head and in the trail says the schema went backwards."""
    _in_shell(data_dir, recovery, *FAKE_MIGRATION)
    with pytest.raises(TamperedStoreError, match=f"schemaversie {FAKED}.*al met schemaversie "
                                                 f"{migrate.head_revision()}"):
        open_workspace(data_dir, key_store)


def test_with_a_passphrase_the_coordinators_own_opening_does_not_absorb_the_edit(data_dir, key_store,
                                                                                  recovery):
    store = open_workspace(data_dir, key_store).store
    security.set_passphrase(store, key_store, PASS)
    store.close()
    _in_shell(data_dir, recovery, EDIT, *FAKE_MIGRATION)  # the attacker has the recovery key only
    with pytest.raises(TamperedStoreError, match="leerling 1 is gewijzigd"):
        open_workspace(data_dir, key_store, passphrase=PASS)
    assert _surname(data_dir, recovery) == "Vervalst" and _revision(data_dir, recovery) == FAKED


def test_the_trail_and_the_keyring_record_the_schema_revision(data_dir, key_store, recovery):
    vault = Vault.open(key_store, read_store_info(data_dir).store_id,
                       key_store.load(read_store_info(data_dir).store_id), None)
    assert vault.head.revision == migrate.head_revision()
    store = open_workspace(data_dir, key_store).store
    schema = [e for e in audit_trail.entries(store) if e.action == audit.SCHEMA]
    assert [e.detail for e in schema] == [migrate.head_revision()]
    report = check_store(store)
    store.close()
    assert report.ok and any(f"schemaversie van de database ({migrate.head_revision()})" in line
                             for line in report.proven)


def test_a_keyring_written_by_a_newer_version_refuses_this_one(data_dir, key_store, recovery):
    entry_id = read_store_info(data_dir).store_id
    vault = Vault.open(key_store, entry_id, key_store.load(entry_id), None)
    vault.head = Head(vault.head.id, vault.head.hash, vault.head.generation, "9999")
    vault.save()
    from go_hgw_desktop.services.workspace import StoreOpenError

    with pytest.raises(StoreOpenError, match="nieuwere versie"):
        open_workspace(data_dir, key_store)


# ------------------------------------------------------------------ a real upgrade still works


# The next version of this app adds one harmless table: a real upgrade, made by this very code.
NEXT = "9000"
NEXT_MIGRATION = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{migrate.HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("next_version", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("next_version")
"""
PREVIOUS = migrate.HEAD_REVISION


@pytest.fixture
def older_app(monkeypatch, tmp_path):
    """This app, with an ``undo()`` that installs the next version (one more migration)."""
    scripts = tmp_path / "next-version-migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT}_next_version.py").write_text(NEXT_MIGRATION, encoding="utf-8")

    class Installer:
        @staticmethod
        def undo() -> None:
            monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)
            monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, NEXT))
            monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT)

    return Installer


def test_a_signed_store_of_the_previous_version_upgrades_after_its_records_are_checked(
        data_dir, key_store, older_app):
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_pupil(opened.store, first="Ana")
    opened.store.close()
    assert _revision(data_dir, parse_recovery_key(opened.recovery_key)) == PREVIOUS
    older_app.undo()  # the coordinator installs the new version

    store = open_workspace(data_dir, key_store).store
    report = check_store(store)
    actions = [(e.action, e.detail) for e in audit_trail.entries(store)]
    store.close()
    assert report.ok and report.revision == migrate.head_revision(), report.problems
    assert (audit.SCHEMA, migrate.head_revision()) in actions and (audit.SCHEMA, PREVIOUS) in actions
    assert any("na het bijwerken van het programma" in detail for action, detail in actions
               if action == audit.BASELINE)
    assert list(paths.backup_dir(data_dir).glob(f"voor-update-{PREVIOUS}-*.db"))


def test_an_edit_before_a_real_upgrade_is_refused_as_well(data_dir, key_store, older_app):
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_pupil(opened.store, first="Ana")
    opened.store.close()
    key = parse_recovery_key(opened.recovery_key)
    older_app.undo()
    _in_shell(data_dir, key, EDIT)
    with pytest.raises(TamperedStoreError, match="leerling 1 is gewijzigd"):
        open_workspace(data_dir, key_store)
    assert _revision(data_dir, key) == PREVIOUS


def test_a_store_from_before_signing_still_upgrades_without_a_check_it_cannot_make(data_dir, key_store,
                                                                                    older_app):
    """A keyring entry of format 1 (the bare key): this computer has no fingerprints to compare
    with, so the upgrade starts signing, as before; the trail says from when."""
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_pupil(opened.store, first="Ana")
    opened.store.close()
    key = parse_recovery_key(opened.recovery_key)
    key_store.save(read_store_info(data_dir).store_id, key)
    older_app.undo()
    store = open_workspace(data_dir, key_store).store
    report = check_store(store)
    store.close()
    assert report.ok, report.problems


# ------------------------------------------------------------------ backup and restore


def test_an_edited_store_is_not_backed_up(data_dir, key_store, recovery, tmp_path, cli):
    _in_shell(data_dir, recovery, EDIT)
    code, _, err = cli("backup", "--out", str(tmp_path / "kopie.db"))
    assert code == 2 and "Er is geen reservekopie gemaakt" in err and "leerling 1 is gewijzigd" in err
    assert not (tmp_path / "kopie.db").exists() and not list(tmp_path.glob(".kopie.db.*"))


def test_a_backup_edited_outside_the_app_is_not_restored(data_dir, key_store, recovery, tmp_path, cli):
    store = open_workspace(data_dir, key_store).store
    backup.make_backup(store, tmp_path / "kopie.db")
    store.close()
    copy = _shell(tmp_path, recovery, "kopie.db")
    copy.execute(EDIT)
    copy.close()
    code, _, err = cli("restore", str(tmp_path / "kopie.db"))
    assert code == 2 and "klopt niet met haar eigen logboek" in err and "Er is niets teruggezet" in err
    assert "leerling 1 is gewijzigd" in err
    assert _surname(data_dir, recovery) == "Yılmaz"  # the store in place is untouched
    assert not list(paths.backup_dir(data_dir).glob("voor-herstel-*"))
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("go-hgw.db")) == ["go-hgw.db"]
    with pytest.raises(backup.BackupError, match="klopt niet met haar eigen logboek"):
        backup.check_backup(data_dir, key_store, tmp_path / "kopie.db")


def test_the_adversarys_backup_and_restore_no_longer_absorb_an_edit(data_dir, key_store, recovery, tmp_path,
                                                                     cli):
    """The edited store exported by the attacker with SQLCipher's own export, as a backup would be."""
    _in_shell(data_dir, recovery, EDIT,
              f"ATTACH DATABASE '{tmp_path / 'eigen.db'}' AS out KEY \"x'{recovery.hex()}'\"",
              "SELECT sqlcipher_export('out')", "DETACH DATABASE out")
    code, _, err = cli("restore", str(tmp_path / "eigen.db"))
    assert code == 2 and "klopt niet met haar eigen logboek" in err


def test_a_good_backup_restores_checked(data_dir, key_store, recovery, tmp_path):
    store = open_workspace(data_dir, key_store).store
    backup.make_backup(store, tmp_path / "kopie.db")
    assert backup.check_backup(data_dir, key_store, tmp_path / "kopie.db", store=store).unverified is None
    changed = pupils.get_pupil(store, 1)
    changed.last_name = "Later"
    pupils.update_pupil(store, changed)
    store.close()
    restored = backup.restore_backup(data_dir, key_store, tmp_path / "kopie.db")
    assert restored.unverified is None
    store = open_workspace(data_dir, key_store).store
    assert check_store(store).ok
    store.close()


def test_a_backup_that_cannot_be_checked_is_restored_with_a_clear_note(data_dir, key_store, recovery,
                                                                       tmp_path, cli):
    """A copy of another store (its recovery key given): this computer's row key did not make its
    fingerprints, so its records cannot be checked; the restore says so, and so does the trail."""
    other_dir, other_keys = tmp_path / "ander", type(key_store)()
    other = open_workspace(other_dir, other_keys, school_name="GO! Andere school")
    add_pupil(other.store, first="Cas")
    backup.make_backup(other.store, tmp_path / "ander.db")
    other.store.close()
    key_file = tmp_path / "sleutel.txt"
    key_file.write_text(other.recovery_key)
    code, out, err = cli("restore", str(tmp_path / "ander.db"), "--recovery-key-file", str(key_file))
    assert code == 0, err
    assert "LET OP" in out and "sleutel die deze computer niet (meer) heeft" in out
    code, out, _ = cli("check")
    assert code == 0 and "konden niet nagekeken worden" in out


def test_an_old_backup_from_before_fingerprints_is_restored_with_a_note(data_dir, key_store, tmp_path):
    from test_migrations import _store_at_revision_with_data

    old_dir, key, _before = _store_at_revision_with_data(tmp_path, key_store, "0003")
    copy = tmp_path / "oude-kopie.db"
    copy.write_bytes(paths.database_path(old_dir).read_bytes())
    current = open_workspace(data_dir, key_store)
    current.store.close()
    restored = backup.restore_backup(data_dir, key_store, copy, format_recovery_key(key))
    assert restored.unverified and "vóór de vingerafdrukken" in restored.unverified
