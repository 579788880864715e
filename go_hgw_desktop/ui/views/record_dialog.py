"""One dialog for every kind of record: fields from its RecordSpec, layout from the .ui."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QMessageBox, QWidget

from go_hgw_desktop.errors import UserError
from go_hgw_desktop.ui import drafts
from go_hgw_desktop.ui.forms.ui_record_dialog import Ui_RecordDialog
from go_hgw_desktop.ui.record_spec import RecordSpec, sentence_case
from go_hgw_desktop.ui.views.editors import (
    DateEdit,
    changed_signal,
    editor_value,
    make_editor,
    name_editor,
    set_editor_value,
)
from go_hgw_desktop.ui.window_state import FitsScreen, fit

CONFIDENTIAL_STYLE = (
    "QCheckBox { font-weight: bold; padding: 4px; }"
    "QCheckBox:checked { background: #fff3cd; color: #7a4d00; border-radius: 4px; }"
)


class RecordDialog(FitsScreen, QDialog):
    """Edits one record; ``save`` persists it and may raise a UserError shown in the dialog.

    Cancel, Escape or closing with unsaved changes asks before anything typed is lost.
    The form scrolls where it is taller than the screen; the buttons stay in view.
    """

    def __init__(
        self,
        spec: RecordSpec,
        record: Any,
        save: Callable[[Any], Any],
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.spec = spec
        self.size_name = f"formulier/{spec.noun}"
        self.record = record
        self._save = save
        self.saved: Any = None
        new = getattr(record, "id", None) is None
        self.setWindowTitle(sentence_case(spec.noun) if read_only or not new
                            else spec.add_title or f"{sentence_case(spec.noun)} toevoegen")
        self.ui.introLabel.setText(spec.intro)
        self.ui.introLabel.setVisible(bool(spec.intro))
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.editors: dict[str, QWidget] = {}
        for field in spec.fields:
            editor = make_editor(field, self)
            name_editor(editor, field.label.rstrip(":?… ") or field.column_label)
            set_editor_value(editor, field.value_of(record))
            editor.setEnabled(field.editable and not read_only)
            self.ui.formLayout.addRow(field.form_label, editor)
            self.editors[field.name] = editor
        check = self.ui.confidentialCheck
        check.setStyleSheet(CONFIDENTIAL_STYLE)
        if spec.confidential_field:
            check.setText(spec.confidential_label)
            check.setChecked(bool(getattr(record, spec.confidential_field)))
            check.setEnabled(not read_only)
        else:
            check.hide()
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            "Sluiten" if read_only else "Annuleren"
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(not read_only)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._initial = self._states()
        self.draft_key = drafts.key_of(spec.noun, record)
        restored = None if read_only else drafts.take(self.draft_key)
        if restored:
            for name, value in restored.items():
                if name in self.editors:
                    set_editor_value(self.editors[name], value)
                elif name == spec.confidential_field:
                    check.setChecked(bool(value))
            self.ui.errorLabel.setStyleSheet("color: #7a4d00;")
            self.ui.errorLabel.setText("Wat je typte vóór het vergrendelen, staat er weer. "
                                       "Nog niet opgeslagen.")
        self._conditional = [f for f in spec.fields if f.applies and f.editable and not read_only]
        if self._conditional:
            for editor in self.editors.values():
                changed_signal(editor).connect(self._update_applicable)
            self._update_applicable()
        if spec.preview:
            for editor in self.editors.values():
                changed_signal(editor).connect(self._update_preview)
            self._update_preview()
        else:
            self.ui.previewLabel.hide()
        if first := self._first_to_fill():
            first.setFocus()
        # Ctrl+Enter saves from any field, a multi-line text included (Enter adds a line there).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Opslaan (Ctrl+Enter)")

    def _first_to_fill(self) -> QWidget | None:
        """Where typing starts: the first field still empty (a new observation's date, source and
        author are filled in already, so the cursor waits in its text), else the first field.
        An optional date ("Einde", "Tegen") is usually left empty: the cursor passes it by."""
        editable = [(f, self.editors[f.name]) for f in self.spec.fields if self.editors[f.name].isEnabled()]
        empty = (e for f, e in editable if editor_value(e) in ("", None)
                 and not isinstance(e, QCheckBox) and not (isinstance(e, DateEdit) and f.optional))
        return next(empty, editable[0][1] if editable else None)

    def preferred_size(self) -> QSize:
        """Tall enough to show the whole form without scrolling (the screen may say less)."""
        area = self.ui.scrollArea
        chrome = self.sizeHint().height() - area.sizeHint().height()
        content = self.ui.formPage.sizeHint().height() + 2 * area.frameWidth()
        return QSize(max(self.width(), self.sizeHint().width()), chrome + content)

    def suspend(self) -> bool:
        """Close for a lock without asking; unsaved typing waits in :mod:`drafts`. True if any."""
        dirty = self.is_dirty() and self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible()
        if dirty:
            drafts.keep(self.draft_key, self._states())
        QDialog.reject(self)
        return dirty

    def values(self) -> dict[str, Any]:
        found = {name: editor_value(editor) for name, editor in self.editors.items()}
        if self.spec.confidential_field:
            found[self.spec.confidential_field] = self.ui.confidentialCheck.isChecked()
        return found

    def _states(self) -> dict[str, Any]:
        """The values, with a date field's text where it is not (yet) a date: what to keep."""
        found = self.values()
        for name, editor in self.editors.items():
            if isinstance(editor, DateEdit):
                found[name] = editor.state()
        return found

    def edited(self) -> Any:
        fields = {field.name: field for field in self.spec.fields}
        changes: dict[str, Any] = {}
        for name, value in self.values().items():
            changes.update(fields[name].fields_of(value) if name in fields else {name: value})
        return replace(self.record, **changes)

    def is_dirty(self) -> bool:
        return self._states() != self._initial

    def date_problem(self) -> str:
        """The first date field that cannot be saved, marked at the field and focused."""
        for field in self.spec.fields:
            editor = self.editors[field.name]
            if isinstance(editor, DateEdit) and editor.isEnabled() and (problem := editor.mark_problem()):
                editor.setFocus()
                return f"{field.label.rstrip(':?…')}: {problem}"
        return ""

    def _update_applicable(self, *_args) -> None:
        record = self.edited()
        for field in self._conditional:
            editor, applies = self.editors[field.name], field.applies(record)
            if not applies and editor.isEnabled():
                set_editor_value(editor, None)  # nothing ticked stays behind, out of reach
            editor.setEnabled(applies)

    def _update_preview(self, *_args) -> None:
        self.ui.previewLabel.setText(self.spec.preview(self.edited()))

    def try_save(self) -> None:
        if problem := self.date_problem():
            self._show_error(problem)
            return
        try:
            self.saved = self._save(self.edited())
        except UserError as error:
            self._show_error(f"{error.message} {error.hint}".strip())
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.ui.errorLabel.setText(text)
        # The message sits below the form: grow to make room for it where the screen allows,
        # rather than squeeze the form into a scroll area that hides its last fields.
        if self.isVisible():
            self.layout().activate()
            wanted = self.preferred_size()
            if wanted.height() > self.height():
                fit(self, QSize(self.width(), wanted.height()))

    def reject(self) -> None:
        if self.is_dirty() and self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible():
            answer = QMessageBox.question(
                self, "Wijzigingen niet opgeslagen",
                f"Je hebt deze {self.spec.noun} gewijzigd. Wil je de wijzigingen opslaan?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.try_save()
                return
            if answer == QMessageBox.StandardButton.Cancel:
                return
        super().reject()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()
