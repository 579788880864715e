"""Convert between ORM records and domain dataclasses by their shared field names.

Services hand domain objects (never ORM objects) to the GUI and the CLI; columns are
named after the dataclass fields, so one generic pair of functions serves every entity.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _column_names(record_class: type) -> set[str]:
    return {c.key for c in record_class.__mapper__.column_attrs}


def to_domain(record: Any, domain_class: type[T], **extra: Any) -> T:
    """Build a domain object from a record's columns (``extra`` fills the rest)."""
    columns = _column_names(type(record))
    values = {f.name: getattr(record, f.name) for f in fields(domain_class) if f.name in columns}
    values.update(extra)
    return domain_class(**values)


def to_record(entity: Any, record_class: type[R]) -> R:
    """A new record carrying the entity's column fields (id included when set)."""
    columns = _column_names(record_class)
    values = {f.name: getattr(entity, f.name) for f in fields(entity) if f.name in columns}
    if values.get("id") is None:
        values.pop("id", None)
    return record_class(**values)


def update_record(record: Any, entity: Any) -> None:
    """Copy the entity's column fields (not its id) onto an existing record."""
    columns = _column_names(type(record)) - {"id"}
    for f in fields(entity):
        if f.name in columns:
            setattr(record, f.name, getattr(entity, f.name))
