"""Every file the app writes, and every file it reads from outside, passes through here.

Writing: a private temporary file in the target's own folder (mode 0600 on POSIX, created
exclusively under an unpredictable name), written, flushed and ``fsync``-ed, then renamed
over the target in one step; on any failure the temporary file is removed and the target
is untouched. A process killed in the middle cannot remove its temporary file: the next
write into that folder removes the app's own temporaries (``.NAME.xxxxxxxx.go-hgw.tmp``)
left there more than :data:`STALE_AFTER` ago. A read-only folder, a missing folder or a full
disk is a Dutch :class:`FileWriteError`.

Reading: only regular files (not a FIFO, a device such as ``/dev/zero``, or a directory),
opened without blocking, and at most the caller's limit plus one byte is read, so a file
that is too big is refused without being read whole.

This module sits beside ``errors.py`` and ``paths.py``: every layer may use it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from go_hgw_desktop.errors import UserError

_READ_ONLY = {errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}

TEMP_SUFFIX = ".go-hgw.tmp"
STALE_AFTER = 15 * 60  # seconds: no write of ours keeps a temporary file untouched this long
# Ours: ".NAME." + mkstemp's 8 random characters + our suffix, and SQLite's files beside a
# backup being made in one (-wal, -shm, -journal).
_OUR_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"(-wal|-shm|-journal)?")
_tidied: set[str] = set()  # folders with nothing of ours left to remove (this process)


def remove_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files this app left in ``folder`` when it was killed mid-write
    (regular files of this user, of our naming pattern, unchanged for :data:`STALE_AFTER`).
    Younger ones may belong to a write in progress (another window) and stay."""
    now = time.time() if now is None else now
    removed, young = [], False
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _OUR_TEMPORARY.fullmatch(entry.name):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
            ours = os.name != "posix" or status.st_uid == os.getuid()
            if not stat.S_ISREG(status.st_mode) or not ours:
                continue
            if now - status.st_mtime < STALE_AFTER:
                young = True
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    if not young:
        _tidied.add(os.path.realpath(folder))
    return removed


class FileWriteError(UserError):
    """A file could not be written; nothing was left half-written."""

    exit_code = 5


def write_problem(error: OSError, path: Path) -> FileWriteError:
    """The Dutch message for an ``OSError`` while writing ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    if error.errno == errno.EROFS:
        return FileWriteError(f"De map {folder} staat op een schijf die alleen gelezen kan worden; "
                              f"{path.name} is niet bewaard.", "Kies een andere map.")
    if error.errno in _READ_ONLY:
        return FileWriteError(
            f"{path.name} kon niet bewaard worden in {folder}: je hebt er geen schrijfrechten, of het "
            "bestand staat open in een ander programma.",
            "Sluit het bestand in het andere programma, of kies een andere map.")
    if error.errno in _FULL:
        return FileWriteError(f"De schijf is vol: {path.name} is niet bewaard (er is niets half bewaard).",
                              "Maak ruimte vrij op de schijf, of kies een andere schijf, en probeer opnieuw.")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileWriteError(f"De map {folder} bestaat niet; {path.name} is niet bewaard.",
                              "Kies een bestaande map.")
    return FileWriteError(f"Het bestand {path} kon niet worden bewaard ({error.strerror or error}).",
                          "Controleer of het bestand niet open staat in een ander programma en probeer "
                          "opnieuw.")


def private_file(path: Path) -> None:
    """Create ``path`` empty (or empty it), readable and writable by this user only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """A private temporary file beside ``target`` for the block to fill by name; when the
    block ends without error it is synced and renamed over ``target``, otherwise removed.

    ``OSError`` inside the block or while finishing becomes :class:`FileWriteError`; any
    other exception passes unchanged (after the temporary file is removed).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if os.path.realpath(folder) not in _tidied:
        remove_stale_temporaries(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise write_problem(error, target) from None
    os.close(fd)
    temporary = Path(name)
    try:
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        yield temporary
        _fsync_path(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise write_problem(error, target) from None
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
    _fsync_folder(folder)


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` safely (see :func:`replacing`)."""
    target = Path(target)
    with replacing(target) as temporary, open(temporary, "wb") as out:
        out.write(data)
    return target


def write_text(target: Path | str, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` safely (see :func:`replacing`)."""
    return write_bytes(target, text.encode("utf-8"))


# ------------------------------------------------------------------------------ reading


class InputFileError(UserError):
    """A file from outside that is not usable as input; ``problem`` says why, without the name,
    so callers can put it in their own message."""

    exit_code = 2

    def __init__(self, path: Path, problem: str, hint: str = "", *, too_big: bool = False) -> None:
        super().__init__(f"{path.name} {problem}", hint)
        self.path = path
        self.problem = problem
        self.too_big = too_big


def _megabytes(limit: int) -> str:
    return f"{limit / 1_000_000:.0f} MB" if limit >= 1_000_000 else f"{limit // 1000} kB"


def check_regular(path: Path | str) -> Path:
    """``path`` exists and is a regular file (following links): not a folder, a FIFO or a device."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputFileError(path, "bestaat niet.", "Controleer de naam en de map.") from None
    except OSError as error:
        raise InputFileError(path, f"kan niet gelezen worden ({error.strerror or error}).") from None
    _refuse_irregular(path, mode)
    return path


def _refuse_irregular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputFileError(path, "is een map, geen bestand.", "Kies een bestand in die map.")
    if not stat.S_ISREG(mode):
        raise InputFileError(path, "is geen gewoon bestand (maar bv. een apparaat of een pijp).",
                             "Kies een bestand dat op de schijf staat.")


def read_limited(path: Path | str, limit: int, what: str = "dit soort bestand") -> bytes:
    """The bytes of the regular file ``path``, refused when it holds more than ``limit``.

    The file is opened without blocking (a FIFO would otherwise wait for a writer), checked
    on the open handle, and at most ``limit + 1`` bytes are read.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputFileError(path, "bestaat niet.", "Controleer de naam en de map.") from None
    except IsADirectoryError:
        raise InputFileError(path, "is een map, geen bestand.", "Kies een bestand in die map.") from None
    except OSError as error:
        raise InputFileError(path, f"kan niet gelezen worden ({error.strerror or error}).",
                             "Controleer of het bestand niet open staat in een ander programma.") from None
    try:
        _refuse_irregular(path, os.fstat(fd).st_mode)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise InputFileError(path, f"kan niet gelezen worden ({error.strerror or error}).") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise InputFileError(path, f"is te groot voor {what} (meer dan {_megabytes(limit)}).", too_big=True)
    return data
