"""Comparing a class list with the pupils already stored: what an import would change.

Pure: the service hands in a snapshot of the store (:class:`KnownPupil`), so the rules
can be tested on their own. A pupil is matched by the administration's number when the
list has one, otherwise by name and birth year (accents and case ignored). A match that
is not unique is shown, never guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.text import fold_accents
from go_hgw_desktop.imports.lines import PupilLine, RowProblem, name_key


@dataclass(frozen=True)
class KnownPupil:
    """What the plan needs to know of a stored pupil."""

    id: int
    code: str
    first_name: str
    last_name: str
    birth_year: int
    number: str | None
    leave_date: date | None
    class_name: str | None  # in the school year of the import
    last_class: str = ""  # the latest class in any year, for the description
    previous_class: str | None = None  # in the school year before the import's
    later_class: bool = False  # already has a class in a school year after the import's

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def name_key(self) -> tuple[str, str, int]:
        return name_key(self.first_name, self.last_name, self.birth_year)

    def describe(self) -> str:
        where = self.class_name or self.last_class or "zonder klas"
        return f"{self.name} ({self.birth_year}, {where}, {self.code})"


@dataclass(frozen=True)
class Change:
    """A stored pupil the list changes: class, identity, or back after leaving."""

    line: PupilLine
    pupil: KnownPupil
    new_class: bool
    new_number: bool  # the pupil gets the administration's number
    corrections: tuple[str, ...] = ()  # Dutch: "familienaam Peters → Peeters"
    returns: bool = False  # had left, is on the list again

    def describe(self) -> str:
        parts = []
        if self.new_class:
            before = self.pupil.class_name or (f"{self.pupil.last_class} vorig jaar"
                                                if self.pupil.last_class else "geen klas")
            parts.append(f"klas {before} → {self.line.class_name}")
        parts += list(self.corrections)
        if self.new_number:
            parts.append(f"krijgt leerlingnummer {self.line.number}")
        if self.returns:
            parts.append(f"opnieuw ingeschreven (vertrokken op {self.pupil.leave_date:%d/%m/%Y})")
        return "; ".join(parts)


@dataclass(frozen=True)
class Unclear:
    """A row that cannot be imported as it is: a duplicate, or a match that is not unique."""

    row: int
    name: str
    reason: str


@dataclass
class ImportPlan:
    school_year: SchoolYear
    new: list[PupilLine] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    leavers: list[KnownPupil] = field(default_factory=list)
    duplicates: list[Unclear] = field(default_factory=list)  # same pupil twice in the list
    ambiguous: list[Unclear] = field(default_factory=list)  # fits more than one stored pupil
    problems: list[RowProblem] = field(default_factory=list)
    new_classes: list[str] = field(default_factory=list)
    skipped_duplicates: int = 0  # identical repeats, harmless, left out
    untouched: list[str] = field(default_factory=list)  # classes of the year the list does not hold

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.blocking]

    @property
    def not_pupils(self) -> list[RowProblem]:
        """Rows that hold no pupil at all (a title, a total): left out without asking."""
        return [p for p in self.problems if not p.blocking]

    @property
    def rows_not_imported(self) -> int:
        """Rows that need the user's decision to be skipped."""
        return len(self.errors) + len(self.ambiguous) + len(self.duplicates)

    @property
    def writes_anything(self) -> bool:
        return bool(self.new or self.changes or self.new_classes)

    def signature(self) -> tuple:
        """What the user saw in the preview; the import refuses to run if it no longer holds."""
        return (tuple(line.row for line in self.new),
                tuple((c.line.row, c.pupil.id, c.describe()) for c in self.changes),
                self.unchanged, tuple(p.id for p in self.leavers), tuple(self.new_classes),
                tuple(u.row for u in self.ambiguous + self.duplicates))


def grade_of(class_name: str) -> str:
    """The leerjaar a class name starts with: ``3A`` → ``3``, ``K2B`` → ``K2``; else empty."""
    match = re.match(r"^\s*(K\s?\d|\d+)", class_name, re.IGNORECASE)
    return match.group(1).replace(" ", "").upper() if match else ""


