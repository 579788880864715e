"""A scripted user for GUI tests: answers each dialog in turn, as a person would."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit

from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.editors import DateEdit, set_editor_value
from go_hgw_desktop.ui.views.record_dialog import RecordDialog

# The ways people type a date, taken in turn: every form's date fields see each of them.
DATE_STYLES = (
    lambda d: d.strftime("%d/%m/%Y"),
    lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    lambda d: d.strftime("%d-%m-%Y"),
    lambda d: d.strftime("%d%m%Y"),
)


def type_date(qtbot, editor: DateEdit, value: date | None, style: int = 0) -> None:
    """Go to a date field and type over what is there, as a person does; None clears it.

    A person clicks into the field unless the form opened with the cursor in it already
    (clicking into the field that has the cursor places the cursor, as in any text field).
    """
    if QApplication.focusWidget() is not editor.line:
        window = editor.window()  # a click into another window brings that window forward
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        qtbot.mouseClick(editor.line, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor.line, "the click did not reach the date field"
    assert editor.line.selectedText() == editor.line.text()  # typing replaces the date
    if value is None:
        qtbot.keyClick(editor.line, Qt.Key.Key_Delete)
    else:
        qtbot.keyClicks(editor.line, DATE_STYLES[style % len(DATE_STYLES)](value))
    qtbot.keyClick(editor.line, Qt.Key.Key_Tab)
    assert editor.value() == value, (editor.text(), editor.problem())


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
    dates_typed: int = 0

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
        # On screen and active, so clicks and keys reach the fields as they reach a person's.
        dialog.setProperty("shown_by_test", True)
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        for name, value in step.values.items():
            editor = dialog.editors[name]
            if isinstance(editor, DateEdit):
                type_date(self.qtbot, editor, value, self.dates_typed)
                self.dates_typed += 1
            elif isinstance(editor, QLineEdit | QPlainTextEdit) and isinstance(value, str) \
                    and value.isascii():
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
            dialog.hide()
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
