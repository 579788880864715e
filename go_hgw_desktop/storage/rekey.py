"""A new database key on demand: the store re-encrypted safely, never in place.

1. SQLCipher's export writes the whole store into ``go-hgw.db.rekey`` under the new key,
   which is opened and checked (integrity, row counts) while the old store is untouched;
2. the new key goes into the keyring beside the old one (``<id>-nieuw``);
3. the old file moves aside, the new one takes its name, the new key replaces the old;
4. only when the store opens with the keyring's key is the old file (old key) deleted.

A crash anywhere leaves a store that opens: :func:`finish_interrupted` (run before every
opening) completes or undoes a rotation that was cut off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from go_hgw_desktop import paths
from go_hgw_desktop.storage.backup import BackupError, export_copy, integrity_problems, private, verify_copy
from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError, connect
from go_hgw_desktop.storage.keys import KeyStore

PENDING = "-nieuw"


def _pending_name(path: Path) -> Path:
    return path.with_name(path.name + ".rekey")


def export_with_new_key(engine, path: Path, new_key: bytes) -> Path:
    """Step 1: the store under ``new_key`` beside the live file, verified."""
    target = _pending_name(path)
    counts = export_copy(engine, target, new_key, BackupError(
        "De database kon niet opnieuw versleuteld worden; er is niets veranderd.",
        "Controleer de vrije schijfruimte."))
    try:
        if verify_copy(target, new_key) != counts:
            raise BackupError("De opnieuw versleutelde kopie klopt niet; er is niets veranderd.",
                              "Probeer opnieuw; voer anders ‘go-hgw check’ uit.")
    except BackupError:
        target.unlink(missing_ok=True)
        raise
    return target


def swap_in(path: Path, key_store: KeyStore, store_id: str, new_blob: bytes, new_key: bytes,
            close: Callable[[], None], now: datetime | None = None) -> None:
    """Steps 2-4; ``close`` closes the open store first (no connection may remain)."""
    pending = _pending_name(path)
    key_store.save(store_id + PENDING, new_blob)
    close()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = paths.backup_dir(path.parent) / f"voor-sleutelwissel-{stamp}.db"
    aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # the store was closed: checkpointed
    private(pending)
    os.replace(pending, path)
    _promote(path, key_store, store_id, new_blob, new_key, aside)


def _promote(path: Path, key_store: KeyStore, store_id: str, blob: bytes, key: bytes,
             aside: Path | None) -> None:
    conn = connect(path, key)
    try:
        if integrity_problems(conn):
            raise BackupError("De opnieuw versleutelde database klopt niet.",
                              "Vraag hulp; voer ‘go-hgw check’ uit.")
    finally:
        conn.close()
    key_store.save(store_id, blob)
    key_store.delete(store_id + PENDING)
    if aside is not None:
        aside.unlink(missing_ok=True)  # it opens with the old key: the reason for a new one


def finish_interrupted(data_dir: Path, key_store: KeyStore, store_id: str,
                       unwrap: Callable[[bytes], bytes]) -> None:
    """Complete (or undo) a key rotation that a crash or power cut interrupted."""
    blob = key_store.load(store_id + PENDING)
    path = paths.database_path(data_dir)
    pending = _pending_name(path)
    if blob is None:
        pending.unlink(missing_ok=True)  # cut off in step 1: the old store is untouched
        return
    new_key = unwrap(blob)
    if not path.exists() and pending.exists():
        os.replace(pending, path)  # cut off between moving the old file aside and the new one in
    try:
        connect(path, new_key).close()
    except StoreOpenError as error:
        if error.reason is not OpenFailure.WRONG_KEY_OR_NOT_DATABASE:
            raise
        # Still the old file (cut off before the swap): forget the new key, keep the old store.
        key_store.delete(store_id + PENDING)
        pending.unlink(missing_ok=True)
        return
    olds = sorted(paths.backup_dir(data_dir).glob("voor-sleutelwissel-*.db"))
    _promote(path, key_store, store_id, blob, new_key, olds[-1] if olds else None)
