"""Backups the coordinator makes and restores: encrypted, verified, never half.

A backup is SQLCipher's own export into a new file with the store's key, opened and
checked before success is reported; a store that does not match its own signed trail is
not copied (the copy would carry an edit made outside the app as if it were the app's). A
restore checks the copy, also against its own trail (every record against its fingerprint,
with this computer's row key), keeps the current store aside (``backups/voor-herstel-…``)
and only then puts the copy in place; a copy whose records cannot be checked is restored
with a clear note, in the trail too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from go_hgw_desktop import files, paths
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import audit_trail, foto_history
from go_hgw_desktop.services.school import get_setting, put_setting
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage.audit_check import TrailReport, verify_copy_trail
from go_hgw_desktop.storage.backup import (
    AppBackup,
    BackupError,
    WrongBackupKeyError,
    app_backups,
    codes_in_copy,
    expired_backups,
    make_verified_copy,
    put_in_place,
    remove_copy,
    verify_copy,
)
from go_hgw_desktop.storage.db import create_store_engine
from go_hgw_desktop.storage.keys import (
    KeyStore,
    PassphraseRequiredError,
    WrongPassphraseError,
    key_from_entry,
    parse_recovery_key,
)
from go_hgw_desktop.storage.store import Store, attach, open_with_key, read_store_info, restore_key
from go_hgw_desktop.storage.vault import DamagedEntryError, Kek, Vault

LAST_BACKUP_SETTING = "laatste-reservekopie"
REMIND_AFTER = timedelta(days=7)
SUFFIX = ".db"

# The copies the app makes itself in backups/ (before an upgrade, a restore, a new key) are a
# safety net for the days after; the coordinator's own backups are the long-term ones. Kept:
# the three newest, and none older than 90 days.
KEEP_COPIES = 3
COPY_MAX_AGE = timedelta(days=90)

__all__ = ["AppBackup", "BackupCheck", "BackupError", "HeldCopy", "WrongBackupKeyError", "app_copies",
           "backup_due", "check_backup", "copies_holding", "last_backup", "make_backup", "remove_copies",
           "restore_backup", "tidy_app_copies"]

SHOWN_PROBLEMS = 4


def _failed_check(error: BackupError) -> BackupError:
    error.exit_code = 2  # a failed check, as ``go-hgw check`` exits
    return error


def _listed(problems: list[str]) -> str:
    more = f"\n(en nog {len(problems) - SHOWN_PROBLEMS} andere)" if len(problems) > SHOWN_PROBLEMS else ""
    return "\n".join(f"- {p}" for p in problems[:SHOWN_PROBLEMS]) + more


@dataclass(frozen=True)
class BackupMade:
    path: Path
    made_at: datetime
    size: int


def make_backup(store: Store, target: Path | str, now: datetime | None = None) -> BackupMade:
    """Write a verified encrypted copy of the store to ``target`` (a ``.db`` file)."""
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        raise BackupError(f"‘{target.name}’ moet eindigen op {SUFFIX}.")
    live = store.path.resolve()
    if target.resolve() in {live, Path(f"{live}-wal"), Path(f"{live}-shm")}:
        raise BackupError("Een reservekopie kan niet over de database zelf komen.",
                          "Kies een andere map, liefst een USB-stick of netwerkschijf.")
    if not target.parent.is_dir():
        raise BackupError(f"De map {target.parent} bestaat niet.", "Kies een bestaande map.")
    now = now or datetime.now()
    problems = audit_trail.check_trail(store)
    if problems:
        raise _failed_check(BackupError(
            "Er is geen reservekopie gemaakt: de database klopt niet met haar logboek. Een kopie zou wat "
            f"buiten het programma gewijzigd werd meenemen alsof het gewoon zo was.\n{_listed(problems)}",
            "Bekijk alles met ‘go-hgw check’ of bij Privacy → Logboek. Zet een reservekopie terug die met "
            "het programma gemaakt werd, of neem contact op met de ondersteuning."))
    make_verified_copy(store.engine, store.key, target)
    with store.transaction() as session:
        put_setting(session, LAST_BACKUP_SETTING, now.isoformat(timespec="seconds"))
        audit.record(session, audit.Entry("reservekopie", "store", detail=target.name))
    return BackupMade(target, now, target.stat().st_size)


def last_backup(store: Store) -> datetime | None:
    """When the coordinator last made a backup (the copies before an upgrade do not count)."""
    with store.transaction() as session:
        text = get_setting(session, LAST_BACKUP_SETTING)
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def backup_due(store: Store, now: datetime | None = None) -> bool:
    """True when there is no backup, or the last one is older than a week."""
    made = last_backup(store)
    return made is None or (now or datetime.now()) - made > REMIND_AFTER


@dataclass(frozen=True)
class Restored:
    kept_aside: Path | None  # where the store that was there went
    counts: dict[str, int]
    unverified: str | None = None  # why the copy's records could not be checked (Dutch), if so


@dataclass(frozen=True)
class BackupCheck:
    """What a restore of a copy would give: its table counts, and whether its records were
    checked against its own trail (``unverified`` says why not, in Dutch)."""

    counts: dict[str, int]
    unverified: str | None = None


def _trail_of_copy(path: Path, key: bytes, row_key: bytes | None) -> TrailReport:
    """The copy checked against its own signed trail (the copy is opened on its own)."""
    engine = create_store_engine(path, key)
    try:
        with Session(engine) as session:
            return verify_copy_trail(session, row_key)
    finally:
        engine.dispose()


def _trusted(path: Path, name: str, key: bytes, row_key: bytes | None) -> str | None:
    """Refuse a copy that does not match its own trail; why its records could not be checked,
    or ``None`` when every record was."""
    report = _trail_of_copy(path, key, row_key)
    if report.problems:
        raise _failed_check(BackupError(
            f"{name} klopt niet met haar eigen logboek: ze werd buiten het programma gewijzigd, of het "
            f"logboek werd herschreven. Er is niets teruggezet.\n{_listed(report.problems)}",
            "Kies een reservekopie die met het programma gemaakt werd en sindsdien niet gewijzigd is, of "
            "neem contact op met de ondersteuning."))
    if report.records_checked:
        return None
    return "; ".join(report.unproven) or "haar gegevens konden niet nagekeken worden"


def _open_vault(data_dir: Path, key_store: KeyStore, passphrase: str | None) -> Vault | None:
    """This store's keyring entry, opened, or ``None`` (none, damaged, or sealed without the
    passphrase)."""
    info = read_store_info(data_dir)
    entry = key_store.load(info.store_id) if info else None
    if entry is None:
        return None
    try:
        return Vault.open(key_store, info.store_id, entry, passphrase)
    except (PassphraseRequiredError, WrongPassphraseError, DamagedEntryError):
        return None


def _opening_key(data_dir: Path, key_store: KeyStore, source: Path, recovery_key_text: str | None,
                 passphrase: str | None = None) -> tuple[bytes, dict[str, int]]:
    try:
        files.check_regular(source)  # not a folder, a FIFO or a device
    except files.InputFileError as error:
        refused = BackupError(f"De reservekopie {error.message}", error.hint)
        refused.exit_code = error.exit_code  # an unusable input file, like any other
        raise refused from None
    target = paths.database_path(data_dir)
    if target.exists() and source.resolve() == target.resolve():
        raise BackupError("Dat is de database zelf, geen reservekopie.")
    info = read_store_info(data_dir)
    candidates = []
    if recovery_key_text:
        candidates.append(parse_recovery_key(recovery_key_text))
    stored = key_store.load(info.store_id) if info else None
    if stored:
        candidates.append(key_from_entry(stored, passphrase))
    if not candidates:
        raise UserError("Om deze reservekopie terug te zetten is de herstelsleutel nodig die erbij hoort.",
                        "Geef de herstelsleutel op (go-hgw restore BESTAND --recovery-key-file SLEUTEL).")
    wrong_key = None
    for candidate in candidates:
        try:
            return candidate, verify_copy(source, candidate)
        except WrongBackupKeyError as error:
            wrong_key = error  # try the next key; a damaged copy raises its own message
    raise wrong_key


def check_backup(data_dir: Path, key_store: KeyStore, source: Path | str,
                 recovery_key_text: str | None = None, passphrase: str | None = None,
                 store: Store | None = None) -> BackupCheck:
    """Would this backup restore? Its table counts, and whether its records match its own trail
    (checked with the row key of ``store``, the open store, or else of the keyring entry);
    nothing changes. Raises :class:`WrongBackupKeyError` when it needs the recovery key that
    belongs to it, and :class:`BackupError` when it does not match its own trail."""
    source = Path(source)
    key, counts = _opening_key(data_dir, key_store, source, recovery_key_text, passphrase)
    if store is not None and store.vault is not None:
        row_key = bytes(store.vault.row_key) if store.vault.row_key else None
    else:
        vault = _open_vault(data_dir, key_store, passphrase)
        row_key = bytes(vault.row_key) if vault and vault.row_key else None
        if vault is not None:
            vault.wipe()
    return BackupCheck(counts, _trusted(source, source.name, key, row_key))


def _vault_for(data_dir: Path, key_store: KeyStore, key: bytes, passphrase: str | None,
               vault: Vault | None) -> Vault:
    """This store's keyring entry (``vault``, opened) around the restored store's key. The row
    key, the school's signing key and the passphrase stay; when the entry could not be opened
    (no entry, or the passphrase is not known), a new one starts from the key alone."""
    if vault is not None:
        vault.database_key[:] = key
        vault.save()  # at once: the key that opens the restored store is what the keyring holds
        return vault
    restore_key(data_dir, key_store, key.hex())
    vault = Vault(key_store, read_store_info(data_dir).store_id, bytearray(key))
    if passphrase:  # the startup passphrase stays, now around the restored store's key
        vault.kek = Kek.derive(passphrase)
    return vault


def _keyring_key(data_dir: Path, key_store: KeyStore, passphrase: str | None) -> list[bytes]:
    """The key the keyring holds for this store now (the store a restore replaces), if it opens."""
    info = read_store_info(data_dir)
    entry = key_store.load(info.store_id) if info else None
    try:
        return [key_from_entry(entry, passphrase)] if entry else []
    except (UserError, DamagedEntryError, ValueError):
        return []


def restore_backup(data_dir: Path, key_store: KeyStore, source: Path | str,
                   recovery_key_text: str | None = None, now: datetime | None = None,
                   passphrase: str | None = None) -> Restored:
    """Put the backup ``source`` in place as the store of ``data_dir``; no store may be open.

    The backup opens with this store's key from the keyring, or with the recovery key
    that belonged to it (after a key rotation, or in another data directory); the key
    that worked is the one kept in the keyring afterwards.
    """
    source = Path(source)
    target = paths.database_path(data_dir)
    key, counts = _opening_key(data_dir, key_store, source, recovery_key_text, passphrase)
    replaced_keys = [key, *_keyring_key(data_dir, key_store, passphrase)]  # before the keyring changes
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = paths.backup_dir(data_dir) / f"voor-herstel-{stamp}.db"
    opened = _open_vault(data_dir, key_store, passphrase)
    row_key = bytes(opened.row_key) if opened and opened.row_key else None
    unverified: list[str | None] = []

    def inspect(incoming: Path) -> None:  # the copy in the data folder, before it replaces the store
        unverified.append(_trusted(incoming, source.name, key, row_key))

    try:
        moved = put_in_place(source, target, key, aside, inspect)
    except BaseException:
        if opened is not None:
            opened.wipe()
        raise
    vault = _vault_for(data_dir, key_store, key, passphrase, opened)
    # A backup from an older version is brought up to date first; it was checked against its own
    # trail just now (this computer's head still describes the store it replaces).
    store = open_with_key(target, key, vault, restored=True)
    note = unverified[0] if unverified else None
    reason = f"reservekopie {source.name} teruggezet"
    try:
        # The restored trail gets a new chain of keys, so this computer's head and keys fit it.
        attach(store, reason=reason + ("; haar gegevens konden niet nagekeken worden" if note else ""),
               adopt=True)
        with store.transaction() as session:
            audit.record(session, audit.Entry("hersteld", "store", detail=f"reservekopie {source.name}"))
        if moved:  # exports made after the backup left the app: the history keeps them
            foto_history.carry_over(store, moved, replaced_keys)
    finally:
        store.close()
    return Restored(moved, counts, note)


# ------------------------------------------------------------------ the app's own copies


def app_copies(data_dir: Path) -> list[AppBackup]:
    """The copies in the data directory's ``backups/`` folder, newest first."""
    return app_backups(paths.backup_dir(data_dir))


