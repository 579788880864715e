"""The audit trail as the coordinator and ``go-hgw check`` see it.

Changes are recorded by the store itself (``storage/audit.py``); this module records
openings of a pupil file, reads the trail for the Privacy screen and checks its chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

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
    "access_export": "inzage-export", "status_change": "statuswijziging",
    "foto_export": "wat een schoolfoto verborg",
}


@dataclass(frozen=True)
class TrailEntry:
    id: int
    at: datetime
    os_user: str
    action: str
    what: str  # Dutch: "waarneming 12"
    pupil_id: int | None
    detail: str


def record_opening(store: Store, pupil_id: int) -> None:
    """A pupil's file was opened (read access is logged too)."""
    with store.transaction() as session:
        audit.record(session, audit.Entry(audit.OPENED, "pupil", pupil_id, pupil_id))


def record(store: Store, action: str, what: str, *, pupil_id: int | None = None, detail: str = "") -> None:
    """An export, print, backup or purge; ``detail`` never holds a name or a note's text."""
    with store.transaction() as session:
        audit.record(session, audit.Entry(action, what, None, pupil_id, detail))


def entries(store: Store, *, pupil_id: int | None = None, since: date | None = None,
            until: date | None = None, limit: int = 5000) -> list[TrailEntry]:
    """The newest entries first, filtered by pupil and period (days included)."""
    query = select(m.AuditEntryRecord).order_by(m.AuditEntryRecord.id.desc()).limit(limit)
    if pupil_id is not None:
        query = query.where(m.AuditEntryRecord.pupil_id == pupil_id)
    if since is not None:
        query = query.where(m.AuditEntryRecord.at >= since.isoformat())
    if until is not None:
        query = query.where(m.AuditEntryRecord.at < (until + timedelta(days=1)).isoformat())
    with store.transaction() as session:
        return [
            TrailEntry(r.id, datetime.fromisoformat(r.at), r.os_user, r.action,
                       f"{RECORD_LABELS.get(r.record_type, r.record_type)}"
                       + (f" {r.record_id}" if r.record_id is not None else ""),
                       r.pupil_id, r.detail)
            for r in session.scalars(query)
        ]


def check_trail(store: Store) -> list[str]:
    """Every break in the chain, in Dutch (empty when nothing was edited or removed)."""
    with store.transaction() as session:
        return audit.verify(session, store.path.parent)
