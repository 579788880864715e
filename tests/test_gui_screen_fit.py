"""Every window and dialog fits a school laptop: 1366×768 with a taskbar, about 1366×728 usable
with the title bar (the tests' offscreen screen is that area, see conftest.py).

A window's content must leave room for a title bar above it, and every button must lie on
the screen, where a person can click it. Buttons inside a scrolling area count when the
scrolling area itself is on the screen.
"""

from __future__ import annotations

from dataclasses import make_dataclass

import pytest
from conftest import TODAY
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from go_hgw_desktop.domain.choices import HgwStep
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.record_spec import RecordSpec
from go_hgw_desktop.ui.window_state import outer


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _screen() -> QRect:
    area = QApplication.primaryScreen().availableGeometry()
    assert (area.width(), area.height()) == (1366, 728), "conftest sets up the laptop's screen"
    return area


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _scrolled(widget: QWidget) -> bool:
    """Inside a scrolling area's viewport: reached by scrolling, checked through that area."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, what: str) -> None:
    area = _screen()
    QApplication.processEvents()
    frame = outer(window)
    assert area.contains(frame), f"{what}: {frame} (with its title bar) is not inside {area}"
    for widget in [*window.findChildren(QAbstractButton), *window.findChildren(QAbstractScrollArea)]:
        if widget.isVisible() and not _scrolled(widget):
            box = _global(widget)
            name = widget.objectName() or type(widget).__name__
            assert area.contains(box), f"{what}: ‘{name}’ at {box} is off the screen"
            assert _global(window).contains(box), f"{what}: ‘{name}’ at {box} is cut off"


@pytest.fixture
def school(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    opened.store.close()
    return data_dir


def test_the_main_window_and_every_section_fit(qtbot, school, key_store):
    window, main = build_main_window(school, lambda: key_store, interaction=Interaction(today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    for section in range(6):
        main.show_section(section)
        assert_fits(window, f"hoofdvenster, onderdeel {section + 1}")


def test_a_pupil_file_fits_on_every_page(qtbot, school, key_store):
    window, main = build_main_window(school, lambda: key_store, interaction=Interaction(today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    year = main.year
    with_trajectory = next(row for row in pupil_service.list_pupils(main.store, year)
                           if trajectory_service.list_trajectories(main.store, pupil_id=row.id))
    file = main.open_pupil(with_trajectory.id)
    qtbot.addWidget(file.view)
    for page in (*HgwStep, "partners"):
        file.trajectory.show_page(page)
        assert_fits(file.view, f"leerlingendossier, {page}")


def _every_spec() -> list[RecordSpec]:
    from go_hgw_desktop.domain.choices import Role
    from go_hgw_desktop.domain.school import StaffMember
    from go_hgw_desktop.ui.controllers import (
        consultations_controller,
        pupil_file_controller,
        record_specs,
        school_details_controller,
        trajectory_controller,
    )

    options = lambda: [(f"Keuze {i} met een wat langere naam", i) for i in range(40)]  # noqa: E731
    staff = lambda: [StaffMember(id=i, name=f"Personeelslid {i} Vandenbroucke-Özdemir",  # noqa: E731
                                 role=Role.KLASLERAAR) for i in range(40)]
    specs = [value for module in (record_specs, consultations_controller, trajectory_controller)
             for value in vars(module).values() if isinstance(value, RecordSpec)]
    return [*specs, pupil_file_controller.pupil_spec(options),
            trajectory_controller.new_group_trajectory_spec(options),
            consultations_controller.consultation_spec(options, options),
            record_specs.measure_spec(staff), consultations_controller.action_item_spec(staff),
            school_details_controller.staff_spec(lambda _member: "")]


@pytest.mark.parametrize("spec", _every_spec(), ids=lambda spec: f"{spec.noun}-{len(spec.fields)}")
def test_every_record_form_fits_with_its_buttons(qtbot, spec):
    from go_hgw_desktop.ui.views.record_dialog import RecordDialog

    names = {f.name for f in spec.fields} | {"id"} | ({spec.confidential_field} - {None})
    record = make_dataclass("Record", [(name, object, None) for name in sorted(names)])()
    dialog = RecordDialog(spec, record, lambda r: r)
    dialog.setProperty("shown_by_test", True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog, f"formulier ‘{spec.noun}’")


def test_the_import_wizard_and_the_start_up_dialogs_fit(qtbot, tmp_path):
    from go_hgw_desktop.ui.views.dialogs import (
        EnterRecoveryKeyDialog,
        FirstRunDialog,
        PassphraseDialog,
        RecoveryKeyDialog,
        RecoveryKeyLargeDialog,
    )
    from go_hgw_desktop.ui.views.import_dialog import ImportDialog

    wizard = ImportDialog()
    wizard.setProperty("shown_by_test", True)
    qtbot.addWidget(wizard)
    wizard.show()
    for step in range(4):
        wizard.show_step(step)
        assert_fits(wizard, f"klaslijst importeren, stap {step + 1}")
    for dialog in (FirstRunDialog(str(tmp_path / "een" / "heel" / "lang" / "pad" / "naar" / "de" / "map")),
                   RecoveryKeyDialog("-".join(["3F2A"] * 16)),
                   RecoveryKeyLargeDialog("-".join(["8BD0"] * 16)), EnterRecoveryKeyDialog("Uitleg."),
                   PassphraseDialog(repeat=True)):
        dialog.setProperty("shown_by_test", True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog, type(dialog).__name__)


def test_schoolgegevens_the_handleiding_and_over_fit(qtbot, data_dir, key_store):
    """With a big school: 40 classes and 40 people on the staff list."""
    from go_hgw_desktop.domain.choices import Role
    from go_hgw_desktop.domain.school import ClassGroup, StaffMember
    from go_hgw_desktop.licenses import components
    from go_hgw_desktop.services import school, staff
    from go_hgw_desktop.ui.controllers.school_details_controller import SchoolDetailsController
    from go_hgw_desktop.ui.views.help import AboutDialog, ManualWindow

    store = open_workspace(data_dir, key_store).store
    year = school.current_school_year(store, TODAY)
    for i in range(40):
        school.save_group(store, ClassGroup(name=f"{i % 6 + 1}{chr(65 + i // 6)}", school_year=year))
        staff.save_staff_member(store, StaffMember(name=f"Personeelslid {i} Vandenbroucke-Özdemir",
                                                   role=Role.KLASLERAAR))
    details = SchoolDetailsController(store, year)
    manual = ManualWindow()
    about = AboutDialog(components())
    for dialog, what in ((details.dialog, "Schoolgegevens"), (manual, "Handleiding"), (about, "Over")):
        dialog.setProperty("shown_by_test", True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog, what)
    manual.open("leerlingendossier", "partners")
    assert_fits(manual, "Handleiding, leerlingendossier")
    store.close()


def test_the_check_fails_on_a_dialog_taller_than_the_laptop(qtbot):
    """The check above catches what the coordinators hit: Opslaan behind the taskbar."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    dialog = QDialog()
    dialog.setProperty("shown_by_test", True)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QWidget()
    tall.setMinimumHeight(747 - 40)  # "Overleg toevoegen" could not be shorter than 747 px
    layout.addWidget(tall)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save))
    dialog.show()
    with pytest.raises(AssertionError, match="not inside"):
        assert_fits(dialog, "te hoog")


