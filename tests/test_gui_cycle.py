"""A whole HGW cycle walked through the GUI, for a pupil and for a group, then read back
from the store through the services (and again after a restart)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from gui_user import ScriptedUser
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    FactorContext,
    FactorKind,
    GoalResult,
    HgwStep,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    RequestStatus,
    Role,
    SubTheme,
)
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


@pytest.fixture
def workspace(data_dir, key_store):
    opened = open_workspace(data_dir, key_store, school_name="GO! Basisschool Ōkami")
    opened.store.close()
    return data_dir


def _open_main(qtbot, workspace, key_store, user):
    window, main = build_main_window(workspace, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window, main


def test_pupil_cycle_through_the_gui(qtbot, workspace, key_store):
    user = ScriptedUser(qtbot)
    _window, main = _open_main(qtbot, workspace, key_store, user)

    # A class, then a pupil in it, as a new user starts.
    user.will("klas", name="3A", grade="3")
    main.show_section(2)
    qtbot.mouseClick(main.groups.page.ui.newClassButton, LEFT)
    class_id = school_service.list_groups(main.store, school_service.current_school_year(main.store))[0].id
    main.show_section(1)
    user.will("leerling", first_name="Zoe", last_name="Nguyen", birth_year=2017, group_id=class_id)
    qtbot.mouseClick(main.pupils.page.ui.newPupilButton, LEFT)
    assert main.pupils.model.rowCount() == 1
    qtbot.keyClicks(main.pupils.page.ui.searchEdit, "zoe")
    qtbot.mouseClick(main.pupils.page.ui.openButton, LEFT)
    file = next(iter(main.pupil_files.values()))
    qtbot.addWidget(file.view)

    # A trajectory in phase 1; its first cycle starts at waarnemen.
    user.will("traject", title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN,
              sub_theme=SubTheme.LEZEN_SPELLEN, phase=Phase.VERHOOGDE_ZORG)
    qtbot.mouseClick(file.view.ui.newTrajectoryButton, LEFT)
    steps = file.trajectory
    ui = steps.view.ui
    assert steps.current.cycle.step is HgwStep.WAARNEMEN

    # Waarnemen
    user.will("waarneming", observed_on=TODAY - timedelta(days=20), source=ObservationSource.TOETS,
              author_role=Role.KLASLERAAR, text="AVI-toets: leest traag en radend.")
    user.will("waarneming", confidential=True, source=ObservationSource.GESPREK_OUDERS,
              text="Moeder vertelt over een moeilijke thuissituatie.")
    steps.new_observation()  # the Ctrl+Shift+N action
    qtbot.mouseClick(steps.view.lists["observations"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)
    assert steps.current.cycle.step is HgwStep.BEGRIJPEN

    # Begrijpen
    factors = steps.view.lists["factors"].ui.addButton
    user.will("factor", kind=FactorKind.STIMULEREND, context=FactorContext.LEERLING,
              text="Leest graag strips.")
    qtbot.mouseClick(factors, LEFT)
    user.will("factor", kind=FactorKind.BELEMMEREND, context=FactorContext.ONDERWIJSLEERSITUATIE,
              text="Lange instructies zonder beeld.")
    qtbot.mouseClick(factors, LEFT)
    user.will("onderwijsbehoefte", goal_text="vlot lezen op AVI E4", slot=NeedSlot.INSTRUCTIE,
              text="verlengde instructie in een klein groepje krijgt")
    qtbot.mouseClick(steps.view.lists["needs"].ui.addButton, LEFT)
    user.will("ondersteuningsbehoefte", theme="Differentieren bij lezen",
              wants_to_achieve="Zoe mee is met de instructie", already_does="werk met pictogrammen",
              needs="tips van de zorgleraar")
    qtbot.mouseClick(steps.view.lists["support"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)

    # Organiseren: goals need a plan first.
    assert not steps.view.lists["goals"].ui.addButton.isVisible()
    user.will("plan", start_date=TODAY - timedelta(days=14), evaluation_date=TODAY + timedelta(days=42),
              starting_situation="Leest AVI M4 met veel fouten.", approach="Zorgleraar 2x per week.")
    qtbot.mouseClick(ui.editPlanButton, LEFT)
    user.will("doel", description="Leest een AVI E4-tekst vlot.", criterion="max 5 fouten per minuut")
    qtbot.mouseClick(steps.view.lists["goals"].ui.addButton, LEFT)
    user.will("doel", description="Leest thuis elke dag 10 minuten.", criterion="leeskaart")
    qtbot.mouseClick(steps.view.lists["goals"].ui.addButton, LEFT)
    user.will("maatregel", category=MeasureCategory.COMPENSEREN, description="Voorleessoftware",
              responsible_role=Role.ZORGLERAAR, frequency="bij lange teksten")
    qtbot.mouseClick(steps.view.lists["measures"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)
    assert steps.current.cycle.step is HgwStep.REALISEREN
    assert not ui.nextStepButton.isEnabled()

    # Realiseren: a note, then each goal evaluated; closing needs every goal evaluated.
    user.will("notitie", text="Voorleessoftware helpt bij wereldorientatie.")
    qtbot.mouseClick(steps.view.lists["notes"].ui.addButton, LEFT)
    evaluation = steps.view.lists["evaluation"].ui.table
    for row, result in ((0, GoalResult.BEREIKT), (1, GoalResult.NIET_BEREIKT)):
        evaluation.selectRow(row)
        user.will("evaluatie", result=result, evaluation_note="Besproken met ouders.")
        qtbot.mouseClick(steps.view.lists["evaluation"].ui.editButton, LEFT)
    qtbot.mouseClick(ui.closeCycleButton, LEFT)
    assert any("Cyclus 1 afsluiten" in q for q in user.questions)
    assert steps.current.cycle.number == 2 and steps.current.cycle.step is HgwStep.WAARNEMEN
    assert ui.cycleCombo.count() == 2

    # The next cycle starts from the previous plan; only the unreached goal comes along.
    steps.show_page(HgwStep.ORGANISEREN)
    assert ui.copyPlanButton.isVisible()
    qtbot.mouseClick(ui.copyPlanButton, LEFT)
    assert [g.description for g in steps.current.goals] == ["Leest thuis elke dag 10 minuten."]

    # The old cycle stays readable but cannot change.
    ui.cycleCombo.setCurrentIndex(0)
    assert not steps.view.lists["observations"].ui.addButton.isVisible()
    assert "alleen lezen" in ui.cycleStateLabel.text()
    ui.cycleCombo.setCurrentIndex(1)

    # Phase 2 asks for the CLB consent (who, when) on the spot. Cancelling it leaves the
    # phase as it was, with the continuum's reason; giving it moves the trajectory on.
    user.will("fase", phase=Phase.UITBREIDING_VAN_ZORG, reason="Extra zorg volstaat niet.",
              expect_error="toestemming")
    user.will("CLB-aanvraag", cancel=True)  # opens inside the phase dialog's save
    qtbot.mouseClick(ui.changePhaseButton, LEFT)
    assert ui.phaseBadge.text() == "Fase 1"
    user.will("fase", phase=Phase.UITBREIDING_VAN_ZORG, reason="Extra zorg volstaat niet.")
    user.will("CLB-aanvraag", question="Wat heeft Zoe nodig om te leren lezen?",
              requested_on=TODAY - timedelta(days=5), consent_by=ConsentBy.OUDERS,
              consent_on=TODAY - timedelta(days=2), status=RequestStatus.LOPEND,
              started_on=TODAY - timedelta(days=1))
    qtbot.mouseClick(ui.changePhaseButton, LEFT)
    assert ui.phaseBadge.text() == "Fase 2"
    user.done()

    # The pupil list shows the new state.
    main.pupils.page.ui.searchEdit.clear()
    row = main.pupils.model.row_at(0)
    assert row.highest_phase is Phase.UITBREIDING_VAN_ZORG
    assert row.steps == (HgwStep.WAARNEMEN,)  # cycle 2 starts at waarnemen

    # Read back through the services, after a restart.
    pupil_id = file.pupil_id
    main.lock()
    opened = open_workspace(workspace, key_store)
    try:
        (trajectory,) = trajectory_service.list_trajectories(opened.store, pupil_id=pupil_id)
        saved = trajectory_service.trajectory_file(opened.store, trajectory.id)
    finally:
        opened.store.close()
    first, second = saved.cycles
    assert first.cycle.closed_on == TODAY and second.cycle.closed_on is None
    assert [o.source for o in first.observations] == [ObservationSource.TOETS,
                                                       ObservationSource.GESPREK_OUDERS]
    assert [o.confidential for o in first.observations] == [False, True]
    assert {f.kind for f in first.factors} == {FactorKind.STIMULEREND, FactorKind.BELEMMEREND}
    assert first.needs[0].goal_text == "vlot lezen op AVI E4"
    assert first.support_needs[0].needs == "tips van de zorgleraar"
    assert first.plan.evaluation_date == TODAY + timedelta(days=42)
    assert [g.result for g in first.goals] == [GoalResult.BEREIKT, GoalResult.NIET_BEREIKT]
    assert all(g.evaluated_on == TODAY for g in first.goals)
    assert first.measures[0].category is MeasureCategory.COMPENSEREN
    assert first.notes[0].text.startswith("Voorleessoftware")
    assert second.plan.start_date == TODAY and [g.result for g in second.goals] == [None]
    assert [p.phase for p in saved.trajectory.phases] == [Phase.VERHOOGDE_ZORG, Phase.UITBREIDING_VAN_ZORG]
    assert saved.clb_requests[0].consent_by is ConsentBy.OUDERS


def test_group_cycle_through_the_gui(qtbot, workspace, key_store):
    opened = open_workspace(workspace, key_store)
    year = school_service.current_school_year(opened.store, TODAY)
    school_service.set_current_school_year(opened.store, year)
    group = school_service.save_group(opened.store, school_service.ClassGroup(name="4B", school_year=year))
    for first, last in (("Ana", "Diallo"), ("Bram", "Peeters"), ("Çağla", "Yılmaz"), ("Łukasz", "Nowak")):
        pupil_service.create_pupil(opened.store, Pupil(first_name=first, last_name=last,
                                                       birth_year=2016), group.id)
    opened.store.close()

    user = ScriptedUser(qtbot)
    _window, main = _open_main(qtbot, workspace, key_store, user)
    main.show_section(2)
    groups = main.groups
    gui = groups.page.ui

    # Three subgroups, then two pupils into "Intensief" by multi-select.
    qtbot.mouseClick(gui.standardSubgroupsButton, LEFT)
    assert [w.title().split(" (")[0] for w in groups.page.subgroup_lists] == \
        ["Basis", "Intensief", "Meer", "Zonder subgroep"]
    table = gui.overviewTable
    table.selectRow(0)
    table.selectionModel().select(groups.model.index(2, 0), table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    gui.assignCombo.set_value(next(w.subgroup_id for w in groups.page.subgroup_lists
                                   if w.title().startswith("Intensief")))
    qtbot.mouseClick(gui.assignButton, LEFT)
    intensief = next(w for w in groups.page.subgroup_lists if w.title().startswith("Intensief"))
    assert len(intensief.pupil_ids()) == 2

    # A groepsplan for the subgroup, walked through the four steps.
    user.will("groepstraject", title="Technisch lezen", domain=CareDomain.LEREN_EN_STUDEREN,
              subgroup_id=intensief.subgroup_id, phase=Phase.BREDE_BASISZORG)
    qtbot.mouseClick(gui.newGroupTrajectoryButton, LEFT)
    steps = groups.trajectory
    ui = steps.view.ui
    user.will("waarneming", source=ObservationSource.LEERLINGVOLGSYSTEEM,
              text="LVS lezen: vier leerlingen onder P25.")
    qtbot.mouseClick(steps.view.lists["observations"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)
    user.will("factor", kind=FactorKind.STIMULEREND, context=FactorContext.GROEP,
              text="De groep helpt elkaar graag.")
    qtbot.mouseClick(steps.view.lists["factors"].ui.addButton, LEFT)
    user.will("onderwijsbehoefte", goal_text="vlot lezen", slot=NeedSlot.LEERACTIVITEITEN,
              text="duo-lezen met een sterkere lezer")
    qtbot.mouseClick(steps.view.lists["needs"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)
    user.will("plan", start_date=TODAY - timedelta(weeks=8), evaluation_date=TODAY)
    qtbot.mouseClick(ui.editPlanButton, LEFT)
    assert "Groepsplan" in ui.planSummaryLabel.text()
    user.will("doel", description="Lezen AVI-niveau van hun leerjaar.")
    qtbot.mouseClick(steps.view.lists["goals"].ui.addButton, LEFT)
    user.will("maatregel", category=MeasureCategory.DIFFERENTIEREN, description="Verlengde instructie")
    qtbot.mouseClick(steps.view.lists["measures"].ui.addButton, LEFT)
    qtbot.mouseClick(ui.nextStepButton, LEFT)
    user.will("notitie", text="Week 4: duo-lezen loopt goed.")
    qtbot.mouseClick(steps.view.lists["notes"].ui.addButton, LEFT)

    # Closing before the evaluation is refused (Dutch message), then done properly.
    assert not steps.close_cycle()
    assert "Evalueer eerst elk doel" in user.errors[-1]
    steps.view.lists["evaluation"].ui.table.selectRow(0)
    user.will("evaluatie", result=GoalResult.DEELS_BEREIKT)
    qtbot.mouseClick(steps.view.lists["evaluation"].ui.editButton, LEFT)
    qtbot.mouseClick(ui.closeCycleButton, LEFT)
    assert steps.current.cycle.number == 2
    user.done()

    main.lock()
    opened = open_workspace(workspace, key_store)
    try:
        (trajectory,) = trajectory_service.list_trajectories(opened.store, group_id=group.id)
        saved = trajectory_service.trajectory_file(opened.store, trajectory.id)
        members = dict((s.name, m) for s, m in school_service.list_subgroups(opened.store, group.id))
    finally:
        opened.store.close()
    assert saved.trajectory.subgroup_id == intensief.subgroup_id
    assert len(members["Intensief"]) == 2 and members["Basis"] == []
    first = saved.cycles[0]
    assert first.plan.plan_type.value == "groepsplan"
    assert first.goals[0].result is GoalResult.DEELS_BEREIKT
    assert first.cycle.closed_on == TODAY and len(saved.cycles) == 2


def test_editing_a_trajectory_cannot_close_or_reopen_it(qtbot, workspace, key_store):
    opened = open_workspace(workspace, key_store)
    pupil = pupil_service.create_pupil(opened.store, Pupil(first_name="Inès", last_name="Dubois",
                                                           birth_year=2015))
    trajectory = trajectory_service.open_trajectory(opened.store, Trajectory(
        title="Welbevinden", domain=CareDomain.PSYCHISCH_EN_SOCIAAL, start_date=TODAY - timedelta(days=30),
        pupil_id=pupil.id))
    opened.store.close()
    user = ScriptedUser(qtbot)
    _window, main = _open_main(qtbot, workspace, key_store, user)
    file = main.open_pupil(pupil.id)
    qtbot.addWidget(file.view)
    steps = file.trajectory
    shown = []

    def look(dialog):
        shown.append([dialog.editors["status"].itemText(i) for i in range(dialog.editors["status"].count())])
        return False

    steps.interaction = replace(steps.interaction, open_dialog=look)
    steps.edit_trajectory()
    assert shown == [["Lopend", "Gepauzeerd"]]
    steps.interaction = user.interaction(TODAY)
    qtbot.mouseClick(steps.view.ui.closeTrajectoryButton, LEFT)
    assert any("Traject afsluiten" in q for q in user.questions)
    assert not steps.view.ui.editTrajectoryButton.isEnabled()
    saved = trajectory_service.trajectory_file(main.store, trajectory.id)
    assert saved.trajectory.end_date == TODAY and saved.current.cycle.closed_on == TODAY
