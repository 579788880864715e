"""The import wizard walked with the mouse and keyboard, as a new coordinator would."""

from __future__ import annotations

from datetime import date

import pytest
from classlists import PUPILS, rows, store_state, write_csv
from gui_user import type_date
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.import_dialog import ImportDialog

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _main(qtbot, data_dir, key_store, file, walk):
    open_workspace(data_dir, key_store, school_name="GO! Basisschool Ōkami").store.close()
    errors = []
    interaction = Interaction(open_dialog=walk, today=lambda: TODAY, open_paths=lambda *_: [file],
                              notify=lambda _p, error: errors.append(error.message))
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    main.show_section(1)
    return window, main, errors


def test_walk_the_wizard_with_a_list_that_has_an_error(qtbot, tmp_path, data_dir, key_store):
    body = rows()
    body[3][4] = "31/02/2016"  # Łukasz Kowalski: a date that does not exist
    file = write_csv(tmp_path / "klaslijst.csv", body)
    seen = {}

    def walk(dialog):
        assert isinstance(dialog, ImportDialog)
        ui = dialog.ui
        dialog.show()
        assert not ui.nextButton.isEnabled()  # nothing chosen yet
        qtbot.mouseClick(ui.browseButton, LEFT)
        assert "8 rijen" in ui.readInfoLabel.text()
        qtbot.mouseClick(ui.nextButton, LEFT)
        assert ui.pages.currentWidget() is ui.columnsPage
        mapped = {ui.columnTable.item(r, 0).text(): dialog.role_combos[r].currentText()
                  for r in range(ui.columnTable.rowCount())}
        assert mapped["Naam"] == "Familienaam" and mapped["Adres"] == "Niet inlezen"
        assert not dialog.role_combos[6].isEnabled()  # Rijksregisternummer can never be mapped
        # Unmapping the class column blocks the next step, with the reason on screen.
        dialog.role_combos[3].setCurrentIndex(0)
        assert not ui.nextButton.isEnabled() and "Koppel nog: Klas" in ui.mappingLabel.text()
        dialog.role_combos[3].setCurrentIndex(dialog.role_combos[3].findText("Klas"))
        qtbot.mouseClick(ui.nextButton, LEFT)
        assert ui.pages.currentWidget() is ui.previewPage
        seen["summary"] = ui.summaryLabel.text()
        tree = ui.previewTree
        seen["sections"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        seen["error"] = tree.topLevelItem(tree.topLevelItemCount() - 1).child(0).text(0)
        assert not ui.importButton.isEnabled()  # the error row needs a decision first
        ui.skipCheck.setFocus()
        qtbot.keyClick(ui.skipCheck, Qt.Key.Key_Space)  # by keyboard
        assert ui.skipCheck.isChecked() and ui.importButton.isEnabled()
        qtbot.mouseClick(ui.importButton, LEFT)
        assert ui.pages.currentWidget() is ui.donePage
        seen["done"] = ui.doneLabel.text()
        qtbot.mouseClick(ui.closeButton, LEFT)
        return False

    _window, main, errors = _main(qtbot, data_dir, key_store, file, walk)
    qtbot.mouseClick(main.pupils.page.ui.importButton, LEFT)
    assert errors == []
    assert seen["summary"] == "Schooljaar 2026-2027: 7 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 niet in te lezen."
    assert seen["sections"] == ["Nieuwe leerlingen (7)", "Rijen met fouten (1)"]
    assert seen["error"] == "rij 5 (Łukasz Kowalski): Geboortedatum ‘31/02/2016’ bestaat niet."
    assert "7 nieuwe leerlingen" in seen["done"] and "1 rij(en) overgeslagen" in seen["done"]
    assert "rij 5 (Łukasz Kowalski): Geboortedatum ‘31/02/2016’ bestaat niet." in seen["done"]
    # The list on screen and the store both hold the seven pupils.
    assert main.pupils.model.total == 7
    stored = pupil_service.list_pupils(main.store, SchoolYear(2026), TODAY)
    assert sorted(p.class_name for p in stored) == ["3A", "3A", "3A", "4B", "4B", "K2A", "K2A"]


def test_a_broken_file_says_why_on_the_first_page_and_writes_nothing(qtbot, tmp_path, data_dir, key_store):
    file = tmp_path / "klaslijst.csv"
    file.write_bytes(b"%PDF-1.5\n" + bytes(300))

    def walk(dialog):
        qtbot.mouseClick(dialog.ui.browseButton, LEFT)
        walk.text = dialog.ui.readInfoLabel.text()
        assert not dialog.ui.nextButton.isEnabled()
        return False

    _window, main, _errors = _main(qtbot, data_dir, key_store, file, walk)
    before = store_state(main.store)
    qtbot.mouseClick(main.pupils.page.ui.importButton, LEFT)
    assert "is een PDF, geen klaslijst" in walk.text and "CSV of Excel" in walk.text
    assert store_state(main.store) == before


def test_the_empty_pupil_list_points_to_the_import(qtbot, tmp_path, data_dir, key_store):
    _window, main, _ = _main(qtbot, data_dir, key_store, tmp_path / "x.csv", lambda d: False)
    assert "Klaslijst importeren" in main.pupils.page.ui.emptyLabel.text()


def test_leavers_get_the_leave_date_typed_in_the_wizard(qtbot, tmp_path, data_dir, key_store):
    """The date field beside ‘als vertrokken markeren op’ is typed over, as a person does."""
    first = write_csv(tmp_path / "september.csv", rows())
    shorter = write_csv(tmp_path / "november.csv", rows(PUPILS[:-1]))
    files = [first]

    def walk(dialog):
        ui = dialog.ui
        dialog.show()
        qtbot.mouseClick(ui.browseButton, LEFT)
        qtbot.mouseClick(ui.nextButton, LEFT)
        qtbot.mouseClick(ui.nextButton, LEFT)
        if ui.leaversCheck.isVisible():
            qtbot.mouseClick(ui.leaversCheck, LEFT)
            type_date(qtbot, ui.leaveDateEdit, date(2026, 11, 13), style=2)  # 13-11-2026
        qtbot.mouseClick(ui.importButton, LEFT)
        assert ui.pages.currentWidget() is ui.donePage
        qtbot.mouseClick(ui.closeButton, LEFT)
        return False

    open_workspace(data_dir, key_store, school_name="GO! Basisschool Ōkami").store.close()
    interaction = Interaction(open_dialog=walk, today=lambda: TODAY, open_paths=lambda *_: [files[-1]])
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    main.show_section(1)
    qtbot.mouseClick(main.pupils.page.ui.importButton, LEFT)
    files.append(shorter)
    qtbot.mouseClick(main.pupils.page.ui.importButton, LEFT)
    (left,) = [p for p in pupil_service.list_pupils(main.store, SchoolYear(2026), TODAY)
               if p.last_name == "Ó Briain"]
    assert pupil_service.get_pupil(main.store, left.id).leave_date == date(2026, 11, 13)
