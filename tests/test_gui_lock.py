"""Locking as a coordinator meets it: idle time, unsaved typing survives, the passphrase."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from go_hgw_desktop.domain.choices import CareDomain, ObservationSource
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import pupils, security, trajectories
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui import drafts
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.controllers.record_specs import OBSERVATION
from go_hgw_desktop.ui.views.dialogs import PassphraseDialog
from go_hgw_desktop.ui.views.record_dialog import RecordDialog

PASS = "een lange zin als wachtwoord"


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()
    yield
    drafts.forget_all()


def _school(data_dir, key_store):
    store = open_workspace(data_dir, key_store).store
    pupil = pupils.create_pupil(store, Pupil(first_name="Ayşe", last_name="Demir", birth_year=2016))
    track = trajectories.open_trajectory(store, Trajectory(
        title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 9, 1), pupil_id=pupil.id))
    cycle = trajectories.trajectory_file(store, track.id).current.cycle
    return store, pupil, cycle


def _window(qtbot, data_dir, key_store, interaction: Interaction | None = None):
    """The school of ``_school`` on screen: (window, main, pupil, cycle)."""
    store, pupil, cycle = _school(data_dir, key_store)
    store.close()
    window, main = build_main_window(data_dir, lambda: key_store, interaction=interaction or Interaction())
    qtbot.addWidget(window)
    window.show()
    return window, main, pupil, cycle


def test_the_app_locks_itself_when_idle(qtbot, data_dir, key_store):
    errors = []
    window, main, _pupil, _cycle = _window(qtbot, data_dir, key_store, Interaction(
        notify=lambda _p, e: errors.append(e.message)))
    assert main.idle.timer.interval() == 10 * 60_000  # the default: ten minutes
    main.show_section(1)  # working in Leerlingen
    main.idle.timer.setInterval(60)
    main.idle.timer.start()
    qtbot.waitUntil(lambda: main.store is None, timeout=3000)
    assert window.ui.pages.currentWidget() is window.ui.lockedPage
    assert window.ui.unlockButton.hasFocus()
    qtbot.keyClick(window.ui.unlockButton, Qt.Key.Key_Return)  # Enter unlocks
    assert main.store is not None and errors == []
    assert window.ui.navList.currentItem().text() == "Leerlingen"  # back where the coordinator was
    main.close_store()


def _restarted_by(qtbot, timer, send_input) -> bool:
    """Whether ``send_input`` starts the idle count again (it had been running a while)."""
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one reports a rounded remainder
    timer.start(10 * 60_000)
    qtbot.wait(300)
    before = timer.remainingTime()
    send_input()
    return timer.remainingTime() > before + 150


def test_input_in_any_window_of_the_app_starts_the_idle_count_again(qtbot, data_dir, key_store):
    window, main, _pupil, _cycle = _window(qtbot, data_dir, key_store)
    qtbot.waitUntil(lambda: window.windowHandle().isActive())
    timer = main.idle.timer
    assert not _restarted_by(qtbot, timer, lambda: None)  # the check itself can fail
    assert _restarted_by(qtbot, timer, lambda: QTest.mouseMove(window.windowHandle(), window.rect().center()))
    dialog = QDialog(window)  # a second window of the app (not modal: the guard closes those)
    QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.windowHandle().isActive())
    # Typing in a form is activity too, and so is the mouse over the main window behind it.
    assert _restarted_by(qtbot, timer, lambda: QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A))
    elsewhere = window.rect().center() + QPoint(20, 10)  # a move to where the mouse is is no move
    assert _restarted_by(qtbot, timer, lambda: QTest.mouseMove(window.windowHandle(), elsewhere))
    dialog.reject()
    main.close_store()


def test_closing_the_main_window_closes_the_pupil_files_with_it(qtbot, data_dir, key_store):
    window, main, pupil, _cycle = _window(qtbot, data_dir, key_store)
    pupil_file = main.open_pupil(pupil.id)
    assert pupil_file.view.isVisible()
    window.close()
    assert not pupil_file.view.isVisible() and main.pupil_files == {} and main.store is None


def test_typing_in_an_open_form_survives_a_lock(qtbot, data_dir, key_store):
    notes = []
    _shown, main, pupil, cycle = _window(qtbot, data_dir, key_store, Interaction(
        notify=lambda _p, e: notes.append(e.message)))
    main.open_pupil(pupil.id)
    new = Observation(cycle_id=cycle.id, observed_on=date(2026, 11, 20),
                      source=ObservationSource.OBSERVATIE, text="")
    dialog = RecordDialog(OBSERVATION, new, lambda o: o)
    dialog.show()
    text = dialog.editors["text"]
    qtbot.keyClicks(text, "Leest de opdracht niet tot het einde")
    main.lock()  # the idle timer fires while the form is open
    assert not dialog.isVisible() and main.store is None
    main.unlock()
    assert pupil.id in main.pupil_files  # the file that was open is open again
    assert "formulier open" in notes[0] and "waarneming" in notes[0]
    again = RecordDialog(OBSERVATION, new, lambda o: o)
    restored = again.editors["text"]
    value = restored.toPlainText() if isinstance(restored, QPlainTextEdit) else restored.text() \
        if isinstance(restored, QLineEdit) else None
    assert value == "Leest de opdracht niet tot het einde"
    assert "vergrendelen" in again.ui.errorLabel.text()
    main.close_store()


def test_unlocking_asks_the_passphrase_when_one_is_set(qtbot, data_dir, key_store):
    store, _pupil, _cycle = _school(data_dir, key_store)
    security.set_passphrase(store, key_store, PASS)
    store.close()
    typed = iter(["fout wachtwoord!!", PASS, PASS])
    errors = []

    def answer(dialog):
        assert isinstance(dialog, PassphraseDialog)
        if dialog.ui.errorLabel.text():
            errors.append(dialog.ui.errorLabel.text())
        dialog.ui.passphraseEdit.setText(next(typed))
        dialog.setResult(1)
        return True

    window, main = build_main_window(data_dir, lambda: key_store, run_dialog=answer)
    qtbot.addWidget(window)
    assert "niet juist" in errors[0]
    window.ui.actionLock.trigger()
    qtbot.mouseClick(window.ui.unlockButton, Qt.MouseButton.LeftButton)  # asks again: the lock means it
    assert main.store is not None
    main.close_store()


def test_a_lock_closes_every_dialog_and_the_store_refuses_old_references(qtbot, data_dir, key_store):
    """A reviewer saved a form through a question box that stayed over the lock screen."""
    from PySide6.QtWidgets import QMessageBox

    from go_hgw_desktop.services.workspace import StoreOpenError

    store, pupil, _cycle = _school(data_dir, key_store)
    store.close()
    window, main = build_main_window(data_dir, lambda: key_store, interaction=Interaction())
    qtbot.addWidget(window)
    old_store = main.store
    question = QMessageBox(QMessageBox.Icon.Question, "Wijzigingen niet opgeslagen", "Opslaan?",
                           QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    question.show()
    main.lock()
    assert not question.isVisible()
    with pytest.raises(StoreOpenError, match="vergrendeld"):
        pupils.get_pupil(old_store, pupil.id)
    main.unlock()
    main.close_store()


def test_ctrl_l_locks_while_a_form_is_open(qtbot, data_dir, key_store):
    window, main, _pupil, cycle = _window(qtbot, data_dir, key_store)
    dialog = RecordDialog(OBSERVATION, Observation(cycle_id=cycle.id, observed_on=date(2026, 11, 20),
                                                   source=ObservationSource.OBSERVATIE, text=""), lambda o: o,
                          parent=window)
    dialog.setModal(True)  # the main window is blocked, as with a form opened from a list
    dialog.setProperty("shown_by_test", True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.windowHandle().isActive())
    # Through the dialog's window, as a real key press comes: the watch sits on the window.
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.store is None and not dialog.isVisible()
    main.unlock()
    main.close_store()
