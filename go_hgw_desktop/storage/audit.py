"""The audit trail: every opening of a pupil file, every change, every export, chained and signed.

What is recorded
    Changes are seen by one listener on the store's sessions (after each flush: what was
    added, changed or deleted, by table and id; never a value), so no service can forget
    them. Openings, exports and prints are recorded by the service that does them
    (:func:`record`). Besides, temporary triggers on every connection note *every* row a
    transaction writes (also bulk writes and cascades; ``audit_rows.py``), and the last entry
    carries the fingerprint of each such row's content: an HMAC with the **row key** from
    the keyring (``audit_row``). ``go-hgw check`` recomputes them, so a record edited outside
    the app (an SQLCipher shell) shows.

How it is protected
    Each entry carries the hash of the previous one (SHA-256 over its fields and that hash),
    so editing or deleting an entry anywhere breaks the chain. Since format 2 every
    transaction's last entry is also **signed** (Ed25519) with the key of the current
    **key period** (tijdvak). A period starts at the first write after the store was opened
    (program start, unlock, every command) and again on a new day; its seed is derived
    from the previous one with a one-way step and the previous one is erased, in memory and
    in the keyring. The entry that opens a period announces its public key and is signed
    with the previous period's key, so the chain of keys runs back to an **anchor**: the
    entry where signing started (a new store, the upgrade to format 2, a restore, or a
    recovery key that had to replace lost keys). Whoever holds the key later can sign only
    in the current period: everything signed in earlier periods stays as it was, or shows.
    The newest entry (number, hash, period, and the schema revision) is kept in
    ``audit-head.json`` and in the keyring entry after every commit, so a store copied back
    from an older backup no longer matches this computer. Every baseline is preceded by a
    ``schemaversie`` entry naming the store's schema revision: a revision set back outside the
    app (to make it migrate, and so fingerprint every record afresh) is an alarm.

Entries are chained in id order; a writer chains its entries only once it holds SQLite's
write lock, so two windows never fork the chain. The checks are in ``audit_check.py``.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import event, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from go_hgw_desktop import files
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.audit_rows import (
    KEY_CHECK,
    all_fingerprints,
    changed_fingerprints,
    key_check,
    rows_digest,
)
from go_hgw_desktop.storage.vault import Head, TrailKeys, Vault, next_seed, public_key

GENESIS = "0" * 64
HEAD_FILE = "audit-head.json"
# No line of their own from the ORM listener (a foto_export row goes with its export's line).
NOT_AUDITED = {"setting", "audit_entry", "audit_row", "foto_export"}

ADDED, CHANGED, DELETED = "toegevoegd", "gewijzigd", "verwijderd"
OPENED, EXPORTED, PRINTED, IMPORTED, PURGED = "geopend", "geëxporteerd", "afgedrukt", "geïmporteerd", "gewist"
ANCHOR = "logboeksleutel"  # signing starts here with a new chain of keys
PERIOD = "nieuw tijdvak"  # a new key period (one per session and day; not shown in the viewer)
BASELINE = "vastgelegd"  # the fingerprint of every record at this moment
SCHEMA = "schemaversie"  # the store's schema revision (detail), with every baseline
TRAIL = "logboek"  # record type of the entries above

# Dutch names of the record types, for the viewer and the check's messages.
RECORD_LABELS = {
    "school": "school", "class_group": "klas", "subgroup": "subgroep", "pupil": "leerling",
    "class_membership": "klas van een leerling", "trajectory": "traject", "phase_change": "fase",
    "cycle": "cyclus", "observation": "waarneming", "factor": "factor",
    "educational_need": "onderwijsbehoefte", "teacher_support_need": "ondersteuningsbehoefte",
    "plan": "plan", "goal": "doel", "measure": "maatregel", "follow_up_note": "opvolgnotitie",
    "clb_request": "CLB-aanvraag", "verslag_reference": "verslag", "leersteun_request": "leersteunaanvraag",
    "consultation": "overleg", "consultation_foto": "schoolfoto bij overleg",
    "consultation_participant": "deelnemer", "action_item": "afspraak", "schoolfoto": "schoolfoto",
    "scholengroepfoto": "scholengroepfoto", "pupil_plan": "plan van een leerling", "store": "database",
    "access_export": "inzage-export", "setting": "instelling", TRAIL: "logboek",
    "subgroup_member": "lid van een subgroep", "consultation_pupil": "leerling bij een overleg",
    "consultation_group": "klas bij een overleg", "status_change": "statuswijziging",
    "foto_export": "wat een schoolfoto verborg", "staff_member": "personeelslid",
    "class_teacher": "klasleraar van een klas",
    # printed meeting documents (issue 15)
    "groepsplan": "groepsplan", "overleg_verslag": "verslag van een overleg",
    "bespreking": "voorbereiding van een bespreking",
    "transfer_out": "overdracht naar een andere school", "transfer_withheld": "deel dat niet mee overgaat",
    "received_history": "overdracht van een vorige school", "transfer": "overdracht",
    "klasfiche": "klasfiche",
    "overdrachtsfiche": "overdrachtsfiche voor volgend schooljaar",
    # the voice of parents and pupil, the request pack (issue 16)
    "conversation": "gesprek met ouders of leerling", "partner_view": "visie van ouders of leerling",
    "request_pack": "aanmeldingsdossier",
}

FIELDS = ("id", "at", "os_user", "action", "record_type", "record_id", "pupil_id", "detail")
FIELDS_2 = (*FIELDS, "epoch", "rows_digest", "public_key")
SIGNED = b"go-hgw logboek\n"


def os_user() -> str:
    try:
        return getpass.getuser()[:100]
    except Exception:  # no login name in this environment (a service account, a container)
        return "onbekend"


def digest(prev_hash: str, entry: dict) -> str:
    """The entry's hash; format 1 (no key period) for entries written before signing."""
    if entry.get("epoch") is None:
        fields = [prev_hash, *(entry[f] for f in FIELDS)]
    else:
        fields = [2, prev_hash, *(entry[f] for f in FIELDS_2)]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def signed_message(entry_hash: str) -> bytes:
    return SIGNED + entry_hash.encode("ascii")


