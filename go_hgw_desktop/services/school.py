"""The school, its school years, classes and subgroups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.school import ClassGroup, School, Subgroup
from go_hgw_desktop.domain.text import clean_name
from go_hgw_desktop.services import records
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain
from go_hgw_desktop.storage.store import Store

CURRENT_YEAR_SETTING = "current_school_year"
DEFAULT_SCHOOL_NAME = "Mijn school"


def school_in(session: Session) -> School:
    """The store's school (one store holds one school), created on first use."""
    record = session.scalars(select(m.SchoolRecord).order_by(m.SchoolRecord.id)).first()
    if record is None:
        return records.save(session, School(name=DEFAULT_SCHOOL_NAME))
    return to_domain(record, School)


def get_school(store: Store) -> School:
    with store.transaction() as session:
        return school_in(session)


def update_school(store: Store, school: School) -> School:
    """Change the school's name, institution number or scholengroep."""
    school.validate()
    with store.transaction() as session:
        school.id = school_in(session).id
        return records.save(session, school)


def get_setting(session: Session, key: str) -> str | None:
    # Read as a plain row: start-up reads settings first, and an ORM lookup would pay for
    # setting up the ORM's loading there.
    column = m.SettingRecord.__table__.c
    return session.scalar(select(column.value).where(column.key == key))


def put_setting(session: Session, key: str, value: str) -> None:
    record = session.get(m.SettingRecord, key)
    if record:
        record.value = value
    else:
        session.add(m.SettingRecord(key=key, value=value))
    session.flush()


def current_school_year(store: Store, today: date | None = None) -> SchoolYear:
    """The school year the coordinator works in (chosen, else the one containing today)."""
    with store.transaction() as session:
        stored = get_setting(session, CURRENT_YEAR_SETTING)
    return SchoolYear.parse(stored) if stored else SchoolYear.containing(today or date.today())


def set_current_school_year(store: Store, year: SchoolYear) -> None:
    with store.transaction() as session:
        put_setting(session, CURRENT_YEAR_SETTING, year.label)


def school_years(store: Store) -> list[SchoolYear]:
    """Every school year that has classes, newest first."""
    with store.transaction() as session:
        years = session.scalars(select(m.ClassGroupRecord.__table__.c.school_year).distinct()).all()
    return sorted(set(years), reverse=True)


def save_group_in(session: Session, group: ClassGroup) -> ClassGroup:
    group.validate()
    group.school_id = group.school_id or school_in(session).id
    # Compared in Python: SQLite's lower() folds ASCII only ("Élan" vs "élan").
    wanted = clean_name(group.name).casefold()
    duplicate = next((
        ident for ident, name in session.execute(
            select(m.ClassGroupRecord.id, m.ClassGroupRecord.name).where(
                m.ClassGroupRecord.school_id == group.school_id,
                m.ClassGroupRecord.school_year == group.school_year,
            )
        ) if clean_name(name).casefold() == wanted
    ), None)
    if duplicate is not None and duplicate != group.id:
        raise ValidationError(f"Klas {group.name} bestaat al in {group.school_year}.")
    group.name = clean_name(group.name)
    return records.save(session, group)


def save_group(store: Store, group: ClassGroup) -> ClassGroup:
    """Create or rename a class in a school year."""
    with store.transaction() as session:
        return save_group_in(session, group)


def list_groups(store: Store, year: SchoolYear) -> list[ClassGroup]:
    """The year's classes as a school lists them: kleuterklassen (K1 …) first, then 1 to 6."""
    with store.transaction() as session:
        groups = records.all_of(session, ClassGroup, m.ClassGroupRecord.school_year == year)
    return sorted(groups, key=class_order)


def class_order(group: ClassGroup) -> tuple:
    grade = group.grade.upper()
    digits = "".join(ch for ch in grade if ch.isdigit())
    return (0 if grade.startswith("K") else 1, int(digits) if digits else 99, grade,
            group.name.casefold())


def get_group(store: Store, group_id: int) -> ClassGroup:
    with store.transaction() as session:
        return records.load(session, ClassGroup, group_id)


def save_subgroup(store: Store, subgroup: Subgroup) -> Subgroup:
    subgroup.validate()
    with store.transaction() as session:
        records.record_of(session, ClassGroup, subgroup.group_id)
        return records.save(session, subgroup)


def delete_subgroup(store: Store, subgroup_id: int) -> None:
    """Remove a subgroup; its pupils stay in the class."""
    with store.transaction() as session:
        records.delete(session, Subgroup, subgroup_id)


def present_on(today: date):
    """SQL condition: the pupil has not left by ``today`` (a later leave date: still here)."""
    return m.PupilRecord.leave_date.is_(None) | (m.PupilRecord.leave_date > today)


def list_subgroups(store: Store, group_id: int,
                   today: date | None = None) -> list[tuple[Subgroup, list[int]]]:
    """The class's subgroups, each with the ids of its pupils who have not left."""
    with store.transaction() as session:
        subgroups = records.all_of(
            session, Subgroup, m.SubgroupRecord.group_id == group_id, order_by=m.SubgroupRecord.id
        )
        rows = session.execute(
            select(m.subgroup_member.c.subgroup_id, m.subgroup_member.c.pupil_id)
            .join(m.PupilRecord, m.PupilRecord.id == m.subgroup_member.c.pupil_id)
            .where(m.subgroup_member.c.subgroup_id.in_([s.id for s in subgroups]),
                   present_on(today or date.today()))
        ).all()
    members: dict[int, list[int]] = {s.id: [] for s in subgroups}
    for subgroup_id, pupil_id in rows:
        members[subgroup_id].append(pupil_id)
    return [(s, sorted(members[s.id])) for s in subgroups]


def check_class_members(session: Session, group_id: int, pupil_ids: list[int]) -> None:
    """Subgroups cluster a class's own pupils; anyone else is refused."""
    members = set(session.scalars(
        select(m.ClassMembershipRecord.pupil_id).where(m.ClassMembershipRecord.group_id == group_id)
    ))
    strangers = sorted(set(pupil_ids) - members)
    if strangers:
        raise ValidationError(
            f"{len(strangers)} leerling(en) zitten niet (meer) in deze klas en kunnen niet in "
            "een subgroep ervan. Vernieuw het scherm."
        )


def set_subgroup_members(store: Store, subgroup_id: int, pupil_ids: list[int]) -> None:
    """Put exactly these pupils in the subgroup (and out of the class's other subgroups)."""
    with store.transaction() as session:
        subgroup = records.load(session, Subgroup, subgroup_id)
        check_class_members(session, subgroup.group_id, pupil_ids)
        siblings = select(m.SubgroupRecord.id).where(
            m.SubgroupRecord.group_id == subgroup.group_id
        )
        if pupil_ids:
            session.execute(
                sql_delete(m.subgroup_member).where(
                    m.subgroup_member.c.subgroup_id.in_(siblings),
                    m.subgroup_member.c.pupil_id.in_(pupil_ids),
                )
            )
        session.execute(
            sql_delete(m.subgroup_member).where(m.subgroup_member.c.subgroup_id == subgroup_id)
        )
        if pupil_ids:
            session.execute(
                insert(m.subgroup_member),
                [{"subgroup_id": subgroup_id, "pupil_id": p} for p in sorted(set(pupil_ids))],
            )
