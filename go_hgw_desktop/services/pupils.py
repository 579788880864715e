"""Pupils: the minimal identity, their class per school year, and the pupil list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, select, type_coerce
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase, TrajectoryStatus
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.pupil import Pupil, new_pupil_code
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.text import clean_name, fold_accents
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain
from go_hgw_desktop.storage.store import Store


@dataclass(frozen=True)
class PupilRow:
    """One line of the pupil list: identity, class and the state of their trajectories."""

    id: int
    code: str
    first_name: str
    last_name: str
    birth_year: int
    class_name: str
    group_id: int | None
    highest_phase: Phase | None  # of the running trajectories
    phases: tuple[Phase, ...]  # every phase a running trajectory is in
    domains: tuple[CareDomain, ...]
    steps: tuple[HgwStep, ...]
    running_trajectories: int
    has_left: bool
    number: str = ""  # the stamboeknummer from the school administration, if known
    earlier_class: str = ""  # "3A in 2026-2027": no class this year yet, but running care

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def unique_codes(session: Session, count: int) -> list[str]:
    """``count`` new pupil codes, distinct from each other and from every stored code."""
    taken = set(session.scalars(select(m.PupilRecord.code)))
    codes: list[str] = []
    while len(codes) < count:
        code = new_pupil_code()
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes


def _set_class_in(session: Session, pupil_id: int, group: ClassGroup) -> None:
    session.execute(
        sql_delete(m.ClassMembershipRecord).where(
            m.ClassMembershipRecord.pupil_id == pupil_id,
            m.ClassMembershipRecord.school_year == group.school_year,
        )
    )
    session.add(
        m.ClassMembershipRecord(pupil_id=pupil_id, group_id=group.id, school_year=group.school_year)
    )
    session.flush()


def create_pupil_in(session: Session, pupil: Pupil, group_id: int | None = None) -> Pupil:
    pupil.first_name = clean_name(pupil.first_name)
    pupil.last_name = clean_name(pupil.last_name)
    pupil.validate()
    pupil.school_id = pupil.school_id or school_in(session).id
    pupil.code = pupil.code or unique_codes(session, 1)[0]
    records.save(session, pupil)
    if group_id is not None:
        _set_class_in(session, pupil.id, records.load(session, ClassGroup, group_id))
    return pupil


def create_pupil(store: Store, pupil: Pupil, group_id: int | None = None) -> Pupil:
    """Add a pupil (a pseudonymous code is assigned) and put them in a class."""
    with store.transaction() as session:
        return create_pupil_in(session, pupil, group_id)


def update_pupil_in(session: Session, pupil: Pupil) -> Pupil:
    pupil.first_name = clean_name(pupil.first_name)
    pupil.last_name = clean_name(pupil.last_name)
    pupil.validate()
    stored = records.load(session, Pupil, pupil.id)
    pupil.code, pupil.school_id = stored.code, stored.school_id
    return records.save(session, pupil)


def update_pupil(store: Store, pupil: Pupil) -> Pupil:
    """Change a pupil's identity fields; the code and the school never change."""
    with store.transaction() as session:
        return update_pupil_in(session, pupil)


def save_pupil(store: Store, pupil: Pupil, group_id: int | None = None) -> Pupil:
    """The pupil form in one transaction: create or change the pupil and, when a class is
    given, put them in it (for that class's school year). Either all of it is saved or
    nothing is."""
    pupil.external_ref = (pupil.external_ref or "").strip() or None
    with store.transaction() as session:
        if pupil.external_ref:
            other = session.scalar(select(m.PupilRecord.id).where(
                m.PupilRecord.external_ref == pupil.external_ref, m.PupilRecord.id != pupil.id))
            if other is not None:
                raise ValidationError(
                    f"Stamboeknummer {pupil.external_ref} hoort al bij een andere leerling.")
        if pupil.id is None:
            return create_pupil_in(session, pupil, group_id)
        saved = update_pupil_in(session, pupil)
        if group_id is not None:
            _set_class_in(session, saved.id, records.load(session, ClassGroup, group_id))
        return saved


def set_class(store: Store, pupil_id: int, group_id: int) -> None:
    """Put the pupil in this class for the class's school year."""
    with store.transaction() as session:
        records.record_of(session, Pupil, pupil_id)
        _set_class_in(session, pupil_id, records.load(session, ClassGroup, group_id))


def mark_left(store: Store, pupil_id: int, leave_date: date) -> Pupil:
    """Record that the pupil left the school; nothing is deleted."""
    with store.transaction() as session:
        pupil = records.load(session, Pupil, pupil_id)
        pupil.leave_date = leave_date
        pupil.validate()
        return records.save(session, pupil)


def delete_pupil(store: Store, pupil_id: int) -> None:
    """Delete a pupil and everything recorded about them."""
    from go_hgw_desktop.services.consultations import forget_discussions

    with store.transaction() as session:
        records.record_of(session, Pupil, pupil_id)
        forget_discussions(session, m.consultation_pupil.c.pupil_id == pupil_id)
        records.delete(session, Pupil, pupil_id)


def get_pupil(store: Store, pupil_id: int) -> Pupil:
    with store.transaction() as session:
        return records.load(session, Pupil, pupil_id)


def find_by_code(store: Store, code: str) -> Pupil:
    with store.transaction() as session:
        record = session.scalars(
            select(m.PupilRecord).where(m.PupilRecord.code == code.strip().upper())
        ).first()
        if record is None:
            raise ValidationError(f"Er is geen leerling met code {code}.")
        return to_domain(record, Pupil)


