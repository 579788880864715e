"""What was typed in an open form when the app locked: kept in memory, never on disk.

A lock closes every window that shows pupil data, forms included. A form with unsaved
typing first leaves its values here; opening the same form again (same kind of record,
same record or same place for a new one) after unlocking puts them back.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

_DRAFTS: dict[tuple, dict[str, Any]] = {}


def key_of(noun: str, record: Any) -> tuple:
    """The form's identity: its kind, the record's id and the ids it hangs under."""
    ids = ()
    if is_dataclass(record):
        ids = tuple((f.name, getattr(record, f.name)) for f in fields(record)
                    if f.name == "id" or f.name.endswith("_id"))
    return (noun, *ids)


def keep(key: tuple, values: dict[str, Any]) -> None:
    _DRAFTS[key] = dict(values)


def take(key: tuple) -> dict[str, Any] | None:
    return _DRAFTS.pop(key, None)


def waiting() -> list[str]:
    """The kinds of form with typing waiting to be taken back (for the message after unlocking)."""
    return sorted({key[0] for key in _DRAFTS})


def forget_all() -> None:
    _DRAFTS.clear()
