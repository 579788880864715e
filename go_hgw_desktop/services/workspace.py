"""Opening the coordinator's workspace: create, unlock, recover and check the store.

The GUI and the CLI both start here. Errors are :class:`~go_hgw_desktop.errors.UserError`
subclasses with Dutch messages; the ones a caller may want to handle specially are
re-exported from this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from go_hgw_desktop import paths
from go_hgw_desktop.domain.school import School
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import audit_trail, records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import audit, migrate
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.backup import integrity_problems
from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError
from go_hgw_desktop.storage.keys import (
    KeyringKeyStore,
    KeyStore,
    KeyStoreUnavailableError,
    MemoryKeyStore,
    PassphraseRequiredError,
    RecoveryKeyFormatError,
    WrongPassphraseError,
    format_recovery_key,
    sqlcipher_key_statement,
)
from go_hgw_desktop.storage.store import (
    KeyMissingError,
    Store,
    TamperedStoreError,
    WrongRecoveryKeyError,
    create_store,
    open_store,
    restore_key,
    store_exists,
)

__all__ = [
    "CheckReport",
    "KeyMissingError",
    "KeyStore",
    "KeyStoreUnavailableError",
    "MemoryKeyStore",
    "NoStoreError",
    "OpenFailure",
    "Opened",
    "PassphraseRequiredError",
    "RecoveryKeyFormatError",
    "Store",
    "StoreOpenError",
    "TamperedStoreError",
    "WrongPassphraseError",
    "WrongRecoveryKeyError",
    "check_store",
    "key_store_description",
    "open_workspace",
    "production_key_store",
    "recover_key",
    "workspace_exists",
]


@dataclass
class Opened:
    store: Store
    # Set only when the store was created by this call: show it once, then forget it.
    recovery_key: str | None = None
    recovery_statement: str | None = None


def production_key_store() -> KeyStore:
    """The OS keyring (refuses backends that cannot keep the key safe)."""
    return KeyringKeyStore()


def key_store_description(key_store: KeyStore) -> str:
    """Which OS keyring backend holds the key (for ``go-hgw info`` and support)."""
    if isinstance(key_store, KeyringKeyStore):
        return key_store.backend_name
    return type(key_store).__name__


def workspace_exists(data_dir: Path) -> bool:
    return store_exists(data_dir)


class NoStoreError(UserError):
    """A command that works on an existing store found none (a mistyped folder, most likely)."""

    exit_code = 3

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"Er is geen database in {data_dir}.",
                         "Kies de juiste map met --data-dir (of GO_HGW_DATA_DIR); een nieuwe database "
                         "maak je met ‘go-hgw init’.")


def open_workspace(data_dir: Path, key_store: KeyStore, *, school_name: str | None = None,
                   passphrase: str | None = None, create: bool = True) -> Opened:
    """Open the store in ``data_dir``; when there is none, create it (with a new key), or
    raise :class:`NoStoreError` when ``create`` is false.

    A store with a startup passphrase needs ``passphrase`` (PassphraseRequiredError).
    """
    if store_exists(data_dir):
        store = open_store(data_dir, key_store, passphrase)
        from go_hgw_desktop.services.backup import tidy_app_copies

        tidy_app_copies(data_dir)  # the retention of the app's own copies in backups/
        return Opened(store)
    if not create:
        raise NoStoreError(data_dir)
    store, key = create_store(data_dir, key_store)
    try:
        with store.transaction() as session:
            school = school_in(session)
            if school_name and school_name.strip():
                school.name = school_name.strip()
                School.validate(school)
                records.save(session, school)
    except BaseException:
        store.close()
        raise
    return Opened(store, format_recovery_key(key), sqlcipher_key_statement(key))


def recover_key(data_dir: Path, key_store: KeyStore, recovery_key_text: str) -> None:
    """Store the key again in this machine's keyring, from the printed recovery key."""
    if not store_exists(data_dir):
        raise StoreOpenError(OpenFailure.MISSING, paths.database_path(data_dir))
    restore_key(data_dir, key_store, recovery_key_text)
    store = open_store(data_dir, key_store)
    try:
        audit_trail.record(store, "beveiligd", "store",
                           detail="sleutel teruggezet met de herstelsleutel (een opstartwachtwoord vervalt)")
    finally:
        store.close()


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    revision: str | None
    head: str | None
    counts: dict[str, int]
    warnings: tuple[str, ...] = ()
    proven: tuple[str, ...] = ()  # what the trail's check establishes (Dutch)
    unproven: tuple[str, ...] = ()  # and what it cannot establish

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check_store(store: Store) -> CheckReport:
    """SQLCipher's page check, SQLite's integrity and foreign-key checks, schema version, and
    the audit trail: its chain and signatures, this computer's keys and head, and every
    record against its fingerprint (``storage/audit_check.py``)."""
    raw = store.engine.raw_connection()
    try:
        problems = integrity_problems(raw.driver_connection)
    finally:
        raw.close()
    trail = audit_trail.trail_report(store)
    problems += trail.problems
    with store.transaction() as session:
        counts = {
            label: session.scalar(select(func.count()).select_from(table))
            for label, table in (
                ("leerlingen", m.PupilRecord), ("klassen", m.ClassGroupRecord),
                ("trajecten", m.TrajectoryRecord), ("waarnemingen", m.ObservationRecord),
                ("plannen", m.PlanRecord), ("overleggen", m.ConsultationRecord),
            )
        }
    warnings = ()
    remembered = store.vault is not None and store.vault.head is not None
    if audit.head_missing(store.path.parent) and not remembered:
        warnings = (f"Het bestand {audit.HEAD_FILE} naast de database ontbreekt (bv. na het kopiëren van "
                    "alleen de database); of er aan het einde van het logboek regels verdwenen zijn, kan nu "
                    "niet nagegaan worden. Het wordt bij de volgende wijziging opnieuw geschreven.",)
    return CheckReport(problems, migrate.current_revision(store.engine), migrate.head_revision(), counts,
                       warnings, tuple(trail.proven), tuple(trail.unproven))
