"""A table model over domain records, with columns from their RecordSpec."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from go_hgw_desktop.ui.icons import icon
from go_hgw_desktop.ui.record_spec import RecordSpec

_ROOT = QModelIndex()
_SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                           Qt.ItemDataRole.DecorationRole})


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: RecordSpec, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._columns = spec.columns  # asked for on every cell: computed once
        self._records: list[Any] = []
        self._confidential_column = 1 if spec.confidential_field else 0

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns) + self._confidential_column

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._confidential_column and section == 0:
            return ""
        return self._columns[section - self._confidential_column].column_label

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if self._confidential_column and column == 0:
            secret = bool(getattr(record, self.spec.confidential_field))
            if role == Qt.ItemDataRole.DecorationRole and secret:
                return icon("lock")
            if role == Qt.ItemDataRole.ToolTipRole and secret:
                return "Vertrouwelijk: wordt nooit afgedrukt of geëxporteerd"
            return None
        field = self._columns[column - self._confidential_column]
        value = field.value_of(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(value)
        if role == Qt.ItemDataRole.ToolTipRole and field.kind == "text" and value:
            return str(value)
        return None