def _sign(seed: bytes, entry_hash: str) -> str:
    from nacl.signing import SigningKey

    return SigningKey(bytes(seed)).sign(signed_message(entry_hash)).signature.hex()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Entry:
    action: str
    record_type: str
    record_id: int | None = None
    pupil_id: int | None = None
    detail: str = ""


# ---------------------------------------------------------------------------- writing entries


def record_many(session: Session, entries: Iterable[Entry]) -> None:
    """Entries for rows written in bulk (an import); chained when the transaction ends."""
    session.info.setdefault("audit_pending", []).extend(entries)


def record(session: Session, entry: Entry) -> None:
    """Add one entry for an opening, export or print (a change is recorded by itself)."""
    session.info.setdefault("audit_pending", []).append(entry)


def mentioned(session: Session, record_type: str, record_id: int) -> bool:
    """Whether this transaction already has a line for that record (changes flushed so far)."""
    return any(e.record_type == record_type and e.record_id == record_id
               for e in session.info.get("audit_pending", []))


def request_anchor(session: Session, reason: str) -> None:
    """Start a new chain of keys in this transaction (a new store, a restore, lost keys)."""
    session.info["audit_anchor"] = reason[:200]


def request_baseline(session: Session, reason: str) -> None:
    """Record the fingerprint of every record in this transaction (after a schema upgrade)."""
    session.info["audit_baseline"] = reason[:200]


def request_schema(session: Session) -> None:
    """Record the store's schema revision in this transaction (a trail that has none yet)."""
    session.info["audit_schema"] = True


