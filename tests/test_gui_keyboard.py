"""Keyboard use: the shortcuts a coordinator relies on work as real key presses."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.choices import CareDomain, HgwStep
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application

TODAY = date(2026, 11, 25)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    qtbot.keyClick(widget, key, modifiers)


def test_shortcuts_navigate_search_and_walk_the_cycle(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    pupil_service.create_pupil(opened.store, Pupil(first_name="Amara", last_name="Okafor", birth_year=2016))
    opened.store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()

    for number, title in ((2, "Leerlingen"), (3, "Groepen"), (4, "Overleg"), (5, "Schoolfoto"),
                          (1, "Overzicht")):
        _press(qtbot, window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.ui.navList.currentItem().text() == title

    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    page = main.pupils.page
    assert page.ui.countLabel.text() == "1 leerling"
    _press(qtbot, page, Qt.Key.Key_F, CTRL)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClicks(page.ui.searchEdit, "okafor")
    assert main.pupil_files == {}
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)  # into the results
    assert page.ui.pupilTable.hasFocus() and page.ui.pupilTable.selectionModel().hasSelection()
    _press(qtbot, page, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)  # the one pupil found opens
    (file,) = main.pupil_files.values()
    qtbot.addWidget(file.view)

    user.will("traject", title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN)
    _press(qtbot, file.view, Qt.Key.Key_T, CTRL)
    steps = file.trajectory
    user.will("waarneming", text="Telt op de vingers tot 20.")
    _press(qtbot, file.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert len(steps.current.observations) == 1
    _press(qtbot, file.view, Qt.Key.Key_PageDown, CTRL)
    assert steps.current.cycle.step is HgwStep.BEGRIJPEN
    # Ctrl+Shift+N on Begrijpen, then cancelled: Begrijpen is back, not Waarnemen.
    user.will("waarneming", cancel=True)
    _press(qtbot, file.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert steps.view.current_page() is HgwStep.BEGRIJPEN
    _press(qtbot, file.view, Qt.Key.Key_W, CTRL)
    assert main.pupil_files == {}
    user.done()


def test_enter_with_several_pupils_found_goes_into_the_list_then_opens(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store, school_name="GO! Basisschool Ŀeie")
    for first in ("Imane", "Seo-yeon"):
        pupil_service.create_pupil(opened.store, Pupil(first_name=first, last_name="Doğan", birth_year=2016))
    opened.store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()
    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    page = main.pupils.page
    _press(qtbot, page, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.ui.searchEdit, "dogan")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)  # two found: Enter does not open a guess
    assert main.pupil_files == {}
    assert page.ui.pupilTable.hasFocus() and page.ui.pupilTable.selectionModel().selectedRows()[0].row() == 0
    _press(qtbot, page.ui.pupilTable, Qt.Key.Key_Down)
    _press(qtbot, page.ui.pupilTable, Qt.Key.Key_Return)
    (file,) = main.pupil_files.values()
    qtbot.addWidget(file.view)
    assert pupil_service.get_pupil(main.store, file.pupil_id).first_name == "Seo-yeon"


def test_no_two_buttons_on_screen_in_a_pupil_file_share_an_alt_key(qtbot, data_dir, key_store):
    from PySide6.QtWidgets import QAbstractButton

    from go_hgw_desktop.domain.choices import Phase
    from go_hgw_desktop.domain.trajectory import Trajectory
    from go_hgw_desktop.services import trajectories

    opened = open_workspace(data_dir, key_store)
    pupil = pupil_service.create_pupil(opened.store,
                                       Pupil(first_name="Łucja", last_name="Nowak", birth_year=2016))
    trajectories.open_trajectory(opened.store, Trajectory(
        title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=TODAY, pupil_id=pupil.id),
        Phase.VERHOOGDE_ZORG)
    opened.store.close()
    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=ScriptedUser(qtbot).interaction(TODAY))
    qtbot.addWidget(window)
    file = main.open_pupil(pupil.id)
    qtbot.addWidget(file.view)
    qtbot.waitExposed(file.view)
    for step_button in file.trajectory.view.step_buttons.values():
        step_button.click()
        keys: dict[str, str] = {}
        for button in file.view.findChildren(QAbstractButton):
            text = button.text()
            if button.isVisible() and "&" in text.replace("&&", ""):
                key = text[text.index("&") + 1].lower()
                assert key not in keys, f"Alt+{key.upper()}: {keys[key]!r} and {text!r}"
                keys[key] = text
        assert len(keys) >= 5
    main.close_store()