def test_sizes_splitters_and_column_widths_are_remembered(qtbot, school, key_store):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    def open_main():
        window, main = build_main_window(school, lambda: key_store,
                                         interaction=Interaction(today=lambda: TODAY))
        qtbot.addWidget(window)
        window.show()
        return window, main

    window, main = open_main()
    window.resize(1100, 600)
    main.show_section(1)
    table = main.pupils.page.ui.pupilTable
    header = table.horizontalHeader()
    qtbot.waitExposed(table)
    # A person drags the border of the first column 60 px to the right.
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    start, middle = QPoint(edge, header.height() // 2), header.height() // 2
    before = header.sectionSize(0)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(header.viewport(), QPoint(edge + 30, middle))
    QTest.mouseMove(header.viewport(), QPoint(edge + 60, middle))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, middle))
    widened = header.sectionSize(0)
    assert widened > before + 40
    main.pupils.reload()
    assert header.sectionSize(0) == widened  # the app's own sizing keeps the person's width
    file = main.open_pupil(main.pupils.model.row_at(0).id)
    file.view.ui.splitter.setSizes([400, 700])
    kept = file.view.ui.splitter.sizes()
    file.view.close()
    window.close()

    window, main = open_main()
    assert (window.width(), window.height()) == (1100, 600)
    main.show_section(1)
    assert main.pupils.page.ui.pupilTable.horizontalHeader().sectionSize(0) == widened
    file = main.open_pupil(main.pupils.model.row_at(0).id)
    qtbot.addWidget(file.view)
    assert file.view.ui.splitter.sizes() == kept


