"""The main window's behaviour: load the school and its pupils, search, lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.services import pupils, school
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.models.pupil_table import PupilFilterProxy, PupilTableModel
from go_hgw_desktop.ui.views.main_window import MainWindow

EMPTY_STORE_TEXT = (
    "Nog geen leerlingen in dit schooljaar.\n\n"
    "Leerlingen komen erin door de klaslijsten uit je schooladministratie te importeren.\n"
    "Wil je het programma eerst verkennen met een fictieve demoschool? Maak die dan in een\n"
    "aparte map, zodat ze nooit tussen echte gegevens komt:\n\n"
    "go-hgw --data-dir demo-map demo"
)
NO_MATCH_TEXT = "Geen leerling gevonden voor ‘{query}’. Zoek op voornaam, familienaam of code."


class MainController(QObject):
    def __init__(self, window: MainWindow, store: Store, unlock: Callable[[], Store | None]) -> None:
        super().__init__(window)
        self.window = window
        self.store: Store | None = store
        self._unlock = unlock
        self.model = PupilTableModel(window)
        self.proxy = PupilFilterProxy(window)
        self.proxy.setSourceModel(self.model)
        ui = window.ui
        ui.pupilTable.setModel(self.proxy)
        ui.searchEdit.textChanged.connect(self._search)
        ui.actionLock.triggered.connect(self.lock)
        ui.unlockButton.clicked.connect(self.unlock)
        window.closing.connect(self.close_store)
        self.reload()

    def reload(self) -> None:
        assert self.store is not None
        year = school.current_school_year(self.store)
        the_school = school.get_school(self.store)
        self.window.ui.schoolLabel.setText(the_school.name)
        self.window.ui.schoolYearLabel.setText(f"Schooljaar {year.label}")
        self.model.set_rows(pupils.list_pupils(self.store, year))
        self.proxy.sort(0)
        self.window.ui.pupilTable.resizeColumnsToContents()
        self._search(self.window.ui.searchEdit.text())
        self.window.statusBar().showMessage(
            f"{self.model.rowCount()} leerlingen · {format_date(year.first_day)} – "
            f"{format_date(year.last_day)}"
        )

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.model.rowCount() == 0:
            self.window.show_list(False, EMPTY_STORE_TEXT)
        elif self.proxy.rowCount() == 0:
            self.window.show_list(False, NO_MATCH_TEXT.format(query=text.strip()))
        else:
            self.window.show_list(True, "")

    def lock(self) -> None:
        """Close the store and hide every pupil; unlocking opens it again."""
        self.close_store()
        self.model.set_rows([])
        self.window.ui.searchEdit.clear()
        self.window.ui.schoolLabel.clear()
        self.window.ui.pages.setCurrentWidget(self.window.ui.lockedPage)
        self.window.ui.actionLock.setEnabled(False)
        self.window.statusBar().clearMessage()

    def unlock(self) -> None:
        store = self._unlock()
        if store is None:
            return
        self.store = store
        self.window.ui.pages.setCurrentWidget(self.window.ui.contentPage)
        self.window.ui.actionLock.setEnabled(True)
        self.reload()

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
