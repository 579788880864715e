"""Groepen as a coordinator uses it every day: pupils who left are gone from the class, the
groepsoverzicht keeps what is known, and Toewijzen works from every list."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.choices import CareDomain, ConsultationType, ObservationSource, Phase
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import consultations as consultation_service
from go_hgw_desktop.services import group_overview
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton
NAMES = (("Ana", "Diallo"), ("Bram", "Peeters"), ("Çağla", "Yılmaz"), ("Łukasz", "Nowak"), ("Thảo", "Nguyễn"))


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


@pytest.fixture
def school(data_dir, key_store):
    """Class 4B of five pupils; Łukasz left on 15/11, Thảo leaves at Christmas (still here)."""
    opened = open_workspace(data_dir, key_store)
    store = opened.store
    year = school_service.current_school_year(store, TODAY)
    school_service.set_current_school_year(store, year)
    group = school_service.save_group(store, school_service.ClassGroup(name="4B", school_year=year))
    pupils = {}
    for first, last in NAMES:
        leave = {"Nowak": date(2026, 11, 15), "Nguyễn": date(2026, 12, 22)}.get(last)
        pupils[last] = pupil_service.create_pupil(store, Pupil(first_name=first, last_name=last,
                                                               birth_year=2016, leave_date=leave), group.id)
    school_service.set_subgroup_members(
        store, group_overview.create_standard_subgroups(store, group.id)[1].id,
        [pupils["Nowak"].id, pupils["Peeters"].id])
    store.close()
    return data_dir, group.id, {last: p.id for last, p in pupils.items()}


def _main(qtbot, data_dir, key_store, interaction):
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    main.show_section(2)
    return window, main


def test_a_pupil_who_left_is_gone_from_groepen_and_new_pick_lists(qtbot, school, key_store):
    data_dir, group_id, ids = school
    user = ScriptedUser(qtbot)
    _window, main = _main(qtbot, data_dir, key_store, user.interaction(TODAY))
    groups = main.groups
    shown = [groups.model.row_at(r).name for r in range(groups.model.rowCount())]
    assert "Nowak, Łukasz" not in shown and "Nguyễn, Thảo" in shown and len(shown) == 4
    assert "4 leerlingen" in groups.page.ui.classTitleLabel.text()
    titles = [w.title() for w in groups.page.subgroup_lists]
    assert "Intensief (1)" in titles  # Bram; Łukasz left
    assert all(ids["Nowak"] not in w.pupil_ids() for w in groups.page.subgroup_lists)

    # Rearranging the subgroups keeps Łukasz's history in Intensief.
    table = groups.page.ui.overviewTable
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(groups.model.index(0, 0)).center())
    basis = next(w for w in groups.page.subgroup_lists if w.title().startswith("Basis"))
    groups.page.ui.assignCombo.set_value(basis.subgroup_id)
    qtbot.mouseClick(groups.page.ui.assignButton, LEFT)
    subgroups = school_service.list_subgroups(main.store, group_id, date(2026, 11, 1))  # before he left
    members = {subgroup.name: pupil_ids for subgroup, pupil_ids in subgroups}
    assert ids["Nowak"] in members["Intensief"]

    # A new consultation does not offer Łukasz.
    main.show_section(3)
    offered = []

    def look(dialog):
        picker = dialog.editors["pupil_ids"]
        offered.extend(picker.list.item(i).text() for i in range(picker.list.count()))
        return False

    main.consultations.interaction = Interaction(open_dialog=look, today=lambda: TODAY)
    qtbot.mouseClick(main.consultations.page.ui.newConsultationButton, LEFT)
    assert offered and not any("Nowak" in text for text in offered)
    assert any("Nguyễn" in text for text in offered)


def test_a_pupil_marked_vertrokken_in_the_file_is_gone_from_groepen_at_once(qtbot, school, key_store):
    data_dir, _group_id, ids = school
    user = ScriptedUser(qtbot)
    _window, main = _main(qtbot, data_dir, key_store, user.interaction(TODAY))
    groups = main.groups
    assert "4 leerlingen" in groups.page.ui.classTitleLabel.text()
    main.open_pupil(ids["Peeters"])
    (file,) = main.pupil_files.values()
    qtbot.addWidget(file.view)
    user.will("leerling", leave_date=date(2026, 11, 24))  # typed into "Vertrokken op"
    qtbot.mouseClick(file.view.ui.editIdentityButton, LEFT)
    user.done()
    # Back in Groepen (still the section on screen): Bram is gone from the class and Intensief.
    shown = [groups.model.row_at(r).name for r in range(groups.model.rowCount())]
    assert "Peeters, Bram" not in shown and "3 leerlingen" in groups.page.ui.classTitleLabel.text()
    assert "Intensief (0)" in [w.title() for w in groups.page.subgroup_lists]


def test_history_shows_who_left_marked(qtbot, school, key_store):
    data_dir, _group_id, ids = school
    opened = open_workspace(data_dir, key_store)
    consultation_service.save_consultation(opened.store, consultation_service.Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=date(2026, 10, 12), title="4B",
        pupil_ids=[ids["Nowak"], ids["Diallo"]]))
    opened.store.close()
    _window, main = _main(qtbot, data_dir, key_store, Interaction(today=lambda: TODAY))
    main.show_section(3)
    text = main.consultations.page.ui.detailsLabel.text()
    assert "Łukasz Nowak (vertrokken)" in text and "Ana Diallo" in text


def test_toewijzen_works_from_the_zonder_subgroep_list_with_feedback(qtbot, school, key_store):
    data_dir, group_id, _ids = school
    errors = []
    _window, main = _main(qtbot, data_dir, key_store,
                          Interaction(today=lambda: TODAY, notify=lambda _p, e: errors.append(e.message)))
    groups = main.groups
    ui = groups.page.ui
    qtbot.mouseClick(ui.assignButton, LEFT)  # nothing selected: said, not ignored
    assert errors and "Selecteer eerst" in errors[0]

    loose = next(w for w in groups.page.subgroup_lists if w.subgroup_id is None)
    first = loose.list.item(0)
    qtbot.mouseClick(loose.list.viewport(), LEFT, pos=loose.list.visualItemRect(first).center())
    picked = first.data(Qt.ItemDataRole.UserRole)
    meer = next(w for w in groups.page.subgroup_lists if w.title().startswith("Meer"))
    ui.assignCombo.set_value(meer.subgroup_id)
    qtbot.mouseClick(ui.assignButton, LEFT)
    members = dict((s.name, m) for s, m in school_service.list_subgroups(main.store, group_id, TODAY))
    assert members["Meer"] == [picked]
    assert ui.subgroupsHintLabel.text().startswith("1 leerling naar Meer.")
    meer = next(w for w in groups.page.subgroup_lists if w.title().startswith("Meer"))
    assert meer.title() == "Meer (1)" and meer.list.item(0).isSelected()  # where it went


def test_signals_in_the_groepsoverzicht_carry_their_date(store):
    """(A new cycle keeping them: tests/test_services.py, the group cycle.)"""
    year = school_service.current_school_year(store, TODAY)
    group = school_service.save_group(store, school_service.ClassGroup(name="2A", school_year=year))
    pupil = pupil_service.create_pupil(store, Pupil(first_name="Amira", last_name="Haddad",
                                                    birth_year=2019), group.id)
    track = trajectory_service.open_trajectory(store, Trajectory(
        title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 9, 8), pupil_id=pupil.id),
        Phase.VERHOOGDE_ZORG)
    cycle = trajectory_service.trajectory_file(store, track.id).current.cycle
    trajectory_service.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.TOETS,
        text="Leest traag."))
    row = group_overview.group_overview(store, group.id, TODAY)[0]
    assert row.signals == ["10/09/2026: Leest traag."]


def test_a_micro_overleg_form_takes_no_pupils(qtbot, school, key_store):
    """Choosing MICRO-overleg empties and disables ‘Besproken leerlingen’; choosing a
    leerlingenbespreking again makes it available."""
    data_dir, _group_id, _ids = school
    _window, main = _main(qtbot, data_dir, key_store, ScriptedUser(qtbot).interaction(TODAY))
    main.show_section(3)
    seen = {}

    def look(dialog):
        dialog.setProperty("shown_by_test", True)
        dialog.show()
        picker, kind = dialog.editors["pupil_ids"], dialog.editors["kind"]
        picker.list.item(0).setCheckState(Qt.CheckState.Checked)
        kind.setFocus()
        micro = kind.findText(ConsultationType.MICRO.label)
        while kind.currentIndex() < micro:
            qtbot.keyClick(kind, Qt.Key.Key_Down)
        seen["micro"] = (picker.isEnabled(), picker.value())
        qtbot.keyClick(kind, Qt.Key.Key_Home)
        seen["back"] = picker.isEnabled()
        dialog.hide()
        return False

    main.consultations.interaction = Interaction(open_dialog=look, today=lambda: TODAY)
    qtbot.mouseClick(main.consultations.page.ui.newConsultationButton, LEFT)
    assert seen == {"micro": (False, []), "back": True}
