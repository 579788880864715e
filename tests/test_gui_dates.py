"""Every date field of every form, typed with real key events as a person types dates, saved,
and read back through the services after a restart.

A date typed into an optional field used to show ‘–30012027’ and was dropped on save while
every test passed: the tests set the widgets' values directly. Here nothing is set
directly: ``ScriptedUser`` clicks into each date field and types it (in turn as 25/11/2026,
5/3/27, 25-11-2026 and 25112026), and the last test checks that no form with a date
field was left out.
"""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser, type_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    ConsultationType,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    ObservationSource,
    Phase,
    RequestStatus,
    Role,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.services import consultations as consultation_service
from go_hgw_desktop.services import partners
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.record_spec import RecordSpec
from go_hgw_desktop.ui.views.editors import DateEdit
from go_hgw_desktop.ui.views.record_dialog import RecordDialog

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


@pytest.fixture
def school(data_dir, key_store):
    opened = open_workspace(data_dir, key_store, school_name="GO! Atheneum Đurić")
    year = school_service.current_school_year(opened.store, TODAY)
    school_service.set_current_school_year(opened.store, year)
    group = school_service.save_group(opened.store, school_service.ClassGroup(name="5B", school_year=year))
    opened.store.close()
    return group.id


class Typist(ScriptedUser):
    """The scripted user, also noting which date fields of which form it typed into."""

    def __init__(self, qtbot) -> None:
        super().__init__(qtbot)
        self.typed: set[tuple[str, str]] = set()

    def __call__(self, dialog) -> bool:
        if self.steps and not self.steps[0].cancel:
            self.typed |= {(dialog.spec.noun, name) for name in self.steps[0].values
                           if isinstance(dialog.editors[name], DateEdit)}
        return super().__call__(dialog)


TYPED: set[tuple[str, str]] = set()  # over the module's tests, for the completeness check


def _main(qtbot, data_dir, key_store, user):
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window, main


def _reopen(main, data_dir, key_store):
    main.lock()
    return open_workspace(data_dir, key_store).store


