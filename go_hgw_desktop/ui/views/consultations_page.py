"""The Overleg page: the list of consultations and the chosen one's details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from go_hgw_desktop.services.foto_comparison import FigureGroup
from go_hgw_desktop.ui.forms.ui_consultations_page import Ui_ConsultationsPage
from go_hgw_desktop.ui.views.record_list import RecordListView

HIDDEN = QColor("#ece7f5")  # as on the Schoolfoto page: a hidden count, shown by its marker
COMPARE_COLUMNS = ("Kengetal", "Deze foto", "Vorige foto", "Verschil")


class ConsultationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsultationsPage()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.3)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        bold = QFont(self.font())
        bold.setBold(True)
        self.ui.consultationsLabel.setFont(bold)
        self.ui.decisionsTitleLabel.setFont(bold)
        self.ui.compareTitleLabel.setFont(bold)
        self.actions = RecordListView(self)
        self.ui.actionsHost.layout().addWidget(self.actions)
        self.ui.consultationTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.consultationTable.horizontalHeader().setStretchLastSection(True)
        compare = self.ui.compareTable
        compare.setColumnCount(len(COMPARE_COLUMNS))
        compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_foto_tab(self, shown: bool) -> None:
        """Only a MICRO-overleg has a schoolfoto: other kinds show just their agreements."""
        tabs = self.ui.detailTabs
        tabs.setTabVisible(tabs.indexOf(self.ui.fotoTab), shown)
        tabs.tabBar().setVisible(shown)
        if not shown:
            tabs.setCurrentWidget(self.ui.actionsHost)

    def show_comparison(self, groups: tuple[FigureGroup, ...], now_header: str, before_header: str) -> None:
        """Key figures side by side; a group title is a bold row across the table."""
        view = self.ui.compareTable
        view.clearSpans()
        view.clearContents()
        view.setRowCount(sum(1 + len(g.figures) for g in groups))
        view.setHorizontalHeaderLabels([COMPARE_COLUMNS[0], now_header, before_header, COMPARE_COLUMNS[3]])
        bold = QFont(view.font())
        bold.setBold(True)
        row = 0
        for group in groups:
            heading = QTableWidgetItem(group.title)
            heading.setFont(bold)
            view.setItem(row, 0, heading)
            view.setSpan(row, 0, 1, len(COMPARE_COLUMNS))
            row += 1
            for figure in group.figures:
                view.setItem(row, 0, QTableWidgetItem(f"   {figure.label}"))
                for column, text, hidden in ((1, figure.now, figure.now_hidden),
                                             (2, figure.before, figure.before_hidden),
                                             (3, figure.change, False)):
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if hidden:
                        item.setBackground(QBrush(HIDDEN))
                        item.setToolTip("Verborgen om leerlingen te beschermen (te klein aantal of "
                                        "terug te rekenen)")
                    view.setItem(row, column, item)
                row += 1
        self.ui.compareStack.setCurrentWidget(view)

    def show_no_comparison(self, hint: str) -> None:
        self.ui.compareEmptyLabel.setText(hint)
        self.ui.compareStack.setCurrentWidget(self.ui.compareEmptyLabel)
