"""School, classes (groups) and subgroups; how a school is recognised across data files."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import Role, SubgroupKind
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.screening import words
from go_hgw_desktop.domain.text import NAME_MAX, clean_name, has_control_characters

PARTNER_NAME_MAX = 200  # a school's, scholengroep's, CLB's or leersteuncentrum's name

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


# Beyond the screening's skeleton, what a forger of a school's name can lean on: a digit for a
# letter (G0, Basisschoo1), a capital I for a small l, "rn" for "m", and letters that look like
# an exclamation mark. Names only: a pupil's text keeps its digits (see docs/privacy.md).
_NAME_LOOKS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "\u01c3": "", "\u2d51": ""})


def name_skeleton(name: str) -> str:
    """What a school's name looks like, not how it was typed: case, accents, punctuation,
    invisible characters and look-alike letters (Cyrillic о for o) folded away
    (``domain/screening.py``), and digits, I and l, rn and m taken as what they resemble. Two
    names with one skeleton cannot be told apart on paper."""
    folded = " ".join(words(name)).translate(_NAME_LOOKS).replace("rn", "m").replace("vv", "w")
    return " ".join(folded.split())


def school_identity(name: str, institution_number: str) -> str:
    """Which school a name and number stand for: the canonical instellingsnummer, else the
    skeleton of the name. Used to spot two files of one school and to remember its key."""
    return canonical_institution_number(institution_number) or name_skeleton(name)


@dataclass(kw_only=True)
class School:
    """The school of the store, with the partners it works with (public names, no people)."""

    name: str
    institution_number: str = ""  # public instellingsnummer, helps the scholengroep merge
    scholengroep: str = ""
    clb: str = ""  # the CLB the school works with, e.g. "Vrij CLB Gent" or "GO! CLB Brussel"
    leersteuncentrum: str = ""
    plan_signatures: bool = False  # the printed pupil plan has room to sign (some schools want it)
    id: int | None = None

    def tidy(self) -> None:
        """Names with single spaces; an instellingsnummer typed with spaces or dots as digits."""
        for name in ("name", "scholengroep", "clb", "leersteuncentrum"):
            setattr(self, name, clean_name(getattr(self, name)))
        number = clean_name(self.institution_number)
        if number.replace(" ", "").replace(".", "").isdigit():
            number = number.replace(" ", "").replace(".", "")
        self.institution_number = number

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.name.strip()), "Geef de naam van de school.")
        p.check(len(self.name) <= PARTNER_NAME_MAX, "De naam van de school is te lang.")
        p.check(not self.institution_number or valid_institution_number(self.institution_number),
                INSTITUTION_NUMBER_RULE)
        for label, value in (("van de scholengroep", self.scholengroep), ("van het CLB", self.clb),
                             ("van het leersteuncentrum", self.leersteuncentrum)):
            p.check(len(value) <= PARTNER_NAME_MAX, f"De naam {label} is te lang.")
        p.check(not any(has_control_characters(v) for v in (
            self.name, self.institution_number, self.scholengroep, self.clb, self.leersteuncentrum)),
            "Een naam bevat onzichtbare tekens; typ hem opnieuw.")
        p.raise_if_any()


# Who can be on the staff list: the people who carry out measures and agreements. Parents and
# pupils are not staff: their names would tell which pupil an agreement is about.
STAFF_ROLES = tuple(r for r in Role if r not in (Role.OUDERS, Role.LEERLING))


def role_word(role: Role) -> str:
    """A role's label inside a sentence: ‘klasleraar’, but ‘CLB-medewerker’ keeps its capitals."""
    label = role.label
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def who_label(role: Role, name: str = "") -> str:
    """Who does it: ‘An Peeters (klasleraar)’ where a person was chosen, else the role."""
    return f"{name} ({role_word(role)})" if name else role.label


@dataclass(kw_only=True)
class StaffMember:
    """A person of the school team (or a partner's contact) with their role.

    Staff names are personal data of staff: they stay in the encrypted store and appear on
    internal documents, never in a schoolfoto (which counts by role).
    """

    name: str
    role: Role
    school_id: int | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        """How the person is offered in a ‘Wie’ list: ‘An Peeters (klasleraar)’."""
        return who_label(self.role, self.name)

    def validate(self) -> None:
        self.name = clean_name(self.name)
        p = Problems()
        p.check(bool(self.name), "Geef de naam van het personeelslid.")
        p.check(len(self.name) <= NAME_MAX, "De naam is te lang.")
        p.check(not has_control_characters(self.name), "De naam bevat onzichtbare tekens; typ hem opnieuw.")
        p.check(self.role in STAFF_ROLES,
                f"{self.role.label} staat niet in de personeelslijst: kies de rol van iemand van het "
                "schoolteam of van een partner.")
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