def test_every_date_of_a_pupil_trajectory_is_typed_and_kept(qtbot, data_dir, key_store, school):
    user = Typist(qtbot)
    _window, main = _main(qtbot, data_dir, key_store, user)

    main.show_section(1)
    user.will("leerling", first_name="Nguyen", last_name="Thi Ánh", birth_year=2014, group_id=school,
              entry_date=date(2020, 9, 1), leave_date=None)
    qtbot.mouseClick(main.pupils.page.ui.newPupilButton, LEFT)
    pupil_id = main.pupils.model.row_at(0).id
    file = main.open_pupil(pupil_id)
    qtbot.addWidget(file.view)
    file.view.show()

    user.will("traject", title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, phase=Phase.VERHOOGDE_ZORG,
              start_date=date(2026, 9, 14))
    qtbot.mouseClick(file.view.ui.newTrajectoryButton, LEFT)
    steps = file.trajectory
    lists = steps.view.lists

    user.will("waarneming", observed_on=date(2026, 9, 15), source=ObservationSource.TOETS,
              author_role=Role.KLASLERAAR, text="Leest traag.")
    qtbot.mouseClick(lists["observations"].ui.addButton, LEFT)
    user.will("gesprek", held_on=date(2026, 9, 16), participants="mama", said="Lezen is thuis moeilijk.")
    qtbot.mouseClick(lists["conversations"].ui.addButton, LEFT)
    steps.show_page(HgwStep.BEGRIJPEN)
    user.will("visie", recorded_on=date(2026, 9, 17), text="De ouders zien faalangst.")
    qtbot.mouseClick(lists["views"].ui.addButton, LEFT)
    steps.show_page(HgwStep.ORGANISEREN)
    user.will("plan", start_date=date(2026, 9, 21), end_date=date(2026, 12, 18),
              evaluation_date=date(2026, 12, 11), starting_situation="AVI M4.",
              discussed_with_parents_on=date(2026, 9, 18))
    qtbot.mouseClick(steps.view.ui.editPlanButton, LEFT)
    user.will("doel", description="Leest AVI-M4 vlot.", deadline=date(2027, 1, 30))
    qtbot.mouseClick(lists["goals"].ui.addButton, LEFT)
    user.will("maatregel", category=MeasureCategory.COMPENSEREN, description="Voorleessoftware")
    qtbot.mouseClick(lists["measures"].ui.addButton, LEFT)
    steps.show_page(HgwStep.REALISEREN)
    user.will("notitie", noted_on=date(2026, 10, 2), text="Loopt goed.")
    qtbot.mouseClick(lists["notes"].ui.addButton, LEFT)
    lists["evaluation"].ui.table.selectRow(0)
    user.will("evaluatie", result=GoalResult.DEELS_BEREIKT, evaluated_on=date(2026, 11, 20))
    qtbot.mouseClick(lists["evaluation"].ui.editButton, LEFT)

    steps.show_page("partners")
    user.will("CLB-aanvraag", requested_on=date(2026, 10, 5), question="Wat helpt bij lezen?",
              consent_by=ConsentBy.OUDERS, consent_on=date(2026, 10, 7), status=RequestStatus.LOPEND,
              started_on=date(2026, 10, 12), closed_on=date(2026, 11, 24))
    qtbot.mouseClick(lists["clb"].ui.addButton, LEFT)
    user.will("fase", phase=Phase.UITBREIDING_VAN_ZORG, start_date=date(2026, 10, 13), reason="CLB mee.")
    qtbot.mouseClick(steps.view.ui.changePhaseButton, LEFT)
    user.will("verslag", kind=VerslagType.GC, issued_on=date(2026, 11, 3), status=VerslagStatus.AFGELEVERD)
    qtbot.mouseClick(lists["verslag"].ui.addButton, LEFT)
    user.will("leersteunaanvraag", kind=LeersteunKind.LEERLINGGERICHT, status=LeersteunStatus.LOPEND,
              requested_on=date(2026, 10, 20), started_on=date(2026, 11, 2), ended_on=date(2027, 6, 30),
              theme="Lezen")
    qtbot.mouseClick(lists["leersteun"].ui.addButton, LEFT)

    # Typing over a date that is there, and clearing an optional one.
    user.will("leerling", entry_date=None, leave_date=date(2027, 6, 30))
    qtbot.mouseClick(file.view.ui.editIdentityButton, LEFT)
    user.done()
    TYPED.update(user.typed)
    assert user.dates_typed >= 20

    store = _reopen(main, data_dir, key_store)
    try:
        pupil = pupil_service.get_pupil(store, pupil_id)
        (trajectory,) = trajectory_service.list_trajectories(store, pupil_id=pupil_id)
        saved = trajectory_service.trajectory_file(store, trajectory.id)
    finally:
        store.close()
    assert (pupil.entry_date, pupil.leave_date) == (None, date(2027, 6, 30))
    assert saved.trajectory.start_date == date(2026, 9, 14)
    cycle = saved.current
    assert cycle.observations[0].observed_on == date(2026, 9, 15)
    assert cycle.conversations[0].held_on == date(2026, 9, 16)
    assert cycle.views[0].recorded_on == date(2026, 9, 17)
    assert cycle.plan.discussed_with_parents_on == date(2026, 9, 18)
    assert (cycle.plan.start_date, cycle.plan.end_date, cycle.plan.evaluation_date) == (
        date(2026, 9, 21), date(2026, 12, 18), date(2026, 12, 11))
    assert cycle.goals[0].deadline == date(2027, 1, 30)
    assert cycle.goals[0].evaluated_on == date(2026, 11, 20)
    assert cycle.notes[0].noted_on == date(2026, 10, 2)
    assert [p.start_date for p in saved.trajectory.phases] == [date(2026, 9, 14), date(2026, 10, 13)]
    clb = saved.clb_requests[0]
    assert (clb.requested_on, clb.consent_on, clb.started_on, clb.closed_on) == (
        date(2026, 10, 5), date(2026, 10, 7), date(2026, 10, 12), date(2026, 11, 24))
    assert saved.verslagen[0].issued_on == date(2026, 11, 3)
    leersteun = saved.leersteun[0]
    assert (leersteun.requested_on, leersteun.started_on, leersteun.ended_on) == (
        date(2026, 10, 20), date(2026, 11, 2), date(2027, 6, 30))


