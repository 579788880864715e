"""The Groepen page: classes, the groepsoverzicht, subgroups and group trajectories."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from go_hgw_desktop.ui.forms.ui_groups_page import Ui_GroupsPage
from go_hgw_desktop.ui.models.group_overview_table import PHASE_COLUMN, PHASE_ROLE
from go_hgw_desktop.ui.views.phase_badge import PhaseBadgeDelegate
from go_hgw_desktop.ui.window_state import ColumnWidths

PUPIL_ROLE = Qt.ItemDataRole.UserRole


class SubgroupList(QGroupBox):
    """One subgroup (or ‘Zonder subgroep’) as a list that pupils are dragged into."""

    dropped = Signal()

    def __init__(self, title: str, subgroup_id: int | None, parent=None) -> None:
        super().__init__(title, parent)
        self.subgroup_id = subgroup_id
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(f"Subgroep {title}" if subgroup_id else title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSortingEnabled(True)
        layout.addWidget(self.list)
        # A drop inserts rows here; the controller then saves the whole layout.
        self.list.model().rowsInserted.connect(lambda *_: self.dropped.emit())

    def set_pupils(self, pupils: list[tuple[int, str]]) -> None:
        self.list.blockSignals(True)
        self.list.model().blockSignals(True)
        self.list.clear()
        for pupil_id, name in pupils:
            item = QListWidgetItem(name, self.list)
            item.setData(PUPIL_ROLE, pupil_id)
        self.list.model().blockSignals(False)
        self.list.blockSignals(False)
        self.setTitle(f"{self.title().split(' (')[0]} ({len(pupils)})")

    def set_editable(self, editable: bool) -> None:
        mode = QAbstractItemView.DragDropMode
        self.list.setDragDropMode(mode.DragDrop if editable else mode.NoDragDrop)

    def pupil_ids(self) -> list[int]:
        return [self.list.item(i).data(PUPIL_ROLE) for i in range(self.list.count())]


class GroupsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupsPage()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.3)
        title.setBold(True)
        self.ui.classTitleLabel.setFont(title)
        bold = QFont(self.font())
        bold.setBold(True)
        self.ui.classesLabel.setFont(bold)
        table = self.ui.overviewTable
        table.setItemDelegateForColumn(PHASE_COLUMN, PhaseBadgeDelegate(PHASE_ROLE, table))
        self.overview_columns = ColumnWidths(table, "groepsoverzicht")
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.subgroupsHintLabel.setStyleSheet("color: #555;")
        self._drag_hint = self.ui.subgroupsHintLabel.text()
        self.subgroup_lists: list[SubgroupList] = []
        self.editable = True

    def set_editable(self, editable: bool) -> None:
        """A past school year: its subgroups are shown, pupils cannot be dragged between them."""
        self.editable = editable
        for widget in self.subgroup_lists:
            widget.set_editable(editable)
        self.ui.subgroupsHintLabel.setText(
            self._drag_hint if editable else "De subgroepen zoals ze dat schooljaar waren (alleen lezen).")

    def set_subgroup_lists(self, lists: list[SubgroupList]) -> None:
        layout = self.ui.subgroupsHost.layout()
        for old in self.subgroup_lists:
            layout.removeWidget(old)
            old.hide()  # deleteLater runs later; until then it would still be painted
            old.setParent(None)
            old.deleteLater()
        self.subgroup_lists = lists
        for widget in lists:
            widget.set_editable(self.editable)
            layout.addWidget(widget)
