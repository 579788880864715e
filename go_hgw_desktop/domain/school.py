"""School, classes (groups) and subgroups."""

from __future__ import annotations

from dataclasses import dataclass

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import SubgroupKind
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import NAME_MAX


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
        p.check(
            not self.institution_number or self.institution_number.isdigit(),
            "Het instellingsnummer bestaat alleen uit cijfers.",
        )
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
