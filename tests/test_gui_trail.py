"""The trail viewer as a coordinator uses it: type a few letters of a pupil among hundreds,
pick them with the keyboard, and read their lines in words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.services import audit_trail, pupils, school
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction

PUPILS = 400
FIRST = ("Noor", "Lucas", "Yasmine", "Arthur", "Lina", "Milan", "Sara", "Rayan", "Hanna", "Viktor")
LAST = ("Aerts", "Claes", "Dubois", "Goossens", "Hermans", "Jacobs", "Maes", "Mertens", "Smets", "Wouters")


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _school(data_dir, key_store):
    """Hundreds of pupils; Şahin and a leaver (with a stamboeknummer) among them."""
    store = open_workspace(data_dir, key_store, school_name="GO! Testschool").store
    group = school.save_group(store, ClassGroup(name="3A", school_year=school.SchoolYear(2026), grade="3"))
    with store.transaction() as session:
        for n in range(PUPILS):
            last = f"{LAST[n // 10 % 10]}{n}"
            pupils.create_pupil_in(session, Pupil(first_name=FIRST[n % 10], last_name=last, birth_year=2016),
                                   group.id)
    elif_ = pupils.create_pupil(store, Pupil(first_name="Elif", last_name="Şahin", birth_year=2016), group.id)
    jan = pupils.save_pupil(store, Pupil(first_name="Jan", last_name="Peeters", birth_year=2015,
                                         external_ref="20261234"), group.id)
    pupils.mark_left(store, jan.id, date(2026, 10, 1))
    audit_trail.record_opening(store, elif_.id)
    store.close()
    return elif_, jan


def _click_into(qtbot, edit) -> None:
    """Click into the field as a person does (the window comes forward first: on the offscreen
    platform the list under the field may have taken the activation); its text is selected."""
    window = edit.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and edit.selectedText() == edit.text(),
                    timeout=2000)


def _rows(table) -> list[tuple[str, str]]:
    return [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_typing_in_the_pupil_filter_finds_one_among_hundreds(qtbot, data_dir, key_store, tmp_path):
    elif_, jan = _school(data_dir, key_store)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=Interaction())
    qtbot.addWidget(window)
    window.show()
    main.show_section(5)
    ui = main._section(5).page.ui
    ui.tabs.setCurrentWidget(ui.trailTab)
    combo, table = ui.pupilCombo, ui.trailTable
    assert combo.count() == PUPILS + 3  # everyone, the leaver too, and "Alle leerlingen"
    assert table.rowCount() > PUPILS  # all lines: every pupil was added
    edit = combo.lineEdit()

    # Accents and case do not matter: "sahin" finds Şahin; the list under the field shows only her.
    _click_into(qtbot, edit)
    qtbot.keyClicks(edit, "sahin")
    popup = combo.finder.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        f"Şahin, Elif ({elif_.code})"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.value() == elif_.id and edit.text() == f"Şahin, Elif ({elif_.code})"
    assert _rows(table) == [
        (f"Dossier van {elif_.code} geopend", f"Şahin, Elif ({elif_.code})"),
        (f"Inschrijving in klas 3A (2026-2027) toegevoegd ({elif_.code})", f"Şahin, Elif ({elif_.code})"),
        (f"Leerling {elif_.code} toegevoegd", f"Şahin, Elif ({elif_.code})"),
    ]
    window.grab().save(str(tmp_path / "trail-filtered.png"))

    # Clicking into the field selects the name, so typing replaces it; Enter takes the first match.
    _click_into(qtbot, edit)
    qtbot.keyClicks(edit, "vertrokken")
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    label = f"Peeters, Jan ({jan.code}) (vertrokken)"
    assert combo.value() == jan.id and edit.text() == label
    assert {pupil for _what, pupil in _rows(table)} == {label}
    assert f"Gegevens van leerling {jan.code} gewijzigd" in [what for what, _pupil in _rows(table)]

    # The stamboeknummer finds them too, though it is not shown; two words both have to match.
    for typed, found in (("20261234", jan.id), ("elif sah", elif_.id), ("aerts1 lucas", None)):
        _click_into(qtbot, edit)
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        if found is not None:
            assert combo.value() == found, typed
    assert combo.value() == pupils.find_by_code(main.store, edit.text()[-10:-1]).id
    assert edit.text().startswith("Aerts1") and ", Lucas (" in edit.text()  # Aerts10, Aerts11 …: the first

    # Emptying the field and leaving it shows every pupil's lines again.
    _click_into(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert combo.value() is None and edit.text() == "" and edit.placeholderText()
    assert table.rowCount() > PUPILS
    # Typing something that matches nobody and leaving puts the choice back, not a half name.
    _click_into(qtbot, edit)
    qtbot.keyClicks(edit, "zzz")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert combo.value() is None and edit.text() == ""
    main.close_store()