def default_leave_date(year: SchoolYear, today: date, leavers: list[KnownPupil] = ()) -> date:
    """A leaver of a coming school year left at the end of the one before, and so did the
    leavers of the first list of a year already begun (last year's pupils, none of whom has
    a class in ``year``); otherwise today. A date in the wrong year would also start the
    retention period a year late."""
    last_years = bool(leavers) and all(p.class_name is None for p in leavers)
    if year.first_day > today or (last_years and year.contains(today)):
        return year.first_day - timedelta(days=1)
    return today


def make_plan(lines: list[PupilLine], problems: list[RowProblem], known: list[KnownPupil],
              existing_classes: list[str], year: SchoolYear, today: date) -> ImportPlan:
    """What importing ``lines`` into a store holding ``known`` would do."""
    plan = ImportPlan(school_year=year, problems=list(problems))
    seen: set[int] = set()  # stored pupils the list mentions, even in a row that cannot be used
    by_number = {_fold_number(p.number): p for p in known if p.number}
    by_name: dict[tuple, list[KnownPupil]] = defaultdict(list)
    for p in known:
        by_name[p.name_key].append(p)

    for problem in problems:
        if problem.number and _fold_number(problem.number) in by_number:
            seen.add(by_number[_fold_number(problem.number)].id)
        elif problem.key:
            seen.update(p.id for p in by_name.get(problem.key, []))

    claimed: dict[int, int] = {}  # pupil id → row that matched them
    kept = _without_duplicates(lines, plan)
    held_back = {u.row for u in plan.duplicates}
    for line in lines:
        if line.row in held_back:  # a duplicate still names a pupil who is on the list
            seen.update(p.id for p in _candidates(line, by_number, by_name))
    for line in kept:
        candidates = _candidates(line, by_number, by_name)
        seen.update(p.id for p in candidates)
        if line.number and not candidates:
            namesakes = [p for p in by_name.get(line.name_key, []) if p.number]
            if namesakes:
                # Same child under another number: a different numbering (a class number, a
                # login) must not double the school.
                seen.update(p.id for p in namesakes)
                plan.ambiguous.append(Unclear(line.row, line.name, (
                    f"heeft in de lijst nummer {line.number}, maar {namesakes[0].describe()} met "
                    f"dezelfde naam en hetzelfde geboortejaar heeft nummer {namesakes[0].number}. Is de "
                    "gekoppelde kolom wel het leerlingnummer?")))
                continue
        if len(candidates) == 1 and line.number and candidates[0].number and _strangers(line, candidates[0]):
            plan.ambiguous.append(Unclear(line.row, line.name, (
                f"heeft nummer {line.number}, maar dat nummer hoort bij {candidates[0].describe()}. "
                "Is de gekoppelde kolom wel het leerlingnummer (en niet het nummer in de klas)?")))
            continue
        if len(candidates) > 1:
            plan.ambiguous.append(Unclear(line.row, line.name, "past bij meer dan één leerling: "
                                          + "; ".join(p.describe() for p in candidates)
                                          + ". Voeg het leerlingnummer toe aan de lijst, of pas "
                                          "de leerlingen eerst aan in het programma."))
            continue
        if not candidates:
            plan.new.append(line)
            continue
        pupil = candidates[0]
        if pupil.id in claimed:
            plan.ambiguous.append(Unclear(line.row, line.name, f"is dezelfde leerling als rij "
                                          f"{claimed[pupil.id]} ({pupil.describe()})."))
            continue
        claimed[pupil.id] = line.row
        change = _change(line, pupil, today)
        if change:
            plan.changes.append(change)
        else:
            plan.unchanged += 1

    plan.leavers, plan.untouched = _leavers(known, seen, lines, today)
    stored_classes = {c.casefold() for c in existing_classes}
    wanted = {line.class_name.casefold(): line.class_name
              for line in plan.new + [c.line for c in plan.changes if c.new_class]}
    plan.new_classes = sorted((name for folded, name in wanted.items() if folded not in stored_classes),
                              key=lambda n: (grade_of(n), n))
    return plan


def _fold_number(number: str) -> str:
    return number.strip().lstrip("0").casefold() or "0"


def _key(line: PupilLine) -> tuple:
    return ("nummer", _fold_number(line.number)) if line.number else ("naam", line.name_key)


