"""What the school year's earlier exports published, so the next export stays consistent.

Two exports of the same school a week apart, read side by side, give away what each
hides when the pattern of hidden cells moves between them: a complement shown in the
later one fills in the earlier one, a ``< 5`` that became a number tells how much it
grew. The app therefore remembers, inside the encrypted store, per export of the school
year, only *which* entries it published and which of them it hid, and which categories
it merged into "Overige". Never a count: the counts of visible entries are in the export
itself, and a hidden count is never kept anywhere but in the records it is computed from.

The next export of that year then:

* hides again every entry an earlier export hid (a hidden entry stays hidden);
* merges again every category an earlier export merged into "Overige";
* marks every hidden entry that an earlier export already published (shown or hidden) as
  ``x`` meaning "any count", never ``< 5``: whether such an entry became small since then
  is exactly what the change of its mark would tell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

TOTAL = "Totaal"
Label = tuple[str, str]  # (row label, column label), TOTAL for a margin


@dataclass(frozen=True)
class ExportHistory:
    """The union of what earlier exports of one school year published (labels only)."""

    seen: Mapping[str, frozenset[Label]] = field(default_factory=dict)  # every published entry
    hidden: Mapping[str, frozenset[Label]] = field(default_factory=dict)  # entries hidden once
    merged: Mapping[str, frozenset[str]] = field(default_factory=dict)  # categories merged once
    exports: int = 0

    @classmethod
    def of(cls, patterns: Iterable[Mapping[str, Any]]) -> ExportHistory:
        """The history made of the patterns (see :func:`pattern_of`) of earlier exports."""
        seen: dict[str, set[Label]] = {}
        hidden: dict[str, set[Label]] = {}
        merged: dict[str, set[str]] = {}
        count = 0
        for pattern in patterns:
            count += 1
            for key, table in pattern.get("tables", {}).items():
                rows, columns = [*table["rows"], TOTAL], [*table["columns"], TOTAL]
                seen.setdefault(key, set()).update((r, c) for r in rows for c in columns)
                hidden.setdefault(key, set()).update((r, c) for r, c in table["hidden"])
                merged.setdefault(key, set()).update(table.get("merged", ()))
        return cls({k: frozenset(v) for k, v in seen.items()}, {k: frozenset(v) for k, v in hidden.items()},
                   {k: frozenset(v) for k, v in merged.items()}, count)

    def labels(self, rows: Iterable[str], columns: Iterable[str]) -> list[list[Label]]:
        """The (row, column) label of every entry of a grid with these rows and columns."""
        columns = [*columns, TOTAL]
        return [[(r, c) for c in columns] for r in [*rows, TOTAL]]


def pattern_of(tables: Iterable[Any]) -> dict[str, Any]:
    """What an export published, by label: its tables' rows and columns, the entries it hid,
    and the categories it merged (their names stay in the store; a count never does)."""
    out: dict[str, Any] = {}
    for table in tables:
        rows, columns = [*table.rows, TOTAL], [*table.columns, TOTAL]
        out[table.key] = {
            "rows": list(table.rows), "columns": list(table.columns),
            "hidden": [[rows[r], columns[c]] for r, line in enumerate(table.grid)
                       for c, cell in enumerate(line) if cell.value is None],
            "merged": sorted(getattr(table, "merged_labels", ())),
        }
    return {"tables": out}


def restricted(pattern: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """``pattern`` with only the tables named in ``keys`` (what another school year's export
    says about the tables whose counts run on over 1 September)."""
    keys = set(keys)
    return {"tables": {key: table for key, table in pattern.get("tables", {}).items() if key in keys}}


def pattern_of_data(content: Mapping[str, Any]) -> dict[str, Any]:
    """The pattern of a data file's content (a frozen foto kept as its data file's JSON):
    what :func:`pattern_of` gives for the foto it describes, merged names aside (a data file
    never has them)."""
    out: dict[str, Any] = {}
    for table in content.get("tables", []):
        rows, columns = [*table["rows"], TOTAL], [*table["columns"], TOTAL]
        out[table["key"]] = {
            "rows": list(table["rows"]), "columns": list(table["columns"]),
            "hidden": [[rows[r], columns[c]] for r, line in enumerate(table["cells"])
                       for c, cell in enumerate(line) if "hidden" in cell],
            "merged": [],
        }
    return {"tables": out}
