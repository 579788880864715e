"""Encrypted copies of the store, made with SQLCipher's own export and verified.

``sqlcipher_export`` writes every table into a fresh file keyed with the same key; the
copy is then opened on its own and checked before anyone is told it exists. A copy is
written under a temporary name and renamed only once verified, so a half-written copy
never looks like a backup.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from go_hgw_desktop import files
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.storage.db import connect


class BackupError(UserError):
    pass


class WrongBackupKeyError(BackupError):
    """The copy does not open with this key: another store's, or from before a new key."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} opent niet met de sleutel van deze database.",
                         "Is het een reservekopie van vóór een nieuwe sleutel, of van een andere database? "
                         "Geef dan de herstelsleutel die erbij hoort.")


def _table_counts(conn) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def integrity_problems(conn) -> list[str]:
    """SQLCipher's page HMAC check and SQLite's structural check; empty when healthy."""
    problems = [f"cipher: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [
        f"sqlite: {row[0]}" for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
    ]
    problems += [
        f"foreign key: {row[0]} rij {row[1]} verwijst naar {row[2]}"
        for row in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems


def export_copy(engine: Engine, target: Path, key: bytes, failed: BackupError) -> dict[str, int]:
    """SQLCipher's own export of the whole store into ``target`` under ``key`` (the store's own
    for a backup, a new one for a key rotation); the source's row counts, to compare with.
    Any failure removes the partial file and raises ``failed``."""
    try:
        files.private_file(target)  # SQLite fills the empty file; it and its journal stay 0600
    except OSError as error:
        raise files.write_problem(error, target) from None
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        counts = _table_counts(cursor)
        cursor.execute("ATTACH DATABASE ? AS exported KEY ?", (str(target), f"x'{key.hex()}'"))
        try:
            cursor.execute("SELECT sqlcipher_export('exported')").fetchall()
        finally:
            cursor.execute("DETACH DATABASE exported")
    except Exception as error:
        target.unlink(missing_ok=True)
        failed.hint = f"{failed.hint} (technisch: {type(error).__name__})".strip()
        raise failed from None
    finally:
        raw.close()
    return counts


def make_verified_copy(engine: Engine, key: bytes, target: Path) -> Path:
    """Export the store into ``target`` (encrypted with ``key``) and verify the copy.

    The copy is made in a private temporary file beside ``target`` and renamed over it only
    once verified (``files.replacing``), so a half-made copy never looks like a backup.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise files.write_problem(error, target) from None
    with files.replacing(target) as partial:
        try:
            source_counts = export_copy(engine, partial, key, BackupError(
                "De reservekopie kon niet gemaakt worden.",
                "Controleer of er genoeg vrije schijfruimte is en probeer opnieuw."))
            if verify_copy(partial, key) != source_counts:
                raise BackupError(
                    "De reservekopie is gemaakt maar klopt niet met de database; ze is verwijderd.",
                    "Probeer opnieuw; lukt het niet, voer dan ‘go-hgw check’ uit.",
                )
        finally:
            for sidecar in _sidecars(partial):
                sidecar.unlink(missing_ok=True)
    return target


def private(path: Path) -> None:
    """Readable by this user only (on POSIX; Windows keeps the folder's own permissions)."""
    if os.name == "posix" and Path(path).exists():
        os.chmod(path, 0o600)


def verify_copy(path: Path, key: bytes) -> dict[str, int]:
    """Open a copy on its own and check it; its table counts, or :class:`BackupError`."""
    from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError

    try:
        conn = connect(Path(path), key)
    except StoreOpenError as error:
        if error.reason is OpenFailure.WRONG_KEY_OR_NOT_DATABASE:
            raise WrongBackupKeyError(Path(path).name) from None
        raise BackupError(f"{Path(path).name} kan niet geopend worden: {error.message}",
                          "Kies een andere reservekopie.") from None
    try:
        problems = integrity_problems(conn)
        if problems:
            raise BackupError(f"{Path(path).name} is beschadigd ({len(problems)} fouten bij de controle).",
                              "Kies een andere reservekopie.")
        return _table_counts(conn)
    except sqlcipher.Error:  # so damaged that the checks themselves cannot run
        raise BackupError(f"{Path(path).name} is beschadigd.", "Kies een andere reservekopie.") from None
    finally:
        conn.close()


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def put_in_place(source: Path, target: Path, key: bytes, aside: Path,
                 inspect: Callable[[Path], None] | None = None) -> Path | None:
    """Make ``source`` (a verified copy) the store at ``target``; the store that was there is
    moved to ``aside`` first and put back if the new one does not verify in place. ``inspect``
    looks at the copy once it is in the data folder, before anything is replaced, and may
    refuse it by raising.

    Returns where the old store went (None when there was none). The caller has closed the
    store: no connection may be open on ``target``.
    """
    incoming = target.with_name(target.name + ".restoring")
    files.check_regular(source)
    try:
        files.private_file(incoming)
        with open(source, "rb") as original, open(incoming, "r+b") as copy:
            shutil.copyfileobj(original, copy, 1 << 20)
            copy.flush()
            os.fsync(copy.fileno())
    except OSError as error:
        incoming.unlink(missing_ok=True)
        raise BackupError("De reservekopie kon niet naar de datamap gekopieerd worden "
                          f"({error.strerror or error}); er is niets veranderd.",
                          "Maak ruimte vrij op de schijf en probeer opnieuw.") from None
    try:
        verify_copy(incoming, key)
        if inspect is not None:
            inspect(incoming)
    except BaseException:
        remove_copy(incoming)
        raise
    moved = None
    if target.exists():
        aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.replace(target, aside)
        for old, new in zip(_sidecars(target), _sidecars(aside), strict=True):
            if old.exists():
                os.replace(old, new)
        moved = aside
    private(incoming)
    os.replace(incoming, target)
    try:
        verify_copy(target, key)
    except BackupError:
        target.unlink(missing_ok=True)
        if moved:
            os.replace(moved, target)
            for old, new in zip(_sidecars(moved), _sidecars(target), strict=True):
                if old.exists():
                    os.replace(old, new)
        raise
    return moved


# ------------------------------------------------------------------ the app's own copies


@dataclass(frozen=True)
class AppBackup:
    """A copy the app made itself in ``backups/`` (before an upgrade, a restore, a new key)."""

    path: Path
    made: datetime


_STAMP = re.compile(r"(\d{8}-\d{6})")


def app_backups(folder: Path) -> list[AppBackup]:
    """The copies in the app's ``backups/`` folder, newest first. When a copy was made is read
    from its name (``voor-update-0004-20261125-101500.db``), else from the file's time."""
    found = []
    try:
        entries = list(folder.glob("*.db"))
    except OSError:
        return []
    for path in entries:
        stamp = _STAMP.search(path.name)
        try:
            made = (datetime.strptime(stamp.group(1), "%Y%m%d-%H%M%S") if stamp
                    else datetime.fromtimestamp(path.stat().st_mtime))
        except (OSError, ValueError):
            continue
        if path.is_file():
            found.append(AppBackup(path, made))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def expired_backups(folder: Path, now: datetime, keep: int, max_age: timedelta) -> list[AppBackup]:
    """The copies past the retention: all but the ``keep`` newest, and any older than ``max_age``."""
    copies = app_backups(folder)
    return [b for index, b in enumerate(copies) if index >= keep or now - b.made > max_age]


def remove_copy(path: Path) -> None:
    """Delete a copy and whatever SQLite left beside it."""
    for item in (path, *_sidecars(path), Path(f"{path}-journal")):
        item.unlink(missing_ok=True)


def codes_in_copy(path: Path, key: bytes, codes: list[str]) -> set[str] | None:
    """Which of these pupil codes the copy still holds; None when it cannot be read with
    ``key`` (made before a new key, or damaged): then it may hold them. Opened read-only, so
    the copy is not changed by looking."""
    try:
        conn = sqlcipher.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlcipher.Error:
        return None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        found: set[str] = set()
        for start in range(0, len(codes), 500):
            chunk = codes[start:start + 500]
            found.update(row[0] for row in conn.execute(
                f"SELECT code FROM pupil WHERE code IN ({', '.join('?' * len(chunk))})", chunk))
        return found
    except sqlcipher.Error:
        return None
    finally:
        conn.close()
