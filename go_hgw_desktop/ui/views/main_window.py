"""The main window: school and school year in view, navigation, sections, lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from go_hgw_desktop.ui import window_state
from go_hgw_desktop.ui.forms.ui_main_window import Ui_MainWindow
from go_hgw_desktop.ui.icons import icon

SETTINGS_NAME = "hoofdvenster"


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        font = QFont(self.ui.schoolLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.schoolLabel.setFont(font)
        nav_font = QFont(self.ui.navList.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.ui.navList.setFont(nav_font)
        self.ui.actionLock.setIcon(icon("lock"))
        # In every window of the app (a pupil file too); in a modal form lock_watch sees it.
        self.ui.actionLock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # F1 and Ctrl+Q work in a pupil file too (F1 then explains the pupil file).
        for action in (self.ui.actionManual, self.ui.actionQuit):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.ui.actionQuit.triggered.connect(self.close)
        window_state.restore_window(self, SETTINGS_NAME, QSize(1280, 800))

    def add_section(self, label: str, icon_name: str, widget: QWidget, shortcut: str) -> None:
        item = QListWidgetItem(icon(icon_name), label, self.ui.navList)
        item.setToolTip(f"{label} ({shortcut})")
        self.ui.sectionStack.addWidget(widget)

    def clear_sections(self) -> None:
        self.ui.navList.clear()
        while self.ui.sectionStack.count():
            widget = self.ui.sectionStack.widget(0)
            self.ui.sectionStack.removeWidget(widget)
            widget.deleteLater()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # On first activation the window manager has framed and placed the window.
        if event.type() == QEvent.Type.ActivationChange and not getattr(self, "_placed", False):
            self._placed = True
            window_state.keep_on_screen(self)

    def closeEvent(self, event) -> None:
        window_state.save_window(self, SETTINGS_NAME)
        self.closing.emit()
        super().closeEvent(event)
