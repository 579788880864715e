"""The Overleg page: the list of consultations and the chosen one's details."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from go_hgw_desktop.ui.forms.ui_consultations_page import Ui_ConsultationsPage
from go_hgw_desktop.ui.views.record_list import RecordListView


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
        self.actions = RecordListView(self)
        self.ui.actionsHost.layout().addWidget(self.actions)
        self.ui.consultationTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.consultationTable.horizontalHeader().setStretchLastSection(True)