def test_every_date_of_consultations_groups_and_team_leersteun(qtbot, data_dir, key_store, school):
    user = Typist(qtbot)
    _window, main = _main(qtbot, data_dir, key_store, user)

    main.show_section(3)
    page = main.consultations.page
    user.will("overleg", kind=ConsultationType.MDO, held_on=date(2026, 10, 8), title="MDO 5B")
    qtbot.mouseClick(page.ui.newConsultationButton, LEFT)
    user.will("afspraak", description="Ouders uitnodigen", due_on=date(2026, 10, 22), done_on=None)
    qtbot.mouseClick(page.actions.ui.addButton, LEFT)
    page.actions.ui.table.selectRow(0)
    user.will("afspraak", due_on=date(2026, 10, 29), done_on=date(2026, 10, 21))  # typed over
    qtbot.mouseClick(page.actions.ui.editButton, LEFT)

    main.show_section(2)
    user.will("groepstraject", title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN,
              phase=Phase.BREDE_BASISZORG, start_date=date(2026, 9, 7))
    qtbot.mouseClick(main.groups.page.ui.newGroupTrajectoryButton, LEFT)

    main.show_section(0)
    user.will("leersteunaanvraag voor leraar of team", kind=LeersteunKind.TEAMGERICHT,
              status=LeersteunStatus.AANGEVRAAGD, requested_on=date(2026, 11, 9), started_on=None,
              ended_on=None, theme="Klasmanagement")
    qtbot.mouseClick(main.dashboard.page.ui.teamLeersteunButton, LEFT)
    user.done()
    TYPED.update(user.typed)

    store = _reopen(main, data_dir, key_store)
    try:
        (consultation,) = consultation_service.list_consultations(store)
        (item,) = consultation_service.action_items(store, consultation.id)
        (group_trajectory,) = trajectory_service.list_trajectories(store, group_id=school)
        (team,) = partners.team_leersteun(store)
    finally:
        store.close()
    assert consultation.held_on == date(2026, 10, 8)
    assert (item.due_on, item.done_on) == (date(2026, 10, 29), date(2026, 10, 21))
    assert group_trajectory.start_date == date(2026, 9, 7)
    assert (team.requested_on, team.started_on, team.ended_on) == (date(2026, 11, 9), None, None)


def _dialog(qtbot, spec: RecordSpec, record, saved: list) -> RecordDialog:
    dialog = RecordDialog(spec, record, lambda edited: saved.append(edited) or edited)
    dialog.setProperty("shown_by_test", True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_an_unreadable_date_is_marked_in_dutch_and_blocks_saving(qtbot):
    from go_hgw_desktop.domain.plan import Goal
    from go_hgw_desktop.ui.controllers.record_specs import GOAL

    saved: list = []
    dialog = _dialog(qtbot, GOAL, Goal(plan_id=1, description="Leest vlot."), saved)
    deadline = dialog.editors["deadline"]
    qtbot.mouseClick(deadline.line, LEFT)
    qtbot.keyClicks(deadline.line, "31/02/2027")
    qtbot.keyClick(deadline.line, Qt.Key.Key_Tab)
    assert deadline.error.isVisible() and "geen bestaande datum" in deadline.error.text()
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert saved == [] and dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("Tegen: ‘31/02/2027’ is geen bestaande datum")
    assert QApplication.focusWidget() is deadline.line  # the cursor goes to the field to fix
    area = dialog.ui.scrollArea  # the dialog grew for the message: no field hides behind a scroll bar
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=2000)
    qtbot.keyClicks(deadline.line, "28022027")  # the text was selected: typed over
    assert not deadline.error.isVisible()  # the mark goes as soon as the date reads
    dialog.try_save()
    assert saved[0].deadline == date(2027, 2, 28)


