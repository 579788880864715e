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
from datetime import date

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

    @property
    def rows_not_imported(self) -> int:
        """Rows that need the user's decision to be skipped."""
        return len(self.problems) + len(self.ambiguous) + len(self.duplicates)

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
    for line in _without_duplicates(lines, plan):
        candidates = _candidates(line, by_number, by_name)
        seen.update(p.id for p in candidates)
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

    plan.leavers = sorted(
        (p for p in known if p.id not in seen and not (p.leave_date and p.leave_date <= today)),
        key=lambda p: (fold_accents(p.last_name), fold_accents(p.first_name)))
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
