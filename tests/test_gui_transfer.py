"""The overdracht in the GUI, as two coordinators would do it: one sends from the pupil file, the
other reads the file in with Bestand → Overdracht ontvangen… and finds it read-only in the file."""

from __future__ import annotations

import functools
from datetime import date

import pytest
from conftest import TODAY
from gui_user import type_date
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from test_gui_screen_fit import assert_fits
from test_transfer import KEPT, SECRET, SECRET_GOAL, WITHHELD, _school

from go_hgw_desktop.reports import transfer_file
from go_hgw_desktop.services import transfers
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
from go_hgw_desktop.ui.views.pupil_file import PupilFileView
from go_hgw_desktop.ui.views.transfer_dialogs import TransferCodeDialog, TransferInDialog, TransferOutDialog


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard, monkeypatch):
    make_application()
    monkeypatch.setattr(transfer_file, "OPSLIMIT", transfer_file.OPS_RANGE[0])
    monkeypatch.setattr(transfer_file, "MEMLIMIT", transfer_file.MEM_RANGE[0])
    monkeypatch.setattr(transfer_file, "derive", functools.lru_cache(maxsize=64)(transfer_file.derive))


def _show(qtbot, dialog):
    dialog.setProperty("shown_by_test", True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)


def _item(tree, text):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if text in item.text(0):
            return item
        stack += [item.child(i) for i in range(item.childCount())]
    raise AssertionError(text)


def _send(qtbot, store, tmp_path):
    """The first school: the pupil file, the dialog filled in by hand, the files and the code."""
    pupil, _withheld, _behaviour = _school(store)
    seen = {}

    def drive(dialog):
        _show(qtbot, dialog)
        if isinstance(dialog, TransferCodeDialog):
            assert_fits(dialog, "overdrachtscode")
            dialog.grab().save(str(tmp_path / "code.png"))
            qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
            seen["code"] = QGuiApplication.clipboard().text()
            assert seen["code"] == dialog.code_label.text()
            qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
            return True
        assert isinstance(dialog, TransferOutDialog)
        assert_fits(dialog, "overdracht naar andere school")
        # A vertrouwelijk item is listed, not checkable; a verslag is checked and cannot be unchecked.
        secret = _item(dialog.parts, SECRET[:40])
        assert (
            not secret.flags() & Qt.ItemFlag.ItemIsEnabled and secret.checkState(0) == Qt.CheckState.Unchecked
        )
        verslag = _item(dialog.parts, "gaat altijd mee")
        assert (
            verslag.checkState(0) == Qt.CheckState.Checked and not verslag.flags() & Qt.ItemFlag.ItemIsEnabled
        )
        qtbot.mouseClick(dialog.to_school, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.to_school, "GO! Basisschool De Linde")
        type_date(qtbot, dialog.informed_on, date(2026, 11, 10))
        qtbot.mouseClick(dialog.inspected, Qt.MouseButton.LeftButton)
        type_date(qtbot, dialog.inspected_on, date(2026, 11, 12), style=1)
        qtbot.mouseClick(dialog.objection.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.objection, "Niet de strafstudies.")
        # The parents object to one observation: select it and press Space, as with any check box.
        target = _item(dialog.parts, WITHHELD[:40])
        dialog.parts.setFocus()
        dialog.parts.setCurrentItem(target)
        qtbot.keyClick(dialog.parts.viewport(), Qt.Key.Key_Space)
        assert target.checkState(0) == Qt.CheckState.Unchecked
        dialog.grab().save(str(tmp_path / "overdracht.png"))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert "Verzonden op" in dialog.status.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        return False

    pdf = tmp_path / "overdracht.pdf"
    interaction = Interaction(today=lambda: TODAY, open_dialog=drive, save_path=lambda *_: pdf)
    view = PupilFileView()
    qtbot.addWidget(view)
    file = PupilFileController(view, store, pupil.id, interaction)
    view.show()
    assert not file.transfers.list.isVisible()  # nothing from a previous school
    qtbot.mouseClick(file.transfers.button, Qt.MouseButton.LeftButton)
    step = transfers.parents_step(store, pupil.id)
    assert step.sent_on == TODAY and step.inspected_on == date(2026, 11, 12)
    assert step.objection == "Niet de strafstudies." and step.to_school == "GO! Basisschool De Linde"
    assert {k[0] for k in step.withheld} == {"observation"}
    return pdf.with_suffix(".hgwo"), seen["code"]


def test_send_and_receive_through_the_gui(qtbot, store, tmp_path):
    sealed, code = _send(qtbot, store, tmp_path)
    assert sealed.exists() and len(code) == 19

    second_dir, second_keys = tmp_path / "school-2", MemoryKeyStore()
    open_workspace(second_dir, second_keys, school_name="GO! Basisschool De Linde").store.close()
    attempts = iter(["ABCD-EFGH-JKMN-PQRS", code])

    def drive(dialog):
        _show(qtbot, dialog)
        assert isinstance(dialog, TransferInDialog)
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        for attempt in attempts:  # first a wrong code: a Dutch message, nothing read in
            dialog.code_edit.clear()
            qtbot.keyClicks(dialog.code_edit, attempt)
            qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
        assert "Łucja" in dialog.found.text() and dialog.receive_button.isEnabled()
        assert_fits(dialog, "overdracht ontvangen")
        qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
        return True

    errors = []
    interaction = Interaction(
        today=lambda: date(2026, 12, 1),
        open_dialog=drive,
        open_paths=lambda *_: [sealed],
        notify=lambda _p, e: errors.append(e.message),
    )
    window, main = build_main_window(second_dir, lambda: second_keys, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    assert main.receive_action.isEnabled()
    main.receive_action.trigger()
    assert len(errors) == 1 and "code klopt niet" in errors[0]
    [file] = main.pupil_files.values()
    section = file.transfers
    assert section.list.isVisible() and section.list.count() == 1
    shown = section.browser.toPlainText()
    assert file.view.ui.detailStack.currentWidget() is section.browser
    assert "Van vorige school: GO! Testschool Şirin" in shown and "Alleen om te lezen" in shown
    assert KEPT in shown
    for absent in (SECRET, SECRET_GOAL, WITHHELD):
        assert absent not in shown
    file.view.grab().save(str(tmp_path / "ontvangen.png"))
    assert_fits(file.view, "leerlingendossier met de vorige school")
