"""A titled list of records with add / edit / delete buttons (layout from record_list.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSizePolicy, QWidget

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
        # The lists of a page share its height evenly, whatever each one holds: a list that
        # gets its first record does not push the lists (and buttons) below it down.
        for widget in (self.ui.table, self.ui.emptyLabel):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.ui.listStack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ui.listStack.setMinimumHeight(self.fontMetrics().height() * 5)

    def show_records(self, has_records: bool) -> None:
        self.ui.listStack.setCurrentWidget(self.ui.table if has_records else self.ui.emptyLabel)
