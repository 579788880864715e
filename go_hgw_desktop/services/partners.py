"""CLB requests, verslag references and leersteun requests of a trajectory."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.partners import (
    ClbRequest,
    LeersteunRequest,
    StatusChange,
    VerslagReference,
    status_changes,
)
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

P = TypeVar("P", ClbRequest, VerslagReference, LeersteunRequest)


# Which column of status_change points at each kind of item.
CHANGE_COLUMN = {ClbRequest: "clb_request_id", VerslagReference: "verslag_id",
                 LeersteunRequest: "leersteun_id"}


def save_partner_item_in(session, item: P, today: date | None = None) -> P:
    if isinstance(item, ClbRequest):
        trajectory = records.load(session, Trajectory, item.trajectory_id)
        birth_year = (
            records.load(session, Pupil, trajectory.pupil_id).birth_year
            if trajectory.pupil_id is not None
            else None
        )
        item.validate(birth_year)
    else:
        item.validate()
        if item.trajectory_id is not None:
            records.record_of(session, Trajectory, item.trajectory_id)
    if isinstance(item, LeersteunRequest):
        item.school_id = item.school_id or school_in(session).id
    before = records.load(session, type(item), item.id) if item.id is not None else None
    saved = records.save(session, item)
    # Remember when the status (and a CLB request's diagnostic phase) changed, so a foto for
    # a past day counts the status of that day.
    for change in status_changes(before, saved, today or date.today()):
        session.add(m.StatusChangeRecord(**{CHANGE_COLUMN[type(saved)]: saved.id}, field=change.field,
                                         value=change.value, since=change.since))
    return saved


def save_partner_item(store: Store, item: P, today: date | None = None) -> P:
    """Add or change a CLB request, a verslag reference or a leersteun request; a new status
    is recorded with its own date where the item has one, else ``today``."""
    with store.transaction() as session:
        return save_partner_item_in(session, item, today)


def recorded_changes(session: Session, kind: type[P]) -> dict[int, list[StatusChange]]:
    """Per item of ``kind``: its recorded status changes, in the order they were recorded."""
    column = getattr(m.StatusChangeRecord, CHANGE_COLUMN[kind])
    found: dict[int, list[StatusChange]] = {}
    rows = session.execute(
        select(column, m.StatusChangeRecord.field, m.StatusChangeRecord.value, m.StatusChangeRecord.since)
        .where(column.is_not(None)).order_by(m.StatusChangeRecord.id))
    for item_id, field, value, since in rows:
        found.setdefault(item_id, []).append(StatusChange(field, value, since))
    return found


def delete_partner_item(store: Store, item_class: type[P], item_id: int) -> None:
    with store.transaction() as session:
        records.delete(session, item_class, item_id)


def team_leersteun(store: Store) -> list[LeersteunRequest]:
    """Leersteun not tied to one trajectory (teacher- or team-directed)."""
    with store.transaction() as session:
        return records.all_of(
            session, LeersteunRequest, m.LeersteunRequestRecord.trajectory_id.is_(None),
            order_by=m.LeersteunRequestRecord.requested_on,
        )


def get_leersteun(store: Store, request_id: int) -> LeersteunRequest:
    with store.transaction() as session:
        return records.load(session, LeersteunRequest, request_id)
