"""A scripted user for GUI tests: answers each dialog in turn, as a person would."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.editors import set_editor_value
from go_hgw_desktop.ui.views.record_dialog import RecordDialog


@dataclass
class Step:
    noun: str
    values: dict[str, Any]
    confidential: bool | None = None
    expect_error: str | None = None  # the dialog must show this and stay open; then cancel
    cancel: bool = False  # the user closes this dialog without saving


@dataclass
class ScriptedUser:
    qtbot: Any
    steps: deque = field(default_factory=deque)
    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def will(self, noun: str, confidential: bool | None = None, expect_error: str | None = None,
             cancel: bool = False, **values) -> ScriptedUser:
        """Queue the next dialog's answer; dialogs opened inside another come after it."""
        self.steps.append(Step(noun, values, confidential, expect_error, cancel))
        return self

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, RecordDialog), type(dialog)
        assert self.steps, f"unexpected dialog: {dialog.spec.noun}"
        step = self.steps.popleft()
        assert dialog.spec.noun == step.noun, (dialog.spec.noun, step.noun)
        if step.cancel:
            return False
        for name, value in step.values.items():
            editor = dialog.editors[name]
            if isinstance(editor, QLineEdit | QPlainTextEdit) and isinstance(value, str) and value.isascii():
                editor.clear()
                self.qtbot.keyClicks(editor, value)  # typed, key by key
            else:
                set_editor_value(editor, value)
        if step.confidential is not None:
            dialog.ui.confidentialCheck.setChecked(step.confidential)
        dialog.try_save()
        if step.expect_error is not None:
            shown = dialog.ui.errorLabel.text()
            self.errors.append(shown)
            assert step.expect_error in shown, shown
            assert dialog.result() != QDialog.DialogCode.Accepted
            return False
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
        return True

    def ask(self, _parent, title: str, text: str) -> bool:
        self.questions.append(f"{title}: {text}")
        return True

    def interaction(self, today) -> Interaction:
        return Interaction(open_dialog=self, confirm=lambda *_: True, ask=self.ask,
                           choose=lambda *_: 0, today=lambda: today,
                           notify=lambda _parent, error: self.errors.append(error.message))

    def done(self) -> None:
        assert not self.steps, f"dialogs that never came: {[s.noun for s in self.steps]}"
