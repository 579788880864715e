"""The cycle screen's behaviour for one trajectory (a pupil's or a group's).

Every change goes through a service call; after it the screen reloads from the store,
so what is shown is always what is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    ConversationKind,
    FactorContext,
    FactorKind,
    HgwStep,
    LeersteunKind,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    Role,
    SubTheme,
    TrajectoryStatus,
    VerslagType,
    ViewHolder,
)
from go_hgw_desktop.domain.cycle_items import (
    Conversation,
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    PartnerView,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.partners import CONSENT_AGE, ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.trajectory import PhaseChange, Trajectory
from go_hgw_desktop.reports.request_pack import CLB, LEERSTEUN
from go_hgw_desktop.services import exports
from go_hgw_desktop.services import partners as partner_service
from go_hgw_desktop.services import pupil_plan as pupil_plan_service
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import request_pack as pack_service
from go_hgw_desktop.services import trajectories as service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers import record_specs as specs
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.record_list import RecordListController
from go_hgw_desktop.ui.record_spec import FieldSpec, RecordSpec
from go_hgw_desktop.ui.views.phase_badge import style_badge
from go_hgw_desktop.ui.views.trajectory_view import (
    PACK_LISTS,
    PARTNERS_PAGE,
    PLAN_EDIT,
    PLAN_VIEW,
    PLAN_WRITE,
    TrajectoryView,
)

STEP_HINTS = {
    HgwStep.WAARNEMEN: "Waarnemen: verzamel signalen en gegevens (toetsen, observaties, gesprekken). "
                       "Evalueer bij een nieuwe cyclus eerst het vorige plan.",
    HgwStep.BEGRIJPEN: "Begrijpen: wat helpt en wat hindert, bij de leerling en in elke context? "
                       "Wat heeft de leerling nodig, en wat heeft de leraar nodig?",
    HgwStep.ORGANISEREN: "Organiseren: een kort plan met SMART-doelen, maatregelen, wie doet wat "
                         "en wanneer het geëvalueerd wordt.",
    HgwStep.REALISEREN: "Realiseren: voer het plan uit, houd kort bij hoe het loopt en evalueer "
                        "elk doel. De evaluatie opent de volgende cyclus.",
    PARTNERS_PAGE: "Het verloop langs het zorgcontinuüm, en wat CLB en leersteuncentrum doen.",
}


@dataclass(kw_only=True)
class TrajectoryDraft:
    """What the ‘new trajectory’ form asks."""

    title: str = ""
    domain: CareDomain = CareDomain.LEREN_EN_STUDEREN
    sub_theme: SubTheme | None = None
    responsible_role: Role = Role.ZORGCOORDINATOR
    start_date: date
    phase: Phase = Phase.VERHOOGDE_ZORG
    subgroup_id: int | None = None
    id: int | None = None


_TRAJECTORY_FIELDS = (
    FieldSpec("title", "Titel", hint="bv. Lezen, Welbevinden op de speelplaats"),
    FieldSpec("domain", "Domein", "choice", CareDomain),
    FieldSpec("sub_theme", "Thema", "choice", SubTheme, optional=True),
    FieldSpec("responsible_role", "Verantwoordelijke", "choice", Role),
)

NEW_TRAJECTORY = RecordSpec(
    noun="traject", plural="Trajecten",
    fields=(*_TRAJECTORY_FIELDS, FieldSpec("start_date", "Start", "date"),
            FieldSpec("phase", "Fase bij de start", "choice", Phase)),
    intro="Een traject start in fase 0 (brede basiszorg) of fase 1 (verhoogde zorg). "
          "De fase hoort bij het traject, niet bij de leerling.",
    empty_hint="", confidential_field=None,
)

EDIT_TRAJECTORY = RecordSpec(
    noun="traject", plural="Trajecten",
    # Closing has its own button (it also ends the phase and the open cycle).
    fields=(*_TRAJECTORY_FIELDS, FieldSpec(
        "status", "Status", "options",
        options=lambda: [(s.label, s) for s in TrajectoryStatus if s is not TrajectoryStatus.AFGESLOTEN],
    )),
    empty_hint="", confidential_field=None, can_delete=False,
)


def new_group_trajectory_spec(subgroups: Callable[[], list[tuple[str, int]]]) -> RecordSpec:
    """The new-trajectory form for a class, with an optional subgroup (its groepsplan)."""
    return RecordSpec(
        noun="groepstraject", plural="Groepstrajecten",
        fields=(*_TRAJECTORY_FIELDS,
                FieldSpec("subgroup_id", "Voor subgroep", "options", options=subgroups, optional=True),
                FieldSpec("start_date", "Start", "date"),
                FieldSpec("phase", "Fase bij de start", "choice", Phase)),
        intro="Een groepstraject volgt dezelfde vier stappen. Kies een subgroep (basis, intensief, "
              "meer …) voor het groepsplan van die subgroep, of laat leeg voor de hele klas.",
        empty_hint="", confidential_field=None,
    )


def create_trajectory(store: Store, draft: TrajectoryDraft, *, pupil_id=None, group_id=None) -> Trajectory:
    trajectory = Trajectory(
        title=draft.title.strip(), domain=draft.domain, sub_theme=draft.sub_theme,
        responsible_role=draft.responsible_role, start_date=draft.start_date,
        pupil_id=pupil_id, group_id=group_id, subgroup_id=draft.subgroup_id,
    )
    return service.open_trajectory(store, trajectory, draft.phase)


class TrajectoryController(QObject):
    """``changed`` tells the surrounding screen (pupil file, group page) to refresh lists."""

    changed = Signal()

    def __init__(
        self,
        view: TrajectoryView,
        store: Store,
        trajectory_id: int,
        interaction: Interaction = DEFAULT,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.store = store
        self.trajectory_id = trajectory_id
        self.interaction = interaction
        self.today = interaction.today
        self.file: service.TrajectoryFile | None = None
        self.cycle_index = -1
        ui = view.ui
        self._wiring = {name: rest for name, *rest in self._list_wiring()}
        self.lists: dict[str, RecordListController] = {}
        view.list_created = self._wire_list
        for key, button in view.step_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.show_page(k))
        ui.cycleCombo.currentIndexChanged.connect(self._cycle_chosen)
        ui.nextStepButton.clicked.connect(self.next_step)
        ui.editPlanButton.clicked.connect(self.edit_plan)
        ui.copyPlanButton.clicked.connect(self.copy_plan)
        ui.printPlanButton.clicked.connect(self.print_plan)
        ui.closeCycleButton.clicked.connect(self.close_cycle)
        ui.changePhaseButton.clicked.connect(self.change_phase)
        ui.editTrajectoryButton.clicked.connect(self.edit_trajectory)
        ui.closeTrajectoryButton.clicked.connect(self.close_trajectory)
        QShortcut(QKeySequence("Ctrl+PgDown"), view, self.next_step)
        QShortcut(QKeySequence("Ctrl+Shift+N"), view, self.new_observation)
        self.reload()
        self.show_page(self.current.cycle.step if self.editable else HgwStep.REALISEREN)

    # ------------------------------------------------------------------ state

    def _wire_list(self, name: str, list_view) -> None:
        spec, new, save, delete = self._wiring[name]
        controller = RecordListController(list_view, spec, new=new, save=save, delete=delete,
                                          interaction=self.interaction)
        controller.changed.connect(self.reload)
        self.lists[name] = controller
        if name in PACK_LISTS:
            kind = CLB if name == "clb" else LEERSTEUN
            list_view.packButton.clicked.connect(lambda _checked=False, k=kind: self.print_pack(k))
            list_view.ui.table.selectionModel().selectionChanged.connect(
                lambda *_args, n=name: self._update_pack_button(n))
        if self.file is not None:
            self._fill_list(name)

    def record_list(self, name: str) -> RecordListController:
        """A record list of this screen (built if its page was not shown yet)."""
        self.view.lists[name]
        return self.lists[name]

    @property
    def current(self) -> service.CycleDetail:
        assert self.file is not None
        return self.file.cycles[self.cycle_index]

    @property
    def editable(self) -> bool:
        assert self.file is not None
        return (self.current.cycle.is_open
                and self.file.trajectory.status is not TrajectoryStatus.AFGESLOTEN)

    def reload(self) -> None:
        self.file = service.trajectory_file(self.store, self.trajectory_id)
        newest = len(self.file.cycles) - 1
        if self.cycle_index < 0 or self.cycle_index > newest or self._on_newest_before:
            self.cycle_index = newest
        self._fill_cycle_combo()
        self._show()
        self.changed.emit()

    @property
    def _on_newest_before(self) -> bool:
        # After closing a cycle the new one appears: follow it if we were on the newest.
        combo = self.view.ui.cycleCombo
        return combo.count() > 0 and self.cycle_index == combo.count() - 1

    def _fill_cycle_combo(self) -> None:
        combo = self.view.ui.cycleCombo
        combo.blockSignals(True)
        combo.clear()
        for detail in self.file.cycles:
            cycle = detail.cycle
            state = (f"afgesloten {format_date(cycle.closed_on)}" if cycle.closed_on
                     else f"lopend, {cycle.step.label.lower()}")
            combo.addItem(f"Cyclus {cycle.number} ({state})")
        combo.setCurrentIndex(self.cycle_index)
        combo.blockSignals(False)

    def _cycle_chosen(self, index: int) -> None:
        if index >= 0:
            self.cycle_index = index
            self._show()

    def _show(self) -> None:
        ui = self.view.ui
        trajectory = self.file.trajectory
        detail = self.current
        read_only = not self.editable
        ui.titleLabel.setText(f"{trajectory.title} · {self.file.subject_name}")
        style_badge(ui.phaseBadge, trajectory.current_phase)
        subtheme = f", {trajectory.sub_theme.label.lower()}" if trajectory.sub_theme else ""
        ui.statusLabel.setText(
            f"{trajectory.domain.label}{subtheme} · {trajectory.status.label} · "
            f"sinds {format_date(trajectory.start_date)} · {trajectory.responsible_role.label}"
        )
        closed_trajectory = trajectory.status is TrajectoryStatus.AFGESLOTEN
        for button in (ui.changePhaseButton, ui.closeTrajectoryButton, ui.editTrajectoryButton):
            button.setEnabled(not closed_trajectory)
        if closed_trajectory:
            ui.cycleStateLabel.setText(f"Traject afgesloten op {format_date(trajectory.end_date)}: "
                                       "alleen lezen.")
        elif read_only:
            ui.cycleStateLabel.setText("Afgesloten cyclus: alleen lezen.")
        else:
            ui.cycleStateLabel.setText("")
        self.view.mark_current_step(None if read_only else detail.cycle.step)
        ui.nextStepButton.setEnabled(not read_only and detail.cycle.step is not HgwStep.REALISEREN)

        for name in list(self.lists):
            self._fill_list(name)
        has_plan = detail.plan is not None
        has_previous = self.cycle_index > 0 and self.file.cycles[self.cycle_index - 1].plan is not None
        ui.planSummaryLabel.setText(self._plan_summary(detail.plan, has_previous))
        ui.editPlanButton.setText(PLAN_VIEW if read_only else PLAN_EDIT if has_plan else PLAN_WRITE)
        ui.editPlanButton.setVisible(not read_only or has_plan)
        ui.copyPlanButton.setVisible(not read_only and not has_plan and has_previous)
        # A printed plan is for a talk with a pupil's parents; a group plan is not printed here.
        ui.printPlanButton.setVisible(not trajectory.is_group)
        ui.printPlanButton.setEnabled(has_plan)
        ui.printPlanButton.setToolTip(
            "Een PDF van dit plan voor het gesprek met ouders en leerling. Vertrouwelijke "
            "onderdelen worden niet afgedrukt." if has_plan else
            "Schrijf eerst een plan; daarna kun je het afdrukken."
        )
        ui.planPrintedLabel.hide()  # what was printed before may no longer match the screen
        ui.closeCycleButton.setEnabled(not read_only)

    def _fill_list(self, name: str) -> None:
        detail, trajectory = self.current, self.file.trajectory
        read_only = not self.editable
        no_plan = detail.plan is None
        closed = trajectory.status is TrajectoryStatus.AFGESLOTEN
        records, locked = {
            "observations": (detail.observations, read_only),
            "conversations": (detail.conversations, read_only),
            "views": (detail.views, read_only),
            "factors": (detail.factors, read_only),
            "needs": (detail.needs, read_only),
            "support": (detail.support_needs, read_only),
            "notes": (detail.notes, read_only),
            "goals": (detail.goals, read_only or no_plan),
            "measures": (detail.measures, read_only or no_plan),
            "evaluation": (detail.goals, read_only or no_plan),
            "phases": (list(reversed(trajectory.phases)), True),
            "clb": (self.file.clb_requests, closed),
            "verslag": (self.file.verslagen, closed),
            "leersteun": (self.file.leersteun, closed),
        }[name]
        controller = self.lists[name]
        controller.set_records(records, read_only=locked)
        if name in ("goals", "measures"):
            controller.view.ui.emptyLabel.setText(
                "Schrijf eerst het plan (knop ‘Plan schrijven…’), daarna de doelen en maatregelen."
                if no_plan else controller.spec.empty_hint
            )
        if name in PACK_LISTS:
            self._update_pack_button(name)
        if name in ("clb", "verslag", "conversations", "views"):
            # consent, verslagen, the parents' and pupil's voice: about one pupil
            controller.view.setVisible(not trajectory.is_group)

    @staticmethod
    def _plan_summary(plan: Plan | None, has_previous: bool) -> str:
        if plan is None:
            return ("Nog geen plan in deze cyclus. Schrijf een kort plan"
                    + (", of neem het plan van de vorige cyclus over en pas aan wat verschilt."
                       if has_previous else "."))
        end = f" tot {format_date(plan.end_date)}" if plan.end_date else ""
        lines = [
            f"{plan.plan_type.label}, van {format_date(plan.start_date)}{end}; "
            f"evaluatie op {format_date(plan.evaluation_date)}."
            + (" 🔒 Vertrouwelijk." if plan.confidential else ""),
        ]
        if plan.starting_situation:
            lines.append(f"Beginsituatie: {plan.starting_situation}")
        if plan.approach:
            lines.append(f"Aanpak: {plan.approach}")
        return "\n".join(lines)

    # ------------------------------------------------------------------ navigation

    def show_page(self, key) -> None:
        self.view.show_page(key)
        self.view.ui.stepHintLabel.setText(STEP_HINTS[key])

    def next_step(self) -> None:
        if not self.editable:
            return
        self._run(lambda: service.advance_step(self.store, self.current.cycle.id))
        self.show_page(self.current.cycle.step)

    def new_observation(self) -> None:
        """Ctrl+Shift+N from any step: the observation is added on Waarnemen; cancelled, the
        step the person was on comes back (else their next click lands on the wrong page)."""
        was = self.view.current_page()
        self.show_page(HgwStep.WAARNEMEN)
        if self.record_list("observations").add() is None and was is not None:
            self.show_page(was)

    # ------------------------------------------------------------------ actions

    def _run(self, action: Callable[[], object]) -> bool:
        """One action on the trajectory, then the screen shows what is stored (also if refused)."""
        done = self.interaction.attempt(self.view, action)
        self.reload()
        return done is not FAILED

    def _dialog(self, spec: RecordSpec, record, save) -> bool:
        if self.interaction.edit(spec, record, save, self.view) is None:
            return False
        self.reload()
        return True

    def edit_plan(self) -> bool:
        detail = self.current
        plan = detail.plan or Plan(
            cycle_id=detail.cycle.id,
            plan_type=PlanType.GROEPSPLAN if self.file.trajectory.is_group else PlanType.HANDELINGSPLAN,
            start_date=self.today(), evaluation_date=self.today() + timedelta(weeks=8),
        )
        if not self.editable:
            self.interaction.edit(specs.PLAN, plan, lambda p: p, self.view, read_only=True)
            return False
        return self._dialog(specs.PLAN, plan, lambda p: service.save_plan(self.store, p))

    def print_plan(self) -> Path | None:
        """Save the shown cycle's plan as a PDF where the user chooses; the path, or None."""
        if self.current.plan is None or self.file.trajectory.is_group:
            return None
        ui, cycle_id = self.view.ui, self.current.cycle.id
        content = self.interaction.attempt(
            self.view, lambda: pupil_plan_service.printable_plan(self.store, cycle_id, self.today()))
        if content is FAILED:
            return None
        code = pupil_service.get_pupil(self.store, self.file.trajectory.pupil_id).code
        path = self.interaction.save_path(self.view, "Plan afdrukken als PDF", suggested_file_name(
            self.store, content.plan_type.label.lower(), self.today(), code=code, suffix=".pdf"),
            "PDF-bestanden (*.pdf)")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":  # not every file dialog adds the extension
            path = path.with_name(f"{path.name}.pdf")
        content = self.interaction.attempt(
            self.view, lambda: exports.pupil_plan_pdf(self.store, cycle_id, path, self.today()), busy=True)
        if content is FAILED:
            return None
        note = "\nVertrouwelijke onderdelen staan er niet op." if content.withheld else ""
        ui.planPrintedLabel.setText(f"Plan bewaard als PDF: {path}{note}")
        ui.planPrintedLabel.show()
        self.interaction.file_saved(self.view, path)
        return path

    def _update_pack_button(self, name: str) -> None:
        button = self.lists[name].view.packButton
        button.setVisible(not self.file.trajectory.is_group)  # a pack is about one pupil
        button.setEnabled(self.lists[name].selected() is not None)

    def print_pack(self, kind: str) -> Path | None:
        """Save the aanmeldingsdossier of the selected CLB or leersteun request as a PDF where the
        user chooses; the path, or None."""
        chosen = self.lists["clb" if kind == CLB else "leersteun"].selected()
        if chosen is None or self.file.trajectory.is_group:
            return None
        content = self.interaction.attempt(
            self.view, lambda: pack_service.printable_pack(self.store, kind, chosen.id, self.today()))
        if content is FAILED:
            return None
        code = pupil_service.get_pupil(self.store, self.file.trajectory.pupil_id).code
        what = "aanmelding CLB" if kind == CLB else "aanvraag leersteun"
        suggested = suggested_file_name(self.store, what, self.today(), code=code, suffix=".pdf")
        path = self.interaction.save_path(self.view, "Aanmeldingsdossier bewaren als PDF", suggested,
                                          "PDF-bestanden (*.pdf)")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":  # not every file dialog adds the extension
            path = path.with_name(f"{path.name}.pdf")
        done = self.interaction.attempt(
            self.view, lambda: exports.request_pack_pdf(self.store, kind, chosen.id, path, self.today()),
            busy=True)
        if done is FAILED:
            return None
        self.interaction.file_saved(self.view, path)
        return path

    def copy_plan(self) -> bool:
        return self._run(lambda: service.copy_previous_plan(self.store, self.current.cycle.id,
                                                            self.today()))

    def close_cycle(self) -> bool:
        detail = self.current
        if not self.interaction.ask(
            self.view, "Evaluatie afsluiten",
            f"Cyclus {detail.cycle.number} afsluiten? Ze blijft leesbaar, maar kan niet meer "
            f"gewijzigd worden. Cyclus {detail.cycle.number + 1} start bij Waarnemen.",
        ):
            return False
        done = self._run(lambda: service.close_cycle(self.store, detail.cycle.id, self.today()))
        if done:
            self.show_page(HgwStep.WAARNEMEN)
        return done

    def change_phase(self) -> bool:
        trajectory = self.file.trajectory
        current = trajectory.current_phase
        proposed = Phase(min(int(current) + 1, 3)) if current is not None else Phase.VERHOOGDE_ZORG
        draft = PhaseChange(trajectory_id=trajectory.id, phase=proposed, start_date=self.today())
        return self._dialog(specs.PHASE_CHANGE, draft, self._save_phase)

    def _save_phase(self, change: PhaseChange) -> Trajectory:
        """Phase 2 and 3 ask, right here, for what the continuum requires first."""
        if not self.file.trajectory.is_group:
            if change.phase >= Phase.UITBREIDING_VAN_ZORG and not any(
                r.has_consent and r.consent_on <= change.start_date for r in self.file.clb_requests
            ):
                self._ask_partner_record(specs.CLB_CONSENT, ClbRequest(
                    trajectory_id=self.trajectory_id, requested_on=change.start_date,
                    consent_on=change.start_date, consent_by=self._likely_consent_by(change.start_date),
                ))
            if change.phase is Phase.IAC_OF_BUITENGEWOON and not any(
                v.opens_phase_three(change.start_date) for v in self.file.verslagen
            ):
                self._ask_partner_record(specs.VERSLAG_FOR_PHASE_3, VerslagReference(
                    trajectory_id=self.trajectory_id, kind=VerslagType.IAC, issued_on=change.start_date,
                ))
        return service.change_phase(self.store, change.trajectory_id, change.phase, change.start_date,
                                    change.reason, change.reason_confidential)

    def _ask_partner_record(self, spec: RecordSpec, record) -> None:
        if self.interaction.edit(spec, record, lambda r: partner_service.save_partner_item(self.store, r),
                                 self.view) is not None:
            self.file = service.trajectory_file(self.store, self.trajectory_id)
        # Cancelled: change_phase below refuses with the continuum's own message.

    def _likely_consent_by(self, day: date) -> ConsentBy:
        pupil = pupil_service.get_pupil(self.store, self.file.trajectory.pupil_id)
        return ConsentBy.LEERLING if pupil.age_in_year(day.year) >= CONSENT_AGE + 1 else ConsentBy.OUDERS

    def edit_trajectory(self) -> bool:
        return self._dialog(EDIT_TRAJECTORY, self.file.trajectory,
                            lambda t: service.update_trajectory(self.store, t))

    def close_trajectory(self) -> bool:
        trajectory = self.file.trajectory
        if not self.interaction.ask(self.view, "Traject afsluiten",
                        f"Traject ‘{trajectory.title}’ afsluiten op {format_date(self.today())}? "
                        "Alles blijft leesbaar; wijzigen kan daarna niet meer."):
            return False
        return self._run(lambda: service.close_trajectory(self.store, trajectory.id, self.today()))

    # ------------------------------------------------------------------ list wiring

    def _list_wiring(self):
        cycle_id = lambda: self.current.cycle.id  # noqa: E731
        plan_id = lambda: self.current.plan.id  # noqa: E731
        pupil_track = lambda: not self.file.trajectory.is_group  # noqa: E731
        save_item = lambda item: service.save_cycle_item(self.store, item, self.today())  # noqa: E731
        save_plan_item = lambda item: service.save_plan_item(self.store, item)  # noqa: E731
        save_partner = lambda item: partner_service.save_partner_item(self.store, item)  # noqa: E731

        def delete_item(kind):
            return lambda item: service.delete_cycle_item(self.store, kind, item.id)

        def delete_plan_item(kind):
            return lambda item: service.delete_plan_item(self.store, kind, item.id)

        def delete_partner(kind):
            return lambda item: partner_service.delete_partner_item(self.store, kind, item.id)

        def last_goal_text() -> str:
            needs = self.current.needs
            return needs[-1].goal_text if needs else ""

        def evaluate(goal: Goal) -> Goal:
            when = goal.evaluated_on or (self.today() if goal.result else None)
            return service.evaluate_goal(self.store, goal.id, goal.result, when, goal.evaluation_note,
                                         self.today())

        return (
            ("observations", specs.OBSERVATION,
             lambda: Observation(cycle_id=cycle_id(), observed_on=self.today(),
                                 source=ObservationSource.OBSERVATIE, text=""),
             save_item, delete_item(Observation)),
            ("conversations", specs.CONVERSATION,
             lambda: Conversation(cycle_id=cycle_id(), kind=ConversationKind.OUDERGESPREK,
                                  held_on=self.today(), participants="", said=""),
             save_item, delete_item(Conversation)),
            ("views", specs.VIEW,
             lambda: PartnerView(cycle_id=cycle_id(), holder=next(
                 (h for h in ViewHolder if h not in {v.holder for v in self.current.views}),
                 ViewHolder.OUDERS), text="", recorded_on=self.today()),
             save_item, delete_item(PartnerView)),
            ("factors", specs.FACTOR,
             lambda: Factor(cycle_id=cycle_id(), kind=FactorKind.STIMULEREND,
                            context=FactorContext.LEERLING if pupil_track() else FactorContext.GROEP,
                            text=""),
             save_item, delete_item(Factor)),
            ("needs", specs.NEED,
             lambda: EducationalNeed(cycle_id=cycle_id(), slot=NeedSlot.INSTRUCTIE, text="",
                                     goal_text=last_goal_text()),
             save_item, delete_item(EducationalNeed)),
            ("support", specs.SUPPORT_NEED,
             lambda: TeacherSupportNeed(cycle_id=cycle_id(), wants_to_achieve="", needs="",
                                        recorded_on=self.today()),
             save_item, delete_item(TeacherSupportNeed)),
            ("goals", specs.GOAL,
             lambda: Goal(plan_id=plan_id(), description="", position=len(self.current.goals)),
             save_plan_item, delete_plan_item(Goal)),
            ("measures", specs.measure_spec(lambda: self.file.staff if self.file else []),
             lambda: Measure(plan_id=plan_id(), category=MeasureCategory.DIFFERENTIEREN,
                             description=""),
             save_plan_item, delete_plan_item(Measure)),
            ("notes", specs.NOTE,
             lambda: FollowUpNote(cycle_id=cycle_id(), noted_on=self.today(), text=""),
             save_item, delete_item(FollowUpNote)),
            ("evaluation", specs.GOAL_EVALUATION, lambda: None, evaluate, None),
            ("phases", specs.PHASE_CHANGE, lambda: None, lambda p: p,
             lambda p: service.undo_phase_change(self.store, p.trajectory_id, p.id)),
            ("clb", specs.CLB_REQUEST,
             lambda: ClbRequest(trajectory_id=self.trajectory_id, requested_on=self.today()),
             save_partner, delete_partner(ClbRequest)),
            ("verslag", specs.VERSLAG,
             lambda: VerslagReference(trajectory_id=self.trajectory_id, kind=VerslagType.IAC,
                                      issued_on=self.today()),
             save_partner, delete_partner(VerslagReference)),
            ("leersteun", specs.LEERSTEUN,
             lambda: LeersteunRequest(
                 trajectory_id=self.trajectory_id, requested_on=self.today(),
                 kind=LeersteunKind.LEERLINGGERICHT if pupil_track() else LeersteunKind.LERAARGERICHT),
             save_partner, delete_partner(LeersteunRequest)),
        )