def _button_places(window: QWidget) -> dict[str, tuple]:
    QApplication.processEvents()
    return {button.objectName(): _global(button).topLeft().toTuple()
            for button in window.findChildren(QAbstractButton)
            if button.isVisible() and button.objectName() and not _scrolled(button)}


def _assert_still(before: dict, after: dict, what: str) -> None:
    moved = {name: (place, after[name]) for name, place in before.items()
             if name in after and after[name] != place}
    assert not moved, f"{what}: buttons jumped when the list got its first item: {moved}"


def test_buttons_stay_put_when_a_list_gets_its_first_item(qtbot, data_dir, key_store):
    from gui_user import ScriptedUser
    from PySide6.QtCore import Qt

    from go_hgw_desktop.domain.choices import CareDomain, ConsultationType, ObservationSource, Phase

    left = Qt.MouseButton.LeftButton
    open_workspace(data_dir, key_store).store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()

    main.show_section(2)
    before = _button_places(window)
    user.will("klas", name="3A", grade="3")
    qtbot.mouseClick(main.groups.page.ui.newClassButton, left)
    _assert_still(before, _button_places(window), "Groepen")

    main.show_section(1)
    before = _button_places(window)
    group_id = main.groups.group.id
    user.will("leerling", first_name="Ayşe", last_name="Demir", birth_year=2016, group_id=group_id)
    qtbot.mouseClick(main.pupils.page.ui.newPupilButton, left)
    _assert_still(before, _button_places(window), "Leerlingen")

    main.show_section(3)
    before = _button_places(window)
    user.will("overleg", kind=ConsultationType.LEERLINGENBESPREKING, held_on=TODAY, title="3A")
    qtbot.mouseClick(main.consultations.page.ui.newConsultationButton, left)
    _assert_still(before, _button_places(window), "Overleg")

    file = main.open_pupil(main.pupils.model.row_at(0).id)
    qtbot.addWidget(file.view)
    user.will("traject", title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, phase=Phase.VERHOOGDE_ZORG)
    qtbot.mouseClick(file.view.ui.newTrajectoryButton, left)
    before = _button_places(file.view)
    user.will("waarneming", source=ObservationSource.TOETS, text="Leest traag.")
    qtbot.mouseClick(file.trajectory.view.lists["observations"].ui.addButton, left)
    _assert_still(before, _button_places(file.view), "Waarnemen")
    file.trajectory.show_page(HgwStep.ORGANISEREN)
    before = _button_places(file.view)
    user.will("plan", starting_situation="Leest AVI M3.")
    qtbot.mouseClick(file.trajectory.view.ui.editPlanButton, left)
    _assert_still(before, _button_places(file.view), "Organiseren, het plan")
    before = _button_places(file.view)
    user.will("doel", description="Leest AVI M4 vlot.")
    qtbot.mouseClick(file.trajectory.view.lists["goals"].ui.addButton, left)
    _assert_still(before, _button_places(file.view), "Organiseren, de doelen")
    user.done()


