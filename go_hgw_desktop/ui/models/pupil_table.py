"""The pupil list: a table model over ``PupilRow`` and a fast search/filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from go_hgw_desktop.services.pupils import PupilRow
from go_hgw_desktop.ui.text import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_ROOT = QModelIndex()
COLUMNS = ("Naam", "Code", "Klas", "Geboortejaar", "Fase", "Domeinen", "HGW-stap")


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PupilRow] = []
        self._haystacks: list[str] = []

    def set_rows(self, rows: list[PupilRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Folded once here, so each search keystroke only compares strings.
        self._haystacks = [fold(f"{r.first_name} {r.last_name} {r.last_name} {r.code}") for r in rows]
        self.endResetModel()

    def row_at(self, row: int) -> PupilRow:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.highest_phase is not None:
            return row.highest_phase.label
        return None

    @staticmethod
    def _display(row: PupilRow, column: int) -> str:
        match column:
            case 0:
                return f"{row.last_name}, {row.first_name}" + (" (vertrokken)" if row.has_left else "")
            case 1:
                return row.code
            case 2:
                return row.class_name or "–"
            case 3:
                return str(row.birth_year)
            case 4:
                return row.highest_phase.short_label if row.highest_phase is not None else ""
            case 5:
                return ", ".join(d.label for d in row.domains)
            case 6:
                return ", ".join(s.label for s in row.steps)
        return ""

    @staticmethod
    def _sort_key(row: PupilRow, column: int):
        match column:
            case 0:
                return fold(f"{row.last_name} {row.first_name}")
            case 3:
                return row.birth_year
            case 4:
                return -1 if row.highest_phase is None else int(row.highest_phase)
        return fold(PupilTableModel._display(row, column))


class PupilFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type on name and code; every word must match (order free)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().haystack(source_row)
        return all(word in haystack for word in self._words)
