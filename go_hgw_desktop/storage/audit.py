"""The audit trail: every opening of a pupil file, every change, every export, chained.

Changes are recorded by one listener on the store's sessions (after each flush: what was
added, changed or deleted, by table and id; never a value), so no service can forget it.
Openings, exports and prints are recorded by the service that does them (:func:`record`).

Each entry carries the hash of the previous one (SHA-256 over its fields and that hash),
so editing or deleting an entry anywhere breaks the chain. The newest entry's id and hash
are also written beside the database (``audit-head.json``) after every commit, so cutting
entries off the end shows too. Entries are chained in id order; a writer computes its
entries' hashes only once it holds SQLite's write lock, so two windows never fork the chain.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from go_hgw_desktop.storage import models as m

GENESIS = "0" * 64
HEAD_FILE = "audit-head.json"
NOT_AUDITED = {"setting", "audit_entry"}  # preferences and the trail itself

ADDED, CHANGED, DELETED = "toegevoegd", "gewijzigd", "verwijderd"
OPENED, EXPORTED, PRINTED, IMPORTED, PURGED = "geopend", "geëxporteerd", "afgedrukt", "geïmporteerd", "gewist"

FIELDS = ("id", "at", "os_user", "action", "record_type", "record_id", "pupil_id", "detail")


def os_user() -> str:
    try:
        return getpass.getuser()[:100]
    except Exception:  # no login name in this environment (a service account, a container)
        return "onbekend"


def _digest(prev_hash: str, entry: dict) -> str:
    payload = json.dumps([prev_hash, *(entry[f] for f in FIELDS)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Entry:
    action: str
    record_type: str
    record_id: int | None = None
    pupil_id: int | None = None
    detail: str = ""


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(select(m.AuditEntryRecord.id, m.AuditEntryRecord.hash)
                          .order_by(m.AuditEntryRecord.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def _append(session: Session, entries: Iterable[Entry]) -> None:
    """Chain and insert ``entries``; the caller's transaction already holds the write lock."""
    entries = list(entries)
    if not entries:
        return
    # Once this transaction has written, nobody else can append before it ends: the tail
    # it wrote last is the head (one query per transaction, not per flush).
    last_id, prev = session.info.get("audit_head") or _chain_end(session)
    at, user = _now(), os_user()
    rows = []
    for offset, e in enumerate(entries, start=1):
        row = {"id": last_id + offset, "at": at, "os_user": user, "action": e.action,
               "record_type": e.record_type, "record_id": e.record_id, "pupil_id": e.pupil_id,
               "detail": e.detail[:200]}
        row["prev_hash"] = prev
        row["hash"] = prev = _digest(prev, row)
        rows.append(row)
    session.execute(insert(m.AuditEntryRecord), rows)
    session.info["audit_head"] = (rows[-1]["id"], rows[-1]["hash"])


def _chain_end(session: Session) -> tuple[int, str]:
    """Where the next entry chains on: the newest entry, or the recorded head if that is further.

    Entries cut off the end behind the app's back must not have their numbers taken again by
    the next entry: that would hide the cut. Chaining on past the recorded head leaves a gap
    that every later check reports.
    """
    last_id, last_hash = _head(session)
    recorded = read_head(session.info["audit_dir"])
    if recorded and recorded[0] > last_id:
        return recorded
    return last_id, last_hash


def record_many(session: Session, entries: Iterable[Entry]) -> None:
    """Entries for rows written in bulk (an import); only after this transaction has written."""
    _append(session, entries)


def record(session: Session, entry: Entry) -> None:
    """Add one entry for an opening, export or print (a change is recorded by itself)."""
    # Take the write lock first with a placeholder, then chain it: a read-only transaction
    # (opening a file) must not read the head before another window commits its entries.
    placeholder = session.execute(insert(m.AuditEntryRecord).values(
        at=_now(), os_user="", action="", record_type="", detail="", prev_hash="", hash=""
    ).returning(m.AuditEntryRecord.id)).scalar_one()
    session.execute(m.AuditEntryRecord.__table__.delete().where(m.AuditEntryRecord.id == placeholder))
    _append(session, [entry])


# ---------------------------------------------------------------------------- changes


