"""Key figures of two schoolfotos side by side: this MICRO-overleg's foto and the previous one.

Only what both fotos publish is used: a hidden cell stays its marker (‘< 5’, ‘x’) and is
never turned into a number, and a change is given only where both figures are shown (the
difference of two published figures tells nothing new).
"""

from __future__ import annotations

from dataclasses import dataclass

from go_hgw_desktop.reports.schoolfoto import SchoolFoto
from go_hgw_desktop.reports.tables import TOTAL, Cell, ProtectedTable

MISSING = "–"  # a category one of the fotos does not have


@dataclass(frozen=True)
class KeyFigure:
    label: str
    now: str
    before: str
    change: str  # "+3", "−2", "0"; empty when either figure is hidden or missing
    now_hidden: bool = False
    before_hidden: bool = False


@dataclass(frozen=True)
class FigureGroup:
    title: str
    figures: tuple[KeyFigure, ...]


# (title, table key, whether the figures are the table's rows or its columns, with the total)
GROUPS = (
    ("Lopende trajecten per fase", "phase_step", "rows", True),
    ("Lopende trajecten per domein", "domain_theme", "columns", False),
    ("CLB-aanvragen per status", "clb_requests", "rows", True),
    ("Leersteun per status", "leersteun", "columns", True),
)


def _table(foto: SchoolFoto, key: str) -> ProtectedTable | None:
    return next((t for t in foto.tables if t.key == key), None)


def _margins(table: ProtectedTable | None, along: str, with_total: bool) -> dict[str, Cell]:
    """Label → the row's (or column's) total cell, in the table's order."""
    if table is None:
        return {}
    if along == "rows":
        found = {label: table.row_total(r) for r, label in enumerate(table.rows)}
    else:
        found = {label: table.column_total(c) for c, label in enumerate(table.columns)}
    if with_total:
        found[TOTAL] = table.total
    return found


def _text(cell: Cell | None, marks_below: int) -> str:
    return MISSING if cell is None else cell.text(marks_below)


def _change(now: Cell | None, before: Cell | None) -> str:
    if now is None or before is None or now.hidden or before.hidden:
        return ""
    difference = now.value - before.value
    return f"+{difference}" if difference > 0 else f"−{-difference}" if difference < 0 else "0"


def key_figures(now: SchoolFoto, before: SchoolFoto) -> tuple[FigureGroup, ...]:
    """The key figures of ``now`` beside those of ``before``, group by group.

    Categories are matched by their label; one that only one foto has shows ‘–’ in the other.
    """
    groups = []
    for title, key, along, with_total in GROUPS:
        this = _margins(_table(now, key), along, with_total)
        that = _margins(_table(before, key), along, with_total)
        labels = [label for label in this if label != TOTAL]
        labels += [label for label in that if label != TOTAL and label not in this]
        if with_total:
            labels.append(TOTAL)
        groups.append(FigureGroup(title, tuple(
            KeyFigure(
                label, _text(this.get(label), now.marks_below), _text(that.get(label), before.marks_below),
                _change(this.get(label), that.get(label)),
                now_hidden=label in this and this[label].hidden,
                before_hidden=label in that and that[label].hidden,
            )
            for label in labels
        )))
    return tuple(groups)
