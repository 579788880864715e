"""The pupil list: a table model over ``PupilRow`` and a fast search/filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase
from go_hgw_desktop.services.pupils import PupilRow
from go_hgw_desktop.ui.text import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PHASE_ROLE = Qt.ItemDataRole.UserRole + 3

_ROOT = QModelIndex()
COLUMNS = ("Naam", "Code", "Klas", "Geboortejaar", "Fase", "Domeinen", "HGW-stap")
PHASE_COLUMN = 4


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PupilRow] = []
        self._haystacks: list[str] = []

    def set_rows(self, rows: list[PupilRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Folded once here, so each search keystroke only compares strings.
        self._haystacks = [fold(f"{r.first_name} {r.last_name} {r.code}") for r in rows]
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
        if role == PHASE_ROLE and column == PHASE_COLUMN:
            return row.highest_phase
        if role == Qt.ItemDataRole.ToolTipRole and column == PHASE_COLUMN and row.highest_phase is not None:
            return f"Hoogste fase van {row.running_trajectories} lopend(e) traject(en): " \
                   f"{row.highest_phase.label}"
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
    """Search-as-you-type on name and code (every word must match) plus four filters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.group_id: int | None = None
        self.phase: Phase | None = None
        self.domain: CareDomain | None = None
        self.step: HgwStep | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, *, group_id=None, phase=None, domain=None, step=None) -> None:
        self.beginFilterChange()
        self.group_id, self.phase, self.domain, self.step = group_id, phase, domain, step
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return bool(self._words) or any(
            v is not None for v in (self.group_id, self.phase, self.domain, self.step)
        )

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: PupilTableModel = self.sourceModel()
        if self._words:
            haystack = model.haystack(source_row)
            if not all(word in haystack for word in self._words):
                return False
        row = model.row_at(source_row)
        if self.group_id is not None and row.group_id != self.group_id:
            return False
        if self.phase is not None and self.phase not in row.phases:
            return False
        if self.domain is not None and self.domain not in row.domains:
            return False
        return self.step is None or self.step in row.steps
