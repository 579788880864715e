"""The main window's behaviour: sections, school year, pupil files, lock and unlock.

Only the Overzicht is built at start-up; the other sections are built the first time
they are shown (or asked for), so the window is usable as soon as the store is open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import backup, school, security
from go_hgw_desktop.services.workspace import KeyStore, Store
from go_hgw_desktop.ui import drafts
from go_hgw_desktop.ui.controllers.dashboard_controller import DashboardController
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, Interaction
from go_hgw_desktop.ui.controllers.messages import Notice
from go_hgw_desktop.ui.views.dashboard_page import DashboardPage
from go_hgw_desktop.ui.views.main_window import MainWindow

if TYPE_CHECKING:
    from go_hgw_desktop.ui.controllers.consultations_controller import ConsultationsController
    from go_hgw_desktop.ui.controllers.groups_controller import GroupsController
    from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
    from go_hgw_desktop.ui.controllers.pupils_controller import PupilsController
    from go_hgw_desktop.ui.controllers.schoolfoto_controller import SchoolfotoController

OVERZICHT, LEERLINGEN, GROEPEN, OVERLEG, SCHOOLFOTO, PRIVACY = range(6)
SECTIONS = (("Overzicht", "overzicht"), ("Leerlingen", "leerlingen"), ("Groepen", "groepen"),
            ("Overleg", "overleg"), ("Schoolfoto", "schoolfoto"), ("Privacy", "privacy"))
# The handleiding's page for each section (resources/handleiding/<page>.html), and the pupil file's.
MANUAL_PAGES = ("overzicht", "leerlingen", "groepen", "overleg", "schoolfoto", "privacy")
PUPIL_FILE_PAGE = "leerlingendossier"


class MainController(QObject):
    def __init__(self, window: MainWindow, store: Store, unlock: Callable[[], Store | None],
                 interaction: Interaction = DEFAULT, key_store: Callable[[], KeyStore] | None = None) -> None:
        super().__init__(window)
        self._key_store = key_store
        self._reopen: list[int] = []
        self._kept_typing = False
        self._section_before_lock = OVERZICHT
        self.window = window
        self.store: Store | None = store
        self._unlock = unlock
        self.interaction = interaction
        self.pupil_files: dict[int, PupilFileController] = {}
        self._built: dict[int, QObject] = {}
        self._stale: set[int] = set()  # built sections that missed a refresh while hidden
        self._containers: list[QWidget] = []
        self.year: SchoolYear | None = None
        ui = window.ui
        ui.actionLock.triggered.connect(self.lock)
        ui.actionSchoolDetails.triggered.connect(self.open_school_details)
        ui.schoolLabel.clicked.connect(self.open_school_details)
        ui.actionBackup.triggered.connect(self.make_backup)
        from go_hgw_desktop.ui.controllers.transfer_controller import add_receive_action

        self.receive_action = add_receive_action(window, self.receive_transfer)  # issue 16
        ui.actionManual.triggered.connect(lambda: self.show_manual())  # not with its `checked`
        ui.actionAbout.triggered.connect(self.show_about)
        self.manual = None  # the handleiding's window, built when first asked for
        self._school_incomplete = False
        ui.unlockButton.clicked.connect(self.unlock)
        ui.schoolYearCombo.currentIndexChanged.connect(self._year_chosen)
        ui.navList.currentRowChanged.connect(self._section_shown)
        window.closing.connect(self._window_closing)
        for number in range(1, PRIVACY + 2):  # Ctrl+1 … Ctrl+6, one per section
            QShortcut(QKeySequence(f"Ctrl+{number}"), window,
                      lambda n=number: self.show_section(n - 1))
        from go_hgw_desktop.ui.controllers.lock_watch import IdleWatcher, SessionWatcher

        self.idle = IdleWatcher(security.idle_minutes(store), self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_keys.connect(self.lock)
        self.session = SessionWatcher(window, self)
        self.session.screen_locked.connect(self.lock)
        self._reminder = QPushButton("Maak een reservekopie: de laatste is ouder dan een week")
        self._reminder.setFlat(True)
        self._reminder.setStyleSheet("color: #9a5b00; font-weight: bold;")
        self._reminder.clicked.connect(self._go_to_backup)
        window.statusBar().addPermanentWidget(self._reminder)
        # The school year stays in the status bar: a passing message (a menu's hover, a notice)
        # covers it for a while instead of wiping it.
        self._year_label = QLabel()
        window.statusBar().addWidget(self._year_label)
        self._build()

    # ------------------------------------------------------------------ sections

    def _build(self) -> None:
        assert self.store is not None
        self.window.clear_sections()
        self._built.clear()
        self._stale.clear()
        self._containers = []
        for number, (label, icon_name) in enumerate(SECTIONS, start=1):
            container = QWidget()
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self._containers.append(container)
            self.window.add_section(label, icon_name, container, f"Ctrl+{number}")
        self._fill_years()
        self.window.ui.navList.setCurrentRow(OVERZICHT)
        self._section(OVERZICHT)
        self._show_backup_reminder()

    def _section(self, index: int) -> QObject:
        """The controller of a section, building it on first use and catching up if stale."""
        if index in self._stale:
            self._stale.discard(index)
            self._built[index].reload()
        if index not in self._built:
            page, controller = self._make_section(index)
            self._containers[index].layout().addWidget(page)
            self._built[index] = controller
            if hasattr(controller, "set_year"):
                controller.set_year(self.year)
        return self._built[index]

    def _make_section(self, index: int):
        # Sections other than the Overzicht are imported when first built: start-up then
        # loads only what the first screen needs.
        store, interaction = self.store, self.interaction
        if index == OVERZICHT:
            page = DashboardPage()
            controller = DashboardController(page, store, interaction, self.year)
            controller.open_target.connect(self.open_target)
            controller.open_school_details.connect(self.open_school_details)
            controller.show_school_details_hint(self._school_incomplete)
            guide = controller.new_year
            guide.import_requested.connect(self._import_into)
            guide.show_groups.connect(self._show_groups_of)
            guide.year_started.connect(self._year_started)
            guide.open_pupil.connect(self.open_pupil)
            guide.changed.connect(self.refresh)
        elif index == LEERLINGEN:
            from go_hgw_desktop.ui.controllers.pupils_controller import PupilsController
            from go_hgw_desktop.ui.views.pupils_page import PupilsPage

            page = PupilsPage()
            controller = PupilsController(page, store, interaction)
            controller.open_pupil.connect(self.open_pupil)
            controller.imported.connect(self._class_list_imported)
        elif index == GROEPEN:
            from go_hgw_desktop.ui.controllers.groups_controller import GroupsController
            from go_hgw_desktop.ui.views.groups_page import GroupsPage

            page = GroupsPage()
            controller = GroupsController(page, store, interaction)
            controller.open_pupil.connect(self.open_pupil)
            controller.changed.connect(self.refresh)
        elif index == PRIVACY:
            from go_hgw_desktop.ui.controllers.privacy_controller import PrivacyController
            from go_hgw_desktop.ui.views.privacy_page import PrivacyPage

            page = PrivacyPage()
            controller = PrivacyController(page, store, self._key_store, self.with_store_closed, interaction)
            controller.changed.connect(self._privacy_changed)
        elif index == SCHOOLFOTO:
            from go_hgw_desktop.ui.controllers.schoolfoto_controller import SchoolfotoController
            from go_hgw_desktop.ui.views.schoolfoto_page import SchoolfotoPage

            page = SchoolfotoPage()
            controller = SchoolfotoController(page, store, interaction)
        else:
            from go_hgw_desktop.ui.controllers.consultations_controller import ConsultationsController
            from go_hgw_desktop.ui.views.consultations_page import ConsultationsPage

            page = ConsultationsPage()
            controller = ConsultationsController(page, store, interaction)
            controller.changed.connect(self.refresh)
        return page, controller

    @property
    def dashboard(self) -> DashboardController | None:
        return self._section(OVERZICHT) if self.store else None

    @property
    def pupils(self) -> PupilsController | None:
        return self._section(LEERLINGEN) if self.store else None

    @property
    def groups(self) -> GroupsController | None:
        return self._section(GROEPEN) if self.store else None

    @property
    def consultations(self) -> ConsultationsController | None:
        return self._section(OVERLEG) if self.store else None

    @property
    def schoolfoto(self) -> SchoolfotoController | None:
        return self._section(SCHOOLFOTO) if self.store else None

    def _section_shown(self, index: int) -> None:
        if index >= 0 and self.store is not None:
            self._section(index)
            self.window.ui.sectionStack.setCurrentIndex(index)

    def show_section(self, index: int) -> None:
        if 0 <= index < self.window.ui.navList.count():
            self.window.ui.navList.setCurrentRow(index)

    # ------------------------------------------------------------------ school year

    def _fill_years(self, year: SchoolYear | None = None) -> None:
        """The school-year list: every year with classes, the huidig one marked "(huidig)";
        ``year`` (default the huidig one) is the one shown."""
        current = school.current_school_year(self.store, self.interaction.today())
        year = year or current
        years = sorted(set(school.school_years(self.store)) | {year, current}, reverse=True)
        combo = self.window.ui.schoolYearCombo
        combo.blockSignals(True)
        combo.clear()
        for option in years:
            # The label as item data: Qt cannot match Python objects in findData.
            combo.addItem(f"{option.label} (huidig)" if option == current else option.label, option.label)
        combo.setCurrentIndex(combo.findData(year.label))
        combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        combo.setToolTip(f"Het huidige schooljaar is {current}. Een ander schooljaar kiezen toont het "
                         "alleen; starten doe je met ‘Nieuw schooljaar starten…’ op het Overzicht.")
        combo.blockSignals(False)
        self._show_year(year, current)

    def _year_chosen(self, index: int) -> None:
        """Choosing a year shows it; the huidig schooljaar changes only when a year is started."""
        if index < 0 or self.store is None:
            return
        year = SchoolYear.parse(self.window.ui.schoolYearCombo.itemData(index))
        self._show_year(year, school.current_school_year(self.store, self.interaction.today()))

    def view_year(self, year: SchoolYear) -> None:
        """Show ``year`` in every section, as if chosen in the school-year list."""
        combo = self.window.ui.schoolYearCombo
        index = combo.findData(year.label)
        if index < 0:
            self._fill_years(year)
        else:
            combo.setCurrentIndex(index)

    def _show_year(self, year: SchoolYear, current: SchoolYear) -> None:
        self.year = year
        self._show_school(school.get_school(self.store))
        for controller in self._built.values():
            if hasattr(controller, "set_year"):
                controller.set_year(year)
        role = ("het huidige schooljaar" if year == current else
                f"een vorig schooljaar: klassen en subgroepen alleen lezen (huidig: {current})"
                if year < current else f"een volgend schooljaar (huidig: {current})")
        self._year_label.setText(
            f"Schooljaar {year.label}: {format_date(year.first_day)} – {format_date(year.last_day)}, {role}"
        )

    def _show_school(self, details: school.School) -> None:
        """The name in the header; a fresh school's Overzicht offers to fill in its details."""
        self.window.ui.schoolLabel.setText(details.name)
        self._school_incomplete = (details.name == school.DEFAULT_SCHOOL_NAME
                                   or not details.institution_number)
        if OVERZICHT in self._built:
            self._built[OVERZICHT].show_school_details_hint(self._school_incomplete)

    def _year_started(self, year: SchoolYear) -> None:
        # Open pupil files name the class of the huidig year: they open again on the new one.
        for controller in list(self.pupil_files.values()):
            controller.close()
        self._fill_years(year)
        self.refresh()

    def _import_into(self, year: SchoolYear) -> None:
        """The import wizard for ``year`` (the Overzicht's first step of a new year)."""
        self.pupils.import_class_list(year, parent=self.window)

    def _show_groups_of(self, year: SchoolYear) -> None:
        self.view_year(year)
        self.show_section(GROEPEN)

    def _class_list_imported(self, _year: SchoolYear) -> None:
        # An import can bring a new school year's classes: the year list must offer it.
        self._fill_years(self.year)
        self.refresh()

    def refresh(self) -> None:
        """After a change anywhere: the lists and counts on screen show what is stored.

        Hidden sections are only marked: re-reading 2,000 pupils on every saved note while
        the Overzicht is showing would be wasted.
        """
        showing = self.window.ui.sectionStack.currentIndex()
        for index in (OVERZICHT, LEERLINGEN, GROEPEN, SCHOOLFOTO):
            if index in self._built:
                self._stale.add(index)
                if index == showing:
                    self._section(index)

    # ------------------------------------------------------------------ opening records

    def open_target(self, target: str) -> None:
        """Open what a dashboard entry is about: ``trajectory:<id>``, ``partners:<id>`` (at the
        page with its CLB and leersteun requests) or ``consultation:<id>``."""
        kind, _, ident = target.partition(":")
        if kind in ("trajectory", "partners"):
            from go_hgw_desktop.services import trajectories as trajectory_service  # as the file does

            pupil_id, group_id = trajectory_service.trajectory_subject(self.store, int(ident))
            if pupil_id is not None:
                pupil_file = self.open_pupil(pupil_id)
                pupil_file.select_trajectory(int(ident))
                if kind == "partners" and pupil_file.trajectory is not None:
                    pupil_file.trajectory.show_page("partners")
            else:
                self.show_section(GROEPEN)
                self.groups.show_trajectory(group_id, int(ident))
        elif kind == "consultation":
            self.show_section(OVERLEG)
            self.consultations.select(int(ident))

    def open_pupil(self, pupil_id: int) -> PupilFileController:
        existing = self.pupil_files.get(pupil_id)
        if existing is not None:
            existing.view.raise_()
            existing.view.activateWindow()
            return existing
        from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
        from go_hgw_desktop.ui.views.pupil_file import PupilFileView

        view = PupilFileView()
        controller = PupilFileController(view, self.store, pupil_id, self.interaction)
        controller.changed.connect(self.refresh)
        view.closing.connect(lambda: self.pupil_files.pop(pupil_id, None))
        self.pupil_files[pupil_id] = controller
        view.show()
        return controller

    # ------------------------------------------------------------------ the menu

    def open_school_details(self) -> bool:
        """Schoolgegevens: the school's details, staff and klasleraars. True if anything was saved."""
        if self.store is None:
            return False
        from go_hgw_desktop.ui.controllers.school_details_controller import SchoolDetailsController

        details = SchoolDetailsController(self.store, self.year, self.interaction, self.window)
        details.run()
        if not details.changed or self.store is None:
            return False
        self._show_school(school.get_school(self.store))
        # Who is on the staff list shows in the afspraken and the measures of open files.
        if OVERLEG in self._built:
            self._built[OVERLEG].reload()
        for controller in self.pupil_files.values():
            if controller.trajectory is not None:
                controller.trajectory.reload()
        self.refresh()
        return True

    def receive_transfer(self) -> int | None:
        """Bestand → Overdracht ontvangen…: a previous school's file; opens the pupil's file after."""
        if self.store is None:
            return None
        from go_hgw_desktop.ui.controllers.transfer_controller import TransferIn

        pupil_id = TransferIn(self.store, self.interaction, self.window).run()
        if pupil_id is not None:
            self.refresh()
            self.open_pupil(pupil_id).transfers.show_history()
        return pupil_id

    def make_backup(self):
        """Bestand → Reservekopie maken…: the Privacy page's backup, wherever one is."""
        if self.store is None:
            return None
        made = self._section(PRIVACY).make_backup()
        if made is not None:
            self.window.statusBar().showMessage(f"Reservekopie bewaard en gecontroleerd: {made}", 20_000)
        return made

    def help_topic(self) -> tuple[str, str]:
        """The handleiding's page (and place on it) for the screen in front: the pupil file with
        its step, else the section shown."""
        from PySide6.QtWidgets import QApplication

        active = QApplication.activeWindow()
        for controller in self.pupil_files.values():
            if controller.view is active:
                trajectory = controller.trajectory
                step = trajectory.view.current_page() if trajectory is not None else None
                return PUPIL_FILE_PAGE, str(getattr(step, "value", step or ""))
        if self.store is None:
            return "index", "vergrendelen"
        return MANUAL_PAGES[max(self.window.ui.sectionStack.currentIndex(), 0)], ""

    def show_manual(self, page: str | None = None, anchor: str = "") -> None:
        """Help → Handleiding (F1): the page for the screen in front, in a window beside it."""
        if page is None:
            page, anchor = self.help_topic()
        if self.manual is None:
            from go_hgw_desktop.ui.views.help import ManualWindow

            self.manual = ManualWindow(self.window)
        self.manual.open(page, anchor)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def show_about(self) -> None:
        from go_hgw_desktop.licenses import components
        from go_hgw_desktop.ui.views.help import AboutDialog

        self.interaction.open_dialog(AboutDialog(components(), self.window))

    # ------------------------------------------------------------------ lock

    def _flush(self) -> None:
        """Typing that an autosave timer has not stored yet is stored now."""
        if self.store is None:
            return
        for controller in self._built.values():
            if hasattr(controller, "flush"):  # a full disk is said; the lock still goes on
                self.interaction.attempt(self.window, controller.flush)

    def lock(self) -> None:
        """Close every form, pupil file and the store; no pupil data stays on screen, the key
        leaves the process (as far as Python allows). Typing in an open form waits in memory."""
        if self.store is None:
            return
        from go_hgw_desktop.ui.controllers import background  # not needed at start-up

        if background.busy():  # an import or a backup is writing: lock as soon as it is done
            QTimer.singleShot(1000, self.lock)
            return
        self._show_lock_text()
        self._close_views()
        self.close_store()
        ui = self.window.ui
        ui.schoolLabel.clear()
        ui.schoolYearCombo.clear()
        ui.pages.setCurrentWidget(ui.lockedPage)
        ui.unlockButton.setFocus()  # Enter unlocks
        self._enable_store_actions(False)
        self.window.statusBar().clearMessage()
        self._year_label.clear()
        self.idle.pause()
        self._reminder.hide()

    def unlock(self) -> None:
        store = self._unlock()
        if store is None:
            return
        self.store = store
        self._show_content()

    def _show_content(self) -> None:
        """After an unlock or a swap of the store: the sections, the files that were open."""
        store = self.store
        self.window.ui.pages.setCurrentWidget(self.window.ui.contentPage)
        self._enable_store_actions(True)
        self._build()
        self.show_section(self._section_before_lock)  # where the coordinator was
        self._section_before_lock = OVERZICHT
        self.idle.set_minutes(security.idle_minutes(store))
        for pupil_id in self._reopen:  # the files that were open, in the same place
            with contextlib.suppress(UserError):  # removed meanwhile (another window)
                self.open_pupil(pupil_id)
        self._reopen = []
        if self._kept_typing:
            self._kept_typing = False
            self.interaction.notify(self.window, Notice(
                "Er was nog een formulier open toen het programma vergrendelde ("
                + ", ".join(drafts.waiting()) + ").",
                "Open het opnieuw (bv. ‘Bewerken…’ of ‘toevoegen…’ op dezelfde plaats): wat je typte, "
                "staat er dan weer."))

    def _enable_store_actions(self, enabled: bool) -> None:
        """What needs the store waits while it is locked; Help and Afsluiten always work."""
        ui = self.window.ui
        for action in (ui.actionLock, ui.actionSchoolDetails, ui.actionBackup, self.receive_action):
            action.setEnabled(enabled)

    def _privacy_changed(self) -> None:
        self.idle.set_minutes(security.idle_minutes(self.store))
        self._show_backup_reminder()
        self.refresh()

    def _show_lock_text(self) -> None:
        protected = False
        if self._key_store is not None and self.store is not None:
            with contextlib.suppress(UserError):
                protected = security.has_passphrase(self.store.path.parent, self._key_store())
        self.window.ui.lockedLabel.setText(
            "GO! HGW Desktop is vergrendeld. De gegevens zijn afgesloten en niet zichtbaar.\n\n"
            + ("Ontgrendelen vraagt het opstartwachtwoord." if protected else
               "Er is geen opstartwachtwoord: wie onder jouw account aan deze computer zit, kan "
               "ontgrendelen. Stel er een in bij Privacy als anderen deze laptop gebruiken."))

    def _go_to_backup(self) -> None:
        self.show_section(PRIVACY)
        self._section(PRIVACY).page.ui.tabs.setCurrentIndex(1)

    def _show_backup_reminder(self) -> None:
        due = self.store is not None and backup.backup_due(self.store)
        if due:
            never = backup.last_backup(self.store) is None
            self._reminder.setText("Nog geen reservekopie: maak er een" if never else
                                   "Maak een reservekopie: de laatste is ouder dan een week")
        self._reminder.setVisible(due)

    def with_store_closed(self, work: Callable[[Store], Store | None], done: str = "") -> None:
        """Close every view on the store, let ``work`` use it (it closes it, or returns the store
        to use instead), then show everything again; errors are shown after reopening."""
        self._close_views()
        problem = None
        try:
            fresh = work(self.store)
        except UserError as error:
            fresh, problem = None, error
        if fresh is None:
            if self.store is not None:
                self.store.close()
            self.store = None
            self.window.ui.pages.setCurrentWidget(self.window.ui.lockedPage)
            self.unlock()
        else:
            self.store = fresh
            self._show_content()
        if problem is not None:
            self.interaction.notify(self.window, problem)
        elif done and self.store is not None:
            self.window.statusBar().showMessage(done, 20_000)

    def _close_views(self) -> None:
        """Everything that shows pupil data goes; typing waits, the open files and the section
        on screen are remembered."""
        self._section_before_lock = max(self.window.ui.navList.currentRow(), OVERZICHT)
        self._flush()
        self._kept_typing = self._suspend_forms() or self._kept_typing
        self._reopen = list(self.pupil_files)
        for controller in list(self.pupil_files.values()):
            controller.close()
        self.pupil_files.clear()
        self.window.clear_sections()
        self._built.clear()
        self._stale.clear()
        self._containers = []

    def _suspend_forms(self) -> bool:
        """Close every dialog on screen: record forms keep their typing in :mod:`drafts`, the
        others (a question, the import wizard) are cancelled. True if typing was kept."""
        from PySide6.QtWidgets import QProgressDialog

        from go_hgw_desktop.ui.views.record_dialog import RecordDialog

        kept = False
        for widget in QApplication.topLevelWidgets():
            shown = widget.isVisible() and isinstance(widget, QDialog)
            if not shown or isinstance(widget, QProgressDialog):
                continue
            if isinstance(widget, RecordDialog):
                kept = widget.suspend() or kept
            else:
                QDialog.reject(widget)  # a question inside a form answers "Annuleren"
        return kept

    def _window_closing(self) -> None:
        """Every pupil file goes with the main window: none stays on screen without a store."""
        self._flush()
        for controller in list(self.pupil_files.values()):
            controller.close()
        self.pupil_files.clear()
        self.close_store()

    def close_store(self) -> None:
        self._flush()
        if self.store is not None:
            self.store.close()
            self.store = None
