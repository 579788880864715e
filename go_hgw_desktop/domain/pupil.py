"""A pupil, kept to the minimum the brief allows: name, class, birth year, dates."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date

from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import NAME_MAX, has_control_characters

# No 0/O, 1/I/L: codes are read aloud and copied from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
CODE_PATTERN = re.compile(rf"^LL-[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


def new_pupil_code() -> str:
    """A random, stable pseudonymous code; it says nothing about the pupil."""
    return "LL-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(kw_only=True)
class Pupil:
    first_name: str
    last_name: str
    birth_year: int
    code: str = ""
    entry_date: date | None = None
    leave_date: date | None = None
    external_ref: str | None = None  # number from the school administration, for imports
    school_id: int | None = None
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}"

    def has_left(self, on: date) -> bool:
        return self.leave_date is not None and self.leave_date <= on

    def age_in_year(self, year: int) -> int:
        """Age reached during ``year`` (only the birth year is stored)."""
        return year - self.birth_year

    def validate(self, today: date | None = None) -> None:
        today = today or date.today()
        p = Problems()
        for label, value in (("voornaam", self.first_name), ("familienaam", self.last_name)):
            p.check(bool(value.strip()), f"Geef de {label} van de leerling.")
            p.check(len(value) <= NAME_MAX, f"De {label} is te lang (max. {NAME_MAX} tekens).")
            p.check(not has_control_characters(value), f"De {label} bevat onzichtbare tekens.")
        p.check(
            today.year - 30 <= self.birth_year <= today.year - 2,
            f"Geboortejaar {self.birth_year} is niet mogelijk voor een leerling.",
        )
        p.check(
            not self.code or bool(CODE_PATTERN.match(self.code)),
            f"‘{self.code}’ is geen geldige leerlingcode.",
        )
        p.check(self.external_ref is None or (len(self.external_ref) <= 40
                                               and not has_control_characters(self.external_ref)),
                "Het stamboeknummer is te lang of bevat onzichtbare tekens.")
        if self.entry_date:
            # A child starts school at two and a half at the earliest (the first instapdatum).
            p.check(self.entry_date.year >= self.birth_year + 2,
                    f"Ingeschreven op {self.entry_date:%d/%m/%Y} kan niet voor een leerling geboren in "
                    f"{self.birth_year}: kijk de datum van inschrijving of het geboortejaar na.")
        if self.entry_date and self.leave_date:
            p.check(
                self.leave_date >= self.entry_date,
                "De datum van vertrek ligt vóór de datum van inschrijving.",
            )
        p.raise_if_any()
