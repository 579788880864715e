"""The Privacy section: lock and passphrase, key, backups, retention, the audit trail."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from go_hgw_desktop.ui.forms.ui_privacy_page import Ui_PrivacyPage
from go_hgw_desktop.ui.window_state import ColumnWidths

WARNING = "color: #b00020;"
OK = "color: #1d6b3a;"
LONG = 60  # characters: longer cells get a tooltip
WIDEST = 460  # pixels: no column pushes the others out of sight (a tooltip shows the rest)


class PrivacyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrivacyPage()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.4)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.pupilCombo.lineEdit().setAccessibleName("Leerling in het logboek (typ naam, code of nummer)")
        self.ui.sinceEdit.set_label("Logboek vanaf")
        self.ui.untilEdit.set_label("Logboek tot en met")
        self.columns = {table: ColumnWidths(table, name) for table, name in (
            (self.ui.trailTable, "logboek-in-woorden"), (self.ui.leaversTable, "vertrokken"))}
        for table in self.columns:
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def fill(self, table, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if len(text) > LONG:  # a consultation's pupils: the whole line on hovering
                    item.setToolTip(text)
                table.setItem(r, c, item)
        with self.columns[table].sizing():
            table.resizeColumnsToContents()
            for column in range(table.columnCount() - 1):
                table.setColumnWidth(column, min(table.columnWidth(column), WIDEST))

    def show_state(self, label, text: str, warn: bool) -> None:
        label.setStyleSheet(WARNING if warn else OK)
        label.setText(text)

    def show_proof(self, proven: list[str], unproven: list[str]) -> None:
        """What the trail's check proves and what it cannot, under its verdict."""
        parts = [(title, lines) for title, lines in (("Wat deze controle bewijst", proven),
                                                     ("Wat ze niet kan bewijzen", unproven)) if lines]
        self.ui.proofLabel.setText("".join(
            f"<p style='margin:0'><b>{escape(title)}:</b> {escape(' '.join(lines))}</p>"
            for title, lines in parts))
