"""The menu bar, Schoolgegevens typed as a person types, a person as owner of an afspraak,
the handleiding on F1 and the Over dialog."""

from __future__ import annotations

import pytest
from conftest import TODAY
from gui_user import ScriptedUser
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from go_hgw_desktop.domain.choices import ConsultationType, HgwStep, Role
from go_hgw_desktop.domain.consultation import Consultation, Participant
from go_hgw_desktop.domain.school import ClassGroup, StaffMember
from go_hgw_desktop.services import consultations, school, staff
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.record_dialog import RecordDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _fresh_school(data_dir, key_store, *classes: str):
    store = open_workspace(data_dir, key_store).store
    year = school.current_school_year(store, TODAY)
    school.set_current_school_year(store, year)
    for name in classes:
        school.save_group(store, ClassGroup(name=name, school_year=year))
    store.close()
    return year


def _type_over(qtbot, edit, text: str) -> None:
    """Click into the field, select what is there and type over it, key by key."""
    qtbot.mouseClick(edit, LEFT)
    assert QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def _show(qtbot, dialog) -> None:
    dialog.setProperty("shown_by_test", True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)


def test_schoolgegevens_typed_in_the_dialog_are_what_the_services_read(qtbot, data_dir, key_store):
    from go_hgw_desktop.ui.views.school_details_dialog import SchoolDetailsDialog

    year = _fresh_school(data_dir, key_store, "3A", "3B")
    user = ScriptedUser(qtbot)
    seen: list[str] = []

    def fill_in(dialog: QDialog) -> bool:
        if isinstance(dialog, RecordDialog):  # the staff member's form, opened from the dialog
            return user(dialog)
        assert isinstance(dialog, SchoolDetailsDialog)
        _show(qtbot, dialog)
        ui = dialog.ui
        seen.append(ui.classBox.title())
        for edit, text in ((ui.nameEdit, "GO! Basisschool De Kleine Prins"), (ui.numberEdit, "123456"),
                           (ui.scholengroepEdit, "GO! Scholengroep Brussel"), (ui.clbEdit, "GO! CLB Brussel"),
                           (ui.lscEdit, "Leersteuncentrum Brussel")):
            _type_over(qtbot, edit, text)
        user.will("personeelslid", name="An Peeters", role=Role.KLASLERAAR)
        qtbot.mouseClick(ui.staffList.ui.addButton, LEFT)
        user.will("personeelslid", name="Els Maes", role=Role.ZORGLERAAR)
        qtbot.mouseClick(ui.staffList.ui.addButton, LEFT)
        assert ui.staffList.ui.table.model().rowCount() == 2
        combo = ui.classTable.cellWidget(1, 1)  # 3B
        combo.setFocus()
        qtbot.keyClicks(combo, "An")  # a person picks by typing the first letters
        assert combo.currentText() == "An Peeters (klasleraar)"
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=Interaction(open_dialog=fill_in, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    hint = main.dashboard.page.ui.schoolDetailsButton
    assert hint.isVisibleTo(window)  # a fresh school is offered its details
    window.ui.actionSchoolDetails.trigger()
    user.done()
    assert seen == [f"Klasleraars (schooljaar {year})"]

    details = staff.school_details(main.store, year)
    s = details.school
    assert (s.name, s.institution_number, s.scholengroep, s.clb, s.leersteuncentrum) == (
        "GO! Basisschool De Kleine Prins", "123456", "GO! Scholengroep Brussel", "GO! CLB Brussel",
        "Leersteuncentrum Brussel")
    assert [(m.name, m.role) for m in details.staff] == [("An Peeters", Role.KLASLERAAR),
                                                         ("Els Maes", Role.ZORGLERAAR)]
    assert [(t.class_name, details.staff_name(t.staff_id)) for t in details.class_teachers] == [
        ("3A", ""), ("3B", "An Peeters")]
    assert window.ui.schoolLabel.text() == "GO! Basisschool De Kleine Prins"
    assert not hint.isVisibleTo(window)


def test_the_school_name_in_the_header_and_the_overzicht_open_it(qtbot, data_dir, key_store):
    from go_hgw_desktop.ui.views.school_details_dialog import SchoolDetailsDialog

    _fresh_school(data_dir, key_store)
    opened: list[str] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, SchoolDetailsDialog)
        _show(qtbot, dialog)
        opened.append(dialog.ui.classHintLabel.text())
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
        return False

    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=Interaction(open_dialog=look, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.ui.schoolLabel, LEFT)
    qtbot.mouseClick(main.dashboard.page.ui.schoolDetailsButton, LEFT)
    assert len(opened) == 2 and "Nog geen klassen" in opened[0]