def tidy_app_copies(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Apply the retention of ``backups/`` (the :data:`KEEP_COPIES` newest copies, none older
    than :data:`COPY_MAX_AGE`); returns what was removed. A copy that cannot be removed now
    (in use, read-only) is tried again at the next start."""
    removed = []
    for copy in expired_backups(paths.backup_dir(data_dir), now or datetime.now(), KEEP_COPIES, COPY_MAX_AGE):
        try:
            remove_copy(copy.path)
        except OSError:
            continue
        removed.append(copy.path)
    return removed


@dataclass(frozen=True)
class HeldCopy:
    """A copy in ``backups/`` that still holds pupils about to be purged (``certain``), or that
    may (it does not open with today's key: made before a new key)."""

    path: Path
    made: datetime
    certain: bool


def copies_holding(store: Store, codes: list[str]) -> list[HeldCopy]:
    """The app's own copies that hold any of these pupils (by code), or may."""
    if not codes:
        return []
    held = []
    for copy in app_copies(store.path.parent):
        found = codes_in_copy(copy.path, store.key, codes)
        if found is None or found:
            held.append(HeldCopy(copy.path, copy.made, found is not None))
    return held


def remove_copies(store: Store, copies: list[Path]) -> int:
    """Remove these copies from ``backups/`` (only from there) and record it in the trail."""
    folder = paths.backup_dir(store.path.parent).resolve()
    removed = 0
    for path in copies:
        if Path(path).resolve().parent != folder:
            raise BackupError(f"{Path(path).name} staat niet in de map ‘backups’ van de database.")
        try:
            remove_copy(Path(path))
        except OSError as error:
            raise files.write_problem(error, Path(path)) from None
        removed += 1
    if removed:
        with store.transaction() as session:
            audit.record(session, audit.Entry(audit.DELETED, "store",
                                              detail=f"{removed} reservekopie(ën) in backups/ na het wissen"))
    return removed
