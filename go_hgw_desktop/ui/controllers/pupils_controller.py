"""The Leerlingen page: list, search, filters, new pupil, open a pupil file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import CareDomain, HgwStep, Phase
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, Interaction
from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilForm, pupil_spec, save_pupil_form
from go_hgw_desktop.ui.models.pupil_table import COLUMNS, PHASE_COLUMN, PupilTableModel
from go_hgw_desktop.ui.views.pupils_page import PupilsPage
from go_hgw_desktop.ui.views.year_note import show_year_note

EMPTY_STORE_TEXT = (
    "Nog geen leerlingen in dit schooljaar.\n\n"
    "Begin met ‘Klaslijst importeren…’: lees de klaslijst in die je uit Smartschool, Informat,\n"
    "Wisa of een ander administratiepakket exporteert (CSV of Excel). Een enkele leerling voeg je\n"
    "toe met ‘Nieuwe leerling…’ (Ctrl+N); klassen maak je ook aan bij Groepen.\n\n"
    "Eerst verkennen met een fictieve demoschool? Vraag je ICT-verantwoordelijke er een te maken\n"
    "in een aparte map (README), zodat ze nooit tussen echte gegevens komt."
)
NO_MATCH_TEXT = "Geen leerling gevonden voor deze zoekopdracht en filters. Zoek op voornaam, " \
                "familienaam of code, of wis de filters."


class PupilsController(QObject):
    open_pupil = Signal(int)
    imported = Signal(object)  # a class list went into this SchoolYear

    def __init__(self, page: PupilsPage, store: Store, interaction: Interaction = DEFAULT) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        self.interaction = interaction
        self.year: SchoolYear | None = None
        self.model = PupilTableModel(page)
        ui = page.ui
        ui.pupilTable.setModel(self.model)
        ui.pupilTable.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        ui.searchEdit.textChanged.connect(self._search)
        ui.searchEdit.returnPressed.connect(self.open_selected)
        for combo in (ui.classCombo, ui.phaseCombo, ui.domainCombo, ui.stepCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.resetFiltersButton.clicked.connect(self.reset_filters)
        ui.newPupilButton.clicked.connect(self.new_pupil)
        ui.importButton.clicked.connect(self.import_class_list)
        ui.openButton.clicked.connect(self.open_selected)
        ui.pupilTable.activated.connect(lambda _i: self.open_selected())  # double click or Enter
        # Down from the search goes into the results, as in any search box.
        # (PySide6 ignores a context= keyword here: set it apart, or Down anywhere in the window
        # jumps back to the first result and the list cannot be walked with the arrow keys.)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), ui.searchEdit, self._into_results)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+F"), page, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), page, self.new_pupil)
        self._fill_fixed_filters()

    def _fill_fixed_filters(self) -> None:
        ui = self.page.ui
        for combo, members, everything in (
            (ui.phaseCombo, list(Phase), "Alle fasen"),
            (ui.domainCombo, list(CareDomain), "Alle domeinen"),
            (ui.stepCombo, list(HgwStep), "Alle stappen"),
        ):
            combo.set_items([(m.label, m) for m in members], optional=True, empty_label=everything)

    def set_year(self, year: SchoolYear) -> None:
        self.year = year
        groups = school_service.list_groups(self.store, year)
        ui = self.page.ui
        ui.classCombo.set_items([(g.name, g.id) for g in groups], optional=True, empty_label="Alle klassen")
        self.reload()
        current = school_service.current_school_year(self.store, self.interaction.today())
        past = year < current
        ui.newPupilButton.setEnabled(not past)
        ui.newPupilButton.setToolTip(f"Nieuwe leerlingen horen in {current}, het huidige schooljaar."
                                     if past else "Ctrl+N")
        show_year_note(ui.yearNoteLabel, (
            f"Je bekijkt {year}, een vorig schooljaar (het huidige is {current}): iedereen staat in zijn "
            f"klas van toen. Nieuwe leerlingen en klaslijsten horen in {current}." if past else
            f"Je bekijkt {year}, een volgend schooljaar (het huidige is {current})." if year > current else
            f"Nog geen klassen in {year}: je ziet de leerlingen met een lopend traject, met hun klas van "
            "vorig jaar. Lees de klaslijsten in met ‘Klaslijst importeren…’."
            if not groups and self.model.total else ""))

    def reload(self) -> None:
        assert self.year is not None
        self.model.set_rows(pupil_service.list_pupils(self.store, self.year))
        self._size_columns()
        self._filters_changed()

    def _size_columns(self) -> None:
        # Measured from the longest strings: resizeColumnsToContents would ask the model
        # for every cell of 2,000 rows.
        table = self.page.ui.pupilTable
        metrics = table.fontMetrics()
        with self.page.columns.sizing():
            for column in range(len(COLUMNS) - 1):
                width = metrics.horizontalAdvance(self.model.longest(column)) + 24
                table.setColumnWidth(column, min(width, 320))
            table.setColumnWidth(PHASE_COLUMN, max(table.columnWidth(PHASE_COLUMN), 80))  # badge padding

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_state()

    def _filters_changed(self, *_args) -> None:
        ui = self.page.ui
        self.model.set_filters(group_id=ui.classCombo.value(), phase=ui.phaseCombo.value(),
                               domain=ui.domainCombo.value(), step=ui.stepCombo.value())
        self._update_state()

    def _update_state(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            self.page.show_list(False, EMPTY_STORE_TEXT)
        elif shown == 0:
            self.page.show_list(False, NO_MATCH_TEXT)
        else:
            self.page.show_list(True, "")
        noun = "leerling" if total == 1 else "leerlingen"
        self.page.ui.countLabel.setText(
            f"{shown} van {total} {noun}" if self.model.filtering else f"{total} {noun}"
        )

    def reset_filters(self) -> None:
        ui = self.page.ui
        for combo in (ui.classCombo, ui.phaseCombo, ui.domainCombo, ui.stepCombo):
            combo.setCurrentIndex(0)
        ui.searchEdit.clear()

    def focus_search(self) -> None:
        self.page.ui.searchEdit.setFocus()
        self.page.ui.searchEdit.selectAll()

    def selected_pupil_id(self) -> int | None:
        rows = self.page.ui.pupilTable.selectionModel().selectedRows()
        if not rows:
            if self.model.rowCount() == 1:  # search narrowed to one: Enter opens it
                return self.model.row_at(0).id
            return None
        return self.model.row_at(rows[0].row()).id

    def _into_results(self) -> None:
        table = self.page.ui.pupilTable
        if self.model.rowCount():
            table.setFocus()
            if not table.selectionModel().hasSelection():
                table.setCurrentIndex(self.model.index(0, 0))  # current too: Down goes to the next
                table.selectRow(0)

    def open_selected(self) -> None:
        """Open the chosen pupil; with several found and none chosen yet, go into the list with
        the first one selected (the next Enter opens it) rather than do nothing."""
        pupil_id = self.selected_pupil_id()
        if pupil_id is not None:
            self.open_pupil.emit(pupil_id)
        else:
            self._into_results()

    def new_pupil(self) -> int | None:
        if not self.page.ui.newPupilButton.isEnabled():  # Ctrl+N in a past school year
            return None
        groups = school_service.list_groups(self.store, self.year)
        form = PupilForm(birth_year=self.year.start_year - 8,
                         group_id=self.page.ui.classCombo.value())
        saved = self.interaction.edit(pupil_spec(lambda: [(g.name, g.id) for g in groups]), form,
                                      lambda f: save_pupil_form(self.store, f), self.page)
        if saved is None:
            return None
        self.reload()
        return saved.id

    def import_class_list(self, year: SchoolYear | None = None, parent: QWidget | None = None) -> None:
        """The import wizard, into ``year`` unless the person picks another. By default the year
        on screen, but never one the school or the calendar has left behind: a list exported in
        September belongs to the new year."""
        from go_hgw_desktop.ui.controllers.import_controller import ImportController
        from go_hgw_desktop.ui.views.import_dialog import ImportDialog

        today = self.interaction.today()
        year = year or max(self.year, school_service.current_school_year(self.store, today),
                           SchoolYear.containing(today))
        years = sorted({*school_service.school_years(self.store), self.year, year, year.next()}, reverse=True)
        dialog = ImportDialog(parent or self.page)
        controller = ImportController(dialog, self.store, years, year, self.interaction)
        controller.imported.connect(self._imported)
        self.interaction.open_dialog(dialog)
        dialog.deleteLater()

    def _imported(self, year: SchoolYear) -> None:
        self.set_year(self.year)  # new classes appear in the class filter
        self.imported.emit(year)
