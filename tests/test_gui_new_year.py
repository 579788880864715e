"""The start of a new school year walked in the window with mouse and keys, on 2 September 2027,
in a school that worked through 2026-2027."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import type_date
from new_year_school import NEW_YEAR_DAY, build, write_next_year_list
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.import_dialog import ImportDialog
from go_hgw_desktop.ui.views.new_year_dialog import NewYearDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _click_row(qtbot, tree, text: str) -> None:
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == text)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item


def _click_class(qtbot, class_list, name: str) -> None:
    item = class_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(class_list.viewport(), LEFT, pos=class_list.visualItemRect(item).center())
    assert class_list.currentItem() is item


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


class Coordinator:
    """Answers the wizard and the two lists as a person would; records what was on screen."""

    def __init__(self, qtbot, class_list) -> None:
        self.qtbot, self.class_list = qtbot, class_list
        self.seen: dict[str, object] = {}
        self.errors: list[str] = []
        self.choices: list[list[str]] = []
        self.pick = ""

    def interaction(self) -> Interaction:
        return Interaction(open_dialog=self.dialog, today=lambda: NEW_YEAR_DAY,
                           open_paths=lambda *_: [self.class_list], choose=self.choose,
                           notify=lambda _parent, error: self.errors.append(error.message))

    def choose(self, _parent, title, _question, options):
        self.choices.append(options)
        return options.index(self.pick)

    def dialog(self, dialog) -> bool:
        dialog.setProperty("shown_by_test", True)
        dialog.show()
        if isinstance(dialog, ImportDialog):
            return self.import_wizard(dialog)
        assert isinstance(dialog, NewYearDialog)
        if dialog.ui.markRow.isVisible():
            return self.leavers(dialog)
        return self.running(dialog)

    def import_wizard(self, dialog: ImportDialog) -> bool:
        ui, qtbot = dialog.ui, self.qtbot
        self.seen["import year"] = ui.yearCombo.currentText()
        qtbot.mouseClick(ui.browseButton, LEFT)
        qtbot.mouseClick(ui.nextButton, LEFT)
        qtbot.mouseClick(ui.nextButton, LEFT)
        assert ui.pages.currentWidget() is ui.previewPage
        self.seen["summary"] = ui.summaryLabel.text()
        self.seen["leavers offered"] = ui.leaversCheck.text().replace("&", "")
        self.seen["leave date"] = ui.leaveDateEdit.value()
        qtbot.mouseClick(ui.importButton, LEFT)  # the leavers are looked at in step 2
        assert ui.pages.currentWidget() is ui.donePage
        self.seen["done"] = ui.doneLabel.text()
        qtbot.mouseClick(ui.closeButton, LEFT)
        return False

    def leavers(self, dialog: NewYearDialog) -> bool:
        ui, qtbot = dialog.ui, self.qtbot
        self.seen["leavers"] = _rows(ui.pupilTree)
        self.seen["leave date offered"] = ui.leaveDateEdit.value()
        qtbot.mouseClick(ui.markButton, LEFT)  # nothing ticked yet: said, nothing marked
        _click_row(qtbot, ui.pupilTree, "Kowalski, Łukasz")
        qtbot.keyClick(ui.pupilTree, Qt.Key.Key_Space)  # ticks the row, whichever cell was clicked
        assert len(dialog.checked_ids()) == 1
        type_date(qtbot, ui.leaveDateEdit, date(2027, 8, 31), style=1)  # typed over: 31/8/27
        qtbot.mouseClick(ui.markButton, LEFT)
        self.seen["after marking"] = (ui.countLabel.text(), _rows(ui.pupilTree))
        qtbot.mouseClick(ui.closeButton, LEFT)
        return False

    def running(self, dialog: NewYearDialog) -> bool:
        ui, qtbot = dialog.ui, self.qtbot
        self.seen["running"] = _rows(ui.pupilTree)
        _click_row(qtbot, ui.pupilTree, "Peeters, Jan")
        qtbot.mouseClick(ui.openButton, LEFT)
        return dialog.result() == dialog.DialogCode.Accepted


@pytest.fixture
def school(data_dir, key_store, tmp_path):
    ids = build(data_dir, key_store)
    return ids, write_next_year_list(tmp_path)


def _open(qtbot, data_dir, key_store, person: Coordinator):
    window, main = build_main_window(data_dir, lambda: key_store, interaction=person.interaction())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, main


def test_the_guided_start_of_a_new_school_year(qtbot, data_dir, key_store, school):
    ids, class_list = school
    person = Coordinator(qtbot, class_list)
    window, main = _open(qtbot, data_dir, key_store, person)
    combo = window.ui.schoolYearCombo
    ui = main.dashboard.page.ui

    # The calendar says 2027-2028 has begun; the app still works in 2026-2027 and says so.
    assert combo.currentText() == "2026-2027 (huidig)"
    assert ui.newYearBox.isVisible() and not ui.stepsHost.isVisible()
    assert ui.newYearIntroLabel.text().startswith(
        "Schooljaar 2027-2028 is begonnen op 01/09/2027, maar het programma werkt nog in 2026-2027.")
    qtbot.mouseClick(ui.switchYearButton, LEFT)
    assert [combo.itemText(i) for i in range(combo.count())] == ["2027-2028 (huidig)", "2026-2027"]
    assert combo.currentText() == "2027-2028 (huidig)"
    assert school_service.current_school_year(main.store, NEW_YEAR_DAY) == SchoolYear(2027)
    assert ui.stepsHost.isVisible() and not ui.phasesBox.isVisible()
    assert ui.newYearBox.title() == "Start van schooljaar 2027-2028"
    assert ui.importStatusLabel.text() == "Nog geen klassen in 2027-2028: importeer de klaslijsten."
    assert not ui.leaversButton.isEnabled() and not ui.groupsButton.isEnabled()
    assert ui.runningStatusLabel.text() == "2 leerling(en) met een lopend traject: dat loopt gewoon door."
    # The last-year step points to the overdrachtsfiche of last year's classes (issue 16).
    tip = ui.groupsStatusLabel.toolTip()
    assert "‘Overdrachtsfiche…’" in tip and "2026-2027" in tip

    # 1. The class lists, through the import wizard, into 2027-2028.
    qtbot.mouseClick(ui.importButton, LEFT)
    assert person.seen["import year"] == "2027-2028"
    assert person.seen["summary"].startswith("Schooljaar 2027-2028: 1 nieuw, 6 gewijzigd")
    assert person.seen["leavers offered"].startswith("De 2 leerling(en) die niet meer in de lijst staan")
    assert person.seen["leave date"] == date(2027, 8, 31)  # they left at the end of last year
    assert "3 nieuwe klassen" in person.seen["done"]
    assert ui.importStatusLabel.text().startswith("✓ 3 klassen met 7 leerlingen.")
    assert ui.leaversStatusLabel.text() == \
        "2 leerling(en) van 2026-2027 staan op geen klaslijst van 2027-2028."
    assert ui.runningStatusLabel.text() == \
        "2 leerling(en) met een lopend traject; 1 al in een klas van 2027-2028."

    # 2. Who left: Łukasz did (ticked, the date typed); Aoife's list may still come.
    qtbot.mouseClick(ui.leaversButton, LEFT)
    assert [row[:3] for row in person.seen["leavers"]] == [
        ["Kowalski, Łukasz", pupil_service.get_pupil(main.store, ids["lukasz"]).code, "4B"],
        ["Ó Briain, Aoife", person.seen["leavers"][1][1], "K2A"]]
    assert person.seen["leavers"][0][3] == "Rekenen (Fase 1)"
    assert person.seen["leave date offered"] == date(2027, 8, 31)
    assert person.errors == ["Vink eerst aan wie vertrokken is."]
    count, left = person.seen["after marking"]
    assert count.startswith("1 leerling(en) als vertrokken gemarkeerd op 31/08/2027.")
    assert [row[0] for row in left] == ["Ó Briain, Aoife"]
    assert pupil_service.get_pupil(main.store, ids["lukasz"]).leave_date == date(2027, 8, 31)
    assert ui.leaversStatusLabel.text() == \
        "1 leerling(en) van 2026-2027 staan op geen klaslijst van 2027-2028."

    # 3. Running trajectories carry over: Jan's opens with his new class and all his history.
    qtbot.mouseClick(ui.runningButton, LEFT)
    assert sorted(row[:1] + row[2:] for row in person.seen["running"]) == [
        ["Kowalski, Łukasz", "4B", "vertrokken 31/08/2027", "Rekenen (Fase 1)"],
        ["Peeters, Jan", "3A", "4A", "Lezen (Fase 1)"]]
    file = main.pupil_files[ids["jan"]]
    qtbot.addWidget(file.view)
    assert file.view.ui.detailsLabel.text().startswith("Klas 4A")
    assert [d.cycle.number for d in file.trajectory.file.cycles] == [1, 2]
    assert file.trajectory.file.cycles[0].goals[0].description == "Leest AVI-M4 vlot."
    file.close()
    # The Overzicht names Jan with his new class; last year's groepsplan with its year.
    evaluations = _rows(ui.evaluationsTree)
    assert ["Jan Peeters (4A)", "Lezen"] in [row[2:] for row in evaluations]
    assert ["Klas 3A (2026-2027)", "Leesgroep"] in [row[2:] for row in evaluations]
    # Leerlingen and Groepen of 2027-2028 show Jan in 4A with his running care.
    main.show_section(1)
    jan = next(r for r in main.pupils.model.visible_rows() if r.id == ids["jan"])
    assert (jan.class_name, jan.running_trajectories) == ("4A", 1)
    assert not main.pupils.page.ui.yearNoteLabel.isVisible()
    main.show_section(2)
    groups = main.groups.page.ui
    _click_class(qtbot, groups.classList, "4A")
    overview = [main.groups.model.row_at(i) for i in range(main.groups.model.rowCount())]
    jan_row = next(r for r in overview if r.pupil_id == ids["jan"])
    assert jan_row.highest_phase is not None and jan_row.signals == [
        "23/11/2026: Leest graag voor in de klas.", "05/10/2026: Leest AVI-M3 traag."]
    assert groups.newSubgroupButton.isEnabled() and groups.newClassButton.isEnabled()

    # 4. Last year's subgroups and groepsplan, shown as they were and not to be changed.
    main.show_section(0)
    qtbot.mouseClick(ui.lastYearButton, LEFT)
    assert combo.currentText() == "2026-2027"
    assert window.ui.sectionStack.currentIndex() == 2
    assert groups.yearNoteLabel.isVisible()
    assert groups.yearNoteLabel.text().startswith(
        "Schooljaar 2026-2027 is voorbij (het huidige is 2027-2028)")
    assert [groups.classList.item(i).text() for i in range(groups.classList.count())] == ["K2A", "3A", "4B"]
    _click_class(qtbot, groups.classList, "3A")
    assert groups.classTitleLabel.text() == \
        "Klas 3A · 2026-2027 · 3 leerlingen · vorig schooljaar, alleen lezen"
    lists = {w.title(): w for w in main.groups.page.subgroup_lists}
    intensief = lists["Intensief (2)"]
    assert sorted(intensief.list.item(i).text() for i in range(intensief.list.count())) == [
        "Peeters, Jan", "Şahin, Şeyma"]
    assert intensief.list.dragDropMode() == intensief.list.DragDropMode.NoDragDrop
    for button in (groups.newClassButton, groups.newSubgroupButton, groups.deleteSubgroupButton,
                   groups.assignButton, groups.assignCombo, groups.newGroupTrajectoryButton):
        assert not button.isEnabled(), button.objectName()
    assert not groups.standardSubgroupsButton.isVisible()
    tabs = groups.groupTabs.tabBar()
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(groups.groupTabs.indexOf(groups.trajectoriesTab)).center())
    assert groups.groupTrajectoryList.item(0).text().startswith("Leesgroep (Intensief)")
    # Leerlingen of last year: everyone in the class of then, no new pupils there.
    main.show_section(1)
    assert main.pupils.page.ui.yearNoteLabel.text().startswith("Je bekijkt 2026-2027, een vorig schooljaar")
    assert not main.pupils.page.ui.newPupilButton.isEnabled()
    assert {r.class_name for r in main.pupils.model.visible_rows()} == {"3A", "4B", "K2A"}

    # Back to this year with the keyboard in the school-year list.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "2027-2028 (huidig)"
    assert not main.pupils.page.ui.yearNoteLabel.isVisible()
    assert main.pupils.page.ui.newPupilButton.isEnabled()
    assert school_service.current_school_year(main.store, NEW_YEAR_DAY) == SchoolYear(2027)  # only looked

    # Done: the steps go, the continuum's charts come back, and it stays so after a restart.
    main.show_section(0)
    qtbot.mouseClick(ui.closeGuideButton, LEFT)
    assert not ui.newYearBox.isVisible() and ui.phasesBox.isVisible()
    assert person.errors == ["Vink eerst aan wie vertrokken is."]
    main.close_store()
    window.close()
    window, main = _open(qtbot, data_dir, key_store, Coordinator(qtbot, class_list))
    assert window.ui.schoolYearCombo.currentText() == "2027-2028 (huidig)"
    assert not main.dashboard.page.ui.newYearBox.isVisible()
    main.close_store()


def test_nieuw_schooljaar_starten_offers_the_years_and_niet_nu_waits(qtbot, data_dir, key_store, school):
    _ids, class_list = school
    person = Coordinator(qtbot, class_list)
    window, main = _open(qtbot, data_dir, key_store, person)
    ui = main.dashboard.page.ui
    qtbot.mouseClick(ui.notNowButton, LEFT)
    assert not ui.newYearBox.isVisible()  # put off for this session
    assert window.ui.schoolYearCombo.currentText() == "2026-2027 (huidig)"
    person.pick = "Schooljaar 2027-2028 starten"
    qtbot.mouseClick(ui.newYearButton, LEFT)
    assert person.choices == [["Schooljaar 2027-2028 starten"]]
    assert window.ui.schoolYearCombo.currentText() == "2027-2028 (huidig)"
    assert ui.newYearBox.isVisible() and ui.stepsHost.isVisible()
    qtbot.mouseClick(ui.closeGuideButton, LEFT)
    # Started a year too early by mistake: back to the calendar's, and the steps again.
    person.pick = "Schooljaar 2028-2029 starten (begint op 01/09/2028)"
    qtbot.mouseClick(ui.newYearButton, LEFT)
    assert window.ui.schoolYearCombo.currentText() == "2028-2029 (huidig)"
    person.pick = "Terug naar schooljaar 2027-2028 (volgens de kalender)"
    qtbot.mouseClick(ui.newYearButton, LEFT)
    assert person.choices[-1] == ["Terug naar schooljaar 2027-2028 (volgens de kalender)"]
    assert window.ui.schoolYearCombo.currentText() == "2027-2028 (huidig)"
    assert ui.stepsHost.isVisible()  # 2027-2028 has no classes yet: its steps are back
    qtbot.mouseClick(ui.closeGuideButton, LEFT)
    assert not ui.newYearBox.isVisible()
    person.pick = "De stappen voor de start van 2027-2028 opnieuw tonen"
    qtbot.mouseClick(ui.newYearButton, LEFT)
    assert ui.newYearBox.isVisible() and ui.stepsHost.isVisible()
    assert person.errors == []
    main.close_store()
