"""The pupil list: a table model that searches, filters and sorts 2,000 rows itself.

A QSortFilterProxyModel would call back into Python for every row on every keystroke
and for every comparison while sorting; here each row's search text and sort keys are
computed once, and a keystroke is one list comprehension plus a model reset.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase
from go_hgw_desktop.services.pupils import PupilRow
from go_hgw_desktop.ui.text import fold

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PHASE_ROLE = Qt.ItemDataRole.UserRole + 3

_ROOT = QModelIndex()
_SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, PHASE_ROLE, ROW_ROLE})
COLUMNS = ("Naam", "Code", "Stamboeknr.", "Klas", "Geboortejaar", "Fase", "Domeinen", "HGW-stap")
PHASE_COLUMN = 5


def display(row: PupilRow, column: int) -> str:
    match column:
        case 0:
            return f"{row.last_name}, {row.first_name}" + (" (vertrokken)" if row.has_left else "")
        case 1:
            return row.code
        case 2:
            return row.number
        case 3:
            return row.class_name or (f"– ({row.earlier_class})" if row.earlier_class else "–")
        case 4:
            return str(row.birth_year)
        case 5:
            return row.highest_phase.short_label if row.highest_phase is not None else ""
        case 6:
            return ", ".join(d.label for d in row.domains)
        case 7:
            return ", ".join(s.label for s in row.steps)
    return ""


def _sort_keys(row: PupilRow) -> tuple:
    name = fold(f"{row.last_name} {row.first_name}")
    return (
        name, row.code, (row.number.zfill(12), name), (fold(row.class_name), name), (row.birth_year, name),
        (-1 if row.highest_phase is None else int(row.highest_phase), name),
        (display(row, 6), name), (display(row, 7), name),
    )


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PupilRow] = []
        self._haystacks: list[str] = []
        self._keys: list[tuple] = []
        self._visible: list[int] = []  # indices into _all, filtered and sorted
        self._words: list[str] = []
        self.group_id: int | None = None
        self.phase: Phase | None = None
        self.domain: CareDomain | None = None
        self.step: HgwStep | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ data in

    def set_rows(self, rows: list[PupilRow]) -> None:
        self._all = list(rows)
        self._haystacks = [fold(f"{r.first_name} {r.last_name} {r.code} {r.number}") for r in self._all]
        self._keys = [_sort_keys(r) for r in self._all]
        self._refresh()

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._refresh()

    def set_filters(self, *, group_id=None, phase=None, domain=None, step=None) -> None:
        self.group_id, self.phase, self.domain, self.step = group_id, phase, domain, step
        self._refresh()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._refresh()

    @property
    def filtering(self) -> bool:
        return bool(self._words) or any(
            v is not None for v in (self.group_id, self.phase, self.domain, self.step)
        )

    @property
    def total(self) -> int:
        return len(self._all)

    def _accepts(self, index: int) -> bool:
        row = self._all[index]
        return ((self.group_id is None or row.group_id == self.group_id)
                and (self.phase is None or self.phase in row.phases)
                and (self.domain is None or self.domain in row.domains)
                and (self.step is None or self.step in row.steps))

    def _refresh(self) -> None:
        words, haystacks = self._words, self._haystacks
        visible = [i for i, hay in enumerate(haystacks) if all(w in hay for w in words)]
        if self.filtering and (self.group_id, self.phase, self.domain, self.step) != (None,) * 4:
            visible = [i for i in visible if self._accepts(i)]
        column = self._sort_column
        visible.sort(key=lambda i: self._keys[i][column],
                     reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        if visible == self._visible and self._all:
            return  # e.g. "peet" → "peeters": same rows, nothing to repaint
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    # ------------------------------------------------------------------ Qt model

    def row_at(self, row: int) -> PupilRow:
        return self._all[self._visible[row]]

    def visible_rows(self) -> list[PupilRow]:
        return [self._all[i] for i in self._visible]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Qt asks about ten roles per painted cell; answer the ones we do not serve first.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = self._all[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == PHASE_ROLE and column == PHASE_COLUMN:
            return row.highest_phase
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == PHASE_COLUMN and row.highest_phase is not None:
            return (f"Hoogste fase van {row.running_trajectories} lopend(e) traject(en): "
                    f"{row.highest_phase.label}")
        return None

    def longest(self, column: int) -> str:
        """The widest-looking text of a column (by length), for sizing without a full scan."""
        texts = [COLUMNS[column]] + [display(r, column) for r in self._all[:3000]]
        return max(texts, key=len)
