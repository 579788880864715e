"""The start of a school year on the Overzicht: the suggestion to switch, and four steps.

1. read in the new class lists (the import wizard, for the new year);
2. check who left (last year's pupils on no new list can be marked vertrokken);
3. look at running trajectories, which carry over with their history;
4. last year's subgroups and group trajectories stay readable; make new subgroups.

The main window does what needs another section (the wizard, Groepen in a year, a pupil
file); this controller asks for it with signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import new_year
from go_hgw_desktop.services.new_year import PupilAtYearStart, YearStart
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import FAILED, Interaction
from go_hgw_desktop.ui.views.dashboard_page import DashboardPage

START_TITLE = "Nieuw schooljaar starten"


def _trajectories(row: PupilAtYearStart) -> str:
    return ", ".join(f"{t.title} ({t.phase.short_label})" if t.phase is not None else t.title
                     for t in row.trajectories)


class NewYearGuide(QObject):
    """``import_requested`` and ``show_groups`` carry a SchoolYear; ``year_started`` the new
    huidig schooljaar; ``changed`` fires after pupils were marked vertrokken."""

    import_requested = Signal(object)
    show_groups = Signal(object)
    year_started = Signal(object)
    open_pupil = Signal(int)
    changed = Signal()

    def __init__(self, page: DashboardPage, store: Store, interaction: Interaction) -> None:
        super().__init__(page)
        self.page, self.store, self.interaction = page, store, interaction
        self.state: YearStart | None = None
        self._not_now: set[SchoolYear] = set()  # switches put off in this session
        ui = page.ui
        ui.newYearButton.clicked.connect(self.choose_year)
        ui.switchYearButton.clicked.connect(self.switch)
        ui.notNowButton.clicked.connect(self.not_now)
        ui.closeGuideButton.clicked.connect(self.close_guide)
        ui.importButton.clicked.connect(lambda: self.import_requested.emit(self.state.year))
        ui.leaversButton.clicked.connect(self.review_leavers)
        ui.runningButton.clicked.connect(self.review_running)
        ui.lastYearButton.clicked.connect(lambda: self.show_groups.emit(self.state.previous))
        ui.groupsButton.clicked.connect(lambda: self.show_groups.emit(self.state.year))

    # ------------------------------------------------------------------ the box

    def reload(self) -> None:
        self.state = state = new_year.year_start(self.store, self.interaction.today())
        switch = state.switch_to if state.switch_to not in self._not_now else None
        ui = self.page.ui
        steps = not switch and state.guide
        if switch:
            ui.newYearBox.setTitle(f"Nieuw schooljaar: {switch}")
            # Lines of their own, no word wrap: a wrapping label would make the whole Overzicht as
            # tall as it would like to be, taller than a laptop screen.
            ui.newYearIntroLabel.setText(
                f"Schooljaar {switch} is begonnen op {format_date(switch.first_day)}, maar het programma "
                f"werkt nog in {state.year}.\nStart het nieuwe schooljaar: daarna zie je hier de stappen "
                f"om eraan te beginnen.\nNiets van {state.year} gaat verloren: je bekijkt het bovenaan bij "
                "Schooljaar.")
            ui.switchYearButton.setText(f"Schooljaar {switch} starte&n")
        elif steps:
            self._show_steps(state)
        # The steps come first; the continuum's charts return when they are closed (a laptop
        # screen has no room for both beside the lists). Hidden before anything is shown, so
        # the window never has to grow, not even for a moment.
        for box in (ui.phasesBox, ui.domainsBox):
            box.setVisible(not steps)
        ui.stepsHost.setVisible(steps)
        for button in (ui.switchYearButton, ui.notNowButton):
            button.setVisible(bool(switch))
        ui.closeGuideButton.setVisible(steps)
        ui.newYearBox.setVisible(bool(switch) or steps)

    def _show_steps(self, state: YearStart) -> None:
        # One line per step (a laptop screen has room for the steps and the lists only then);
        # the tooltips and the lists behind the buttons say more.
        ui, year, previous = self.page.ui, state.year, state.previous
        ui.newYearBox.setTitle(f"Start van schooljaar {year}")
        ui.newYearIntroLabel.setText(
            f"{year} is het huidige schooljaar; alles van {previous} blijft bewaard (kies het bovenaan "
            "bij Schooljaar).")
        self._step(ui.importStatusLabel, (
            f"✓ {state.classes} klassen met {state.pupils} leerlingen. Nog een lijst? Importeer ook die."
            if state.classes else f"Nog geen klassen in {year}: importeer de klaslijsten."),
            "Uit je schooladministratie (Smartschool, Informat, Wisa …): alle klassen in één bestand, "
            "of een bestand per klas. Wie op geen lijst staat, kun je bij het importeren als vertrokken "
            "markeren.")
        if not state.classes:
            leavers = f"Na het inlezen zie je hier wie van {previous} op geen enkele lijst staat."
        elif state.without_class:
            leavers = f"{state.without_class} leerling(en) van {previous} staan op geen klaslijst van {year}."
        else:
            leavers = f"✓ Iedereen van {previous} heeft een klas of is als vertrokken gemarkeerd."
        self._step(ui.leaversStatusLabel, leavers,
                   "Wie vertrokken is, markeer je als vertrokken (op de laatste dag van vorig schooljaar): "
                   "het dossier blijft bewaard tot de bewaartermijn voorbij is; er wordt niets gewist.")
        ui.leaversButton.setEnabled(bool(state.classes and state.without_class))
        if not state.running_pupils:
            running = "Geen lopende trajecten."
        elif state.classes:
            running = (f"{state.running_pupils} leerling(en) met een lopend traject; "
                       f"{state.running_with_class} al in een klas van {year}.")
        else:
            running = f"{state.running_pupils} leerling(en) met een lopend traject: dat loopt gewoon door."
        self._step(ui.runningStatusLabel, running,
                   f"{state.running_trajectories} lopend(e) traject(en) lopen door met al hun cycli, "
                   "plannen, evaluaties en aanvragen: een traject hoort bij de leerling, niet bij de "
                   "klas. In Leerlingen, Groepen en het Overzicht staat de nieuwe klas.")
        ui.runningButton.setEnabled(bool(state.running_pupils))
        still = f", {state.previous_group_running} lopend" if state.previous_group_running else ""
        self._step(ui.groupsStatusLabel,
                   f"Die van {previous} blijven leesbaar: {state.previous_subgroups} subgroep(en), "
                   f"{state.previous_group_trajectories} groepstraject(en){still}.",
                   f"Subgroepen en groepsplannen horen bij een klas van één schooljaar: die van {previous} "
                   f"blijven zoals ze waren bij de klassen van toen (lopende groepstrajecten evalueer en "
                   f"sluit je daar af). Maak bij Groepen subgroepen voor de nieuwe klassen van {year}."
                   # overdracht to next year (issue 16)
                   f"\n\nVoor de nieuwe leraren: ‘Vorig schooljaar bekijken’ toont de klassen "
                   f"van {previous}; kies een klas en ‘Overdrachtsfiche…’: per leerling met een traject "
                   "of maatregelen wat werkte en waar het traject staat.")
        ui.groupsButton.setEnabled(bool(state.classes))

    @staticmethod
    def _step(label, text: str, more: str) -> None:
        label.setText(text)
        label.setToolTip(f"{text}\n\n{more}")

    # ------------------------------------------------------------------ switching

    def switch(self) -> bool:
        """‘Schooljaar … starten’ in the suggestion: the calendar's year becomes the huidig one."""
        return self._start(self.state.switch_to)

    def not_now(self) -> None:
        self._not_now.add(self.state.switch_to)
        self.reload()

    def choose_year(self) -> bool:
        """‘Nieuw schooljaar starten…’: the calendar's year, the next one (to prepare it in
        summer), going back to the calendar's after a start too early, or the steps again."""
        today = self.interaction.today()
        state = new_year.year_start(self.store, today)
        options: list[tuple[str, SchoolYear, bool]] = []
        for year in new_year.years_to_start(self.store, today):
            later = f" (begint op {format_date(year.first_day)})" if year.first_day > today else ""
            options.append((f"Schooljaar {year} starten{later}", year, True))
        if state.year > state.calendar_year:
            options.append((f"Terug naar schooljaar {state.calendar_year} (volgens de kalender)",
                            state.calendar_year, False))
        if state.previous_classes:
            options.append((f"De stappen voor de start van {state.year} opnieuw tonen", state.year, True))
        picked = self.interaction.choose(
            self.page, START_TITLE,
            f"Het huidige schooljaar is {state.year}. Wat wil je doen?\n"
            "Niets van vorige schooljaren gaat verloren.", [label for label, _, _ in options])
        if picked is None:
            return False
        _, year, steps = options[picked]
        return self._start(year, steps)

    def _start(self, year: SchoolYear, steps: bool = True) -> bool:
        today = self.interaction.today()
        done = self.interaction.attempt(self.page, lambda: (
            new_year.start_year(self.store, year, today) if steps else
            new_year.set_current_year(self.store, year, today)))
        if done is FAILED:
            return False
        self.reload()
        self.year_started.emit(year)
        return True

    def close_guide(self) -> None:
        year = self.state.year
        if self.interaction.attempt(self.page, lambda: new_year.close_guide(self.store, year)) is not FAILED:
            self.reload()

    # ------------------------------------------------------------------ the two lists

    def _dialog(self, title: str):
        from go_hgw_desktop.ui.views.new_year_dialog import NewYearDialog  # loaded when first used

        dialog = NewYearDialog(self.page)
        dialog.setWindowTitle(title)
        return dialog

    def review_leavers(self) -> int:
        """Last year's pupils on no list of the new year: tick who left, mark them with a date.
        Returns how many were marked."""
        year, previous = self.state.year, self.state.previous
        dialog = self._dialog(f"Wie is vertrokken? Schooljaar {year}")
        ui = dialog.ui
        ui.introLabel.setText(
            f"Deze leerlingen zaten in {previous} in een klas en staan nog op geen klaslijst van {year}. "
            "Vink aan wie de school verlaten heeft en markeer hen als vertrokken: hun dossier blijft "
            "bewaard tot de bewaartermijn voorbij is, er wordt niets gewist. Ontbreekt er nog een "
            "klaslijst? Importeer die eerst; wie erop staat, verdwijnt dan uit deze lijst.")
        ui.leaveDateEdit.set_value(previous.last_day)
        ui.openButton.hide()
        marked = [0]

        def fill() -> None:
            rows = [r for r in new_year.pupils_at_year_start(self.store, year)
                    if r.previous_class and not r.new_class and r.left_on is None]
            dialog.fill(["Leerling", "Code", f"Klas {previous}", "Lopende trajecten"],
                        [(r.pupil_id, [r.name, r.code, r.previous_class, _trajectories(r)]) for r in rows],
                        checkable=True, empty=f"Iedereen van {previous} heeft een klas in {year} of is "
                                              "als vertrokken gemarkeerd.")
            ui.countLabel.setText(f"{len(rows)} leerling(en) zonder klas in {year}.")
            for widget in (ui.checkAllButton, ui.markButton):
                widget.setEnabled(bool(rows))

        def check_all() -> None:
            from PySide6.QtCore import Qt

            for item in dialog.pupil_items():
                item.setCheckState(0, Qt.CheckState.Checked)

        def mark() -> None:
            chosen = dialog.checked_ids()
            if problem := ui.leaveDateEdit.mark_problem():
                self.interaction.notify(dialog, UserError(f"Vertrokken op: {problem}"))
                return
            if not chosen:
                self.interaction.notify(dialog, UserError("Vink eerst aan wie vertrokken is.",
                                                          "Of sluit dit venster als niemand vertrok."))
                return
            on = ui.leaveDateEdit.value()
            done = self.interaction.attempt(dialog, lambda: new_year.mark_left(self.store, chosen, on))
            if done is FAILED:
                return
            marked[0] += done
            fill()
            ui.countLabel.setText(f"{done} leerling(en) als vertrokken gemarkeerd op {format_date(on)}. "
                                  + ui.countLabel.text())

        ui.checkAllButton.clicked.connect(check_all)
        ui.markButton.clicked.connect(mark)
        fill()
        self.interaction.open_dialog(dialog)
        dialog.deleteLater()
        if marked[0]:
            self.reload()
            self.changed.emit()
        return marked[0]

    def review_running(self) -> int | None:
        """Pupils with running trajectories, with last year's class and the new one. Opening a
        file closes the list (the file is a window of its own). Returns the pupil opened."""
        year, previous = self.state.year, self.state.previous
        dialog = self._dialog(f"Lopende trajecten in {year}")
        ui = dialog.ui
        ui.introLabel.setText(
            f"Deze trajecten lopen door in {year}, met al hun cycli, plannen, evaluaties en aanvragen: "
            "ze horen bij de leerling, niet bij de klas. In Leerlingen, Groepen en het Overzicht staat de "
            f"klas van {year}. Wie nog geen klas heeft, staat op geen klaslijst van {year}: controleer of "
            "de leerling vertrokken is, of lees de ontbrekende lijst in.")
        ui.markRow.hide()
        rows = [r for r in new_year.pupils_at_year_start(self.store, year) if r.trajectories]
        dialog.fill(["Leerling", "Code", f"Klas {previous}", f"Klas {year}", "Lopende trajecten"],
                    [(r.pupil_id, [r.name, r.code, r.previous_class or "–",
                                   r.new_class or (f"vertrokken {format_date(r.left_on)}" if r.left_on
                                                   else "nog geen klas"), _trajectories(r)])
                     for r in rows],
                    checkable=False, empty="Geen lopende trajecten.")
        ui.countLabel.setText(f"{len(rows)} leerling(en) met een lopend traject.")
        opened: list[int] = []

        def open_file(*_args) -> None:
            pupil_id = dialog.current_id()
            if pupil_id is not None:
                opened.append(pupil_id)
                dialog.accept()

        ui.openButton.clicked.connect(open_file)
        ui.pupilTree.itemActivated.connect(open_file)
        ui.openButton.setEnabled(bool(rows))
        self.interaction.open_dialog(dialog)
        dialog.deleteLater()
        if opened:
            self.open_pupil.emit(opened[0])
            return opened[0]
        return None
