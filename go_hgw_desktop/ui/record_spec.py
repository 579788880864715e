"""Declarations of how each kind of record is shown and edited.

One ``RecordSpec`` per item type (observation, factor, goal, …) lists its fields with
Dutch labels and editor kinds; a single dialog and a single table model serve them all,
so the ten item types share one form layout (``record_dialog.ui``) instead of ten
hand-built ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from go_hgw_desktop.domain.calendar import format_date


def sentence_case(text: str) -> str:
    """Capital first letter, the rest untouched (``str.capitalize`` would write ‘Clb’)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "line"  # line | text | date | choice | options | multi | int | bool
    choices: type[Enum] | None = None  # for "choice": a vocabulary
    options: Callable[[], list[tuple[str, Any]]] | None = None  # for "options" / "multi"
    optional: bool = False  # for date, choice and options: may be empty
    column: bool = True  # shown in the list
    editable: bool = True  # False: shown in the form for context, not changed there
    hint: str = ""  # placeholder text
    heading: str = ""  # the list's column header, where the label is part of a sentence
    # One editor for more than one field of the record (a role or a person): how the
    # editor's value is read from the record, and which fields its value sets.
    read: Callable[[Any], Any] | None = None
    write: Callable[[Any], dict[str, Any]] | None = None
    # Whether the field applies to the record as edited so far (a MICRO-overleg names no
    # pupils): otherwise its editor is emptied and disabled.
    applies: Callable[[Any], bool] | None = None

    def value_of(self, record: Any) -> Any:
        """The value the editor and the list show for ``record``."""
        return self.read(record) if self.read else getattr(record, self.name)

    def fields_of(self, value: Any) -> dict[str, Any]:
        """The record's fields that the editor's ``value`` sets."""
        return self.write(value) if self.write else {self.name: value}

    @property
    def form_label(self) -> str:
        """The label beside the editor: a colon, unless the label already ends a phrase."""
        return self.label if self.label.endswith((":", "?", "…")) else f"{self.label}:"

    @property
    def column_label(self) -> str:
        return self.heading or self.label

    def display(self, value: Any) -> str:
        if value is None:
            return ""
        if self.kind == "date":
            return format_date(value)
        if self.kind == "bool":
            return "ja" if value else "nee"
        if isinstance(value, Enum):
            return getattr(value, "label", str(value.value))
        if self.options is not None:
            labels = dict((v, label) for label, v in self.options())
            if isinstance(value, list):
                return ", ".join(labels.get(v, str(v)) for v in value)
            return labels.get(value, str(value))
        text = str(value)
        first = text.splitlines()[0] if text else ""
        return first if len(first) <= 120 else first[:117] + "…"

    def sort_key(self, value: Any) -> Any:
        if value is None:
            return (0, "")
        if isinstance(value, date):
            return (1, value.toordinal())
        if isinstance(value, Enum):
            return (1, list(type(value)).index(value))
        return (1, str(value).casefold()) if not isinstance(value, int) else (1, value)


@dataclass(frozen=True)
class RecordSpec:
    noun: str  # "waarneming": used in titles and confirmations
    plural: str  # "Waarnemingen"
    fields: tuple[FieldSpec, ...]
    empty_hint: str
    confidential_field: str | None = "confidential"
    confidential_label: str = "&Vertrouwelijk: nooit afdrukken of exporteren"
    describe: Callable[[Any], str] = field(default=lambda record: "")
    intro: str = ""  # shown above the form (helper sentence, rules)
    preview: Callable[[Any], str] | None = None  # live preview below the form
    can_add: bool = True
    can_delete: bool = True
    add_title: str = ""  # the form's title for a new record; default "<noun> toevoegen"

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.column)
