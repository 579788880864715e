"""The groepsoverzicht table: pupils with subgroup, phase, signals and needs side by side."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from go_hgw_desktop.services.group_overview import OverviewRow

PHASE_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("Leerling", "Subgroep", "Fase", "Signalen", "Onderwijsbehoeften")
PHASE_COLUMN = 2
_ROOT = QModelIndex()


class GroupOverviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> OverviewRow:
        return self._rows[row]

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
        if role == PHASE_ROLE and index.column() == PHASE_COLUMN:
            return row.highest_phase
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case 0:
                return row.name
            case 1:
                return row.subgroup or "–"
            case 2:
                return row.highest_phase.short_label if row.highest_phase is not None else ""
            case 3:
                return "\n".join(f"• {s}" for s in row.signals)
            case 4:
                return "\n".join(f"• {n}" for n in row.needs)
        return None
