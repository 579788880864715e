"""A titled list of records with add / edit / delete buttons (layout from record_list.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from go_hgw_desktop.ui.forms.ui_record_list import Ui_RecordList


class RecordListView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordList()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_records(self, has_records: bool) -> None:
        self.ui.listStack.setCurrentWidget(self.ui.table if has_records else self.ui.emptyLabel)
