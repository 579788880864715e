"""The klasfiche: per class, what its teachers apply in the lesson for which pupil.

Gathered in a handful of queries for any number of classes (a whole school prints in
one go). What is "in force" for a pupil on the day of printing, from each running
trajectory of the pupil:

- the measures of the newest plan, unless that plan's period has ended; "since" is the
  start of the first plan in an unbroken run of plans that hold the same measure (a plan
  copied from the last cycle does not reset it);
- the goals of that plan not yet evaluated, while its cycle is open, with the plan's
  evaluation date;
- the educational needs of the newest cycle that names any, and those a group cycle of
  the class names for the pupil;
- the phase: the highest current phase of the pupil's running trajectories.

Nothing marked vertrouwelijk is taken; pupils who left are not on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import MeasureCategory, NeedSlot, Phase, TrajectoryStatus
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.klasfiche import (
    ClassFiche,
    FicheGoal,
    FicheMeasure,
    FichePupil,
    KlasficheBook,
)
from go_hgw_desktop.services.school import class_order, current_school_year, present_on, school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

CATEGORY_ORDER = {category: n for n, category in enumerate(MeasureCategory)}


class UnknownClass(UserError):
    exit_code = 2


def reference_day(year: SchoolYear, today: date) -> date:
    """The day the fiche describes: today, or the nearest day of ``year`` when it is another."""
    return min(max(today, year.first_day), year.last_day)


def class_ids(store: Store, names: Iterable[str], year: SchoolYear) -> list[int]:
    """The ids of the classes called ``names`` in ``year`` (case does not matter), in the
    order given; a Dutch error naming the classes that exist when one does not."""
    with store.transaction() as session:
        groups = session.execute(select(m.ClassGroupRecord.id, m.ClassGroupRecord.name)
                                 .where(m.ClassGroupRecord.school_year == year)).all()
    by_name = {name.casefold().strip(): group_id for group_id, name in groups}
    found, missing = [], []
    for name in names:
        group_id = by_name.get(name.casefold().strip())
        if group_id is None:
            missing.append(name)
        elif group_id not in found:
            found.append(group_id)
    if missing:
        known = ", ".join(sorted(name for _id, name in groups)) or "nog geen"
        raise UnknownClass(
            f"Geen klas {', '.join(missing)} in schooljaar {year}.",
            f"De klassen van {year}: {known}. Kies een ander schooljaar met --school-year.")
    return found


@dataclass
class _Pupil:
    name: str
    phase: Phase | None = None
    measures: dict[tuple, FicheMeasure] = field(default_factory=dict)
    needs: list[str] = field(default_factory=list)
    goals: list[FicheGoal] = field(default_factory=list)

    def fiche(self) -> FichePupil:
        measures = sorted(self.measures.values(), key=lambda x: (CATEGORY_ORDER[x.category], x.since))
        return FichePupil(self.name, self.phase, tuple(measures), tuple(dict.fromkeys(self.needs)),
                          tuple(self.goals))

    @property
    def has_something(self) -> bool:
        return bool(self.measures or self.needs or self.goals)


def _need(slot: NeedSlot, text: str) -> str:
    return f"{slot.label} {' '.join(text.split())}"


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _members(session: Session, group_ids: list[int], day: date) -> dict[int, dict[int, _Pupil]]:
    rows = session.execute(
        select(m.ClassMembershipRecord.group_id, m.PupilRecord.id, m.PupilRecord.first_name,
               m.PupilRecord.last_name)
        .join(m.PupilRecord, m.PupilRecord.id == m.ClassMembershipRecord.pupil_id)
        .where(m.ClassMembershipRecord.group_id.in_(group_ids), present_on(day))
        .order_by(m.PupilRecord.last_name, m.PupilRecord.first_name, m.PupilRecord.id))
    members: dict[int, dict[int, _Pupil]] = {g: {} for g in group_ids}
    for group_id, pupil_id, first, last in rows:
        members[group_id][pupil_id] = _Pupil(f"{last}, {first}")
    return members


def _pupil_trajectories(session: Session, pupils: dict[int, _Pupil], group_ids: list[int], day: date,
                        ) -> None:
    """Fill each pupil's phase, measures, goals and needs from the running trajectories."""
    running = m.TrajectoryRecord.status != TrajectoryStatus.AFGESLOTEN
    mine = m.TrajectoryRecord.pupil_id.in_(list(pupils))
    of_class = m.TrajectoryRecord.group_id.in_(group_ids)
    for pupil_id, phase in session.execute(
        select(m.TrajectoryRecord.pupil_id, m.PhaseChangeRecord.phase)
        .join(m.PhaseChangeRecord, m.PhaseChangeRecord.trajectory_id == m.TrajectoryRecord.id)
        .where(mine, running, m.PhaseChangeRecord.end_date.is_(None))
    ):
        pupil = pupils[pupil_id]
        pupil.phase = phase if pupil.phase is None else max(pupil.phase, phase)
    # Every cycle of the running trajectories of these pupils and of their classes.
    cycles: dict[int, tuple[int, int | None, int, bool]] = {}
    by_trajectory: dict[int, list[int]] = defaultdict(list)
    for cycle_id, trajectory_id, pupil_id, number, closed in session.execute(
        select(m.CycleRecord.id, m.TrajectoryRecord.id, m.TrajectoryRecord.pupil_id, m.CycleRecord.number,
               m.CycleRecord.closed_on)
        .join(m.TrajectoryRecord, m.TrajectoryRecord.id == m.CycleRecord.trajectory_id)
        .where(running, mine | of_class).order_by(m.CycleRecord.number)
    ):
        cycles[cycle_id] = (trajectory_id, pupil_id, number, closed is None)
        by_trajectory[trajectory_id].append(cycle_id)
    _plans(session, pupils, cycles, by_trajectory, day)
    _needs(session, pupils, cycles)


