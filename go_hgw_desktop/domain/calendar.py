"""School years and Belgian date notation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from go_hgw_desktop.domain.errors import ValidationError

# Dates outside these years are typing errors in this domain (2206 for 2026).
FIRST_YEAR, LAST_YEAR = 1900, 2100

_YEAR_LABEL = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A Flemish school year: 1 September to 31 August, written ``2025-2026``."""

    start_year: int

    def __post_init__(self) -> None:
        # Every date from FIRST_YEAR to LAST_YEAR lies in one of these school years.
        if not FIRST_YEAR - 1 <= self.start_year <= LAST_YEAR:
            raise ValidationError(
                f"Schooljaar {self.start_year}-{self.start_year + 1} kan niet; is het jaartal juist?"
            )

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        match = _YEAR_LABEL.match(text or "")
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise ValidationError(
                f"‘{text}’ is geen geldig schooljaar; schrijf het als 2025-2026."
            )
        return cls(int(match.group(1)))

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 9 else day.year - 1)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    @property
    def first_day(self) -> date:
        return date(self.start_year, 9, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 8, 31)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def next(self) -> SchoolYear:
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def __str__(self) -> str:
        return self.label


def format_date(day: date | None) -> str:
    """Belgian notation, ``25/11/2026``; empty for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


_BELGIAN_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")  # ddmmjj or ddmmjjjj
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str) -> date:
    """Read a date as people type it: ``25/11/2026``, ``5/3/27``, ``25-11-2026``,
    ``25.11.2026``, ``25112026``, ``251126`` or ISO ``2026-11-25``.

    A two-digit year is in this century (``27`` is 2027): the app's dates are school dates.
    """
    cleaned = (text or "").strip()
    if match := _ISO_DATE.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _BELGIAN_DATE.match(cleaned) or _DIGITS_ONLY.match(cleaned):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) + (2000 if len(match.group(3)) == 2 else 0)
    else:
        raise ValidationError(f"‘{text}’ is geen datum; schrijf dag/maand/jaar, bv. 25/11/2026.")
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise ValidationError(f"‘{text}’ is geen bestaande datum.") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise ValidationError(f"‘{text}’: het jaar {parsed.year} lijkt een tikfout.")
    return parsed