def test_groepen_buttons_stay_put_when_subgroups_are_made(qtbot, data_dir, key_store):
    from go_hgw_desktop.domain.pupil import Pupil
    from go_hgw_desktop.services import school as school_service

    opened = open_workspace(data_dir, key_store)
    year = school_service.current_school_year(opened.store, TODAY)
    school_service.set_current_school_year(opened.store, year)
    group = school_service.save_group(opened.store, school_service.ClassGroup(name="4B", school_year=year))
    for first, last in (("Ana", "Diallo"), ("Łukasz", "Nowak"), ("Nguyễn", "Thảo")):
        pupil_service.create_pupil(opened.store, Pupil(first_name=first, last_name=last, birth_year=2016),
                                   group.id)
    opened.store.close()
    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=Interaction(today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    main.show_section(2)
    ui = main.groups.page.ui
    assert ui.standardSubgroupsButton.isVisible()
    before = _button_places(window)
    qtbot.mouseClick(ui.standardSubgroupsButton, Qt.MouseButton.LeftButton)
    assert len(main.groups.page.subgroup_lists) == 4
    _assert_still(before, _button_places(window), "Groepen, subgroepen")


def test_the_start_of_a_new_school_year_fits(qtbot, data_dir, key_store, tmp_path):
    """The Overzicht with the suggestion and with the four steps, both lists behind them, the
    import wizard for the new year, and last year's Groepen."""
    from new_year_school import NEW_YEAR_DAY, build, write_next_year_list

    from go_hgw_desktop.ui.views.import_dialog import ImportDialog

    build(data_dir, key_store)
    class_list = write_next_year_list(tmp_path)
    seen = []

    def walk(dialog):
        dialog.setProperty("shown_by_test", True)
        dialog.show()
        if isinstance(dialog, ImportDialog):
            qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
            dialog.ui.nextButton.click()
            dialog.ui.nextButton.click()
            assert_fits(dialog, "klaslijst importeren, voorbeeld voor het nieuwe schooljaar")
            dialog.ui.importButton.click()
        else:
            assert_fits(dialog, dialog.windowTitle())
        seen.append(dialog.windowTitle())
        dialog.hide()  # as a dialog's own event loop ends
        return False

    interaction = Interaction(today=lambda: NEW_YEAR_DAY, open_dialog=walk,
                              open_paths=lambda *_: [class_list])
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    ui = main.dashboard.page.ui
    assert ui.switchYearButton.isVisible()
    assert_fits(window, "Overzicht, nieuw schooljaar voorgesteld")
    qtbot.mouseClick(ui.switchYearButton, Qt.MouseButton.LeftButton)
    assert ui.stepsHost.isVisible()
    assert_fits(window, "Overzicht, de stappen van het nieuwe schooljaar")
    for button in (ui.importButton, ui.leaversButton, ui.runningButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["Klaslijst importeren", "Wie is vertrokken? Schooljaar 2027-2028",
                    "Lopende trajecten in 2027-2028"]
    assert_fits(window, "Overzicht, de stappen na het inlezen")
    qtbot.mouseClick(ui.lastYearButton, Qt.MouseButton.LeftButton)
    assert_fits(window, "Groepen, vorig schooljaar")
    main.close_store()


def test_the_overdracht_dialogs_fit(qtbot):
    """Overdracht naar andere school (with a long name), its one-time code, Overdracht ontvangen
    with several pupils to choose from (issue 16)."""
    from go_hgw_desktop.ui.views.transfer_dialogs import (
        TransferCodeDialog,
        TransferInDialog,
        TransferOutDialog,
    )

    name = "GO-Testschool overdracht LL-7K2P9Q 2026-11-25"
    receive = TransferInDialog()
    receive.set_choices([(f"Łucja Thị Nguyễn-Şahin (LL-7K2P9{n}, geboren in 2015)", n) for n in range(4)], 0)
    for dialog in (TransferOutDialog("Łucja Thị Nguyễn-Şahin van der Bruggen-Vandenabeele"),
                   TransferCodeDialog("K7QM-2XPD-9HTR-4WBN", f"{name}.pdf", f"{name}.hgwo"), receive):
        dialog.setProperty("shown_by_test", True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog, dialog.windowTitle())