def _plans(session: Session, pupils: dict[int, _Pupil], cycles: dict, by_trajectory: dict,
           day: date) -> None:
    plans = {cycle_id: (plan_id, start, end, evaluation) for plan_id, cycle_id, start, end, evaluation
             in session.execute(select(m.PlanRecord.id, m.PlanRecord.cycle_id, m.PlanRecord.start_date,
                                       m.PlanRecord.end_date, m.PlanRecord.evaluation_date)
                                .where(m.PlanRecord.cycle_id.in_(list(cycles))))}
    # Per pupil trajectory: its plans newest first, and the newest one if still in force.
    current: dict[int, tuple[int, int]] = {}  # plan id → (pupil id, cycle id)
    history: dict[int, list[int]] = {}  # current plan id → the older plans' ids, newest first
    for trajectory_cycles in by_trajectory.values():
        owner = cycles[trajectory_cycles[0]][1]
        with_plan = [c for c in reversed(trajectory_cycles) if c in plans]
        if owner is None or not with_plan:
            continue
        newest = plans[with_plan[0]]
        if newest[2] is not None and newest[2] < day:
            continue  # the plan's period is over: nothing of it is in force
        current[newest[0]] = (owner, with_plan[0])
        history[newest[0]] = [plans[c][0] for c in with_plan[1:]]
    wanted = set(current) | {p for older in history.values() for p in older}
    held: dict[int, set[tuple]] = defaultdict(set)  # plan id → its open measures (category, text)
    measures = session.execute(
        select(m.MeasureRecord.plan_id, m.MeasureRecord.category, m.MeasureRecord.description)
        .where(m.MeasureRecord.plan_id.in_(list(wanted)), m.MeasureRecord.confidential.is_(False))
        .order_by(m.MeasureRecord.id)).all()
    for plan_id, category, text in measures:
        held[plan_id].add((category, _same(text)))
    start_of = {plan_id: start for plan_id, start, _end, _evaluation in plans.values()}
    for plan_id, category, text in measures:
        if plan_id not in current or not text.strip():
            continue
        key = (category, _same(text))
        since = start_of[plan_id]
        for older in history[plan_id]:
            if key not in held[older]:
                break
            since = start_of[older]
        pupil = pupils[current[plan_id][0]]
        if key not in pupil.measures or since < pupil.measures[key].since:
            pupil.measures[key] = FicheMeasure(category, " ".join(text.split()), since)
    open_plans = [p for p, (_owner, cycle_id) in current.items() if cycles[cycle_id][3]]
    evaluation_of = {plans[cycle_id][0]: plans[cycle_id][3] for _p, (_o, cycle_id) in current.items()}
    for plan_id, text in session.execute(
        select(m.GoalRecord.plan_id, m.GoalRecord.description)
        .where(m.GoalRecord.plan_id.in_(open_plans), m.GoalRecord.confidential.is_(False),
               m.GoalRecord.result.is_(None))
        .order_by(m.GoalRecord.position, m.GoalRecord.id)
    ):
        if text.strip():
            goal = FicheGoal(" ".join(text.split()), evaluation_of[plan_id])
            pupils[current[plan_id][0]].goals.append(goal)


