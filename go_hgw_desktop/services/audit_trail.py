"""The audit trail as the coordinator and ``go-hgw check`` see it.

Changes are recorded by the store itself (``storage/audit.py``); this module records
openings of a pupil file, reads the trail for the Privacy screen (in words:
``trail_words.py``) and checks its chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from go_hgw_desktop.services.trail_words import describe
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.audit_check import TrailReport, verify_trail
from go_hgw_desktop.storage.store import Store

RECORD_LABELS = audit.RECORD_LABELS


@dataclass(frozen=True)
class TrailEntry:
    id: int
    at: datetime
    os_user: str
    action: str
    record_type: str  # the table, e.g. "goal"
    what: str  # the line in Dutch: "Doel ‘Leest vlot’ gewijzigd (traject Lezen, LL-7K2P9Q)"
    pupil_id: int | None
    pupil: str  # "Janssens, Emma (LL-7K2P9Q)", "gewiste leerling nr. 5", or ""
    detail: str


@dataclass(frozen=True)
class TrailPupil:
    """A pupil the trail can be filtered on: everyone in the store, leavers too."""

    id: int
    code: str
    first_name: str
    last_name: str
    number: str
    has_left: bool


def record_opening(store: Store, pupil_id: int) -> None:
    """A pupil's file was opened (read access is logged too)."""
    with store.transaction() as session:
        audit.record(session, audit.Entry(audit.OPENED, "pupil", pupil_id, pupil_id))


def record(store: Store, action: str, what: str, *, pupil_id: int | None = None, detail: str = "") -> None:
    """An export, print, backup or purge; ``detail`` never holds a name or a note's text."""
    with store.transaction() as session:
        audit.record(session, audit.Entry(action, what, None, pupil_id, detail))


def entries(store: Store, *, pupil_id: int | None = None, since: date | None = None,
            until: date | None = None, limit: int = 5000, names: bool = True,
            today: date | None = None) -> list[TrailEntry]:
    """The newest entries first, filtered by pupil and period (days included), each said in
    Dutch from the records as they are now. ``names``: the viewer names the pupils a
    consultation discussed; without it only their codes appear (an export for one pupil)."""
    # A new key period is bookkeeping of the trail itself, not something a person did.
    query = (select(m.AuditEntryRecord).where(m.AuditEntryRecord.action != audit.PERIOD)
             .order_by(m.AuditEntryRecord.id.desc()).limit(limit))
    if pupil_id is not None:
        query = query.where(m.AuditEntryRecord.pupil_id == pupil_id)
    if since is not None:
        query = query.where(m.AuditEntryRecord.at >= since.isoformat())
    if until is not None:
        query = query.where(m.AuditEntryRecord.at < (until + timedelta(days=1)).isoformat())
    with store.transaction() as session:
        rows = list(session.scalars(query))
        said = describe(session, rows, names=names, today=today)
        return [
            TrailEntry(r.id, datetime.fromisoformat(r.at), r.os_user, r.action, r.record_type, what,
                       r.pupil_id, pupil, r.detail)
            for r, (what, pupil) in zip(rows, said, strict=True)
        ]


def pupils(store: Store, today: date | None = None) -> list[TrailPupil]:
    """Every pupil in the store for the trail's filter, by name; leavers marked."""
    today = today or date.today()
    with store.transaction() as session:
        found = [
            TrailPupil(r.id, r.code, r.first_name, r.last_name, r.external_ref or "",
                       r.leave_date is not None and r.leave_date <= today)
            for r in session.scalars(select(m.PupilRecord))
        ]
    return sorted(found, key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.code))


def check_trail(store: Store) -> list[str]:
    """Every break in the chain, every record changed outside the app, and every mismatch with
    this computer's keys, in Dutch (empty when the trail is as the app wrote it)."""
    return trail_report(store).problems


def trail_report(store: Store) -> TrailReport:
    """The whole check of the trail: what is wrong, what it proves and what it cannot."""
    with store.transaction() as session:
        return verify_trail(session, store.path.parent, store.vault)
