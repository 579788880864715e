"""The pupil file window: identity, trajectories, and the selected trajectory's cycle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from go_hgw_desktop.ui.forms.ui_pupil_file import Ui_PupilFile


class PupilFileView(QWidget):
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PupilFile()
        self.ui.setupUi(self)
        name_font = QFont(self.font())
        name_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        name_font.setBold(True)
        self.ui.nameLabel.setFont(name_font)
        bold = QFont(self.font())
        bold.setBold(True)
        self.ui.trajectoriesLabel.setFont(bold)
        self.ui.codeLabel.setStyleSheet("color: #555; padding-left: 8px;")
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([240, 940])

    def closeEvent(self, event) -> None:
        self.closing.emit()
        super().closeEvent(event)
