"""Schoolgegevens: the school's name and partners, the staff list and the klasleraars."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidgetItem

from go_hgw_desktop.domain.school import School, StaffMember
from go_hgw_desktop.ui.forms.ui_school_details_dialog import Ui_SchoolDetailsDialog
from go_hgw_desktop.ui.views.editors import ChoiceCombo
from go_hgw_desktop.ui.window_state import FitsScreen

NOBODY = "– nog niemand –"


class SchoolDetailsDialog(FitsScreen, QDialog):
    """Shows the details; the controller saves them. Asks before unsaved typing is lost."""

    size_name = "schoolgegevens"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolDetailsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Opslaan")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        ui.buttonBox.rejected.connect(self.reject)
        header = ui.classTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.classTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        for widget, name in ((ui.nameEdit, "Naam van de school"), (ui.numberEdit, "Instellingsnummer"),
                             (ui.scholengroepEdit, "Scholengroep"), (ui.clbEdit, "CLB"),
                             (ui.lscEdit, "Leersteuncentrum"), (ui.classTable, "Klasleraars per klas")):
            widget.setAccessibleName(name)
        self._school: School | None = None
        self._combos: list[tuple[int, ChoiceCombo]] = []
        self._initial: tuple = ()

    def preferred_size(self) -> QSize:
        return QSize(1040, 600)

    # ------------------------------------------------------------------ showing

    def show_school(self, school: School) -> None:
        self._school = school
        ui = self.ui
        for edit, value in ((ui.nameEdit, school.name), (ui.numberEdit, school.institution_number),
                            (ui.scholengroepEdit, school.scholengroep), (ui.clbEdit, school.clb),
                            (ui.lscEdit, school.leersteuncentrum)):
            edit.setText(value)
        ui.signaturesCheck.setChecked(school.plan_signatures)

    def show_classes(self, year_label: str, classes: list[tuple[int, str, int | None]],
                     staff: list[StaffMember]) -> None:
        """One row per class of the year: (class id, name, the klasleraar's staff id)."""
        ui = self.ui
        ui.classBox.setTitle(f"Klasleraars (schooljaar {year_label})")
        ui.classHintLabel.setText(
            "Kies bij elke klas wie klasleraar is; wie hier ontbreekt, voeg je eerst rechts toe aan het "
            "personeel." if classes else
            f"Nog geen klassen in schooljaar {year_label}. Lees eerst de klaslijsten in bij Leerlingen "
            "(‘Klaslijst importeren…’) of maak klassen bij Groepen.")
        ui.classTable.setVisible(bool(classes))
        ui.classTable.setRowCount(len(classes))
        self._combos = []
        for row, (group_id, name, staff_id) in enumerate(classes):
            item = QTableWidgetItem(name)
            ui.classTable.setItem(row, 0, item)
            combo = ChoiceCombo(ui.classTable)
            combo.setAccessibleName(f"Klasleraar van {name}")
            combo.set_items(self._people(staff), optional=True, empty_label=NOBODY)
            combo.set_value(staff_id)
            ui.classTable.setCellWidget(row, 1, combo)
            self._combos.append((group_id, combo))

    def update_staff(self, staff: list[StaffMember]) -> None:
        """After a change in the staff list: every class keeps its choice while that person is there."""
        for _group_id, combo in self._combos:
            combo.set_items(self._people(staff), optional=True, empty_label=NOBODY)

    @staticmethod
    def _people(staff: list[StaffMember]) -> list[tuple[str, int]]:
        return [(member.label, member.id) for member in staff]

    def mark_saved(self) -> None:
        """What is on screen now counts as unchanged (asked before closing otherwise)."""
        self._initial = self._state()

    # ------------------------------------------------------------------ reading

    def school(self) -> School:
        assert self._school is not None
        ui = self.ui
        return School(id=self._school.id, name=ui.nameEdit.text(), institution_number=ui.numberEdit.text(),
                      scholengroep=ui.scholengroepEdit.text(), clb=ui.clbEdit.text(),
                      leersteuncentrum=ui.lscEdit.text(), plan_signatures=ui.signaturesCheck.isChecked())

    def class_teachers(self) -> dict[int, int | None]:
        return {group_id: combo.value() for group_id, combo in self._combos}

    def _state(self) -> tuple:
        ui = self.ui
        return (tuple(e.text() for e in (ui.nameEdit, ui.numberEdit, ui.scholengroepEdit, ui.clbEdit,
                                         ui.lscEdit)),
                ui.signaturesCheck.isChecked(),
                tuple(sorted(self.class_teachers().items())))

    def is_dirty(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, "Wijzigingen niet opgeslagen",
                "Je hebt de schoolgegevens of de klasleraars gewijzigd. Wil je de wijzigingen opslaan?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.ui.buttonBox.accepted.emit()
                return
            if answer == QMessageBox.StandardButton.Cancel:
                return
        super().reject()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()
