"""The class-list import wizard: choose a file, map its columns, preview, import.

Reading, previewing and importing run off the GUI thread with a progress dialog and a
stop button (a 50,000-row file takes seconds); nothing is written before the person
presses Importeren, and then everything or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.imports import report
from go_hgw_desktop.imports.columns import check_mapping, is_forbidden
from go_hgw_desktop.imports.plan import default_leave_date
from go_hgw_desktop.services import class_import
from go_hgw_desktop.services.class_import import ImportCancelled, ImportPreview, ImportResult, ReadList
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.background import run_with_progress
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.views.import_dialog import ERROR_STYLE, ImportDialog

FILE_FILTER = "Klaslijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)"
FILE, COLUMNS, PREVIEW, DONE = range(4)
TITLE = "Klaslijst importeren"
SHOWN = 8  # skipped rows named on the last page; the rest are counted


class ImportController(QObject):
    imported = Signal(object)  # the SchoolYear the classes went into

    def __init__(self, dialog: ImportDialog, store: Store, years: list[SchoolYear], current: SchoolYear,
                 interaction: Interaction = DEFAULT) -> None:
        super().__init__(dialog)
        self.dialog, self.store, self.interaction = dialog, store, interaction
        self.read: ReadList | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        ui = dialog.ui
        for year in years:
            ui.yearCombo.addItem(year.label)
        ui.yearCombo.setCurrentIndex(ui.yearCombo.findText(current.label))
        ui.leaveDateEdit.set_value(interaction.today())
        ui.browseButton.clicked.connect(self.choose_file)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.nextButton.clicked.connect(self.next)
        ui.backButton.clicked.connect(self.back)
        ui.importButton.clicked.connect(self.run_import)
        ui.closeButton.clicked.connect(dialog.reject)
        ui.leaversCheck.toggled.connect(self._update_buttons)
        ui.skipCheck.toggled.connect(self._update_buttons)
        self._show(FILE)

    # ------------------------------------------------------------------ steps

    @property
    def year(self) -> SchoolYear:
        return SchoolYear.parse(self.dialog.ui.yearCombo.currentText())

    def _show(self, step: int) -> None:
        self.dialog.show_step(step)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        ui, step = self.dialog.ui, self.dialog.ui.pages.currentIndex()
        ui.backButton.setVisible(step in (COLUMNS, PREVIEW))
        ui.nextButton.setVisible(step in (FILE, COLUMNS))
        ui.importButton.setVisible(step == PREVIEW)
        ui.closeButton.setText("Sluiten" if step == DONE else "Annuleren")
        ui.leaveDateEdit.setEnabled(ui.leaversCheck.isChecked())
        if step == FILE:
            ui.nextButton.setEnabled(self.read is not None)
        elif step == COLUMNS:
            ui.nextButton.setEnabled(not self._mapping_problems())
        elif step == PREVIEW and self.preview:
            plan = self.preview.plan
            anything = plan.writes_anything or (ui.leaversCheck.isChecked() and bool(plan.leavers))
            decided = not plan.rows_not_imported or ui.skipCheck.isChecked()
            ui.importButton.setEnabled(anything and decided)
            ui.importButton.setDefault(True)

    def next(self) -> None:
        step = self.dialog.ui.pages.currentIndex()
        if step == FILE and self.read:
            self._show_columns()
            self._show(COLUMNS)
        elif step == COLUMNS and not self._mapping_problems() and self._make_preview():
            self._show(PREVIEW)

    def back(self) -> None:
        self._show(max(FILE, self.dialog.ui.pages.currentIndex() - 1))

    # ------------------------------------------------------------------ file

    def choose_file(self) -> None:
        paths = self.interaction.open_paths(self.dialog, "Klaslijst kiezen", FILE_FILTER)
        if paths:
            self.load(str(paths[0]))

    def _sheet_chosen(self, index: int) -> None:
        if self.read and index >= 0:
            self.load(self.dialog.ui.fileEdit.text(), self.dialog.ui.sheetCombo.itemText(index))

    def load(self, path: str, sheet: str | None = None) -> bool:
        """Read the file; on failure the page says why, in Dutch, and nothing is kept."""
        ui = self.dialog.ui
        ui.fileEdit.setText(path)
        self.read, self.preview = None, None
        try:
            self.read = run_with_progress(
                self.dialog, TITLE, "Klaslijst lezen …",
                lambda progress: class_import.read_class_list(self.store, path, sheet, progress),
                ImportCancelled)
        except UserError as error:
            ui.readInfoLabel.setStyleSheet(ERROR_STYLE)
            ui.readInfoLabel.setText(error.message + (f"\n{error.hint}" if error.hint else ""))
            self._fill_sheets(())
            self._update_buttons()
            return False
        table = self.read.table
        self._fill_sheets(table.sheets, table.sheet)
        ui.readInfoLabel.setStyleSheet("")
        ui.readInfoLabel.setText(
            f"Gelezen: {table.description}; {len(table.rows)} rijen onder de kolomkoppen op rij "
            f"{table.header_row}.\n"
            + ("De kolommen zijn gekoppeld zoals bij de vorige import uit deze bron."
               if self.read.remembered else
               f"{len(self.read.mapping)} van {table.column_count} kolommen herkend aan hun kop.")
            + "\nKies ‘Volgende’ om de kolommen na te kijken.")
        self._update_buttons()
        return True

    def _fill_sheets(self, sheets: tuple[str, ...], current: str | None = None) -> None:
        ui = self.dialog.ui
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(list(sheets))
        if current:
            ui.sheetCombo.setCurrentIndex(ui.sheetCombo.findText(current))
        for widget in (ui.sheetCombo, ui.sheetLabel):
            widget.setVisible(len(sheets) > 1)

    # ------------------------------------------------------------------ columns

    def _show_columns(self) -> None:
        table = self.read.table
        forbidden = {i for i, header in enumerate(table.headers) if is_forbidden(header)}
        self.dialog.show_columns(table.headers, [table.samples(i) for i in range(table.column_count)],
                                 self.read.mapping, forbidden)
        for combo in self.dialog.role_combos:
            combo.currentIndexChanged.connect(self._update_buttons)
        self._update_buttons()

    def _mapping_problems(self) -> list[str]:
        if not self.read:
            return ["Kies eerst een bestand."]
        problems = check_mapping(self.dialog.chosen_mapping(), self.read.table.headers)
        self.dialog.show_mapping_problems(problems)
        return problems

    # ------------------------------------------------------------------ preview and import

    def _make_preview(self) -> bool:
        mapping, table, year = self.dialog.chosen_mapping(), self.read.table, self.year
        today = self.interaction.today()
        preview = self.interaction.attempt(self.dialog, lambda: run_with_progress(
            self.dialog, TITLE, "Vergelijken met de leerlingen die er al zijn …",
            lambda progress: class_import.preview_import(self.store, table, mapping, year, today, progress),
            ImportCancelled))
        if preview is FAILED:
            return False
        self.preview = preview
        plan = self.preview.plan
        self.dialog.show_preview(report.summary(plan),
                                 report.notes(plan, self.preview.dropped_columns,
                                              self.preview.keeps_birth_year_only,
                                              table.similar_sheets),
                                 report.sections(plan))
        ui = self.dialog.ui
        ui.leaversCheck.setChecked(False)
        left_on = default_leave_date(year, today, plan.leavers)
        ui.leaveDateEdit.set_value(left_on)
        ui.leaversCheck.setText(f"De {len(plan.leavers)} leerling(en) die niet meer in de lijst staan als "
                                "&vertrokken markeren op")
        for widget in (ui.leaversCheck, ui.leaveDateEdit):
            widget.setVisible(bool(plan.leavers))
        ui.skipCheck.setChecked(False)
        ui.skipCheck.setVisible(bool(plan.rows_not_imported))
        ui.skipCheck.setText(f"De {plan.rows_not_imported} rij(en) met fouten of twijfel &overslaan en "
                             "de andere importeren")
        return True

    def run_import(self) -> ImportResult | None:
        ui = self.dialog.ui
        left_on = None
        if ui.leaversCheck.isChecked():
            if problem := ui.leaveDateEdit.mark_problem():
                self.interaction.notify(self.dialog, UserError(f"Vertrokken op: {problem}"))
                return None
            left_on = ui.leaveDateEdit.value()
        preview, today = self.preview, self.interaction.today()
        result = self.interaction.attempt(self.dialog, lambda: run_with_progress(
            self.dialog, TITLE, "Importeren …",
            lambda progress: class_import.apply_import(
                self.store, preview, mark_left_on=left_on, skip_unclear=ui.skipCheck.isChecked(),
                today=today, progress=progress),
            ImportCancelled))
        if result is FAILED:
            return None
        self.result = r = result
        lines = [f"Klaar. In schooljaar {preview.plan.school_year}:",
                 f"• {r.added} nieuwe leerlingen", f"• {r.changed} leerlingen gewijzigd",
                 f"• {r.unchanged} ongewijzigd", f"• {r.classes_added} nieuwe klassen"]
        if r.marked_left:
            lines.append(f"• {r.marked_left} als vertrokken gemarkeerd op {left_on:%d/%m/%Y}")
        if r.rows_skipped:
            lines.append(f"• {r.rows_skipped} rij(en) overgeslagen: verbeter ze in het bestand en "
                         "importeer opnieuw (wat al binnen is, verandert dan niet):")
            plan = preview.plan
            skipped = sorted([*plan.errors, *plan.ambiguous, *plan.duplicates], key=lambda p: p.row)
            lines += [f"    rij {p.row}{f' ({p.name})' if p.name else ''}: {p.reason}"
                      for p in skipped[:SHOWN]]
            if len(skipped) > SHOWN:
                lines.append(f"    … en nog {len(skipped) - SHOWN} (zie het voorbeeld vóór het importeren)")
        lines.append("\nDe kolomkoppeling wordt onthouden voor de volgende import uit deze bron.")
        ui.doneLabel.setText("\n".join(lines))
        self._show(DONE)
        self.imported.emit(preview.plan.school_year)
        return r
