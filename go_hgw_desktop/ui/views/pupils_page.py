"""The Leerlingen page: search, filters, the pupil table."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from go_hgw_desktop.ui.forms.ui_pupils_page import Ui_PupilsPage
from go_hgw_desktop.ui.models.pupil_table import PHASE_COLUMN, PHASE_ROLE
from go_hgw_desktop.ui.views.phase_badge import PhaseBadgeDelegate
from go_hgw_desktop.ui.window_state import ColumnWidths


class PupilsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PupilsPage()
        self.ui.setupUi(self)
        table = self.ui.pupilTable
        table.setItemDelegateForColumn(PHASE_COLUMN, PhaseBadgeDelegate(PHASE_ROLE, table))
        self.columns = ColumnWidths(table, "leerlingen")
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.ui.emptyLabel.setWordWrap(True)
        # Long labels ("Fase 3 – IAC of buitengewoon onderwijs") must not set the window's
        # minimum width: the combos may shrink, the open list still shows the whole label.
        for combo in (self.ui.classCombo, self.ui.phaseCombo, self.ui.domainCombo, self.ui.stepCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.view().setMinimumWidth(combo.sizeHint().width())
        # A fixed width: the count changes on every keystroke, and a label that resizes
        # makes Qt lay out and repaint the whole page each time.
        count = self.ui.countLabel
        count.setFixedWidth(count.fontMetrics().horizontalAdvance("20000 van 20000 leerlingen") + 8)

    def show_list(self, has_rows: bool, empty_text: str) -> None:
        self.ui.emptyLabel.setText(empty_text)
        self.ui.listStack.setCurrentWidget(self.ui.pupilTable if has_rows else self.ui.emptyLabel)
