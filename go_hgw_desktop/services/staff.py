"""The school's details and people: the partners' names, a short staff list, the klasleraar of
each class, and a person instead of only a role as owner of agreements and measures.

Staff names are personal data of staff. They stay in the encrypted store and appear on
internal documents (the lists, the pupil's plan, the inzage); a schoolfoto counts by role
and never reads this table. An agreement or measure that names a person keeps that person's
role beside it, so removing the person leaves the role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import Role
from go_hgw_desktop.domain.consultation import ActionItem
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.plan import Measure
from go_hgw_desktop.domain.school import ClassGroup, School, StaffMember, role_word, who_label
from go_hgw_desktop.domain.text import clean_name, fold_accents
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import records
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

# Where a person can be named instead of a role: (record, the person's column, the role column).
OWNED = ((m.ActionItemRecord, "owner_staff_id", "owner_role"),
         (m.MeasureRecord, "responsible_staff_id", "responsible_role"))


class UnknownStaffError(UserError):
    def __init__(self, name: str, known: list[str]) -> None:
        listed = ", ".join(known) if known else "de lijst is nog leeg"
        super().__init__(f"‘{name}’ staat niet in de personeelslijst ({listed}).",
                         "Voeg die persoon eerst toe: in Schoolgegevens, of met --add-staff NAAM --role ROL.")


@dataclass(frozen=True)
class ClassTeacher:
    """A class of a school year with its klasleraar (``staff_id`` None: nobody chosen)."""

    group_id: int
    class_name: str
    staff_id: int | None


@dataclass(frozen=True)
class SchoolDetails:
    """What the Schoolgegevens screen and ``go-hgw school`` show."""

    school: School
    staff: list[StaffMember]
    year: SchoolYear
    class_teachers: list[ClassTeacher]

    def staff_name(self, staff_id: int | None) -> str:
        return next((s.name for s in self.staff if s.id == staff_id), "")


@dataclass
class StaffUsage:
    """What a person is named on: said before they are removed from the list."""

    agreements: int = 0
    measures: int = 0
    classes: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(self.agreements or self.measures or self.classes)


# ------------------------------------------------------------------ reading


def list_staff_in(session: Session) -> list[StaffMember]:
    # Plain rows: every pupil file reads the list when it opens (its ‘Wie’); for a school of a
    # hundred teachers that is 0.4 ms, where ORM objects took 0.8 ms.
    column = m.StaffMemberRecord.__table__.c
    rows = session.execute(select(column.id, column.school_id, column.name, column.role))
    people = [StaffMember(id=ident, school_id=school, name=name, role=role)
              for ident, school, name, role in rows]
    return sorted(people, key=lambda s: (fold_accents(s.name), s.id))


def list_staff(store: Store) -> list[StaffMember]:
    """The staff list, by name."""
    with store.transaction() as session:
        return list_staff_in(session)


def staff_names_in(session: Session) -> dict[int, str]:
    """Staff id → name, for documents that show the person where one was chosen."""
    column = m.StaffMemberRecord.__table__.c
    return dict(session.execute(select(column.id, column.name)).all())


def _class_teachers_in(session: Session, year: SchoolYear) -> list[ClassTeacher]:
    from go_hgw_desktop.services.school import class_order

    groups = sorted(records.all_of(session, ClassGroup, m.ClassGroupRecord.school_year == year),
                    key=class_order)
    chosen = dict(session.execute(
        select(m.ClassTeacherRecord.group_id, m.ClassTeacherRecord.staff_id)
        .where(m.ClassTeacherRecord.group_id.in_([g.id for g in groups]))
    ).all())
    return [ClassTeacher(g.id, g.name, chosen.get(g.id)) for g in groups]


def school_details(store: Store, year: SchoolYear) -> SchoolDetails:
    """The school, its staff list and the klasleraar of each class of ``year``."""
    with store.transaction() as session:
        return SchoolDetails(school_in(session), list_staff_in(session), year,
                             _class_teachers_in(session, year))


def staff_usage(store: Store, staff_id: int) -> StaffUsage:
    """How many agreements and measures name this person, and of which classes they are klasleraar."""
    with store.transaction() as session:
        return _usage_in(session, staff_id)


def _usage_in(session: Session, staff_id: int) -> StaffUsage:
    usage = StaffUsage()
    usage.agreements = session.scalar(select(func.count()).select_from(m.ActionItemRecord)
                                      .where(m.ActionItemRecord.owner_staff_id == staff_id)) or 0
    usage.measures = session.scalar(select(func.count()).select_from(m.MeasureRecord)
                                    .where(m.MeasureRecord.responsible_staff_id == staff_id)) or 0
    usage.classes = [f"{name} ({year})" for name, year in session.execute(
        select(m.ClassGroupRecord.name, m.ClassGroupRecord.school_year)
        .join(m.ClassTeacherRecord, m.ClassTeacherRecord.group_id == m.ClassGroupRecord.id)
        .where(m.ClassTeacherRecord.staff_id == staff_id)
        .order_by(m.ClassGroupRecord.school_year.desc(), m.ClassGroupRecord.name))]
    return usage


# ------------------------------------------------------------------ the staff list


def _same_name(a: str, b: str) -> bool:
    return clean_name(a).casefold() == clean_name(b).casefold()


def save_staff_member_in(session: Session, member: StaffMember) -> StaffMember:
    member.validate()
    member.school_id = member.school_id or school_in(session).id
    for other in list_staff_in(session):
        if other.id != member.id and _same_name(other.name, member.name):
            raise ValidationError(f"{other.name} staat al in de personeelslijst (als "
                                  f"{role_word(other.role)}).")
    return records.save(session, member)


def save_staff_member(store: Store, member: StaffMember) -> StaffMember:
    """Add a person to the staff list, or change their name or role.

    A new role counts for what they are given from now on; agreements and measures saved
    before keep the role they had then.
    """
    with store.transaction() as session:
        return save_staff_member_in(session, member)


def delete_staff_member_in(session: Session, staff_id: int) -> StaffUsage:
    usage = _usage_in(session, staff_id)
    records.record_of(session, StaffMember, staff_id)
    # Through the ORM, not only ON DELETE SET NULL: the audit trail sees each changed row.
    for record, person, _role in OWNED:
        column = getattr(record, person)
        for row in session.scalars(select(record).where(column == staff_id)):
            setattr(row, person, None)
    session.flush()
    session.execute(sql_delete(m.ClassTeacherRecord).where(m.ClassTeacherRecord.staff_id == staff_id))
    records.delete(session, StaffMember, staff_id)
    return usage


def delete_staff_member(store: Store, staff_id: int) -> StaffUsage:
    """Remove a person from the staff list. Agreements and measures that named them keep
    their role; classes they were klasleraar of have none. Returns what named them."""
    with store.transaction() as session:
        return delete_staff_member_in(session, staff_id)


def find_staff_in(session: Session, name: str) -> StaffMember:
    """The person called ``name`` (case and, when that is unambiguous, accents do not matter)."""
    people = list_staff_in(session)
    found = [s for s in people if _same_name(s.name, name)]
    if not found:
        wanted = fold_accents(clean_name(name))
        found = [s for s in people if fold_accents(s.name) == wanted]
    if len(found) != 1:
        raise UnknownStaffError(clean_name(name), [s.name for s in people])
    return found[0]


# ------------------------------------------------------------------ a person as owner


def assign_owner_in(session: Session, item: ActionItem | Measure) -> None:
    """An agreement or measure that names a person gets that person's role (the role is what
    the schoolfoto and the lists by role count)."""
    person, role = ("owner_staff_id", "owner_role") if isinstance(item, ActionItem) else \
        ("responsible_staff_id", "responsible_role")
    staff_id = getattr(item, person)
    if staff_id is None:
        return
    record = session.get(m.StaffMemberRecord, staff_id)
    if record is None:
        raise ValidationError("Die persoon staat niet meer in de personeelslijst; kies iemand anders of "
                              "een rol.")
    setattr(item, role, record.role)


def owner_label(role: Role, staff_id: int | None, names: dict[int, str]) -> str:
    """‘An Peeters (klasleraar)’ where a person was chosen, else the role: for lists and documents."""
    return who_label(role, names.get(staff_id, "") if staff_id is not None else "")


# ------------------------------------------------------------------ saving the details


def _set_teacher_in(session: Session, group_id: int, staff_id: int | None) -> None:
    records.record_of(session, ClassGroup, group_id)
    current = session.get(m.ClassTeacherRecord, group_id)
    if staff_id is not None:
        records.record_of(session, StaffMember, staff_id)
    if staff_id is None:
        if current is not None:
            session.delete(current)
    elif current is None:
        session.add(m.ClassTeacherRecord(group_id=group_id, staff_id=staff_id))
    else:
        current.staff_id = staff_id
    session.flush()


def _save_school_in(session: Session, school: School) -> School:
    school.tidy()
    school.validate()
    school.id = school_in(session).id
    return records.save(session, school)


def save_school_details(store: Store, school: School, class_teachers: dict[int, int | None]) -> School:
    """The school's name, instellingsnummer, scholengroep, CLB and leersteuncentrum, and the
    klasleraar of classes (class id → staff id, None for nobody), in one transaction."""
    with store.transaction() as session:
        saved = _save_school_in(session, school)
        for group_id, staff_id in class_teachers.items():
            _set_teacher_in(session, group_id, staff_id)
        return saved


@dataclass
class SchoolChange:
    """What ``go-hgw school`` was asked to change; names, as typed."""

    school: dict[str, str] = field(default_factory=dict)  # School field → new value
    add_staff: list[str] = field(default_factory=list)
    role: Role | None = None  # of the people in add_staff
    remove_staff: list[str] = field(default_factory=list)
    class_teachers: list[tuple[str, str]] = field(default_factory=list)  # class, person ("" = nobody)


@dataclass
class ChangeReport:
    school_changed: list[str] = field(default_factory=list)  # the School fields that changed
    added: list[StaffMember] = field(default_factory=list)
    role_changed: list[tuple[StaffMember, Role]] = field(default_factory=list)  # with the old role
    unchanged: list[StaffMember] = field(default_factory=list)  # added, but there with that role already
    removed: list[tuple[str, StaffUsage]] = field(default_factory=list)
    class_teachers: list[tuple[str, str]] = field(default_factory=list)  # class, person ("" = nobody)


def change_school(store: Store, year: SchoolYear, change: SchoolChange) -> ChangeReport:
    """Apply everything ``change`` asks in one transaction: all of it, or nothing.

    Order: the school's fields, then people added (or their role changed, when they are on
    the list already), then people removed, then klasleraars of ``year``'s classes.
    """
    report = ChangeReport()
    with store.transaction() as session:
        if change.school:
            school = school_in(session)
            before = {name: getattr(school, name) for name in change.school}
            for name, value in change.school.items():
                setattr(school, name, value)
            saved = _save_school_in(session, school)
            report.school_changed = [name for name in change.school if getattr(saved, name) != before[name]]
        if change.add_staff and change.role is None:
            raise ValidationError("Geef de rol van wie je toevoegt, met --role (bv. --role klasleraar).")
        for name in change.add_staff:
            existing = next((s for s in list_staff_in(session) if _same_name(s.name, name)), None)
            if existing is None:
                report.added.append(save_staff_member_in(session, StaffMember(name=name, role=change.role)))
            elif existing.role is not change.role:
                old = existing.role
                existing.role = change.role
                report.role_changed.append((save_staff_member_in(session, existing), old))
            else:
                report.unchanged.append(existing)
        for name in change.remove_staff:
            person = find_staff_in(session, name)
            report.removed.append((person.name, delete_staff_member_in(session, person.id)))
        if change.class_teachers:
            classes = {clean_name(t.class_name).casefold(): t for t in _class_teachers_in(session, year)}
            for class_name, person in change.class_teachers:
                target = classes.get(clean_name(class_name).casefold())
                if target is None:
                    known = ", ".join(t.class_name for t in classes.values()) or "nog geen klassen"
                    raise ValidationError(f"Klas ‘{clean_name(class_name)}’ bestaat niet in schooljaar "
                                          f"{year} ({known}).")
                member = find_staff_in(session, person) if person.strip() else None
                _set_teacher_in(session, target.group_id, member.id if member else None)
                report.class_teachers.append((target.class_name, member.name if member else ""))
    return report
