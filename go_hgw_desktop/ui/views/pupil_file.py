"""The pupil file window: identity, trajectories, and the selected trajectory's cycle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from go_hgw_desktop.ui import window_state
from go_hgw_desktop.ui.forms.ui_pupil_file import Ui_PupilFile

SETTINGS_NAME = "leerlingendossier"


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
        window_state.restore_window(self, SETTINGS_NAME, QSize(1180, 760), (self.ui.splitter,))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # On first activation the window manager has framed and placed the window.
        if event.type() == QEvent.Type.ActivationChange and not getattr(self, "_placed", False):
            self._placed = True
            window_state.keep_on_screen(self)

    def closeEvent(self, event) -> None:
        window_state.save_window(self, SETTINGS_NAME, (self.ui.splitter,))
        self.closing.emit()
        super().closeEvent(event)
