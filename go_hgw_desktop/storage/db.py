"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection is keyed with the raw 256-bit key, then configured:

* ``cipher_compatibility = 4``: SQLCipher 4 defaults, so any standard SQLCipher 4 tool
  opens the file with the recovery key;
* ``foreign_keys = ON``: the schema's cascades and references are enforced;
* ``temp_store = MEMORY``: sorts and temporary tables never touch the disk;
* ``cache_size = 64 MB``: SQLCipher decrypts every page it reads; with the default 8 MB
  cache, full-scan reads of a 26 MB store ran 6x slower than plain SQLite, with 64 MB
  they ran at parity (see ``benchmarks/storage.py``);
* ``journal_mode = WAL`` with ``synchronous = FULL``: WAL pages are encrypted like the
  database; a crash at any moment leaves the last committed state (the WAL is replayed
  or ignored), readers never block the writer, and FULL syncs the WAL on every commit
  so a saved note survives a power cut. The data directory is local (never a network
  share), where WAL is safe.

A file that cannot be opened (wrong key, not a database, truncated) raises
:class:`StoreOpenError` before anything is written to it.
"""

from __future__ import annotations

import enum
import errno
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from go_hgw_desktop.errors import UserError

PAGE_SIZE = 4096  # SQLCipher 4 default cipher_page_size
CACHE_KIB = 64 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10


class OpenFailure(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    WRONG_KEY_OR_NOT_DATABASE = "wrong_key_or_not_database"
    PLAIN_SQLITE = "plain_sqlite"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    NOT_ACCESSIBLE = "not_accessible"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    NEWER_VERSION = "newer_version"
    DISK_FULL = "disk_full"
    LOCKED_BY_APP = "locked_by_app"  # the store was closed or locked: its key is gone


_MESSAGES = {
    OpenFailure.LOCKED_BY_APP: ("De database is vergrendeld.",
                                "Ontgrendel het programma en probeer opnieuw."),
    OpenFailure.MISSING: ("Het databasebestand {path} bestaat niet.", ""),
    OpenFailure.EMPTY: (
        "Het databasebestand {path} is leeg.",
        "Zet een reservekopie terug, of verplaats dit lege bestand en start opnieuw.",
    ),
    OpenFailure.WRONG_KEY_OR_NOT_DATABASE: (
        "De database {path} kan niet geopend worden: de sleutel past niet bij dit bestand, "
        "of het is geen database van GO! HGW Desktop.",
        "Het bestand is niet gewijzigd. Heb je de herstelsleutel? Start dan met "
        "‘go-hgw recover-key’ of kies ‘Herstelsleutel invoeren’ in het programma.",
    ),
    OpenFailure.PLAIN_SQLITE: (
        "{path} is een gewone, niet-versleutelde SQLite-database van een ander programma.",
        "Het bestand is niet gewijzigd. Kies de map met je eigen GO! HGW-database.",
    ),
    OpenFailure.TRUNCATED: (
        "De database {path} is afgekapt: het bestand is korter dan de inhoud die het "
        "aankondigt (bijvoorbeeld een onvolledige kopie).",
        "Het bestand is niet gewijzigd. Zet een reservekopie terug uit de map ‘backups’.",
    ),
    OpenFailure.CORRUPT: (
        "De database {path} is beschadigd.",
        "Het bestand is niet gewijzigd. Zet een reservekopie terug uit de map ‘backups’.",
    ),
    OpenFailure.LOCKED: (
        "De database {path} is in gebruik door een ander venster of programma.",
        "Sluit het andere venster van GO! HGW Desktop en probeer opnieuw.",
    ),
    OpenFailure.NOT_ACCESSIBLE: (
        "Het databasebestand {path} kan niet gelezen of geschreven worden.",
        "Controleer of de map bestaat en of je er als gebruiker in mag schrijven.",
    ),
    OpenFailure.FOLDER_NOT_WRITABLE: (
        "In de datamap {path} kan niet geschreven worden: ze staat op een schijf die alleen gelezen "
        "kan worden, of je hebt er geen schrijfrechten.",
        "De database heeft schrijfrechten nodig, ook om alleen te lezen (het logboek en de tijdelijke "
        "bestanden van de database). Kies de juiste map met --data-dir, of vraag ICT om schrijfrechten.",
    ),
    OpenFailure.DISK_FULL: (
        "De schijf met de database {path} is vol: de database kan niet geopend worden (ze heeft wat "
        "ruimte nodig voor haar tijdelijke bestanden, ook om alleen te lezen).",
        "Maak ruimte vrij op die schijf (een paar MB is genoeg) en probeer opnieuw. Er is niets gewijzigd.",
    ),
    OpenFailure.NEWER_VERSION: (
        "De database {path} werd gemaakt met een nieuwere versie van GO! HGW Desktop.",
        "Het bestand is niet gewijzigd. Installeer de nieuwste versie van het programma.",
    ),
}


class StoreOpenError(UserError):
    """The store cannot be opened; ``reason`` says why. The file was not modified."""

    exit_code = 3

    def __init__(self, reason: OpenFailure, path: Path) -> None:
        message, hint = _MESSAGES[reason]
        super().__init__(message.format(path=path), hint)
        self.reason = reason
        self.path = path


# Below this much free space, "cannot open" is a full disk rather than a permission problem:
# SQLite needs room for the WAL index (32 kB) and the WAL itself before it can read.
LOW_SPACE = 1 << 20


def disk_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (almost) no room left."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def _classify(error: sqlcipher.Error, path: Path | None = None) -> OpenFailure:
    text = str(error).lower()
    if "full" in text:
        return OpenFailure.DISK_FULL
    if "not a database" in text:
        return OpenFailure.WRONG_KEY_OR_NOT_DATABASE
    if "malformed" in text or "corrupt" in text:
        return OpenFailure.CORRUPT
    if "locked" in text or "busy" in text:
        return OpenFailure.LOCKED
    if "unable to open" in text or "readonly" in text or "disk i/o" in text:
        # A full disk reads as "disk I/O error" or "unable to open" too (the WAL index cannot
        # be made): say so rather than blame the folder's rights.
        if path is not None and disk_full(path.parent):
            return OpenFailure.DISK_FULL
        return OpenFailure.NOT_ACCESSIBLE
    return OpenFailure.CORRUPT


def _precheck_existing(path: Path, encrypted: bool) -> None:
    """Reject files we can recognise as unusable without touching them."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a folder, a FIFO (would block) or a device
            raise StoreOpenError(OpenFailure.NOT_ACCESSIBLE, path)
        size = status.st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise StoreOpenError(OpenFailure.MISSING, path) from None
    except OSError as error:
        full = error.errno == errno.ENOSPC or disk_full(path.parent)
        raise StoreOpenError(OpenFailure.DISK_FULL if full else OpenFailure.NOT_ACCESSIBLE, path) from None
    if size == 0:
        raise StoreOpenError(OpenFailure.EMPTY, path)
    if encrypted and head == SQLITE_HEADER:
        raise StoreOpenError(OpenFailure.PLAIN_SQLITE, path)
    if size % PAGE_SIZE:
        raise StoreOpenError(OpenFailure.TRUNCATED, path)


