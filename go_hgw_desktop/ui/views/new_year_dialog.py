"""The pupils at the start of a school year: who has no class yet, who has running care."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from go_hgw_desktop.ui.forms.ui_new_year_dialog import Ui_NewYearDialog
from go_hgw_desktop.ui.window_state import FitsScreen

PUPIL_ROLE = Qt.ItemDataRole.UserRole


class NewYearDialog(FitsScreen, QDialog):
    size_name = "nieuw-schooljaar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewYearDialog()
        self.ui.setupUi(self)
        self.ui.closeButton.clicked.connect(self.reject)
        # Enter in the date field must not tick everyone or mark anyone: only ‘Dossier openen’
        # (in the list of running trajectories) answers Enter.
        for button in (self.ui.checkAllButton, self.ui.markButton, self.ui.closeButton):
            button.setAutoDefault(False)
        self.ui.openButton.setDefault(True)
        self.ui.pupilTree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.pupilTree.header().setStretchLastSection(True)
        # Space ticks the row, whichever of its cells was clicked (Qt's own Space only works
        # while the current cell is the one with the box).
        self.ui.pupilTree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.pupilTree and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            self._toggle_current()
            return True
        return super().eventFilter(watched, event)

    def fill(self, headers: list[str], rows: list[tuple[int, list[str]]], checkable: bool,
             empty: str) -> None:
        """Rows of (pupil id, texts); checkable rows start unchecked."""
        tree = self.ui.pupilTree
        tree.setSortingEnabled(False)
        tree.clear()
        tree.setHeaderLabels(headers)
        items = []
        for pupil_id, texts in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, PUPIL_ROLE, pupil_id)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            if checkable:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            items.append(item)
        tree.addTopLevelItems(items)
        if not rows:
            hint = QTreeWidgetItem([empty])
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            hint.setFirstColumnSpanned(True)
            tree.addTopLevelItem(hint)
        for column in range(len(headers) - 1):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column) + 12, 260))
        tree.setSortingEnabled(True)
        tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if items:
            tree.setCurrentItem(tree.topLevelItem(0))

    def _toggle_current(self) -> None:
        item = self.ui.pupilTree.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                and item.data(0, Qt.ItemDataRole.CheckStateRole) is not None:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def pupil_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.pupilTree
        return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, PUPIL_ROLE) is not None]

    def checked_ids(self) -> list[int]:
        return [item.data(0, PUPIL_ROLE) for item in self.pupil_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def current_id(self) -> int | None:
        item = self.ui.pupilTree.currentItem()
        return item.data(0, PUPIL_ROLE) if item is not None else None
