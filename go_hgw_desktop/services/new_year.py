"""The start of a new school year: what the Overzicht and ``go-hgw schooljaar`` guide through.

A school year runs from 1 September to 31 August. The *huidig* schooljaar is the one the
coordinator chose (``school.set_current_school_year``), else the one today lies in. Nothing
about a pupil's care is tied to a school year: trajectories, cycles, plans and requests run
on; only classes, class membership and subgroups (and so group trajectories, which belong to
a class) are per year. A new year therefore needs new class lists, a look at who left, and
new subgroups; last year's classes and subgroups stay as they were, readable, never moved.

The guide for a year is shown while it is the huidig year, last year had classes, the
coordinator has not closed it, and either this year has no classes yet, the coordinator
started the year on purpose, or the year began less than ``GUIDE_DAYS`` ago.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, and_, distinct, func, select, type_coerce

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import Phase, TrajectoryStatus
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.services import school
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

GUIDE_SETTING = "nieuw_schooljaar"  # "open:2027-2028" (started on purpose) or "klaar:2027-2028"
GUIDE_DAYS = 60  # from 1 September the steps stay on the Overzicht this long, unless closed

_OPEN, _DONE = "open:", "klaar:"


@dataclass(frozen=True)
class YearStart:
    """Where the school stands at the start of ``year`` (the huidig schooljaar)."""

    year: SchoolYear
    calendar_year: SchoolYear  # the year today lies in
    chosen: bool  # the huidig year was set on purpose (else it follows the calendar)
    guide: bool  # show the steps for ``year``
    classes: int  # in ``year``
    pupils: int  # with a class in ``year``
    previous_classes: int
    without_class: int  # last year's pupils with no class in ``year`` (or later), not marked left
    running_pupils: int  # pupils not marked left with a running trajectory
    running_with_class: int  # of those, the ones with a class in ``year``
    running_trajectories: int
    previous_subgroups: int
    previous_group_trajectories: int
    previous_group_running: int

    @property
    def previous(self) -> SchoolYear:
        return self.year.previous()

    @property
    def switch_to(self) -> SchoolYear | None:
        """The year the calendar says has begun, when the app still works in an older one."""
        return self.calendar_year if self.calendar_year > self.year else None


@dataclass(frozen=True)
class RunningTrajectory:
    id: int
    title: str
    phase: Phase | None


@dataclass(frozen=True)
class PupilAtYearStart:
    """A pupil as the new year sees them: last year's class, this year's, running care."""

    pupil_id: int
    code: str
    name: str  # "Peeters, Jan"
    previous_class: str  # in the year before, "" if none
    new_class: str  # in the year itself, "" if none yet
    left_on: date | None
    trajectories: tuple[RunningTrajectory, ...]


def _columns(record):
    return record.__table__.c


def _guide_state(session) -> tuple[str, str]:
    value = school.get_setting(session, GUIDE_SETTING) or ""
    for prefix in (_OPEN, _DONE):
        if value.startswith(prefix):
            return prefix, value[len(prefix):]
    return "", ""


def year_start(store: Store, today: date | None = None) -> YearStart:
    """The huidig schooljaar and its start: what the Overzicht's steps and ``go-hgw schooljaar``
    say. Read as plain rows: the Overzicht is the first screen."""
    today = today or date.today()
    calendar_year = SchoolYear.containing(today)
    g, cm, p = _columns(m.ClassGroupRecord), _columns(m.ClassMembershipRecord), _columns(m.PupilRecord)
    t, sg = _columns(m.TrajectoryRecord), _columns(m.SubgroupRecord)
    with store.transaction() as session:
        stored = school.get_setting(session, school.CURRENT_YEAR_SETTING)
        year = SchoolYear.parse(stored) if stored else calendar_year
        previous = year.previous()
        connection = session.connection()
        classes = dict(connection.execute(
            select(g.school_year, func.count()).where(g.school_year.in_([year, previous]))
            .group_by(g.school_year)).all())
        pupils = connection.scalar(select(func.count()).where(cm.school_year == year))
        later = select(cm.pupil_id).where(cm.school_year >= year)
        without_class = connection.scalar(
            select(func.count(distinct(cm.pupil_id)))
            .select_from(m.ClassMembershipRecord.__table__.join(m.PupilRecord.__table__, p.id == cm.pupil_id))
            .where(cm.school_year == previous, p.leave_date.is_(None), cm.pupil_id.not_in(later)))
        running = and_(t.status != TrajectoryStatus.AFGESLOTEN, t.pupil_id.is_not(None))
        staying = select(p.id).where(p.leave_date.is_(None))
        running_trajectories, running_pupils = connection.execute(
            select(func.count(), func.count(distinct(t.pupil_id)))
            .where(running, t.pupil_id.in_(staying))).one()
        running_with_class = connection.scalar(
            select(func.count(distinct(t.pupil_id)))
            .where(running, t.pupil_id.in_(staying),
                   t.pupil_id.in_(select(cm.pupil_id).where(cm.school_year == year))))
        last_year_groups = select(g.id).where(g.school_year == previous)
        previous_subgroups = connection.scalar(
            select(func.count()).where(sg.group_id.in_(last_year_groups)))
        group_total, group_running = connection.execute(
            select(func.count(), func.count().filter(t.status != TrajectoryStatus.AFGESLOTEN))
            .where(t.group_id.in_(last_year_groups))).one()
        state, about = _guide_state(session)
    this_year, last_year = classes.get(year, 0), classes.get(previous, 0)
    closed = state == _DONE and about == year.label
    started = state == _OPEN and about == year.label
    young = today <= year.first_day + timedelta(days=GUIDE_DAYS)
    guide = (year >= calendar_year or started) and not closed and bool(last_year) and (
        not this_year or started or young)
    return YearStart(
        year=year, calendar_year=calendar_year, chosen=bool(stored), guide=guide,
        classes=this_year, pupils=pupils, previous_classes=last_year, without_class=without_class,
        running_pupils=running_pupils, running_with_class=running_with_class,
        running_trajectories=running_trajectories, previous_subgroups=previous_subgroups,
        previous_group_trajectories=group_total, previous_group_running=group_running or 0,
    )


def years_to_start(store: Store, today: date | None = None) -> list[SchoolYear]:
    """The years ‘Nieuw schooljaar starten’ offers: the calendar's year if the app still works
    in an older one, and the year after the huidig one (to prepare it in summer)."""
    today = today or date.today()
    current = school.current_school_year(store, today)
    calendar_year = SchoolYear.containing(today)
    return sorted(y for y in {calendar_year, current.next()} if current < y <= calendar_year.next())


def check_year_choice(store: Store, year: SchoolYear, today: date | None = None) -> None:
    """Refuse a huidig schooljaar that can only be a typing error: more than one year ahead of
    the calendar, or older than every year with classes (and than the calendar's)."""
    today = today or date.today()
    calendar_year = SchoolYear.containing(today)
    known = school.school_years(store)
    earliest = min([*known, calendar_year])
    if year > calendar_year.next():
        raise ValidationError(
            f"Schooljaar {year} begint pas op {format_date(year.first_day)}; kies het huidige "
            f"({calendar_year}) of het volgende ({calendar_year.next()}).")
    if year < earliest:
        raise ValidationError(
            f"In schooljaar {year} staan geen klassen; het oudste schooljaar met klassen is {earliest}.")


def start_year(store: Store, year: SchoolYear, today: date | None = None) -> None:
    """Make ``year`` the huidig schooljaar and open its steps on the Overzicht, in one go.

    Nothing of the year before changes: its classes, subgroups and group trajectories stay
    where they are, and every pupil's trajectories run on.
    """
    check_year_choice(store, year, today)
    with store.transaction() as session:
        school.put_setting(session, school.CURRENT_YEAR_SETTING, year.label)
        school.put_setting(session, GUIDE_SETTING, _OPEN + year.label)


def set_current_year(store: Store, year: SchoolYear, today: date | None = None) -> None:
    """Make ``year`` the huidig schooljaar without opening its steps (going back after a
    year was started too early)."""
    check_year_choice(store, year, today)
    school.set_current_school_year(store, year)


def close_guide(store: Store, year: SchoolYear) -> None:
    """The coordinator is done with the start of ``year``: the steps leave the Overzicht."""
    with store.transaction() as session:
        school.put_setting(session, GUIDE_SETTING, _DONE + year.label)


def is_past(store: Store, year: SchoolYear, today: date | None = None) -> bool:
    """A year before the huidig one: its classes and subgroups are history, shown read-only."""
    return year < school.current_school_year(store, today)


def pupils_at_year_start(store: Store, year: SchoolYear) -> list[PupilAtYearStart]:
    """Every pupil with a class in the year before ``year`` or with a running trajectory:
    their class then and now, when they left, and their running trajectories."""
    previous = year.previous()
    cm, g, p = _columns(m.ClassMembershipRecord), _columns(m.ClassGroupRecord), _columns(m.PupilRecord)
    t, phase = _columns(m.TrajectoryRecord), _columns(m.PhaseChangeRecord)
    with store.transaction() as session:
        connection = session.connection()
        classes: dict[tuple[int, str], str] = {  # the year as its stored text: quicker to read
            (pupil_id, class_year): name for pupil_id, class_year, name in connection.execute(
                select(cm.pupil_id, type_coerce(cm.school_year, String), g.name)
                .select_from(m.ClassMembershipRecord.__table__.join(
                    m.ClassGroupRecord.__table__, g.id == cm.group_id))
                .where(cm.school_year.in_([year, previous])))
        }
        current_phase = dict(connection.execute(
            select(phase.trajectory_id, phase.phase).where(phase.end_date.is_(None))).all())
        running: dict[int, list[RunningTrajectory]] = {}
        for tid, pupil_id, title in connection.execute(
                select(t.id, t.pupil_id, t.title)
                .where(t.status != TrajectoryStatus.AFGESLOTEN, t.pupil_id.is_not(None))
                .order_by(t.start_date, t.id)):
            running.setdefault(pupil_id, []).append(RunningTrajectory(tid, title, current_phase.get(tid)))
        wanted = {pupil_id for pupil_id, class_year in classes if class_year == previous.label} | set(running)
        rows = connection.execute(
            select(p.id, p.code, p.first_name, p.last_name, p.leave_date).where(p.id.in_(wanted))).all()
    found = [
        PupilAtYearStart(
            pupil_id=r.id, code=r.code, name=f"{r.last_name}, {r.first_name}",
            previous_class=classes.get((r.id, previous.label), ""),
            new_class=classes.get((r.id, year.label), ""),
            left_on=r.leave_date, trajectories=tuple(running.get(r.id, ())))
        for r in rows
    ]
    return sorted(found, key=lambda row: (row.name.casefold(), row.code))


def mark_left(store: Store, pupil_ids: list[int], on: date) -> int:
    """Give these pupils leave date ``on``, all in one transaction (nothing is deleted; a pupil
    who already has a leave date keeps it). Returns how many were marked."""
    wanted = sorted(set(pupil_ids))
    if not wanted:
        raise ValidationError("Kies eerst de leerlingen die vertrokken zijn.")
    with store.transaction() as session:
        found = session.scalars(select(m.PupilRecord).where(m.PupilRecord.id.in_(wanted))).all()
        if len(found) != len(wanted):
            raise ValidationError("Een van die leerlingen bestaat niet meer; vernieuw het scherm.")
        too_early = [r for r in found if r.entry_date is not None and r.entry_date > on]
        if too_early:
            raise ValidationError(
                f"{len(too_early)} leerling(en) werden pas na {format_date(on)} ingeschreven; "
                "kies een latere datum van vertrek.")
        marking = [r for r in found if r.leave_date is None]
        for record in marking:  # through the ORM: the trail gets its line per pupil
            record.leave_date = on
        session.flush()
    return len(marking)
