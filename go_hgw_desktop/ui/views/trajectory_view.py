"""The trajectory screen: header, cycle choice, the four steps and the partners page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from go_hgw_desktop.domain.choices import HgwStep
from go_hgw_desktop.ui.forms.ui_trajectory_view import Ui_TrajectoryView
from go_hgw_desktop.ui.views.record_list import RecordListView

PARTNERS_PAGE = "partners"
# The plan button's texts: no plan yet, a plan to change, a closed cycle's plan to read.
PLAN_WRITE, PLAN_EDIT, PLAN_VIEW = "&Plan schrijven…", "&Plan bewerken…", "Plan &bekijken…"
# Which record lists live on which page; each page's lists are built when first needed.
PAGE_LISTS = {
    HgwStep.WAARNEMEN: ("observations", "conversations"),
    HgwStep.BEGRIJPEN: ("factors", "needs", "support", "views"),
    HgwStep.ORGANISEREN: ("goals", "measures"),
    HgwStep.REALISEREN: ("notes", "evaluation"),
    PARTNERS_PAGE: ("phases", "clb", "verslag", "leersteun"),
}

# Lists with a button for the aanmeldingsdossier of the selected request.
PACK_LISTS = ("clb", "leersteun")
# One Alt key each: both lists are on screen together.
PACK_BUTTONS = {"clb": "Aan&meldingsdossier…", "leersteun": "Aanmeldingsdo&ssier…"}
# Lists that never hold more than two records (the parents' and the pupil's view of one cycle).
SHORT_LISTS = ("views",)


class LazyLists(dict):
    """name → RecordListView, created (and announced) on first access."""

    def __init__(self, create: Callable[[str], RecordListView]) -> None:
        super().__init__()
        self._create = create

    def __missing__(self, name: str) -> RecordListView:
        view = self._create(name)
        self[name] = view
        return view


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
        self.ui.planPrintedLabel.setStyleSheet("color: #2e6b30;")
        self.ui.planPrintedLabel.hide()
        # As wide as its widest text, so the buttons beside it stay put when the text changes.
        button = self.ui.editPlanButton
        widths = []
        for text in (PLAN_WRITE, PLAN_EDIT, PLAN_VIEW):
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setMinimumWidth(max(widths))
        # The controller sets this to wire each list when it is created.
        self.list_created: Callable[[str, RecordListView], None] = lambda name, view: None
        self.lists = LazyLists(self._make_list)
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

    def _make_list(self, name: str) -> RecordListView:
        view = RecordListView(self)
        if name in SHORT_LISTS:  # at most two rows: four lists on Begrijpen still fit a laptop screen
            view.ui.listStack.setMinimumHeight(view.fontMetrics().height() * 3)
        if name in PACK_LISTS:
            view.packButton = QPushButton(PACK_BUTTONS[name], view)
            view.packButton.setToolTip(
                "Een PDF bij de gekozen aanvraag: de hulpvraag, de toestemming, wat de school al deed en "
                "de visie van ouders en leerling. Vertrouwelijke onderdelen staan er niet in.")
            view.ui.headerLayout.addWidget(view.packButton)
        getattr(self.ui, f"{name}Host").layout().addWidget(view)
        self.list_created(name, view)
        return view

    def show_page(self, key) -> None:
        for name in PAGE_LISTS[key]:
            self.lists[name]
        self.step_buttons[key].setChecked(True)
        self.ui.stepStack.setCurrentWidget(self.pages[key])

    def current_page(self):
        """The key (an HgwStep or PARTNERS_PAGE) of the page on screen."""
        shown = self.ui.stepStack.currentWidget()
        return next((key for key, page in self.pages.items() if page is shown), None)

    def mark_current_step(self, current: HgwStep | None) -> None:
        """The cycle's own step is drawn bold with a dot; the others stay plain."""
        for key, button in self.step_buttons.items():
            font = button.font()
            font.setBold(key == current)
            button.setFont(font)
            text = button.text().removesuffix(" ●")
            button.setText(f"{text} ●" if key == current else text)
