"""School, classes (groups) and subgroups; how a school is recognised across data files."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import SubgroupKind
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.screening import words
from go_hgw_desktop.domain.text import NAME_MAX

# The Flemish instellingsnummer: six digits, given by the Departement Onderwijs (leading zeros
# count: 012345 and 12345 are not the same school). [0-9], not \d: ٣ and ３ are digits too.
INSTITUTION_NUMBER = re.compile(r"[0-9]{6}")
INSTITUTION_NUMBER_RULE = "Het instellingsnummer bestaat uit 6 cijfers (0 tot 9), bijvoorbeeld 012345."


def canonical_institution_number(text: str) -> str:
    """An instellingsnummer as it is meant, however it was typed: NFKC (full-width digits),
    invisible format characters (a zero-width space) and spaces removed, any decimal digit
    (Arabic-Indic ٣, Devanagari ३) as its ASCII digit. Anything else stays, so a number with
    letters or symbols still fails :func:`valid_institution_number`."""
    out = []
    for ch in unicodedata.normalize("NFKC", text or ""):
        if ch.isspace() or unicodedata.category(ch) == "Cf":
            continue
        out.append(str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch)
    return "".join(out)


def valid_institution_number(number: str) -> bool:
    """Exactly six ASCII digits."""
    return INSTITUTION_NUMBER.fullmatch(number) is not None


def name_skeleton(name: str) -> str:
    """What a school's name looks like, not how it was typed: case, accents, punctuation,
    invisible characters and look-alike letters (Cyrillic о for o) folded away
    (``domain/screening.py``). Two names with one skeleton cannot be told apart on paper."""
    return " ".join(words(name))


def school_identity(name: str, institution_number: str) -> str:
    """Which school a name and number stand for: the canonical instellingsnummer, else the
    skeleton of the name. Used to spot two files of one school and to remember its key."""
    return canonical_institution_number(institution_number) or name_skeleton(name)


@dataclass(kw_only=True)
class School:
    name: str
    institution_number: str = ""  # public instellingsnummer, helps the scholengroep merge
    scholengroep: str = ""
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.name.strip()), "Geef de naam van de school.")
        p.check(len(self.name) <= 200, "De naam van de school is te lang.")
        p.check(not self.institution_number or valid_institution_number(self.institution_number),
                INSTITUTION_NUMBER_RULE)
        p.raise_if_any()


@dataclass(kw_only=True)
class ClassGroup:
    """A class (klas) in one school year; the unit of the groepsoverzicht."""

    name: str
    school_year: SchoolYear
    grade: str = ""  # leerjaar, e.g. "3" or "K2"; free because schools differ
    school_id: int | None = None
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.name.strip()), "Geef de naam van de klas.")
        p.check(len(self.name) <= NAME_MAX, "De naam van de klas is te lang.")
        p.raise_if_any()


@dataclass(kw_only=True)
class Subgroup:
    """A cluster of pupils with similar needs inside a class (basis / intensief / meer)."""

    group_id: int
    name: str
    kind: SubgroupKind = SubgroupKind.EIGEN
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.name.strip()), "Geef de subgroep een naam.")
        p.check(len(self.name) <= NAME_MAX, "De naam van de subgroep is te lang.")
        p.raise_if_any()
