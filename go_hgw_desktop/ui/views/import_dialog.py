"""The class-list import dialog: four pages (file, columns, preview, done); layout only."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QTreeWidgetItem, QWidget

from go_hgw_desktop.imports.columns import Role
from go_hgw_desktop.imports.report import Section
from go_hgw_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from go_hgw_desktop.ui.window_state import FitsScreen

STEPS = ("Bestand", "Kolommen", "Voorbeeld", "Klaar")
NOT_READ = "Niet inlezen"
ERROR_STYLE = "color: #b00020;"


class ImportDialog(FitsScreen, QDialog):
    size_name = "klaslijst-importeren"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.ui.stepLabel.setFont(bold)
        self.ui.summaryLabel.setFont(bold)
        header = self.ui.columnTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.columnTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.role_combos: list[QComboBox] = []
        self.ui.leaveDateEdit.set_label("Vertrokken op")

    def show_step(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        self.ui.stepLabel.setText(f"Stap {index + 1} van {len(STEPS)}: " + " › ".join(
            f"[{name}]" if i == index else name for i, name in enumerate(STEPS)))

    def show_columns(self, headers: tuple[str, ...], samples: list[list[str]], mapping: dict[int, Role],
                     forbidden: set[int]) -> None:
        table = self.ui.columnTable
        table.setRowCount(len(headers))
        self.role_combos = []
        for row, header in enumerate(headers):
            table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(table)
            combo.addItem(NOT_READ, None)
            if row in forbidden:
                combo.setEnabled(False)
                combo.setToolTip("Een rijksregisternummer wordt nooit ingelezen.")
            else:
                for role in Role:
                    combo.addItem(role.label, role.value)  # Qt turns a StrEnum into a plain str
                combo.setCurrentIndex(combo.findData(mapping[row].value) if row in mapping else 0)
            combo.setAccessibleName(f"Wat staat in kolom {headers[row]}")
            table.setCellWidget(row, 1, combo)
            self.role_combos.append(combo)
            table.setItem(row, 2, QTableWidgetItem("; ".join(samples[row]) or "(leeg)"))
        table.resizeColumnToContents(1)

    def chosen_mapping(self) -> dict[int, Role]:
        return {row: Role(combo.currentData()) for row, combo in enumerate(self.role_combos)
                if combo.currentData() is not None}

    def show_mapping_problems(self, problems: list[str]) -> None:
        label = self.ui.mappingLabel
        label.setStyleSheet(ERROR_STYLE if problems else "")
        label.setText(" ".join(problems) if problems else "De kolommen zijn gekoppeld.")

    def show_preview(self, summary: str, notes: list[str], sections: list[Section]) -> None:
        self.ui.summaryLabel.setText(summary)
        self.ui.notesLabel.setText("\n".join(notes))
        tree = self.ui.previewTree
        tree.clear()
        for section in sections:
            top = QTreeWidgetItem(tree, [f"{section.title} ({len(section.entries)})"])
            if section.needs_decision:
                top.setForeground(0, self.palette().brush(self.palette().ColorRole.Link))
            for entry in section.entries:
                QTreeWidgetItem(top, [entry]).setToolTip(0, entry)  # long reasons: whole on hover
            top.setExpanded(section.needs_decision or len(section.entries) <= 30)
        if not sections:
            QTreeWidgetItem(tree, ["Niets te veranderen: alles staat er al zo in."])
