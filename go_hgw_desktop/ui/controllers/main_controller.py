"""The main window's behaviour: sections, school year, pupil files, lock and unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.services import school
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.consultations_controller import ConsultationsController
from go_hgw_desktop.ui.controllers.dashboard_controller import DashboardController
from go_hgw_desktop.ui.controllers.groups_controller import GroupsController
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, Interaction
from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
from go_hgw_desktop.ui.controllers.pupils_controller import PupilsController
from go_hgw_desktop.ui.views.consultations_page import ConsultationsPage
from go_hgw_desktop.ui.views.dashboard_page import DashboardPage
from go_hgw_desktop.ui.views.groups_page import GroupsPage
from go_hgw_desktop.ui.views.main_window import MainWindow
from go_hgw_desktop.ui.views.pupil_file import PupilFileView
from go_hgw_desktop.ui.views.pupils_page import PupilsPage


class MainController(QObject):
    def __init__(self, window: MainWindow, store: Store, unlock: Callable[[], Store | None],
                 interaction: Interaction = DEFAULT) -> None:
        super().__init__(window)
        self.window = window
        self.store: Store | None = store
        self._unlock = unlock
        self.interaction = interaction
        self.pupil_files: dict[int, PupilFileController] = {}
        self.pupils: PupilsController | None = None
        self.dashboard: DashboardController | None = None
        self.groups: GroupsController | None = None
        self.consultations: ConsultationsController | None = None
        ui = window.ui
        ui.actionLock.triggered.connect(self.lock)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.schoolYearCombo.currentIndexChanged.connect(self._year_chosen)
        window.closing.connect(self.close_store)
        for number in range(1, 5):
            QShortcut(QKeySequence(f"Ctrl+{number}"), window,
                      lambda n=number: self.show_section(n - 1))
        self._build()

    # ------------------------------------------------------------------ sections

    def _build(self) -> None:
        assert self.store is not None
        self.window.clear_sections()
        dashboard_page = DashboardPage()
        self.dashboard = DashboardController(dashboard_page, self.store, self.interaction)
        self.dashboard.open_target.connect(self.open_target)
        self.window.add_section("Overzicht", "overzicht", dashboard_page, "Ctrl+1")
        page = PupilsPage()
        self.pupils = PupilsController(page, self.store, interaction=self.interaction)
        self.pupils.open_pupil.connect(self.open_pupil)
        self.window.add_section("Leerlingen", "leerlingen", page, "Ctrl+2")
        groups_page = GroupsPage()
        self.groups = GroupsController(groups_page, self.store, interaction=self.interaction)
        self.groups.open_pupil.connect(self.open_pupil)
        self.groups.changed.connect(self.refresh)
        self.window.add_section("Groepen", "groepen", groups_page, "Ctrl+3")
        consultations_page = ConsultationsPage()
        self.consultations = ConsultationsController(consultations_page, self.store,
                                                     interaction=self.interaction)
        self.consultations.changed.connect(self.refresh)
        self.window.add_section("Overleg", "overleg", consultations_page, "Ctrl+4")
        self.window.ui.navList.setCurrentRow(0)
        self._fill_years()

    def show_section(self, index: int) -> None:
        if 0 <= index < self.window.ui.navList.count():
            self.window.ui.navList.setCurrentRow(index)

    def _fill_years(self) -> None:
        year = school.current_school_year(self.store)
        years = sorted(set(school.school_years(self.store)) | {year}, reverse=True)
        combo = self.window.ui.schoolYearCombo
        combo.blockSignals(True)
        combo.clear()
        for option in years:
            combo.addItem(option.label)  # Qt cannot match Python objects in findData
        combo.setCurrentIndex(combo.findText(year.label))
        combo.blockSignals(False)
        self._show_year(year)

    def _year_chosen(self, index: int) -> None:
        if index < 0 or self.store is None:
            return
        year = SchoolYear.parse(self.window.ui.schoolYearCombo.itemText(index))
        school.set_current_school_year(self.store, year)
        for controller in list(self.pupil_files.values()):
            controller.close()
        self._show_year(year)

    def _show_year(self, year: SchoolYear) -> None:
        self.window.ui.schoolLabel.setText(school.get_school(self.store).name)
        self.pupils.set_year(year)
        self.groups.set_year(year)
        self.consultations.set_year(year)
        self.window.statusBar().showMessage(
            f"Schooljaar {year.label}: {format_date(year.first_day)} – {format_date(year.last_day)}"
        )

    def refresh(self) -> None:
        """After a change anywhere: lists and counts show what is stored."""
        if self.pupils is not None:
            self.pupils.reload()
        if self.dashboard is not None:
            self.dashboard.reload()

    def open_target(self, target: str) -> None:
        """Open what a dashboard entry is about: ``trajectory:<id>`` or ``consultation:<id>``."""
        kind, _, ident = target.partition(":")
        if kind == "trajectory":
            pupil_id, group_id = trajectory_service.trajectory_subject(self.store, int(ident))
            if pupil_id is not None:
                self.open_pupil(pupil_id).select_trajectory(int(ident))
            else:
                self.show_section(2)
                self.groups.show_trajectory(group_id, int(ident))
        elif kind == "consultation":
            self.show_section(3)
            self.consultations.select(int(ident))

    # ------------------------------------------------------------------ pupil files

    def open_pupil(self, pupil_id: int) -> PupilFileController:
        existing = self.pupil_files.get(pupil_id)
        if existing is not None:
            existing.view.raise_()
            existing.view.activateWindow()
            return existing
        view = PupilFileView()
        controller = PupilFileController(view, self.store, pupil_id, self.interaction)
        controller.changed.connect(self.refresh)
        view.closing.connect(lambda: self.pupil_files.pop(pupil_id, None))
        self.pupil_files[pupil_id] = controller
        view.show()
        return controller

    # ------------------------------------------------------------------ lock

    def lock(self) -> None:
        """Close every pupil file and the store; no pupil data stays on screen."""
        for controller in list(self.pupil_files.values()):
            controller.close()
        self.pupil_files.clear()
        self.window.clear_sections()
        self.pupils = self.dashboard = self.groups = self.consultations = None
        self.close_store()
        ui = self.window.ui
        ui.schoolLabel.clear()
        ui.schoolYearCombo.clear()
        ui.pages.setCurrentWidget(ui.lockedPage)
        ui.actionLock.setEnabled(False)
        self.window.statusBar().clearMessage()

    def unlock(self) -> None:
        store = self._unlock()
        if store is None:
            return
        self.store = store
        self.window.ui.pages.setCurrentWidget(self.window.ui.contentPage)
        self.window.ui.actionLock.setEnabled(True)
        self._build()

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