def _without_duplicates(lines: list[PupilLine], plan: ImportPlan) -> list[PupilLine]:
    """Lines that name one pupil once. An identical repeat is left out quietly; repeats that
    disagree (another class, another birth year) are all held back: which one is right?"""
    groups: dict[tuple, list[PupilLine]] = defaultdict(list)
    for line in lines:
        groups[_key(line)].append(line)
    kept = []
    for group in groups.values():
        first = group[0]
        same = all((ln.name_key, ln.class_name.casefold()) == (first.name_key, first.class_name.casefold())
                   for ln in group)
        if len(group) == 1 or same:
            kept.append(first)
            plan.skipped_duplicates += len(group) - 1
            continue
        rows = ", ".join(str(ln.row) for ln in group)
        for line in group:
            what = f"nummer {line.number}" if line.number else "naam en geboortejaar"
            plan.duplicates.append(Unclear(line.row, line.name, f"staat {len(group)} keer in de lijst "
                                           f"(rijen {rows}, zelfde {what}) met andere gegevens: "
                                           f"klas {line.class_name}, geboortejaar {line.birth_year}."))
    kept.sort(key=lambda line: line.row)
    return kept


def _candidates(line: PupilLine, by_number, by_name) -> list[KnownPupil]:
    if line.number:
        found = by_number.get(_fold_number(line.number))
        if found:
            return [found]
        # Not known by number yet: a pupil by this name without a number (an earlier list
        # had none) is the same pupil; one with another number is someone else.
        return [p for p in by_name.get(line.name_key, []) if not p.number]
    return list(by_name.get(line.name_key, []))


def _change(line: PupilLine, pupil: KnownPupil, today: date) -> Change | None:
    new_class = (pupil.class_name or "").casefold() != line.class_name.casefold()
    corrections = []
    # Only a match by number can correct a name: a match by name keeps the stored spelling
    # (an export without accents must not turn Şeyma into Seyma).
    if line.number and pupil.number:
        for label, old, new in (("voornaam", pupil.first_name, line.first_name),
                                ("familienaam", pupil.last_name, line.last_name)):
            if old != new and fold_accents(old) != fold_accents(new):
                corrections.append(f"{label} {old} → {new}")
        if pupil.birth_year != line.birth_year:
            corrections.append(f"geboortejaar {pupil.birth_year} → {line.birth_year}")
    new_number = bool(line.number) and not pupil.number
    returns = pupil.leave_date is not None and pupil.leave_date <= today
    if not (new_class or corrections or new_number or returns):
        return None
    return Change(line=line, pupil=pupil, new_class=new_class, new_number=new_number,
                  corrections=tuple(corrections), returns=returns)


def _strangers(line: PupilLine, pupil: KnownPupil) -> bool:
    """A number match where the list names someone else: both names differ, or a name and the
    birth year. (One of them differing is a correction: a new family name, a typo.)"""
    first, last, year = line.name_key
    stored_first, stored_last, stored_year = pupil.name_key
    return sum((first != stored_first, last != stored_last, year != stored_year)) >= 2


def _leavers(known: list[KnownPupil], seen: set[int], lines: list[PupilLine],
             today: date) -> tuple[list[KnownPupil], list[str]]:
    """Who the list no longer names, among the pupils it is about.

    The list is about the classes it holds, in its school year: a list of 3A says nothing
    about 4B. When the school year has no classes yet (the first list of a new year), it is
    about last year's pupils. A pupil who already has a class in a later year is not leaving.
    """
    active = [p for p in known if not (p.leave_date and p.leave_date <= today) and not p.later_class]
    in_list = {line.class_name.casefold() for line in lines}
    if any(p.class_name for p in known):
        about = [p for p in active if p.class_name and p.class_name.casefold() in in_list]
        untouched = sorted({p.class_name for p in active if p.class_name
                            and p.class_name.casefold() not in in_list}, key=lambda n: (grade_of(n), n))
    else:
        about, untouched = [p for p in active if p.previous_class], []
    leavers = sorted((p for p in about if p.id not in seen),
                     key=lambda p: (fold_accents(p.last_name), fold_accents(p.first_name)))
    return leavers, untouched