def _pupil_of(session: Session, obj) -> int | None:
    """Which pupil a record is about, walking up trajectory, cycle and plan (identity map)."""
    if isinstance(obj, m.PupilRecord):
        return obj.id
    if getattr(obj, "pupil_id", None) is not None:
        return obj.pupil_id
    for attribute, parent in (("plan_id", m.PlanRecord), ("cycle_id", m.CycleRecord),
                              ("trajectory_id", m.TrajectoryRecord)):
        ident = getattr(obj, attribute, None)
        if ident is not None:
            found = session.get(parent, ident)
            return _pupil_of(session, found) if found is not None else None
    return None


def _changes(session: Session) -> list[Entry]:
    found = []
    for action, objects in ((ADDED, session.new), (CHANGED, session.dirty), (DELETED, session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table is None or table in NOT_AUDITED:
                continue
            if action == CHANGED and not session.is_modified(obj, include_collections=False):
                continue
            found.append(Entry(action, table, getattr(obj, "id", None), _pupil_of(session, obj)))
    return found


def install(sessions: sessionmaker, data_dir: Path) -> None:
    """Record every change made through ``sessions`` and keep the head file current."""

    sessions.configure(info={"audit_dir": data_dir})  # copied into every session's own info

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context) -> None:
        # After the flush the rows are written, so this transaction holds the write lock.
        _append(session, _changes(session))

    @event.listens_for(sessions, "after_commit")
    def _after_commit(session: Session) -> None:
        head = session.info.pop("audit_head", None)
        if head:
            write_head(data_dir, *head)

    @event.listens_for(sessions, "after_soft_rollback")
    def _after_rollback(session: Session, _previous) -> None:
        session.info.pop("audit_head", None)


def write_head(data_dir: Path, last_id: int, last_hash: str) -> None:
    target = data_dir / HEAD_FILE
    partial = target.with_suffix(".json.partial")
    try:
        partial.write_text(json.dumps({"id": last_id, "hash": last_hash}) + "\n", encoding="utf-8")
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, target)
    except OSError:
        pass  # the trail itself is committed; a missing head only weakens the tail check


def read_head(data_dir: Path) -> tuple[int, str] | None:
    try:
        raw = json.loads((data_dir / HEAD_FILE).read_text(encoding="utf-8"))
        return int(raw["id"]), str(raw["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


# ---------------------------------------------------------------------------- checking


def head_missing(data_dir: Path) -> bool:
    """No head file beside the database (copied without it, or removed): the end of the trail
    cannot be checked. A warning, not proof of tampering."""
    return read_head(data_dir) is None


def verify(session: Session, data_dir: Path) -> list[str]:
    """What is wrong with the trail, in Dutch; empty when every entry is as it was written.

    The trail starts with a first entry written when the store got its trail, so an empty
    trail in a store with data means it was wiped.
    """
    problems = []
    prev, previous_id = GENESIS, 0
    head = read_head(data_dir)
    head_hash = None  # the hash of the entry the head file names, as it is in the store
    columns = [getattr(m.AuditEntryRecord, f) for f in (*FIELDS, "prev_hash", "hash")]
    for row in session.execute(select(*columns).order_by(m.AuditEntryRecord.id)):
        entry = dict(zip((*FIELDS, "prev_hash", "hash"), row, strict=True))
        if entry["id"] != previous_id + 1 or entry["prev_hash"] != prev:
            problems.append(f"Logboek: vóór regel {entry['id']} ontbreekt iets of is iets gewijzigd.")
        if _digest(entry["prev_hash"], entry) != entry["hash"]:
            problems.append(f"Logboek: regel {entry['id']} is gewijzigd na het schrijven.")
        prev, previous_id = entry["hash"], entry["id"]
        if head and entry["id"] == head[0]:
            head_hash = entry["hash"]
        if len(problems) > 20:
            problems.append("Logboek: nog meer fouten; de controle stopt hier.")
            break
    if not previous_id and session.execute(select(m.SchoolRecord.id).limit(1)).first() is not None:
        problems.append("Logboek: het logboek is leeg, terwijl de database gegevens bevat: het is gewist.")
    if head and head_hash != head[1] and len(problems) <= 20:
        problems.append(f"Logboek: de regels tot {head[0]} zijn er niet (meer) zoals ze geschreven werden "
                        "(het einde is weggeknipt of gewijzigd).")
    return problems


def adopt_head(session: Session, data_dir: Path) -> None:
    """After a restore: the restored trail's own newest entry becomes the recorded head (the
    head file still describes the store that was replaced)."""
    last_id, last_hash = _head(session)
    if last_id:
        write_head(data_dir, last_id, last_hash)
    else:
        (data_dir / HEAD_FILE).unlink(missing_ok=True)
