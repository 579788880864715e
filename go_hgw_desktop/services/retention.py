"""Retention: a pupil's file is destroyed when it is no longer needed after they left.

Pupils who left more than N school years ago (a setting, default 1) are listed with their
leave date; purging deletes them and everything under them for real: the rows cascade,
SQLCipher's ``secure_delete`` overwrites the freed pages, ``VACUUM`` gives the space back
and the WAL is truncated, so nothing of them lingers in the file. The audit trail keeps
one line per purged pupil, with their internal number but never their name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.text import names_in
from go_hgw_desktop.services.consultations import forget_discussions
from go_hgw_desktop.services.school import get_setting, put_setting
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.dossier import rows_under
from go_hgw_desktop.storage.store import Store

RETENTION_SETTING = "bewaartermijn-schooljaren"
DEFAULT_YEARS = 1
MAX_YEARS = 30


@dataclass(frozen=True)
class Leaver:
    pupil_id: int
    name: str
    code: str
    leave_date: date
    records: int  # rows that go with them (the pupil included)


@dataclass(frozen=True)
class PurgePlan:
    years: int
    leavers: list[Leaver]
    named_in: list[str]  # consultations whose own text names one of them (stays; the user checks)

    @property
    def records(self) -> int:
        return sum(leaver.records for leaver in self.leavers)


def retention_years(store: Store) -> int:
    with store.transaction() as session:
        text = get_setting(session, RETENTION_SETTING)
    return int(text) if text and text.isdigit() else DEFAULT_YEARS


def set_retention_years(store: Store, years: int) -> None:
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(f"De bewaartermijn is 1 tot {MAX_YEARS} schooljaren.")
    with store.transaction() as session:
        put_setting(session, RETENTION_SETTING, str(years))


def purge_plan(store: Store, today: date | None = None) -> PurgePlan:
    """Who may be purged today: left in a school year more than N school years before this one."""
    today = today or date.today()
    years = retention_years(store)
    current = SchoolYear.containing(today)
    with store.transaction() as session:
        due = [p for p in session.scalars(select(m.PupilRecord).where(m.PupilRecord.leave_date.is_not(None)))
               if current.start_year - SchoolYear.containing(p.leave_date).start_year > years
               and p.leave_date <= today]
        leavers = []
        for pupil in sorted(due, key=lambda p: (p.leave_date, p.last_name)):
            rows = rows_under(session, [pupil.id])
            leavers.append(Leaver(pupil.id, f"{pupil.first_name} {pupil.last_name}", pupil.code,
                                  pupil.leave_date, sum(len(r) for r in rows.values())))
        names = {leaver.name for leaver in leavers}
        named_in = []
        for held_on, decisions in session.execute(select(m.ConsultationRecord.held_on,
                                                         m.ConsultationRecord.decisions)):
            if names and names_in(decisions or "", names):
                named_in.append(f"het overleg van {held_on:%d/%m/%Y}")
    return PurgePlan(years, leavers, named_in)


def purge(store: Store, pupil_ids: list[int], today: date | None = None) -> int:
    """Delete these pupils and everything under them, then reclaim the space; returns the
    number of rows removed. Refuses a pupil who is not (or no longer) due."""
    due = {leaver.pupil_id: leaver for leaver in purge_plan(store, today).leavers}
    strangers = [i for i in pupil_ids if i not in due]
    if strangers:
        raise ValidationError("Alleen leerlingen van wie de bewaartermijn voorbij is, kunnen gewist worden.")
    removed = 0
    with store.transaction() as session:
        # The consultations they were discussed in keep saying so, by number (consultation lines).
        forget_discussions(session, m.consultation_pupil.c.pupil_id.in_(pupil_ids))
        for pupil_id in pupil_ids:
            removed += due[pupil_id].records
            session.execute(m.PupilRecord.__table__.delete().where(m.PupilRecord.id == pupil_id))
        session.flush()
        audit.record_many(session, [
            audit.Entry(audit.PURGED, "pupil", pupil_id, pupil_id,
                        f"bewaartermijn voorbij; {due[pupil_id].records} gegevens gewist")
            for pupil_id in pupil_ids])
    _reclaim(store)
    return removed


def _reclaim(store: Store) -> None:
    """Give the freed pages back to the file system and empty the WAL."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
