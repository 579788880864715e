"""The main window: header with school and school year, the pupil list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QMainWindow

from go_hgw_desktop.ui.forms.ui_main_window import Ui_MainWindow


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        font = self.ui.schoolLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.schoolLabel.setFont(font)
        self.ui.emptyLabel.setWordWrap(True)
        header = self.ui.pupilTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(130)
        self.ui.pupilTable.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 10
        )
        self.addAction(self.ui.actionSearch)
        self.ui.actionSearch.triggered.connect(self._focus_search)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def show_list(self, has_rows: bool, empty_text: str) -> None:
        self.ui.emptyLabel.setText(empty_text)
        self.ui.listStack.setCurrentWidget(
            self.ui.pupilTable if has_rows else self.ui.emptyLabel
        )

    def closeEvent(self, event) -> None:
        self.closing.emit()
        super().closeEvent(event)