def class_in(session: Session, pupil_id: int, year: SchoolYear) -> ClassGroup | None:
    record = session.scalars(
        select(m.ClassGroupRecord)
        .join(m.ClassMembershipRecord, m.ClassMembershipRecord.group_id == m.ClassGroupRecord.id)
        .where(
            m.ClassMembershipRecord.pupil_id == pupil_id,
            m.ClassMembershipRecord.school_year == year,
        )
    ).first()
    return to_domain(record, ClassGroup) if record else None


def class_of(store: Store, pupil_id: int, year: SchoolYear) -> ClassGroup | None:
    """The pupil's class in ``year``, or None."""
    with store.transaction() as session:
        return class_in(session, pupil_id, year)


def pupils_in_group(store: Store, group_id: int) -> list[Pupil]:
    with store.transaction() as session:
        query = (
            select(m.PupilRecord)
            .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.PupilRecord.id)
            .where(m.ClassMembershipRecord.group_id == group_id)
            .order_by(m.PupilRecord.last_name, m.PupilRecord.first_name)
        )
        return [to_domain(r, Pupil) for r in session.scalars(query)]


def list_pupils(store: Store, year: SchoolYear, today: date | None = None) -> list[PupilRow]:
    """Pupils of the school year (and pupils without any class), with trajectory state.

    A pupil with a running trajectory who has not left and has no class in ``year`` (nor
    later) is listed too, with the class they last had: a trajectory runs on from year to
    year, and must not drop out of sight before the new class lists are in."""
    today = today or date.today()
    with store.transaction() as session:
        memberships = {
            pupil_id: (group_id, name)
            for pupil_id, group_id, name in session.execute(
                select(
                    m.ClassMembershipRecord.pupil_id, m.ClassGroupRecord.id, m.ClassGroupRecord.name
                )
                .join(m.ClassGroupRecord, m.ClassGroupRecord.id == m.ClassMembershipRecord.group_id)
                .where(m.ClassMembershipRecord.school_year == year)
            )
        }
        # The newest class in another year, the year as its stored text ("2026-2027", which
        # sorts as the years do): parsing thousands of them into SchoolYears would be slow.
        latest: dict[int, tuple[str, str]] = {}
        for pupil_id, class_year, name in session.execute(
            select(m.ClassMembershipRecord.pupil_id,
                   type_coerce(m.ClassMembershipRecord.school_year, String), m.ClassGroupRecord.name)
            .join(m.ClassGroupRecord, m.ClassGroupRecord.id == m.ClassMembershipRecord.group_id)
            .where(m.ClassMembershipRecord.school_year != year)
        ):
            if pupil_id not in latest or class_year > latest[pupil_id][0]:
                latest[pupil_id] = (class_year, name)
        state = _running_state_by_pupil(session)
        rows = []
        for p in session.scalars(select(m.PupilRecord)):
            has_left = p.leave_date is not None and p.leave_date <= today
            earlier = ""
            if p.id not in memberships and p.id in latest:
                class_year, name = latest[p.id]
                if class_year > year.label or p.id not in state or has_left:
                    continue  # belongs to another school year
                earlier = f"{name} in {class_year}"
            group_id, class_name = memberships.get(p.id, (None, ""))
            phases, domains, steps = state.get(p.id, ([], set(), set()))
            rows.append(
                PupilRow(
                    id=p.id, code=p.code, first_name=p.first_name, last_name=p.last_name,
                    birth_year=p.birth_year, class_name=class_name, group_id=group_id,
                    highest_phase=max(phases) if phases else None,
                    phases=tuple(sorted(set(phases))),
                    domains=tuple(d for d in CareDomain if d in domains),
                    steps=tuple(s for s in HgwStep if s in steps),
                    running_trajectories=len(phases),
                    has_left=has_left,
                    number=p.external_ref or "", earlier_class=earlier,
                )
            )
    # As a person reads a list: Öztürk under O, Łukasz under L (not after Z, as casefold does).
    rows.sort(key=lambda r: (fold_accents(r.last_name), fold_accents(r.first_name)))
    return rows


def _running_state_by_pupil(
    session: Session,
) -> dict[int, tuple[list[Phase], set[CareDomain], set[HgwStep]]]:
    """Per pupil: current phase of each running trajectory, their domains and open steps."""
    current_phase = {
        trajectory_id: phase
        for trajectory_id, phase in session.execute(
            select(m.PhaseChangeRecord.trajectory_id, m.PhaseChangeRecord.phase).where(
                m.PhaseChangeRecord.end_date.is_(None)
            )
        )
    }
    open_step = {
        trajectory_id: step
        for trajectory_id, step in session.execute(
            select(m.CycleRecord.trajectory_id, m.CycleRecord.step).where(
                m.CycleRecord.closed_on.is_(None)
            )
        )
    }
    state: dict[int, tuple[list[Phase], set[CareDomain], set[HgwStep]]] = {}
    for trajectory_id, pupil_id, domain in session.execute(
        select(m.TrajectoryRecord.id, m.TrajectoryRecord.pupil_id, m.TrajectoryRecord.domain).where(
            m.TrajectoryRecord.pupil_id.is_not(None),
            m.TrajectoryRecord.status != TrajectoryStatus.AFGESLOTEN,
        )
    ):
        phases, domains, steps = state.setdefault(pupil_id, ([], set(), set()))
        if trajectory_id in current_phase:
            phases.append(current_phase[trajectory_id])
        domains.add(domain)
        if trajectory_id in open_step:
            steps.add(open_step[trajectory_id])
    return state
