"""Nothing fails silently: an unexpected error in any slot shows a calm Dutch message whose
technical details hold no personal data, and a forgotten UserError still speaks Dutch."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from go_hgw_desktop.errors import UserError
from go_hgw_desktop.ui.controllers import unexpected
from go_hgw_desktop.ui.controllers.interaction import FAILED, Interaction


class Button(QObject):
    clicked = Signal()


@pytest.fixture
def hook(qapp, monkeypatch):
    shown: list[str] = []
    said: list[str] = []
    installed = unexpected.ExceptionHook(shown.append, user_error=lambda e: said.append(e.message))
    monkeypatch.setattr(sys, "excepthook", installed)
    return shown, said


def test_an_error_in_a_slot_shows_the_calm_message_without_personal_data(hook, capsys):
    shown, _said = hook
    button = Button()

    def save_note() -> None:
        note = "Şeyma Yılmaz vertelt over thuis"  # what an error message could quote
        raise ValueError(f"kan ‘{note}’ niet bewaren in /home/juf.anneleen/data")

    button.clicked.connect(save_note)
    button.clicked.emit()  # PySide hands the exception to sys.excepthook and goes on
    assert len(shown) == 1
    details = shown[0]
    assert "builtins.ValueError" in details and "in save_note" in details
    assert "test_gui_unexpected.py" in details
    for secret in ("Şeyma", "Yılmaz", "thuis", "juf.anneleen", "/home/"):
        assert secret not in details
    assert capsys.readouterr().err.strip() == details  # and for whoever reads the log


def test_a_user_error_that_escaped_a_controller_is_still_said_in_dutch(hook):
    shown, said = hook
    button = Button()
    button.clicked.connect(lambda: (_ for _ in ()).throw(UserError("De schijf is vol.")))
    button.clicked.emit()
    assert said == ["De schijf is vol."] and shown == []


def test_the_message_says_nothing_was_half_saved():
    assert "niets half bewaard" in unexpected.HINT and "geen namen" in unexpected.HINT


def test_the_runner_shows_a_user_error_and_gives_failed(qapp):
    said = []
    interaction = Interaction(notify=lambda _parent, error: said.append(error.message))

    def refuse():
        raise UserError("Evalueer eerst elk doel.")

    assert interaction.attempt(None, refuse) is FAILED and not FAILED
    assert said == ["Evalueer eerst elk doel."]
    assert interaction.attempt(None, lambda: 0) == 0  # a falsy result is still a success
