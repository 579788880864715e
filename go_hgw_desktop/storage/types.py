"""Column types that store domain value types as plain SQL values."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum, Integer, String
from sqlalchemy.types import TypeDecorator

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import Phase


def choice(enum_class: type[StrEnum]) -> Enum:
    """A domain vocabulary stored as its short code (VARCHAR, no SQL enum type)."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class SchoolYearType(TypeDecorator):
    """``SchoolYear`` ⇄ ``'2025-2026'``."""

    impl = String(9)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else SchoolYear.parse(str(value)).label

    def process_result_value(self, value, dialect):
        return None if value is None else SchoolYear.parse(value)


class PhaseType(TypeDecorator):
    """``Phase`` ⇄ 0..3."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else int(Phase(value))

    def process_result_value(self, value, dialect):
        return None if value is None else Phase(value)
