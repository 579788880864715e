"""The Overzicht: fills the lists from the dashboard service; each entry opens its record."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import CareDomain, LeersteunKind, Phase
from go_hgw_desktop.domain.partners import LeersteunRequest
from go_hgw_desktop.services import dashboard as dashboard_service
from go_hgw_desktop.services import partners as partner_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.new_year_controller import NewYearGuide
from go_hgw_desktop.ui.views.dashboard_page import TARGET_ROLE, DashboardPage
from go_hgw_desktop.ui.views.phase_badge import PHASE_COLOURS


def _days(days: int) -> str:
    if days == 0:
        return "vandaag"
    if days < 0:
        return f"{-days} d te laat"
    return f"over {days} d"


class DashboardController(QObject):
    """``open_target`` carries "trajectory:<id>", "partners:<id>" (a trajectory at its CLB and
    leersteun page) or "consultation:<id>"; team-directed
    leersteun ("leersteun:<id>") opens here, in its own dialog."""

    open_target = Signal(str)
    open_school_details = Signal()

    def __init__(self, page: DashboardPage, store: Store, interaction: Interaction = DEFAULT,
                 year: SchoolYear | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        self.interaction = interaction
        self.today = interaction.today
        self.year = year or school_service.current_school_year(store, self.today())
        self.new_year = NewYearGuide(page, store, interaction)
        ui = page.ui
        ui.refreshButton.clicked.connect(self.reload)
        ui.teamLeersteunButton.clicked.connect(lambda: self.edit_team_leersteun(None))
        ui.schoolDetailsButton.clicked.connect(self.open_school_details)
        ui.schoolDetailsButton.hide()
        QShortcut(QKeySequence("F5"), page, self.reload)
        for tree in (ui.evaluationsTree, ui.requestsTree, ui.actionsTree, ui.consultationsTree):
            tree.itemActivated.connect(self._activated)
        self.reload()

    def show_school_details_hint(self, shown: bool) -> None:
        """A school without its instellingsnummer (a fresh one) is offered its Schoolgegevens."""
        self.page.ui.schoolDetailsButton.setVisible(shown)

    def set_year(self, year: SchoolYear) -> None:
        """Pupils are named with their class in ``year`` (their trajectories run on)."""
        if year != self.year:
            self.year = year
            self.reload()

    def _activated(self, item, _column=0) -> None:
        target = item.data(0, TARGET_ROLE)
        if target and target.startswith("leersteun:"):
            self.edit_team_leersteun(int(target.partition(":")[2]))
        elif target:
            self.open_target.emit(target)

    def edit_team_leersteun(self, request_id: int | None) -> LeersteunRequest | None:
        """Open (or, for None, add) leersteun for a teacher or the team; it has no trajectory."""
        from go_hgw_desktop.ui.controllers.record_specs import TEAM_LEERSTEUN  # not needed at start-up

        record = self.interaction.attempt(self.page, lambda: (
            partner_service.get_leersteun(self.store, request_id) if request_id else
            LeersteunRequest(kind=LeersteunKind.TEAMGERICHT, requested_on=self.today())))
        if record is FAILED:
            return None
        saved = self.interaction.edit(TEAM_LEERSTEUN, record,
                                      lambda r: partner_service.save_partner_item(self.store, r), self.page)
        if saved is not None:
            self.reload()
        return saved

    def reload(self) -> None:
        data = dashboard_service.dashboard(self.store, self.today(), self.year)
        self.new_year.reload()
        ui = self.page.ui
        ui.todayLabel.setText(f"Vandaag: {format_date(data.today)}")
        evaluations = data.overdue + data.due_soon
        self.page.fill(ui.evaluationsTree, [
            ((format_date(e.evaluation_date), _days(e.days_left), e.subject, e.title),
             f"trajectory:{e.trajectory_id}", e.days_left < 0)
            for e in evaluations
        ], "Geen evaluaties die te laat zijn of binnen 14 dagen vallen.")
        ui.evaluationsBox.setTitle(
            f"Evaluaties: {len(data.overdue)} te laat, {len(data.due_soon)} binnen 14 dagen"
        )
        self.page.fill(ui.requestsTree, [
            ((r.kind, r.subject, f"{r.waiting_days} d" + ("" if r.started else ", wacht nog"),
              r.status, format_date(r.requested_on)),
             f"partners:{r.trajectory_id}" if r.trajectory_id else f"leersteun:{r.request_id}", False)
            for r in data.open_requests
        ], "Geen open aanvragen bij het CLB of het leersteuncentrum.")
        self.page.fill(ui.actionsTree, [
            ((format_date(a.due_on) if a.due_on else "–", a.owner, a.description),
             f"consultation:{a.consultation_id}", a.overdue)
            for a in data.open_action_items
        ], "Geen open afspraken.")
        self.page.fill(ui.consultationsTree, [
            ((format_date(c.held_on), c.kind.label, c.title), f"consultation:{c.consultation_id}", False)
            for c in data.upcoming_consultations
        ], "Geen overleg gepland in de komende 60 dagen.")
        groups = data.group_trajectories
        ui.phasesChart.set_rows(
            [(phase.label, data.pupils_per_phase.get(phase, 0), PHASE_COLOURS[phase][0]) for phase in Phase],
            "Nog geen leerlingen met een lopend traject. Start een traject vanuit het dossier van een "
            "leerling." if data.has_pupils else
            "Nog geen leerlingen. Begin bij Leerlingen: ‘Klaslijst importeren…’ leest de klaslijsten in.",
            f"Daarnaast {groups} lopende groepstraject(en)." if groups else "",
        )
        ui.domainsChart.set_rows(
            [(domain.label, data.trajectories_per_domain.get(domain, 0), "#cfe2f3") for domain in CareDomain],
            "Nog geen lopende trajecten.",
        )