def _needs(session: Session, pupils: dict[int, _Pupil], cycles: dict) -> None:
    """Per trajectory and pupil the needs of the newest cycle that names any (a vertrouwelijk
    need counts for "newest", so an older cycle's outdated need does not show instead)."""
    per_owner: dict[tuple[int, int], dict[int, list[str]]] = {}
    for cycle_id, pupil_id, slot, text, secret in session.execute(
        select(m.EducationalNeedRecord.cycle_id, m.EducationalNeedRecord.pupil_id,
               m.EducationalNeedRecord.slot, m.EducationalNeedRecord.text,
               m.EducationalNeedRecord.confidential)
        .where(m.EducationalNeedRecord.cycle_id.in_(list(cycles))).order_by(m.EducationalNeedRecord.id)
    ):
        trajectory_id, owner, _number, _open = cycles[cycle_id]
        who = pupil_id or owner
        if who is None or who not in pupils:
            continue  # a group cycle's need about the whole group: the groepsplan shows it
        texts = per_owner.setdefault((trajectory_id, who), {}).setdefault(cycle_id, [])
        if not secret and text.strip():
            texts.append(_need(slot, text))
    for (_trajectory_id, who), per_cycle in per_owner.items():
        newest = max(per_cycle, key=lambda cycle_id: cycles[cycle_id][2])
        pupils[who].needs.extend(per_cycle[newest])


def _teachers(session: Session, group_ids: list[int]) -> dict[int, str]:
    return dict(session.execute(
        select(m.ClassTeacherRecord.group_id, m.StaffMemberRecord.name)
        .join(m.StaffMemberRecord, m.StaffMemberRecord.id == m.ClassTeacherRecord.staff_id)
        .where(m.ClassTeacherRecord.group_id.in_(group_ids))).all())


def build_klasfiches(store: Store, year: SchoolYear | None = None, group_ids: list[int] | None = None, *,
                     with_others: bool = True, today: date | None = None) -> KlasficheBook:
    """The klasfiches of ``group_ids`` (in that order), or of every class of ``year`` (the
    huidig schooljaar when not given) in the school's order. ``with_others`` lists the pupils
    with nothing to apply by name; otherwise only their number is said."""
    today = today or date.today()
    year = year or current_school_year(store, today)
    day = reference_day(year, today)
    with store.transaction() as session:
        groups = {gid: (name, grade) for gid, name, grade in session.execute(
            select(m.ClassGroupRecord.id, m.ClassGroupRecord.name, m.ClassGroupRecord.grade)
            .where(m.ClassGroupRecord.school_year == year))}
        if group_ids is None:
            from go_hgw_desktop.domain.school import ClassGroup

            group_ids = [g.id for g in sorted(
                (ClassGroup(id=gid, name=name, grade=grade, school_year=year)
                 for gid, (name, grade) in groups.items()), key=class_order)]
        elif any(gid not in groups for gid in group_ids):
            raise UnknownClass(f"Die klas hoort niet bij schooljaar {year}.",
                               "Kies een klas van dat schooljaar.")
        members = _members(session, group_ids, day)
        everyone = {pid: pupil for per_class in members.values() for pid, pupil in per_class.items()}
        if everyone:
            _pupil_trajectories(session, everyone, group_ids, day)
        teachers = _teachers(session, group_ids)
        school = school_in(session).name
    fiches = []
    for gid in group_ids:
        pupils = list(members[gid].values())
        listed = [p.fiche() for p in pupils if p.has_something]
        others = [p.name for p in pupils if not p.has_something]
        fiches.append(ClassFiche(
            class_name=groups[gid][0], teacher=teachers.get(gid, ""), pupils=tuple(listed),
            others=tuple(others) if with_others else (),
            others_left_out=0 if with_others else len(others)))
    return KlasficheBook(school_name=school, school_year=year.label, printed_on=today, classes=tuple(fiches))


def suggested_name(store: Store, book: KlasficheBook, day: date, suffix: str) -> str:
    """A file name with the class (or "alle klassen") and the date, never a pupil's name."""
    from go_hgw_desktop.services.file_names import suggested_file_name

    names = [fiche.class_name for fiche in book.classes]
    which = " ".join(names) if len(names) <= 4 else "alle klassen"
    return suggested_file_name(store, "klasfiche" if len(names) == 1 else "klasfiches", day, code=which,
                               suffix=suffix)
