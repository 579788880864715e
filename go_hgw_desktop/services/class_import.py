"""Importing class lists from the school administration: read, preview, apply.

The preview writes nothing. Applying re-checks that the store still gives the same
preview, then writes everything in one transaction (or nothing: an error, a cancel or a
full disk rolls it all back). Re-importing the same list changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.imports.columns import Role, fingerprint, mapping_from_text, mapping_to_text, recognise
from go_hgw_desktop.imports.lines import PupilLine, RowProblem, read_lines
from go_hgw_desktop.imports.plan import ImportPlan, KnownPupil, grade_of, make_plan
from go_hgw_desktop.imports.source import ClassListError, ImportCancelled, Progress, SourceTable, read_source
from go_hgw_desktop.services import records
from go_hgw_desktop.services.pupils import unique_codes
from go_hgw_desktop.services.school import get_setting, put_setting, save_group_in, school_in
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

__all__ = ["ClassListError", "ImportCancelled", "ImportPreview", "ImportResult", "Role",
           "apply_import", "preview_import", "read_class_list"]

MAPPING_SETTING = "import-kolommen-"  # + the source's fingerprint
BATCH = 500  # rows per progress report while writing


@dataclass
class ReadList:
    """A class list read from file, with the column mapping to start from."""

    table: SourceTable
    mapping: dict[int, Role]
    remembered: bool  # the mapping comes from an earlier import of this source


@dataclass
class ImportPreview:
    table: SourceTable
    mapping: dict[int, Role]
    lines: list[PupilLine]
    plan: ImportPlan
    dropped_columns: list[str] = field(default_factory=list)
    keeps_birth_year_only: bool = False

    @property
    def problems(self) -> list[RowProblem]:
        return self.plan.problems


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int
    marked_left: int
    classes_added: int
    rows_skipped: int


def read_class_list(store: Store, path: Path | str, sheet: str | None = None,
                    progress: Progress | None = None) -> ReadList:
    """Read the file and propose a mapping: the one remembered for this source, else the
    columns recognised from their headers."""
    table = read_source(path, sheet, progress)
    with store.transaction() as session:
        stored = get_setting(session, MAPPING_SETTING + fingerprint(table.headers))
    remembered = mapping_from_text(stored, table.column_count)
    if remembered:
        return ReadList(table, remembered, True)
    return ReadList(table, recognise(table.headers), False)


def preview_import(store: Store, table: SourceTable, mapping: dict[int, Role], year: SchoolYear,
                   today: date | None = None, progress: Progress | None = None) -> ImportPreview:
    """What importing ``table`` with ``mapping`` into ``year`` would do; writes nothing."""
    today = today or date.today()
    lines, problems = read_lines(table, mapping, today, progress)
    if not lines and not problems:
        raise ClassListError(f"{table.name} heeft wel kolomkoppen maar geen leerlingen.",
                             "Exporteer de klaslijst opnieuw, met de leerlingen erin.")
    if not lines and len(problems) > 1:
        raise ClassListError(
            f"Geen enkele rij van {table.name} kan ingelezen worden. De eerste fout, rij "
            f"{problems[0].row}: {problems[0].reason}",
            "Controleer of de kolommen juist gekoppeld zijn en of dit het juiste blad is.")
    with store.transaction() as session:
        known, classes = _snapshot(session, year)
    plan = make_plan(lines, problems, known, classes, year, today)
    birth_column = next(i for i, role in mapping.items() if role is Role.BIRTH)
    return ImportPreview(
        table=table, mapping=dict(mapping), lines=lines, plan=plan,
        dropped_columns=[h for i, h in enumerate(table.headers) if i not in mapping],
        keeps_birth_year_only=any(isinstance(cells[birth_column], (date, str)) and
                                  not str(cells[birth_column]).strip().isdigit()
                                  for _, cells in table.rows[:50] if cells[birth_column] is not None),
    )


def apply_import(store: Store, preview: ImportPreview, *, mark_left_on: date | None = None,
                 skip_unclear: bool = False, today: date | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Write the previewed import in one transaction.

    ``mark_left_on`` gives the pupils no longer on the list that leave date (None leaves
    them as they are); rows with errors, duplicates and unclear matches are only skipped
    when ``skip_unclear`` says so. Raises :class:`ClassListError` when the store changed
    since the preview, and :class:`ImportCancelled` when ``progress`` asks to stop.
    """
    today = today or date.today()
    year = preview.plan.school_year
    if preview.plan.rows_not_imported and not skip_unclear:
        raise ClassListError(
            f"{preview.plan.rows_not_imported} rij(en) kunnen niet ingelezen worden; er is niets "
            "geïmporteerd.",
            "Verbeter het bestand, of kies om die rijen over te slaan (go-hgw import --skip-errors).")
    with store.transaction() as session:
        known, classes = _snapshot(session, year)
        plan = make_plan(preview.lines, preview.problems, known, classes, year, today)
        if plan.signature() != preview.plan.signature():
            raise ClassListError("De leerlingen zijn gewijzigd sinds het voorbeeld; er is niets "
                                 "geïmporteerd.", "Bekijk het voorbeeld opnieuw en importeer dan.")
        total = len(plan.new) + len(plan.changes) + (len(plan.leavers) if mark_left_on else 0)
        done = _Counter(total, progress)
        groups = _classes_for(session, plan, year)
        _add_pupils(session, plan.new, groups, year, done)
        _apply_changes(session, plan, groups, year, done)
        if mark_left_on:
            _mark_left(session, plan.leavers, mark_left_on, done)
        put_setting(session, MAPPING_SETTING + fingerprint(preview.table.headers),
                    mapping_to_text(preview.mapping))
        # Bulk writes bypass the store's change listener: the trail gets one line per pupil.
        audit.record_many(session, [audit.Entry(audit.IMPORTED, "pupil", pupil_id, pupil_id, detail)
                                    for pupil_id, detail in done.touched])
        done.finish()
    return ImportResult(added=len(plan.new), changed=len(plan.changes), unchanged=plan.unchanged,
                        marked_left=len(plan.leavers) if mark_left_on else 0,
                        classes_added=len(plan.new_classes), rows_skipped=plan.rows_not_imported)


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress
        self.touched: list[tuple[int, str]] = []  # (pupil id, what happened) for the audit trail

    def step(self, count: int = 1) -> None:
        before, self.done = self.done, self.done + count
        if self.progress and (self.done // BATCH > before // BATCH):
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress:
            self.progress(self.total, self.total)  # a last chance to cancel before commit


def _snapshot(session: Session, year: SchoolYear) -> tuple[list[KnownPupil], list[str]]:
    by_year: dict[int, dict[SchoolYear, str]] = {}
    for pupil_id, class_year, name in session.execute(
            select(m.ClassMembershipRecord.pupil_id, m.ClassMembershipRecord.school_year,
                   m.ClassGroupRecord.name)
            .join(m.ClassGroupRecord, m.ClassGroupRecord.id == m.ClassMembershipRecord.group_id)):
        by_year.setdefault(pupil_id, {})[class_year] = name
    known = []
    for p in session.execute(select(
            m.PupilRecord.id, m.PupilRecord.code, m.PupilRecord.first_name, m.PupilRecord.last_name,
            m.PupilRecord.birth_year, m.PupilRecord.external_ref, m.PupilRecord.leave_date)):
        classes = by_year.get(p.id, {})
        known.append(KnownPupil(
            id=p.id, code=p.code, first_name=p.first_name, last_name=p.last_name,
            birth_year=p.birth_year, number=p.external_ref, leave_date=p.leave_date,
            class_name=classes.get(year), last_class=classes[max(classes)] if classes else "",
            previous_class=classes.get(year.previous()), later_class=any(y > year for y in classes)))
    classes = list(session.scalars(
        select(m.ClassGroupRecord.name).where(m.ClassGroupRecord.school_year == year)))
    return known, classes


def _classes_for(session: Session, plan: ImportPlan, year: SchoolYear) -> dict[str, int]:
    """Class name (case-folded) → id, creating the classes the list brings."""
    for name in plan.new_classes:
        save_group_in(session, ClassGroup(name=name, school_year=year, grade=grade_of(name)))
    return {name.casefold(): ident for ident, name in session.execute(
        select(m.ClassGroupRecord.id, m.ClassGroupRecord.name).where(m.ClassGroupRecord.school_year == year))}


def _add_pupils(session: Session, lines: list[PupilLine], groups: dict[str, int], year: SchoolYear,
                done: _Counter) -> None:
    school_id = school_in(session).id
    codes = unique_codes(session, len(lines))
    for start in range(0, len(lines), BATCH):
        batch = lines[start:start + BATCH]
        ids = session.scalars(
            insert(m.PupilRecord).returning(m.PupilRecord.id, sort_by_parameter_order=True),
            [{"school_id": school_id, "code": code, "first_name": line.first_name,
              "last_name": line.last_name, "birth_year": line.birth_year,
              "external_ref": line.number}
             for line, code in zip(batch, codes[start:start + BATCH], strict=True)],
        ).all()
        session.execute(insert(m.ClassMembershipRecord), [
            {"pupil_id": ident, "group_id": groups[line.class_name.casefold()], "school_year": year}
            for ident, line in zip(ids, batch, strict=True)])
        done.touched += [(ident, "nieuw uit klaslijst") for ident in ids]
        done.step(len(batch))


def _apply_changes(session: Session, plan: ImportPlan, groups: dict[str, int], year: SchoolYear,
                   done: _Counter) -> None:
    for change in plan.changes:
        line, pupil_id = change.line, change.pupil.id
        values = {}
        if change.corrections:
            values.update(first_name=line.first_name, last_name=line.last_name, birth_year=line.birth_year)
        if change.new_number:
            values["external_ref"] = line.number
        if change.returns:
            values["leave_date"] = None
        if values:
            session.execute(update(m.PupilRecord).where(m.PupilRecord.id == pupil_id).values(**values))
        if change.new_class:
            session.execute(sql_delete(m.ClassMembershipRecord).where(
                m.ClassMembershipRecord.pupil_id == pupil_id, m.ClassMembershipRecord.school_year == year))
            session.add(m.ClassMembershipRecord(
                pupil_id=pupil_id, group_id=groups[line.class_name.casefold()], school_year=year))
        done.touched.append((pupil_id, "gewijzigd uit klaslijst"))
        done.step()
    session.flush()


def _mark_left(session: Session, leavers: list[KnownPupil], on: date, done: _Counter) -> None:
    for pupil in leavers:
        stored = records.load(session, Pupil, pupil.id)
        stored.leave_date = on
        stored.validate(on)  # a leave date before the entry date is refused, not stored
        records.save(session, stored)
        done.step()

