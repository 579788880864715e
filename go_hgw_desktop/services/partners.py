"""CLB requests, verslag references and leersteun requests of a trajectory."""

from __future__ import annotations

from typing import TypeVar

from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

P = TypeVar("P", ClbRequest, VerslagReference, LeersteunRequest)


def save_partner_item_in(session, item: P) -> P:
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
    return records.save(session, item)


def save_partner_item(store: Store, item: P) -> P:
    """Add or change a CLB request, a verslag reference or a leersteun request."""
    with store.transaction() as session:
        return save_partner_item_in(session, item)


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
