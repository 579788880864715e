"""Opening, creating and closing the encrypted store of one data directory.

A data directory holds the database (``go-hgw.db``), a small ``store.json`` with the
store's id (no secrets: the id names the keyring entry) and ``backups/``.
"""

from __future__ import annotations

import errno
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from go_hgw_desktop import files, paths
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.storage import audit, audit_rows, migrate, rekey
from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError, connect, create_store_engine, disk_full
from go_hgw_desktop.storage.keys import KeyStore, key_from_entry, new_database_key, parse_recovery_key
from go_hgw_desktop.storage.vault import DamagedEntryError, Vault


class KeyMissingError(UserError):
    """The store exists but this machine's keyring holds no key for it."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            "De sleutel van deze database staat niet in de sleutelbewaarplaats van deze "
            "computer (bijvoorbeeld na een nieuw gebruikersprofiel of een nieuwe laptop).",
            "Voer je herstelsleutel in: kies ‘Herstelsleutel invoeren’ in het programma of "
            "gebruik ‘go-hgw recover-key’.",
        )


class WrongRecoveryKeyError(UserError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "Deze herstelsleutel past niet bij de database in deze map.",
            "Controleer elk teken (0 en O, 8 en B) en of je de juiste datamap gebruikt. "
            "De database is niet gewijzigd.",
        )


class StoreWriteError(UserError):
    """The database refused the transaction (disk full, in use); nothing was saved."""

    exit_code = 5


_WRITE_FAILURES = (
    (("full",), "De schijf is vol: de wijziging is niet opgeslagen (er is niets half bewaard).",
     "Maak ruimte vrij op de schijf en probeer opnieuw."),
    (("locked", "busy"), "De database is even in gebruik door een ander venster van GO! HGW "
     "Desktop; de wijziging is niet opgeslagen.", "Sluit het andere venster en probeer opnieuw."),
    (("readonly", "read-only"), "De database kan niet beschreven worden; de wijziging is niet "
     "opgeslagen.", "Controleer of je schrijfrechten hebt op de datamap."),
    (("disk i/o",), "De schijf gaf een fout bij het schrijven; de wijziging is niet opgeslagen.",
     "Controleer de schijf (of USB-stick) en probeer opnieuw; voer daarna ‘go-hgw check’ uit."),
)


def _write_error(error: OperationalError) -> StoreWriteError | None:
    text = str(error.orig).lower()
    for needles, message, hint in _WRITE_FAILURES:
        if any(n in text for n in needles):
            return StoreWriteError(message, hint)
    return None


class TamperedStoreError(UserError):
    """The store does not match its own signed trail, and the app was about to take every record
    as a new baseline (a schema upgrade): refused, so an edit made outside the app is never
    absorbed. The store is left exactly as it was."""

    exit_code = 3
    SHOWN = 4

    def __init__(self, problems: list[str]) -> None:
        listed = "\n".join(f"- {p}" for p in problems[:self.SHOWN])
        more = f"\n(en nog {len(problems) - self.SHOWN} andere)" if len(problems) > self.SHOWN else ""
        super().__init__(
            "ALARM: de database is buiten het programma gewijzigd, of haar logboek klopt niet. Het programma "
            "moet de database bijwerken naar de nieuwe versie en zou daarbij elk gegeven opnieuw vastleggen, "
            f"ook wat buiten het programma gewijzigd werd; daarom doet het dat niet.\n{listed}{more}",
            "De database is niet gewijzigd. Zet een reservekopie terug die met het programma gemaakt werd "
            "(het programma biedt dat meteen hierna aan; op de opdrachtregel: ‘go-hgw restore BESTAND’), of "
            "neem contact op met de ondersteuning en vermeld deze melding.")
        self.problems = list(problems)


class StoreExistsError(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Er staat al een database in {path.parent}.", "")


@dataclass(frozen=True)
class StoreInfo:
    store_id: str
    created: str


def _new_store_info() -> StoreInfo:
    return StoreInfo(str(uuid.uuid4()), datetime.now().isoformat(timespec="seconds"))


def read_store_info(data_dir: Path) -> StoreInfo | None:
    try:
        raw = json.loads(files.read_limited(paths.store_info_path(data_dir), 64_000).decode("utf-8"))
        return StoreInfo(store_id=str(uuid.UUID(raw["store_id"])), created=str(raw["created"]))
    except (files.InputFileError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _write_store_info(data_dir: Path, info: StoreInfo) -> None:
    files.write_text(paths.store_info_path(data_dir),
                     json.dumps({"store_id": info.store_id, "created": info.created}, indent=2) + "\n")


class Store:
    """An open store: the engine and a transaction per unit of work.

    It keeps its key (for verified copies: backups, key rotation) in a bytearray that
    :meth:`close` overwrites; Python may still hold copies elsewhere (the PRAGMA text of
    a connection), so closing is "as far as Python allows". ``vault`` is the opened keyring
    entry (the trail's keys); a store opened with a bare key writes an unsigned trail.
    """

    def __init__(self, path: Path, engine: Engine, key: bytes | None = None, vault: Vault | None = None,
                 upgraded: bool = False, revision: str = "") -> None:
        self.path = path
        self.engine = engine
        self.vault = vault
        self.upgraded = upgraded  # a migration ran while opening: the records get a new baseline
        self.revision = revision  # the schema revision (recorded in the trail and the keyring's head)
        self._key = bytearray(key or b"")
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit_rows.watch_writes(engine)
        audit.install(self._sessions, path.parent, vault, revision)

    @property
    def key(self) -> bytes:
        if not self._key:
            raise StoreClosedError()
        return bytes(self._key)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        A full disk, a lock held by another window or a read-only file becomes a
        :class:`StoreWriteError` with a Dutch message, after the rollback.
        """
        try:
            with self._sessions.begin() as session:
                yield session
                audit.seal(session)
        except OperationalError as error:
            translated = _write_error(error)
            if translated is None:
                raise
            raise translated from None
        except IntegrityError:
            # Services check what they can first; this is the net under them (a record
            # removed in another window meanwhile). The driver's text is not repeated: it
            # can carry record values.
            raise StoreWriteError(
                "Deze wijziging verwijst naar iets dat niet (meer) bestaat of botst met een "
                "bestaand gegeven; er is niets opgeslagen.",
                "Vernieuw het scherm en probeer opnieuw.",
            ) from None

    def close(self) -> None:
        """Close every connection (the WAL is checkpointed when the last one closes) and
        overwrite the key this object kept."""
        revoke = getattr(self.engine, "revoke", None)
        if revoke is not None:
            revoke()  # before dispose: nothing may open a new connection with the old key
        self.engine.dispose()
        for index in range(len(self._key)):
            self._key[index] = 0
        self._key = bytearray()
        if self.vault is not None:
            self.vault.wipe()


class StoreClosedError(UserError):
    def __init__(self) -> None:
        super().__init__("De database is vergrendeld of gesloten.", "Ontgrendel en probeer opnieuw.")


def store_exists(data_dir: Path) -> bool:
    path = paths.database_path(data_dir)
    # A key rotation cut off between moving the old file aside and the new one in: the store
    # exists, under its new name (open_store completes the swap).
    return path.exists() or path.with_name(path.name + ".rekey").exists()


def _prepare_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        raise StoreOpenError(OpenFailure.FOLDER_NOT_WRITABLE, data_dir) from None
    require_writable(data_dir)


def require_writable(data_dir: Path) -> None:
    """The data directory must take writes (SQLite's WAL, the trail's head file), even to read:
    a read-only mount or folder is one Dutch message instead of an error deep inside."""
    if data_dir.is_dir() and not os.access(data_dir, os.W_OK):
        raise StoreOpenError(OpenFailure.FOLDER_NOT_WRITABLE, data_dir)


def create_store(data_dir: Path, key_store: KeyStore) -> tuple[Store, bytes]:
    """Create a new store with a fresh key; returns it and the key (for the recovery step).

    The database is built under a temporary name and moved into place only when its
    schema is complete, so an interrupted set-up never leaves a half store behind.
    """
    target = paths.database_path(data_dir)
    if target.exists():
        raise StoreExistsError(target)
    _prepare_dir(data_dir)
    key = new_database_key()
    info = _new_store_info()
    key_store.save(info.store_id, key)  # fails early if the keyring cannot keep it
    building = target.with_name(target.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    engine = create_store_engine(building, key, create=True)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    _write_store_info(data_dir, info)
    os.replace(building, target)
    return open_store(data_dir, key_store), key


def open_store(data_dir: Path, key_store: KeyStore, passphrase: str | None = None) -> Store:
    """Open the store with the key from ``key_store``, upgrading its schema if needed.

    A key wrapped by a startup passphrase needs ``passphrase``
    (:class:`PassphraseRequiredError` without it, :class:`WrongPassphraseError` if wrong).
    """
    path = paths.database_path(data_dir)
    require_writable(data_dir)
    info = read_store_info(data_dir)
    if info is not None:
        try:
            rekey.finish_interrupted(data_dir, key_store, info.store_id,
                                     lambda entry: key_from_entry(entry, passphrase))
        except OSError as error:
            full = error.errno == errno.ENOSPC or disk_full(data_dir)
            reason = OpenFailure.DISK_FULL if full else OpenFailure.NOT_ACCESSIBLE
            raise StoreOpenError(reason, path) from None
    if not path.exists():
        raise StoreOpenError(OpenFailure.MISSING, path)
    entry = key_store.load(info.store_id) if info else None
    if entry is None:
        raise KeyMissingError()
    try:
        vault = Vault.open(key_store, info.store_id, entry, passphrase)
    except DamagedEntryError:
        raise KeyMissingError() from None
    store = open_with_key(path, bytes(vault.database_key), vault)
    try:
        attach(store)
    except BaseException:
        store.close()
        raise
    return store


def attach(store: Store, reason: str | None = None, adopt: bool = False) -> None:
    """Bring the keyring's trail keys and the store's trail together after opening.

    * keys of format 1, or lost ones (the recovery key replaced the entry), or ``reason``
      given (a restore): a new chain of keys starts, with every record's fingerprint;
    * the keyring one key period or more behind the trail (a commit whose keyring write was
      cut off, or another window): the keys are stepped forward and checked;
    * a migration ran: every record gets a new fingerprint (a column may have changed), after
      :func:`open_with_key` checked every record against the old ones;
    * the trail has not recorded the store's schema revision yet: it does now.

    ``adopt``: the store was just put in place by a restore, so its own newest entry becomes
    the recorded head. A store whose trail does not fit the keyring is left as it is: that is
    what ``check`` reports.
    """
    vault = store.vault
    if vault is None:
        return
    with store.transaction() as session:
        if adopt:
            audit.adopt_head(session, store.path.parent, vault)
        if reason or vault.trail is None:
            audit.request_anchor(session, reason or _anchor_reason(session))
        else:
            _catch_up(session, vault)
            if store.upgraded:
                audit.request_baseline(session, "na het bijwerken van het programma")
            elif (vault.head is None or vault.head.revision != store.revision) \
                    and audit.recorded_revision(session) != store.revision:
                audit.request_schema(session)
    if vault.upgraded:
        vault.save()


def _anchor_reason(session) -> str:
    from sqlalchemy import func, select

    from go_hgw_desktop.storage import models as m

    anchors = session.scalar(select(func.count()).where(m.AuditEntryRecord.action == audit.ANCHOR))
    if anchors:
        return ("nieuwe sleutels, want die van vroeger waren niet beschikbaar (herstelsleutel of "
                "nieuwe sleutelbewaarplaats)")
    if session.scalar(select(func.count()).select_from(m.AuditEntryRecord)) > 1:
        return "begin van de ondertekening (programma bijgewerkt)"
    return "nieuwe database"


def _catch_up(session, vault: Vault) -> None:
    """The keyring stayed behind the trail's key periods: step its seed forward if the trail's
    announced keys confirm every step."""
    from sqlalchemy import select

    from go_hgw_desktop.storage import models as m
    from go_hgw_desktop.storage.vault import next_seed, public_key

    announced = dict(session.execute(
        select(m.AuditEntryRecord.epoch, m.AuditEntryRecord.public_key)
        .where(m.AuditEntryRecord.id > vault.trail.anchor_id, m.AuditEntryRecord.action == audit.PERIOD,
               m.AuditEntryRecord.epoch > vault.trail.epoch)).all())
    seed, epoch = bytes(vault.trail.seed), vault.trail.epoch
    while epoch + 1 in announced:
        candidate = next_seed(seed)
        if public_key(candidate).hex() != announced[epoch + 1]:
            break
        seed, epoch = candidate, epoch + 1
    if epoch != vault.trail.epoch:
        vault.trail.seed[:] = seed
        vault.trail.epoch = epoch
        vault.upgraded = True  # save the entry


def store_id(data_dir: Path) -> str:
    info = read_store_info(data_dir)
    if info is None:
        raise KeyMissingError()
    return info.store_id


def open_with_key(path: Path, key: bytes, vault: Vault | None = None, *, restored: bool = False) -> Store:
    """Open a store file with an explicit key (recovery, backups, benchmarks); with ``vault``
    (the keyring entry) its trail is signed, see :func:`attach`.

    Before a migration (after which every record is fingerprinted afresh) the store is checked
    against its trail and this computer's keys: any record that does not match, or a schema
    revision older than the one recorded, raises :class:`TamperedStoreError` and nothing is
    written. ``restored``: a backup just put in place by a restore, already checked against its
    own trail (this computer's head still describes the store it replaced).
    """
    engine = create_store_engine(path, key)
    try:
        before = migrate.current_revision(engine)
        if vault is not None and not restored:
            _guard_upgrade(engine, path, vault, before)
        migrate.bring_up_to_date(engine, path, key)
    except BaseException:
        engine.dispose()
        raise
    head = migrate.head_revision()
    return Store(path, engine, key, vault, upgraded=before != head, revision=head)


def _guard_upgrade(engine: Engine, path: Path, vault: Vault, current: str | None) -> None:
    """Refuse to open a store that would be migrated (and so get a new baseline) while it does
    not match its trail; refuse a store this computer last wrote with a newer version."""
    recorded = vault.head.revision if vault.head else ""
    if recorded and recorded not in migrate.KNOWN_REVISIONS:
        raise StoreOpenError(OpenFailure.NEWER_VERSION, path)
    if current == migrate.head_revision() or current not in (None, *migrate.KNOWN_REVISIONS):
        return  # nothing to migrate (or a newer store, refused by bring_up_to_date)
    from go_hgw_desktop.storage.audit_check import problems_before_baseline

    with Session(engine) as session:
        problems = problems_before_baseline(session, path.parent, vault)
        session.rollback()
    if problems:
        raise TamperedStoreError(problems)


def restore_key(data_dir: Path, key_store: KeyStore, recovery_key_text: str) -> None:
    """Put a store's key back into this machine's keyring from its recovery key.

    The key is first tried on the database; a wrong key changes nothing.
    """
    key = parse_recovery_key(recovery_key_text)
    path = paths.database_path(data_dir)
    try:
        connect(path, key).close()
    except StoreOpenError as error:
        if error.reason is OpenFailure.WRONG_KEY_OR_NOT_DATABASE:
            raise WrongRecoveryKeyError() from None
        raise
    info = read_store_info(data_dir)
    if info is None:
        info = _new_store_info()
        _write_store_info(data_dir, info)
    key_store.save(info.store_id, key)