def _wal_is_empty(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return not wal.exists() or wal.stat().st_size == 0


def connect(path: Path, key: bytes | None, *, create: bool = False) -> sqlcipher.Connection:
    """Open one keyed, configured DB-API connection, or raise :class:`StoreOpenError`.

    ``key=None`` opens a plain SQLite file: only ``benchmarks/storage.py`` does that,
    to compare against SQLCipher with the same code path.
    """
    path = Path(path)
    if not create:
        _precheck_existing(path, encrypted=key is not None)
    # mode=rw never creates a file; a mistyped path fails instead of making a new store.
    uri = f"file:{quote(str(path))}?mode={'rwc' if create else 'rw'}"
    try:
        conn = sqlcipher.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False,
            timeout=BUSY_TIMEOUT_S,
        )
    except sqlcipher.Error as error:
        raise StoreOpenError(_classify(error, path), path) from None
    try:
        # SQLCipher logs failed HMAC checks to stderr; the user gets our message instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_compatibility = 4")
        # The first read decrypts page 1: a wrong key or a foreign file fails here,
        # before any statement could write to the file.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        if not create and _wal_is_empty(path):
            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            if path.stat().st_size < page_count * PAGE_SIZE:
                raise StoreOpenError(OpenFailure.TRUNCATED, path)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if key is not None:
            # Freed pages are overwritten: purged records do not linger in free pages.
            conn.execute("PRAGMA secure_delete = ON")
    except StoreOpenError:
        conn.close()
        raise
    except sqlcipher.Error as error:
        conn.close()
        raise StoreOpenError(_classify(error, path), path) from None
    return conn


def create_store_engine(
    path: Path, key: bytes | None, *, create: bool = False
) -> Engine:
    """An engine whose every connection comes from :func:`connect`.

    The first connection is opened here, so open errors surface as
    :class:`StoreOpenError` from this call and not later from deep inside a query.
    """
    path = Path(path)
    first = connect(path, key, create=create)
    if create and os.name == "posix":
        os.chmod(path, 0o600)  # one user's data: not readable by others on the machine
    spare = [first]
    holder = [key]  # emptied by revoke(): a closed store opens no new connection

    def creator() -> sqlcipher.Connection:
        if spare:
            return spare.pop()
        if not holder:
            raise StoreOpenError(OpenFailure.LOCKED_BY_APP, path)
        return connect(path, holder[0])

    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )
    _emit_begin(engine)

    def revoke() -> None:
        holder.clear()
        while spare:
            spare.pop().close()

    engine.revoke = revoke  # type: ignore[attr-defined]
    return engine


def _emit_begin(engine: Engine) -> None:
    # The DB-API driver runs in autocommit (isolation_level=None) and we emit BEGIN
    # ourselves, so every SQLAlchemy transaction, reads included, is a real SQLite
    # transaction: a service call sees one consistent state and commits all or nothing.
    listener: Callable = lambda conn: conn.exec_driver_sql("BEGIN")  # noqa: E731
    event.listen(engine, "begin", listener)