def recorded_revision(session: Session) -> str | None:
    """The schema revision the trail recorded last (``None`` for a trail from before)."""
    return session.scalar(select(m.AuditEntryRecord.detail).where(m.AuditEntryRecord.action == SCHEMA)
                          .order_by(m.AuditEntryRecord.id.desc()).limit(1))


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


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(select(m.AuditEntryRecord.id, m.AuditEntryRecord.hash)
                          .order_by(m.AuditEntryRecord.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def _chain_end(session: Session) -> tuple[int, str]:
    """Where the next entry chains on: the newest entry, or a recorded head if that is further.

    Entries cut off the end behind the app's back (or a store copied back from an older
    backup) must not have their numbers taken again by the next entry: that would hide the
    cut. Chaining on past the recorded head leaves a gap that every later check reports.
    """
    last_id, last_hash = _head(session)
    vault: Vault | None = session.info.get("vault")
    for recorded in (read_head(session.info["audit_dir"]), vault.head if vault else None):
        if recorded and recorded.id > last_id:
            last_id, last_hash = recorded.id, recorded.hash
    return last_id, last_hash


def _take_write_lock(session: Session) -> None:
    # A transaction that only read (opening a file) must hold the write lock before it reads
    # the head, or another window could append in between.
    placeholder = session.execute(insert(m.AuditEntryRecord).values(
        at=_now(), os_user="", action="", record_type="", detail="", prev_hash="", hash=""
    ).returning(m.AuditEntryRecord.id)).scalar_one()
    session.execute(m.AuditEntryRecord.__table__.delete().where(m.AuditEntryRecord.id == placeholder))


def _newest_period(session: Session) -> int:
    return session.scalar(select(m.AuditEntryRecord.epoch).order_by(m.AuditEntryRecord.epoch.desc())
                          .limit(1)) or 0


def _uncovered(pending: list[Entry], changed: list[tuple[str, str, str | None]]) -> list[Entry]:
    """A line for rows written without one (bulk writes, cascades, settings), per table."""
    covered = {e.record_type for e in pending}
    by_table: dict[str, list[str]] = {}
    for table, key, _mac in changed:
        if table not in covered:
            by_table.setdefault(table, []).append(key)
    lines = []
    for table, keys in by_table.items():
        detail = (", ".join(sorted(json.loads(k)[0] for k in keys)) if table == "setting"
                  else f"{len(keys)} gegeven(s)")
        lines.append(Entry(CHANGED, table, None, None, detail))
    return lines


@dataclass
class _Stage:
    """What the keyring entry becomes once this transaction commits."""

    trail: TrailKeys | None = None
    period_seed: bytes | None = None
    period: int | None = None


class _Batch:
    """The entries one transaction appends: numbered, fingerprinted, chained and signed."""

    def __init__(self, first_id: int) -> None:
        self.first_id, self.at, self.user = first_id, _now(), os_user()
        self.rows: list[dict] = []
        self.carried: dict[int, list[tuple[str, str, str | None]]] = {}
        self.signers: dict[int, bytes] = {}  # position -> the seed that signs that entry
        self.epoch: int | None = None
        self.seed: bytes | None = None  # signs the last entry
        self.stage = _Stage()

    def add(self, entry: Entry, public: bytes | None = None) -> int:
        self.rows.append({
            "id": self.first_id + len(self.rows), "at": self.at, "os_user": self.user, "action": entry.action,
            "record_type": entry.record_type, "record_id": entry.record_id, "pupil_id": entry.pupil_id,
            "detail": entry.detail[:200], "epoch": self.epoch, "rows_digest": None,
            "public_key": public.hex() if public else None, "signature": None})
        return len(self.rows) - 1

    def anchor(self, session: Session, vault: Vault, reason: str) -> None:
        """A new chain of keys: a fresh seed, announced by an entry it signs itself."""
        self.epoch = max(_newest_period(session), vault.trail.epoch if vault.trail else 0,
                         vault.head.generation if vault.head else 0) + 1
        self.seed = os.urandom(32)
        key = public_key(self.seed)
        position = self.add(Entry(ANCHOR, TRAIL, detail=reason), key)
        self.signers[position] = self.seed
        self.stage.trail = TrailKeys(bytearray(self.seed), self.epoch, self.rows[position]["id"], key)

    def continue_keys(self, vault: Vault) -> None:
        """The session's key period, begun here (signed by the previous one) on its first write."""
        self.epoch, self.seed = vault.trail.epoch, bytes(vault.trail.seed)
        if vault.period_day != date.today():
            previous, self.seed, self.epoch = self.seed, next_seed(self.seed), self.epoch + 1
            position = self.add(Entry(PERIOD, TRAIL, detail=f"tijdvak {self.epoch}"), public_key(self.seed))
            self.signers[position] = previous
            self.stage.period_seed, self.stage.period = self.seed, self.epoch

    def baseline(self, session: Session, row_key: bytes, reason: str) -> None:
        everything = all_fingerprints(session, row_key)
        position = self.add(Entry(BASELINE, TRAIL, detail=f"{reason}: {len(everything)} gegevens"))
        self.carried[position] = [*everything, (*KEY_CHECK, key_check(row_key))]

    def write(self, session: Session, prev: str, revision: str) -> Head:
        for position, row in enumerate(self.rows):
            if position in self.carried:
                row["rows_digest"] = rows_digest(self.carried[position])
            row["prev_hash"] = prev
            row["hash"] = prev = digest(prev, row)
            if self.seed is not None and (position in self.signers or position == len(self.rows) - 1):
                row["signature"] = _sign(self.signers.get(position, self.seed), row["hash"])
        session.execute(insert(m.AuditEntryRecord), self.rows)
        fingerprints = [{"entry_id": self.rows[position]["id"], "tbl": t, "row_key": k, "mac": mac}
                        for position, found in self.carried.items() for t, k, mac in found]
        if fingerprints:
            session.execute(insert(m.AuditRowRecord), fingerprints)
        return Head(self.rows[-1]["id"], self.rows[-1]["hash"], self.epoch or 0, revision)


def seal(session: Session) -> None:
    """End of a store transaction: chain, fingerprint and sign what it did (``Store.transaction``)."""
    info = session.info
    session.flush()
    pending: list[Entry] = info.pop("audit_pending", [])
    anchor_reason, baseline_reason = info.pop("audit_anchor", None), info.pop("audit_baseline", None)
    schema = info.pop("audit_schema", False)
    revision = info.get("schema_revision", "")
    vault: Vault | None = info.get("vault")
    row_key = bytes(vault.row_key) if vault and vault.row_key else None
    changed = changed_fingerprints(session, row_key)
    if not (pending or changed or anchor_reason or baseline_reason or schema):
        return
    _take_write_lock(session)
    last_id, prev = _chain_end(session)
    batch = _Batch(last_id + 1)
    if vault is not None:
        with vault.lock:  # another thread's commit may be replacing the seed
            if anchor_reason or vault.trail is None:
                row_key = vault.ensure_row_key()
                batch.anchor(session, vault, anchor_reason or "ondertekening gestart")
                baseline_reason = baseline_reason or "begin van de ondertekening"
            else:
                batch.continue_keys(vault)
        if (baseline_reason or schema) and revision:
            # Signed with the baseline: a store whose revision is later set back, to have every
            # record fingerprinted afresh by a migration, contradicts its own trail.
            batch.add(Entry(SCHEMA, TRAIL, detail=revision))
        if baseline_reason:
            batch.baseline(session, row_key, baseline_reason)
    for entry in [*pending, *_uncovered(pending, changed)]:
        batch.add(entry)
    if changed and row_key and not baseline_reason:  # a baseline already holds every record
        batch.carried.setdefault(len(batch.rows) - 1, []).extend(changed)
    info["audit_head"] = batch.write(session, prev, revision)
    info["audit_stage"] = batch.stage
    session.execute(text("DELETE FROM temp.audit_changed"))


def install(sessions: sessionmaker, data_dir: Path, vault: Vault | None, revision: str = "") -> None:
    """Record every change made through ``sessions`` (a store at schema ``revision``); keep the
    head file and keyring current."""

    # Copied into every session.
    sessions.configure(info={"audit_dir": data_dir, "vault": vault, "schema_revision": revision})

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context) -> None:
        session.info.setdefault("audit_pending", []).extend(_changes(session))

    @event.listens_for(sessions, "after_commit")
    def _after_commit(session: Session) -> None:
        head: Head | None = session.info.pop("audit_head", None)
        stage: _Stage | None = session.info.pop("audit_stage", None)
        if head is None:
            return
        write_head(data_dir, head)
        if vault is not None:
            vault.commit(head, stage.trail, stage.period_seed, stage.period)
            # Committed already; the next opening repairs a keyring that stayed behind.
            with contextlib.suppress(UserError):
                vault.save()

    @event.listens_for(sessions, "after_soft_rollback")
    def _after_rollback(session: Session, _previous) -> None:
        for name in ("audit_head", "audit_stage", "audit_pending", "audit_anchor", "audit_baseline",
                     "audit_schema"):
            session.info.pop(name, None)


def write_head(data_dir: Path, head: Head) -> None:
    content = {"id": head.id, "hash": head.hash, "generation": head.generation, "revision": head.revision}
    # The trail itself is committed; a missing head only weakens the tail check.
    with contextlib.suppress(files.FileWriteError):
        files.write_text(data_dir / HEAD_FILE, json.dumps(content) + "\n")


def read_head(data_dir: Path) -> Head | None:
    try:
        raw = json.loads(files.read_limited(data_dir / HEAD_FILE, 4096, "de kop van het logboek"))
        return Head(int(raw["id"]), str(raw["hash"]), int(raw.get("generation", 0)),
                    str(raw.get("revision", "")))
    except (files.InputFileError, ValueError, KeyError, TypeError, AttributeError):
        return None


def head_missing(data_dir: Path) -> bool:
    """No head file beside the database (copied without it, or removed): the end of the trail
    cannot be checked against it. A warning, not proof of tampering."""
    return read_head(data_dir) is None


def adopt_head(session: Session, data_dir: Path, vault: Vault | None = None) -> None:
    """After a restore: the restored trail's own newest entry becomes the recorded head (the
    head file and the keyring still describe the store that was replaced)."""
    last_id, last_hash = _head(session)
    generation = _newest_period(session)
    head = Head(last_id, last_hash, generation, session.info.get("schema_revision", "")) if last_id else None
    if head:
        write_head(data_dir, head)
    else:
        (data_dir / HEAD_FILE).unlink(missing_ok=True)
    if vault is not None:
        vault.head = head
