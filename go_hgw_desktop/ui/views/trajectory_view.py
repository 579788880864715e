"""The trajectory screen: header, cycle choice, the four steps and the partners page."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QWidget

from go_hgw_desktop.domain.choices import HgwStep
from go_hgw_desktop.ui.forms.ui_trajectory_view import Ui_TrajectoryView
from go_hgw_desktop.ui.views.record_list import RecordListView

LISTS = (
    "observations", "factors", "needs", "support", "goals", "measures", "notes", "evaluation",
    "phases", "clb", "verslag", "leersteun",
)
PARTNERS_PAGE = "partners"


class TrajectoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrajectoryView()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.25)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.planTitleLabel.setFont(title)
        self.ui.stepHintLabel.setStyleSheet("color: #555;")
        self.lists: dict[str, RecordListView] = {}
        for name in LISTS:
            view = RecordListView(self)
            getattr(self.ui, f"{name}Host").layout().addWidget(view)
            self.lists[name] = view
        self.step_buttons = {
            HgwStep.WAARNEMEN: self.ui.stepWaarnemen,
            HgwStep.BEGRIJPEN: self.ui.stepBegrijpen,
            HgwStep.ORGANISEREN: self.ui.stepOrganiseren,
            HgwStep.REALISEREN: self.ui.stepRealiseren,
            PARTNERS_PAGE: self.ui.stepPartners,
        }
        self.pages = {
            HgwStep.WAARNEMEN: self.ui.waarnemenPage,
            HgwStep.BEGRIJPEN: self.ui.begrijpenPage,
            HgwStep.ORGANISEREN: self.ui.organiserenPage,
            HgwStep.REALISEREN: self.ui.realiserenPage,
            PARTNERS_PAGE: self.ui.partnersPage,
        }
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        for button in self.step_buttons.values():
            self.step_group.addButton(button)

    def show_page(self, key) -> None:
        self.step_buttons[key].setChecked(True)
        self.ui.stepStack.setCurrentWidget(self.pages[key])

    def mark_current_step(self, current: HgwStep | None) -> None:
        """The cycle's own step is drawn bold with a dot; the others stay plain."""
        for key, button in self.step_buttons.items():
            font = button.font()
            font.setBold(key == current)
            button.setFont(font)
            text = button.text().removesuffix(" ●")
            button.setText(f"{text} ●" if key == current else text)