def test_a_person_of_the_staff_list_owns_an_afspraak(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    an = staff.save_staff_member(opened.store, StaffMember(name="An Peeters", role=Role.KLASLERAAR))
    meeting = consultations.save_consultation(opened.store, Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=TODAY, participants=[Participant(role=Role.CLB)]))
    opened.store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()
    main.show_section(3)
    actions = main.consultations.actions
    who = next(f for f in actions.spec.fields if f.label == "Wie")
    labels = [label for label, _value in who.options()]
    assert "Klasleraar" in labels and "An Peeters (klasleraar)" in labels
    user.will("afspraak", description="Ouders uitnodigen", owner_role=an.id, due_on=TODAY)
    qtbot.mouseClick(actions.view.ui.addButton, LEFT)
    user.done()
    [item] = consultations.action_items(main.store, meeting.id)
    assert (item.owner_role, item.owner_staff_id) == (Role.KLASLERAAR, an.id)
    model = actions.view.ui.table.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Wie")
    assert model.index(0, column).data() == "An Peeters (klasleraar)"
    # Back to a role: the person goes, the role stays.
    actions.view.ui.table.selectRow(0)
    user.will("afspraak", owner_role=Role.ZORGCOORDINATOR)
    qtbot.mouseClick(actions.view.ui.editButton, LEFT)
    [item] = consultations.action_items(main.store, meeting.id)
    assert (item.owner_role, item.owner_staff_id) == (Role.ZORGCOORDINATOR, None)
    main.show_section(0)
    tree = main.dashboard.page.ui.actionsTree
    assert tree.topLevelItem(0).text(1) == "Zorgcoördinator"


def test_f1_opens_the_handleiding_of_the_screen_in_front(qtbot, demo_store, data_dir, key_store):
    from go_hgw_desktop.services import pupils, trajectories

    demo_store.close()
    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=Interaction(today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    main.show_section(2)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    manual = main.manual
    qtbot.addWidget(manual)
    assert manual.isVisible() and manual.page() == "groepen"
    assert "groepsoverzicht" in manual.ui.browser.toPlainText().casefold()
    qtbot.mouseClick(manual.ui.contentsButton, LEFT)
    assert manual.page() == "index" and manual.ui.backButton.isEnabled()

    row = next(r for r in pupils.list_pupils(main.store, main.year)
               if trajectories.list_trajectories(main.store, pupil_id=r.id))
    file = main.open_pupil(row.id)
    qtbot.addWidget(file.view)
    file.trajectory.show_page(HgwStep.BEGRIJPEN)
    file.view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is file.view, timeout=2000)
    qtbot.keyClick(file.view, Qt.Key.Key_F1)
    assert manual.page() == "leerlingendossier#begrijpen"
    assert "onderwijsbehoeften" in manual.ui.browser.toPlainText().casefold()


def test_over_shows_the_version_and_every_licence(qtbot, data_dir, key_store):
    from go_hgw_desktop import __version__
    from go_hgw_desktop.ui.views.help import AboutDialog

    _fresh_school(data_dir, key_store)
    shown: list[AboutDialog] = []

    def read(dialog: QDialog) -> bool:
        assert isinstance(dialog, AboutDialog)
        _show(qtbot, dialog)
        shown.append(dialog)
        return True

    window, _main = build_main_window(data_dir, lambda: key_store,
                                      interaction=Interaction(open_dialog=read, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.ui.actionAbout.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert __version__ in ui.titleLabel.text() and "EUPL-1.2" in ui.infoLabel.text()
    names = [ui.componentTable.item(r, 0).text() for r in range(ui.componentTable.rowCount())]
    for wanted in ("Qt 6 en PySide6 (Qt for Python)", "DejaVu-lettertypen", "SQLAlchemy", "SQLCipher",
                   "Alembic", "ReportLab", "keyring", "platformdirs", "openpyxl", "PyNaCl en libsodium",
                   "defusedxml"):
        assert wanted in names
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in ui.licenseText.toPlainText()  # Qt, the first row
    ui.componentTable.selectRow(names.index("SQLCipher"))
    assert "ZETETIC LLC" in ui.licenseText.toPlainText()
    ui.componentTable.selectRow(names.index("PyNaCl en libsodium"))
    assert "ISC License" in ui.licenseText.toPlainText()
    ui.componentTable.selectRow(names.index("DejaVu-lettertypen"))
    assert "Bitstream" in ui.licenseText.toPlainText()


def test_bestand_makes_a_backup_and_quits_and_waits_while_locked(qtbot, data_dir, key_store, tmp_path):
    _fresh_school(data_dir, key_store)
    confirmed = []
    interaction = Interaction(today=lambda: TODAY, save_path=lambda _p, _t, name, _f: tmp_path / name,
                              file_saved=lambda _p, path: confirmed.append(path))
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    ui = window.ui
    ui.actionBackup.trigger()
    made = list(tmp_path.glob("* reservekopie *.db"))
    assert len(made) == 1 and "Reservekopie bewaard en gecontroleerd" in window.statusBar().currentMessage()
    assert confirmed == made
    main.lock()
    assert not ui.actionSchoolDetails.isEnabled() and not ui.actionBackup.isEnabled()
    assert ui.actionManual.isEnabled() and ui.actionQuit.isEnabled()
    main.unlock()
    assert ui.actionSchoolDetails.isEnabled() and ui.actionBackup.isEnabled()
    assert ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    ui.actionQuit.trigger()
    assert not window.isVisible() and main.store is None