def test_a_required_date_cannot_be_left_empty(qtbot):
    from go_hgw_desktop.domain.cycle_items import FollowUpNote
    from go_hgw_desktop.ui.controllers.record_specs import NOTE

    saved: list = []
    dialog = _dialog(qtbot, NOTE, FollowUpNote(cycle_id=1, noted_on=TODAY, text="Loopt."), saved)
    noted = dialog.editors["noted_on"]
    assert QApplication.focusWidget() is noted.line and noted.line.selectedText() == "25/11/2026"
    qtbot.keyClick(noted.line, Qt.Key.Key_Delete)
    dialog.try_save()
    assert saved == [] and "Vul een datum in" in dialog.ui.errorLabel.text()


def test_the_calendar_opens_at_the_fields_date_or_today_and_picks_by_keyboard(qtbot):
    from go_hgw_desktop.domain.plan import Goal
    from go_hgw_desktop.ui.controllers.record_specs import GOAL

    saved: list = []
    dialog = _dialog(qtbot, GOAL, Goal(plan_id=1, description="Leest vlot.", deadline=date(2027, 3, 15)),
                     saved)
    deadline = dialog.editors["deadline"]
    type_date(qtbot, deadline, date(2027, 3, 15))
    qtbot.mouseClick(deadline.line, LEFT)
    qtbot.keyClick(deadline.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = deadline.calendar()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.selectedDate().toPython() == date(2027, 3, 15)  # not januari 1900
    keys = QApplication.focusWidget()  # where the keyboard goes: inside the calendar
    assert calendar.isAncestorOf(keys)
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # one day on
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    assert deadline.value() == date(2027, 3, 16) and not calendar.isVisible()

    type_date(qtbot, deadline, None)  # an empty field: the calendar opens at today
    qtbot.mouseClick(deadline.button, LEFT)
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.selectedDate().toPython() == date.today()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=2000)
    assert deadline.value() is None  # closing the calendar chose nothing
    dialog.try_save()
    assert saved[0].deadline is None


def test_up_and_down_step_a_day(qtbot):
    from go_hgw_desktop.domain.cycle_items import FollowUpNote
    from go_hgw_desktop.ui.controllers.record_specs import NOTE

    saved: list = []
    dialog = _dialog(qtbot, NOTE, FollowUpNote(cycle_id=1, noted_on=date(2026, 12, 31), text="x"), saved)
    noted = dialog.editors["noted_on"]
    qtbot.keyClick(noted.line, Qt.Key.Key_Up)
    assert noted.text() == "01/01/2027"
    qtbot.keyClick(noted.line, Qt.Key.Key_Down)
    qtbot.keyClick(noted.line, Qt.Key.Key_Down)
    assert noted.value() == date(2026, 12, 30)


def _all_date_fields() -> set[tuple[str, str]]:
    """(form, field) for every editable date field the app declares."""
    from go_hgw_desktop.ui.controllers import (
        consultations_controller,
        pupil_file_controller,
        record_specs,
        trajectory_controller,
    )

    specs = [value for module in (record_specs, consultations_controller, trajectory_controller)
             for value in vars(module).values() if isinstance(value, RecordSpec)]
    specs += [pupil_file_controller.pupil_spec(list), trajectory_controller.new_group_trajectory_spec(list),
              consultations_controller.consultation_spec(list, list)]
    return {(spec.noun, f.name) for spec in specs for f in spec.fields
            if f.kind == "date" and f.editable and spec is not consultations_controller.LIST_SPEC}


def test_no_date_field_was_left_untyped():
    """Runs after the walks above (pytest keeps the file's order)."""
    missing = _all_date_fields() - TYPED
    assert not missing, f"date fields no test typed into: {sorted(missing)}"
