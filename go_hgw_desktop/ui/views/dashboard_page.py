"""The Overzicht page: what needs attention, and the continuum at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from go_hgw_desktop.ui.forms.ui_dashboard_page import Ui_DashboardPage

TARGET_ROLE = Qt.ItemDataRole.UserRole + 10
OVERDUE = QColor("#b00020")
LONG_TEXT = 22  # characters


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.4)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        for tree, headers in (
            (self.ui.evaluationsTree, ("Evaluatie", "Over", "Leerling of groep", "Traject")),
            (self.ui.requestsTree, ("Bij", "Leerling of groep", "Wachttijd", "Status", "Aangevraagd")),
            (self.ui.actionsTree, ("Tegen", "Wie", "Afspraak")),
            (self.ui.consultationsTree, ("Datum", "Soort", "Titel")),
        ):
            tree.setHeaderLabels(list(headers))
            # Interactive, sized once in fill(): ResizeToContents measured every item on
            # every layout and doubled the first paint of the Overzicht.
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            tree.header().setStretchLastSection(True)
        # The new-year steps are single lines (ElidedLabel says why), in full on hover.
        bold, normal = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        normal.setBold(False)  # said outright: a font not set explicitly follows the bold box
        self.ui.newYearBox.setFont(bold)  # the title and the steps' names
        for label in (self.ui.newYearIntroLabel, self.ui.importStatusLabel, self.ui.leaversStatusLabel,
                      self.ui.runningStatusLabel, self.ui.groupsStatusLabel):
            label.setFont(normal)
        for button in self.ui.newYearBox.findChildren(QPushButton):
            button.setFont(normal)

    @staticmethod
    def fill(tree: QTreeWidget, rows: list[tuple[tuple[str, ...], object, bool]], empty: str) -> None:
        """Rows of (texts, target, urgent); an empty list shows one grey hint line."""
        tree.clear()
        if not rows:
            item = QTreeWidgetItem(tree, [empty])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFirstColumnSpanned(True)
            item.setToolTip(0, empty)  # in full where a narrow window cuts it off
        items = []
        for texts, target, urgent in rows:
            item = QTreeWidgetItem(list(texts))
            item.setData(0, TARGET_ROLE, target)
            if urgent:  # a QColor, not a QBrush: its first QBrush costs PySide 1.5 ms of start-up
                for column in range(len(texts)):
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, OVERDUE)
            for column, text in enumerate(texts):
                if len(text) > LONG_TEXT:  # may be cut off with "…": readable in full on hover
                    item.setToolTip(column, text)
            items.append(item)
        tree.addTopLevelItems(items)  # in one insertion: half the time of adding one by one
        metrics = tree.fontMetrics()
        for column in range(tree.columnCount() - 1):
            texts = {tree.headerItem().text(column)} | {r[0][column] for r in rows}
            # Only the longest few by character count are measured: near enough for a width.
            longest = sorted(texts, key=len)[-8:]
            widest = max(metrics.horizontalAdvance(text) for text in longest)
            tree.setColumnWidth(column, min(widest + 16, 180))  # room for the status column
