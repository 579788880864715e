"""The Overzicht as a coordinator meets it: hints on a fresh school, counts and entries that open."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser

from go_hgw_desktop.domain.choices import CareDomain, Phase
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import dashboard, school, trajectories
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.views.dashboard_page import TARGET_ROLE

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _window(qtbot, data_dir, key_store):
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    return window, main


def test_a_fresh_school_says_what_to_do_instead_of_showing_zeros(qtbot, data_dir, key_store):
    open_workspace(data_dir, key_store).store.close()
    window, main = _window(qtbot, data_dir, key_store)
    ui = main.dashboard.page.ui
    for tree, hint in ((ui.evaluationsTree, "Geen evaluaties"), (ui.requestsTree, "Geen open aanvragen"),
                       (ui.actionsTree, "Geen open afspraken"), (ui.consultationsTree, "Geen overleg")):
        assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0).startswith(hint)
    assert ui.phasesChart.text() == (  # a fresh school has no pupils yet: that comes first
        "Nog geen leerlingen. Begin bij Leerlingen: ‘Klaslijst importeren…’ leest de klaslijsten in.")
    assert ui.domainsChart.text() == "Nog geen lopende trajecten."
    # The hint wraps inside its box instead of running out of it at 1024 px.
    qtbot.waitExposed(window)
    assert ui.phasesChart.height() >= ui.phasesChart.heightForWidth(ui.phasesChart.width())
    main.show_section(3)  # Overleg: nothing to edit or delete yet
    overleg = main.consultations.page.ui
    assert not overleg.editConsultationButton.isEnabled() and not overleg.deleteConsultationButton.isEnabled()
    assert overleg.newConsultationButton.isEnabled()
    main.close_store()


def test_a_school_with_only_a_group_trajectory_is_told_so_beside_the_empty_phases(
        qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    group = school.save_group(opened.store, ClassGroup(name="3A", school_year=school.current_school_year(
        opened.store, TODAY)))
    trajectories.open_trajectory(opened.store, Trajectory(
        title="Begrijpend lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=TODAY, group_id=group.id),
        Phase.BREDE_BASISZORG)
    opened.store.close()
    window, main = _window(qtbot, data_dir, key_store)
    chart = main.dashboard.page.ui.phasesChart
    assert chart.text().splitlines() == [  # the class has no pupils yet: that comes first
        "Nog geen leerlingen. Begin bij Leerlingen: ‘Klaslijst importeren…’ leest de klaslijsten in.",
        "Daarnaast 1 lopende groepstraject(en).",
    ]
    qtbot.waitExposed(window)
    assert chart.height() >= chart.heightForWidth(chart.width())  # room for the hint and the note
    assert main.dashboard.page.ui.domainsChart.text().splitlines()[0] == "Leren en studeren: 1"
    main.close_store()


def test_the_continuum_counts_and_every_entry_opens_its_record(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=80, seed=3, today=TODAY)
    board = dashboard.dashboard(opened.store, TODAY)
    opened.store.close()
    window, main = _window(qtbot, data_dir, key_store)
    ui = main.dashboard.page.ui

    phases = ui.phasesChart.text().splitlines()
    assert phases[:4] == [f"{p.label}: {board.pupils_per_phase[p]}" for p in Phase]
    if board.group_trajectories:
        assert phases[4] == f"Daarnaast {board.group_trajectories} lopende groepstraject(en)."
    assert ui.domainsChart.text().splitlines() == [
        f"{d.label}: {board.trajectories_per_domain[d]}" for d in CareDomain]
    assert ui.phasesChart.accessibleDescription() == ui.phasesChart.text()  # for screen readers
    qtbot.waitExposed(window)
    image = ui.phasesChart.grab().toImage()
    assert image.width() > 0 and not image.isNull()

    # An evaluation entry opens the pupil's file (or the group) on that trajectory.
    evaluations = ui.evaluationsTree
    first = evaluations.topLevelItem(0)
    target = first.data(0, TARGET_ROLE)
    assert target == f"trajectory:{(board.overdue + board.due_soon)[0].trajectory_id}"
    evaluations.itemActivated.emit(first, 0)
    if main.pupil_files:
        (pupil_file,) = main.pupil_files.values()
        assert pupil_file.trajectory.trajectory_id == int(target.partition(":")[2])
        pupil_file.view.close()
    else:
        assert window.ui.navList.currentRow() == 2  # Groepen

    # A CLB or leersteun request opens its trajectory at the page with the requests.
    requests = ui.requestsTree
    row = next(i for i in range(requests.topLevelItemCount())  # a pupil's, not a class's
               if str(requests.topLevelItem(i).data(0, TARGET_ROLE)).startswith("partners:")
               and not requests.topLevelItem(i).text(1).startswith("Klas "))
    target = requests.topLevelItem(row).data(0, TARGET_ROLE)
    assert main.pupil_files == {}
    requests.itemActivated.emit(requests.topLevelItem(row), 0)
    (pupil_file,) = main.pupil_files.values()
    steps = pupil_file.trajectory
    assert steps.trajectory_id == int(target.partition(":")[2])
    assert steps.view.ui.stepStack.currentWidget() is steps.view.pages["partners"]
    pupil_file.view.close()

    # A consultation entry opens the Overleg section on that consultation.
    consultations = ui.consultationsTree
    main.show_section(0)
    consultations.itemActivated.emit(consultations.topLevelItem(0), 0)
    assert window.ui.navList.currentRow() == 3
    wanted = board.upcoming_consultations[0].consultation_id
    assert main.consultations.current.id == wanted
    main.close_store()
