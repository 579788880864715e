"""The startup passphrase and key rotation.

A passphrase seals the keyring entry (the database key and the trail's keys; Argon2id +
secretbox, PyNaCl): setting, changing or removing it reseals that entry and never
re-encrypts the store. A key
rotation does re-encrypt it, safely (``storage/rekey.py``): the new recovery key is shown
before the swap, and a crash at any moment leaves a store that opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from go_hgw_desktop.services import audit_trail
from go_hgw_desktop.storage import rekey
from go_hgw_desktop.storage.keys import (
    KeyStore,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_passphrase,
    format_recovery_key,
    is_wrapped,
    key_from_entry,
    new_database_key,
    sqlcipher_key_statement,
)
from go_hgw_desktop.storage.store import Store, open_store, store_id

__all__ = [
    "PassphraseRequiredError",
    "WrongPassphraseError",
    "check_passphrase",
    "complete_rotation",
    "has_passphrase",
    "prepare_rotation",
    "remove_passphrase",
    "set_passphrase",
]


def has_passphrase(data_dir: Path, key_store: KeyStore) -> bool:
    return is_wrapped(key_store.load(store_id(data_dir)))


def _check_current(data_dir: Path, key_store: KeyStore, current: str | None) -> None:
    """The passphrase in use, if there is one, must be ``current``."""
    key_from_entry(key_store.load(store_id(data_dir)), current)


def set_passphrase(store: Store, key_store: KeyStore, new: str, current: str | None = None) -> None:
    """Require ``new`` at every start and unlock (changing one asks the ``current`` one)."""
    data_dir = store.path.parent
    _check_current(data_dir, key_store, current)
    check_passphrase(new)
    store.vault.set_passphrase(new)
    audit_trail.record(store, "beveiligd", "store", detail="opstartwachtwoord ingesteld")


def remove_passphrase(store: Store, key_store: KeyStore, current: str) -> None:
    """Back to the keyring alone (the OS login protects the key)."""
    data_dir = store.path.parent
    _check_current(data_dir, key_store, current)
    store.vault.remove_passphrase()
    audit_trail.record(store, "beveiligd", "store", detail="opstartwachtwoord verwijderd")


@dataclass(frozen=True)
class PendingRotation:
    new_key: bytes
    recovery_key: str  # show it now: after the swap the old recovery key no longer opens the store
    statement: str = ""  # the SQLCipher statement printed for ICT on the recovery sheet


def prepare_rotation(store: Store) -> PendingRotation:
    """Write and verify the store under a new key beside the live one; nothing changes yet."""
    key = new_database_key()
    rekey.export_with_new_key(store.engine, store.path, key)
    return PendingRotation(key, format_recovery_key(key), sqlcipher_key_statement(key))


def complete_rotation(store: Store, key_store: KeyStore, pending: PendingRotation,
                      passphrase: str | None = None) -> Store:
    """Swap the new file in and the new key into the keyring; ``store`` is closed and the
    returned store is the one to use. The passphrase, if one is set, stays the same."""
    data_dir, ident = store.path.parent, store_id(store.path.parent)
    _check_current(data_dir, key_store, passphrase)
    # The same entry (trail keys, signing key, passphrase) around the new database key.
    blob = store.vault.entry(database_key=pending.new_key)
    rekey.swap_in(store.path, key_store, ident, blob, pending.new_key, store.close)
    fresh = open_store(data_dir, key_store, passphrase)
    audit_trail.record(fresh, "beveiligd", "store", detail="nieuwe databasesleutel")
    return fresh


IDLE_SETTING = "vergrendelen-na-minuten"
IDLE_DEFAULT = 10
IDLE_RANGE = (1, 120)


def idle_minutes(store: Store) -> int:
    """After how many idle minutes the app locks itself (default 10)."""
    from go_hgw_desktop.services.school import get_setting

    with store.transaction() as session:
        text = get_setting(session, IDLE_SETTING)
    minutes = int(text) if text and text.isdigit() else IDLE_DEFAULT
    return minutes if IDLE_RANGE[0] <= minutes <= IDLE_RANGE[1] else IDLE_DEFAULT


def set_idle_minutes(store: Store, minutes: int) -> None:
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.services.school import put_setting

    if not IDLE_RANGE[0] <= minutes <= IDLE_RANGE[1]:
        raise ValidationError(f"Vergrendelen kan na {IDLE_RANGE[0]} tot {IDLE_RANGE[1]} minuten.")
    with store.transaction() as session:
        put_setting(session, IDLE_SETTING, str(minutes))
