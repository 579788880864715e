"""Screen readers: every interactive element of every screen and dialog has a name.

Walks Qt's accessibility tree (what AT-SPI on Linux and UI Automation on Windows read) of
each main screen and each of its tabs, each page of a pupil file, every record form, the
import wizard and the start-up dialogs, and fails on a button, field, list, table, combo
or tab without a name.
"""

from __future__ import annotations

from dataclasses import make_dataclass

import pytest
from conftest import TODAY
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from test_gui_screen_fit import _every_spec

from go_hgw_desktop.domain.choices import HgwStep
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.EditableText, R.List, R.Table, R.Tree, R.ComboBox, R.CheckBox,
               R.RadioButton, R.SpinBox, R.PageTab, R.ButtonMenu, R.ButtonDropDown, R.Slider}


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def unnamed(widget: QWidget) -> list[str]:
    """The interactive elements on screen without an accessible name."""
    QApplication.processEvents()
    found: list[str] = []

    def walk(interface, depth: int = 0) -> None:
        if interface is None or depth > 60 or interface.state().invisible:
            return
        if interface.role() in INTERACTIVE and not interface.text(QAccessible.Text.Name).strip():
            thing = interface.object()
            found.append(f"{interface.role().name} {type(thing).__name__}"
                         f" ‘{thing.objectName() if thing else ''}’")
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def every_tab(window: QWidget, what: str) -> list[str]:
    """Unnamed elements of the window with each tab of each tab widget shown in turn."""
    problems = [f"{what}: {p}" for p in unnamed(window)]
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += [f"{what}, {tabs.tabText(index)}: {p}" for p in unnamed(window)]
    return problems


def test_every_main_screen_and_pupil_file_page_is_named(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    opened.store.close()
    window, main = build_main_window(data_dir, lambda: key_store,
                                     interaction=Interaction(today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    problems = []
    for section in range(6):
        main.show_section(section)
        problems += every_tab(window, f"onderdeel {section + 1}")
    pupil = next(row for row in pupil_service.list_pupils(main.store, main.year)
                 if trajectory_service.list_trajectories(main.store, pupil_id=row.id))
    file = main.open_pupil(pupil.id)
    qtbot.addWidget(file.view)
    for page in (*HgwStep, "partners"):
        file.trajectory.show_page(page)
        problems += [f"dossier, {page}: {p}" for p in unnamed(file.view)]
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("spec", _every_spec(), ids=lambda spec: f"{spec.noun}-{len(spec.fields)}")
def test_every_record_form_is_named(qtbot, spec):
    from go_hgw_desktop.ui.views.record_dialog import RecordDialog

    names = {f.name for f in spec.fields} | {"id"} | ({spec.confidential_field} - {None})
    record = make_dataclass("Record", [(name, object, None) for name in sorted(names)])()
    dialog = RecordDialog(spec, record, lambda r: r)
    dialog.setProperty("shown_by_test", True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not unnamed(dialog)


def test_the_import_wizard_and_start_up_dialogs_are_named(qtbot, tmp_path):
    from go_hgw_desktop.imports.columns import Role
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
    wizard.show_columns(("Naam", "Klas"), [["Peeters"], ["3A"]], {0: Role.LAST_NAME}, set())
    problems = []
    for step in range(4):
        wizard.show_step(step)
        problems += [f"import {step + 1}: {p}" for p in unnamed(wizard)]
    for dialog in (FirstRunDialog(str(tmp_path)), RecoveryKeyDialog("-".join(["3F2A"] * 16)),
                   RecoveryKeyLargeDialog("-".join(["8BD0"] * 16)), EnterRecoveryKeyDialog("Uitleg."),
                   PassphraseDialog(repeat=True)):
        dialog.setProperty("shown_by_test", True)
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [f"{type(dialog).__name__}: {p}" for p in unnamed(dialog)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_an_unnamed_table(qtbot):
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout

    window = QWidget()
    QVBoxLayout(window).addWidget(QTableWidget(2, 2))
    qtbot.addWidget(window)
    window.show()
    assert unnamed(window) == ["Table QTableWidget ‘’"]
