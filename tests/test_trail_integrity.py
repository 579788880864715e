"""The trail against the key holder: records edited outside the app, a rewritten chain, a
rollback to an older copy, and the keyring entry that remembers what this computer wrote.

Every attack here is done the way someone with the database key would do it: with
``sqlcipher3`` directly (an SQLCipher shell), with file copies, and, where the test says so,
with the keys read from the keyring as any program running as the user could (no passphrase).
"""

from __future__ import annotations

import json
import shutil

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from test_services import add_group, add_pupil

from go_hgw_desktop.services import audit_trail, backup, pupils, security
from go_hgw_desktop.services.workspace import (
    MemoryKeyStore,
    PassphraseRequiredError,
    check_store,
    open_workspace,
    recover_key,
)
from go_hgw_desktop.storage import audit, migrate
from go_hgw_desktop.storage.keys import ENTRY_MAGIC, is_wrapped, parse_recovery_key, wrap_key
from go_hgw_desktop.storage.store import read_store_info
from go_hgw_desktop.storage.vault import Vault, public_key

PASS = "lange zin met spaties"


def _shell(data_dir, key: bytes, name: str = "go-hgw.db"):
    """An SQLCipher 4 shell on the store (or another file there), as its recovery key opens it."""
    conn = sqlcipher.connect(str(data_dir / name), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _sessions(data_dir, key_store, names, passphrase=None):
    """One opening (a key period) per name, each adding a pupil."""
    made = []
    for name in names:
        store = open_workspace(data_dir, key_store, passphrase=passphrase).store
        made.append(add_pupil(store, first=name))
        store.close()
    return made


def _report(data_dir, key_store, passphrase=None):
    store = open_workspace(data_dir, key_store, passphrase=passphrase).store
    try:
        return check_store(store)
    finally:
        store.close()


def _entry(data_dir, key_store) -> bytes:
    return key_store.load(read_store_info(data_dir).store_id)


@pytest.fixture
def recovery(data_dir, key_store) -> bytes:
    """A new store with a school; its database key (what the recovery key gives)."""
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_group(opened.store)
    opened.store.close()
    return parse_recovery_key(opened.recovery_key)


# ------------------------------------------------------------------ records edited outside the app


@pytest.mark.parametrize("edit, expected", [
    ("UPDATE pupil SET birth_year = 2009 WHERE first_name = 'Bo'",
     "leerling 2 is gewijzigd buiten het programma"),
    ("UPDATE pupil SET leave_date = '2026-12-01' WHERE first_name = 'Ana'",
     "leerling 1 is gewijzigd buiten het programma"),
    ("INSERT INTO class_group (school_id, school_year, name, grade) VALUES (1, 2026, '6Z', '6')",
     "klas 3 staat niet in het logboek: buiten het programma toegevoegd"),
    ("DELETE FROM class_membership WHERE id = 1",
     "klas van een leerling 1 is verwijderd buiten het programma"),
])
def test_a_record_edited_with_an_sqlcipher_shell_is_found(data_dir, key_store, recovery, cli, edit, expected):
    store = open_workspace(data_dir, key_store).store
    add_pupil(store, first="Ana", group=add_group(store, "1A"))
    add_pupil(store, first="Bo")
    store.close()
    assert cli("check")[0] == 0
    shell = _shell(data_dir, recovery)
    shell.execute(edit)
    shell.close()
    code, out, _ = cli("check")
    assert code == 2 and expected in out, out
    assert "PROBLEMEN GEVONDEN" in out and "Wat ze niet kan bewijzen" in out


def test_the_same_edit_through_the_app_is_in_order(store):
    pupil = add_pupil(store, first="Ana")
    changed = pupils.get_pupil(store, pupil.id)
    changed.birth_year = 2009
    pupils.update_pupil(store, changed)
    pupils.delete_pupil(store, pupil.id)  # a cascade of rows, all through the app
    report = check_store(store)
    assert report.ok, report.problems
    assert any("gegevens in de database zijn vergeleken" in line for line in report.proven)


# ------------------------------------------------------------------ a rewritten chain


def _rewrite(data_dir, key_store, key: bytes, change: str) -> None:
    """Change an early entry, recompute every later hash, re-sign every signed entry with the
    keys this computer holds now (read from the keyring) and make audit-head.json and the
    keyring's head match: the most a key holder without earlier keys can do."""
    vault = Vault.open(key_store, read_store_info(data_dir).store_id, _entry(data_dir, key_store), None)
    from nacl.signing import SigningKey

    signer = SigningKey(bytes(vault.trail.seed))
    shell = _shell(data_dir, key)
    shell.execute(change)
    columns = [*audit.FIELDS_2, "prev_hash", "hash", "signature"]
    prev = audit.GENESIS
    for row in shell.execute(f"SELECT {', '.join(columns)} FROM audit_entry ORDER BY id").fetchall():
        entry = dict(zip(columns, row, strict=True))
        entry["prev_hash"] = prev
        entry["hash"] = prev = audit.digest(prev, entry)
        signature = (signer.sign(audit.signed_message(entry["hash"])).signature.hex()
                     if entry["signature"] else None)
        shell.execute("UPDATE audit_entry SET prev_hash = ?, hash = ?, signature = ? WHERE id = ?",
                      (entry["prev_hash"], entry["hash"], signature, entry["id"]))
    last_id = shell.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    shell.close()
    head = audit.Head(last_id, prev, vault.trail.epoch)
    audit.write_head(data_dir, head)
    vault.head = head
    vault.save()


def test_a_rewritten_chain_with_a_matching_head_file_is_found(data_dir, key_store, recovery, cli):
    _sessions(data_dir, key_store, ["Ana", "Bo", "Cas"])
    assert cli("check")[0] == 0
    _rewrite(data_dir, key_store, recovery,
             "UPDATE audit_entry SET action = 'geopend' WHERE record_type = 'pupil' AND record_id = 1")
    code, out, _ = cli("check")
    assert code == 2 and "handtekening van regel" in out, out
    assert "is gewijzigd na het schrijven" not in out  # the hashes themselves were made to fit


def test_entries_removed_and_the_chain_rewritten_are_found(data_dir, key_store, recovery, cli):
    _sessions(data_dir, key_store, ["Ana", "Bo", "Cas"])
    _rewrite(data_dir, key_store, recovery,
             "DELETE FROM audit_entry WHERE record_type = 'pupil' AND record_id = 2")
    code, out, _ = cli("check")
    assert code == 2 and ("handtekening" in out or "ontbreekt" in out), out


# ------------------------------------------------------------------ rollback to an older copy


@pytest.mark.parametrize("head_file", ["kept", "deleted"])
def test_an_older_copy_put_back_outside_the_app_is_an_alarm(data_dir, key_store, recovery, tmp_path, cli,
                                                             head_file):
    store = open_workspace(data_dir, key_store).store
    gone = add_pupil(store, first="Wordtgewist")
    backup.make_backup(store, tmp_path / "kopie.db")
    pupils.delete_pupil(store, gone.id)  # e.g. a purge: the pupil must stay gone
    store.close()
    _sessions(data_dir, key_store, ["Later"])
    shutil.copyfile(tmp_path / "kopie.db", data_dir / "go-hgw.db")
    if head_file == "deleted":
        (data_dir / audit.HEAD_FILE).unlink()
    code, out, _ = cli("check")
    assert code == 2 and "oudere kopie" in out, out
    # Writing on does not paper over it.
    store = open_workspace(data_dir, key_store).store
    add_pupil(store, first="Daarna")
    store.close()
    code, out, _ = cli("check")
    assert code == 2 and "oudere kopie" in out, out


def test_a_rollback_is_an_alarm_on_the_privacy_page_too(qtbot, qapp, data_dir, key_store, recovery, tmp_path):
    from test_gui_privacy import Person, _privacy

    from go_hgw_desktop.ui.app import make_application

    make_application()
    store = open_workspace(data_dir, key_store).store
    backup.make_backup(store, tmp_path / "kopie.db")
    add_pupil(store, first="Later")
    store.close()
    shutil.copyfile(tmp_path / "kopie.db", data_dir / "go-hgw.db")
    (data_dir / audit.HEAD_FILE).unlink()
    window, _main, privacy = _privacy(qtbot, data_dir, key_store, Person(tmp_path))
    label = privacy.page.ui.chainLabel.text()
    assert "oudere kopie" in label and "b00020" in privacy.page.ui.chainLabel.styleSheet(), label
    assert "niet kan bewijzen" in privacy.page.ui.proofLabel.text()
    window.close()


def test_a_restore_through_the_app_is_no_alarm_and_an_older_copy_after_it_is(data_dir, key_store,
                                                                            recovery, tmp_path, cli):
    store = open_workspace(data_dir, key_store).store
    add_pupil(store, first="Ana")
    backup.make_backup(store, tmp_path / "oud.db")
    add_pupil(store, first="Bo")
    backup.make_backup(store, tmp_path / "nieuwer.db")
    store.close()
    _sessions(data_dir, key_store, ["Cas"])
    backup.restore_backup(data_dir, key_store, tmp_path / "nieuwer.db")
    code, out, _ = cli("check")
    assert code == 0 and "opnieuw met nieuwe sleutels" in out and "teruggezet" in out, out
    shutil.copyfile(tmp_path / "oud.db", data_dir / "go-hgw.db")
    code, out, _ = cli("check")
    assert code == 2 and "oudere kopie" in out, out


# ------------------------------------------------------------------ the keyring entry


def test_the_keyring_entry_of_format_1_still_opens_and_is_upgraded(data_dir, key_store, recovery):
    ident = read_store_info(data_dir).store_id
    key_store.save(ident, recovery)  # what an older version wrote
    report = _report(data_dir, key_store)
    assert report.ok, report.problems
    assert _entry(data_dir, key_store).startswith(ENTRY_MAGIC)
    key_store.save(ident, wrap_key(recovery, PASS))  # format 1 with a startup passphrase
    with pytest.raises(PassphraseRequiredError):
        open_workspace(data_dir, key_store)
    report = _report(data_dir, key_store, PASS)
    entry = _entry(data_dir, key_store)
    assert entry.startswith(ENTRY_MAGIC) and is_wrapped(entry)
    assert report.ok, report.problems
    assert not any("geen opstartwachtwoord" in line for line in report.unproven)


def test_with_a_passphrase_the_trail_keys_are_sealed_too(data_dir, key_store, recovery):
    store = open_workspace(data_dir, key_store).store
    security.set_passphrase(store, key_store, PASS)
    vault = store.vault
    row_key, seed = bytes(vault.row_key), bytes(vault.trail.seed)
    store.close()
    entry = _entry(data_dir, key_store)
    assert recovery not in entry and row_key not in entry and seed not in entry
    _sessions(data_dir, key_store, ["Ana"], passphrase=PASS)
    assert _report(data_dir, key_store, PASS).ok


def test_a_keyring_left_behind_catches_up_with_the_trail(data_dir, key_store, recovery):
    earlier = _entry(data_dir, key_store)
    _sessions(data_dir, key_store, ["Ana", "Bo"])  # two key periods the keyring then "forgets"
    ident = read_store_info(data_dir).store_id
    key_store.save(ident, earlier)  # as if both keyring writes were cut off by a power cut
    report = _report(data_dir, key_store)
    assert report.ok, report.problems
    vault = Vault.open(key_store, ident, _entry(data_dir, key_store), None)
    store = open_workspace(data_dir, key_store).store
    with store.transaction() as session:
        newest = session.scalar(audit.select(audit.m.AuditEntryRecord.public_key)
                                .where(audit.m.AuditEntryRecord.action == audit.PERIOD)
                                .order_by(audit.m.AuditEntryRecord.id.desc()).limit(1))
    store.close()
    assert public_key(vault.trail.seed).hex() == newest


def test_a_head_changed_in_the_keyring_entry_shows(data_dir, key_store, recovery):
    ident = read_store_info(data_dir).store_id
    entry = bytearray(_entry(data_dir, key_store))
    entry[len(ENTRY_MAGIC) + 2 + 7] ^= 1  # the head's entry number, without its MAC
    key_store.save(ident, bytes(entry))
    report = _report(data_dir, key_store)
    assert any("sleutelbewaarplaats zijn gewijzigd" in p for p in report.problems), report.problems


def test_the_recovery_key_alone_opens_the_store_and_the_trail_says_what_it_cannot_vouch_for(
        data_dir, key_store, recovery, cli):
    _sessions(data_dir, key_store, ["Ana", "Bo"])
    shell = _shell(data_dir, recovery)  # edited while this computer still had its keys ...
    shell.execute("UPDATE pupil SET birth_year = 2009 WHERE first_name = 'Ana'")
    shell.close()
    fresh = MemoryKeyStore()  # ... then the keyring is lost: a new laptop
    from go_hgw_desktop.storage.keys import format_recovery_key

    recover_key(data_dir, fresh, format_recovery_key(recovery))
    report = _report(data_dir, fresh)
    # The old keys are gone with the keyring: the trail starts a new chain and records every
    # record as it is now, and says it cannot vouch for what came before (the edit included).
    assert report.ok, report.problems
    assert any("opnieuw met nieuwe sleutels" in line for line in report.unproven)
    assert any("niet beschikbaar" in line for line in report.unproven)
    store = open_workspace(data_dir, fresh).store
    actions = [e.action for e in audit_trail.entries(store)]
    store.close()
    assert actions[:4] == ["beveiligd", audit.BASELINE, audit.SCHEMA, audit.ANCHOR]


def test_a_key_rotation_keeps_the_trail_keys(data_dir, key_store, recovery):
    store = open_workspace(data_dir, key_store).store
    anchor = store.vault.trail.anchor_id
    store = security.complete_rotation(store, key_store, security.prepare_rotation(store))
    assert store.vault.trail.anchor_id == anchor
    report = check_store(store)
    store.close()
    assert report.ok, report.problems


def test_the_head_file_also_records_the_key_period(data_dir, key_store, recovery):
    head = json.loads((data_dir / audit.HEAD_FILE).read_text())
    assert set(head) == {"id", "hash", "generation", "revision"} and head["generation"] >= 1
    assert head["revision"] == migrate.head_revision()


def test_a_restore_keeps_the_passphrase_and_the_schools_signing_key(data_dir, key_store, recovery, tmp_path,
                                                                    cli, monkeypatch):
    from go_hgw_desktop.services import school_keys

    store = open_workspace(data_dir, key_store).store
    own = school_keys.own_fingerprint(store)
    security.set_passphrase(store, key_store, PASS)
    backup.make_backup(store, tmp_path / "kopie.db")
    store.close()
    monkeypatch.setenv("GO_HGW_PASSPHRASE", PASS)
    code, _, err = cli("restore", str(tmp_path / "kopie.db"))
    assert code == 0, err
    with pytest.raises(PassphraseRequiredError):
        open_workspace(data_dir, key_store)
    store = open_workspace(data_dir, key_store, passphrase=PASS).store
    assert school_keys.own_fingerprint(store) == own
    assert check_store(store).ok
    store.close()


def test_the_fullest_keyring_entry_fits_a_windows_credential(store, key_store, data_dir):
    """Windows Credential Manager keeps at most 2560 bytes; keyring stores the text as UTF-16."""
    from go_hgw_desktop.services import school_keys

    school_keys.own_fingerprint(store)  # the school's signing key too
    security.set_passphrase(store, key_store, PASS)
    hex_text = _entry(data_dir, key_store).hex()
    assert len(hex_text.encode("utf-16-le")) <= 2560, len(hex_text)
