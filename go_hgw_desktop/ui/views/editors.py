"""Field editors with Belgian dates and optional values, shared by every form."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from go_hgw_desktop.domain.calendar import FIRST_YEAR, LAST_YEAR
from go_hgw_desktop.ui.record_spec import FieldSpec
from go_hgw_desktop.ui.text import fold

DATE_FORMAT = "dd/MM/yyyy"
_NO_DATE = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date field in Belgian notation; an optional one can be empty (‘–’)."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.optional = optional
        # 1900-01-01 doubles as "no date" for optional fields; real dates start after it.
        self.setMinimumDate(_NO_DATE if optional else QDate(FIRST_YEAR, 1, 2))
        self.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        if optional:
            self.setSpecialValueText("–")
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == _NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class ChoiceCombo(QComboBox):
    """A vocabulary or a list of (label, value); an optional one starts with ‘–’.

    Values stay in a Python list: Qt's item data would turn a StrEnum member into a
    plain ``str`` and lose its type.
    """

    def __init__(self, parent: QWidget | None = None, *, items: list[tuple[str, Any]] = (),
                 optional: bool = False, empty_label: str = "–") -> None:
        super().__init__(parent)  # parent first: uic builds custom widgets as ChoiceCombo(parent)
        self._values: list[Any] = []
        self.set_items(items, optional=optional, empty_label=empty_label)

    def set_items(self, items: list[tuple[str, Any]], *, optional: bool = False,
                  empty_label: str = "–") -> None:
        """Replace the items, keeping the current value when it is still there."""
        keep = self.value() if self._values else None
        self.blockSignals(True)
        self.clear()
        self._values = []
        for label, value in ([(empty_label, None)] if optional else []) + list(items):
            self.addItem(label)
            self._values.append(value)
        self.blockSignals(False)
        self.set_value(keep)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = next((i for i, v in enumerate(self._values) if v == value and type(v) is type(value)), 0)
        self.setCurrentIndex(index)


class MultiPicker(QWidget):
    """Tick several items in a long list, with a filter line on top."""

    def __init__(self, items: list[tuple[str, Any]], parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter…")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(120)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._folded = []
        for label, value in items:
            item = QListWidgetItem(label, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self._folded.append(fold(label))
        self.filter.textChanged.connect(
            lambda text: [self.list.item(i).setHidden(fold(text) not in self._folded[i])
                          for i in range(self.list.count())]
        )
        self.changed = self.list.itemChanged

    def _items(self):
        return [self.list.item(i) for i in range(self.list.count())]

    def value(self) -> list[Any]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_value(self, values: list[Any] | None) -> None:
        chosen = set(values or [])
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def make_editor(spec: FieldSpec, parent: QWidget) -> QWidget:
    if spec.kind == "text":
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setPlaceholderText(spec.hint)
        editor.setMinimumHeight(80)
        return editor
    if spec.kind == "date":
        return DateEdit(spec.optional, parent)
    if spec.kind == "choice":
        assert spec.choices is not None
        items = [(getattr(m, "label", str(m.value)), m) for m in spec.choices]
        return ChoiceCombo(parent, items=items, optional=spec.optional)
    if spec.kind == "options":
        assert spec.options is not None
        return ChoiceCombo(parent, items=spec.options(), optional=spec.optional)
    if spec.kind == "multi":
        assert spec.options is not None
        return MultiPicker(spec.options(), parent)
    if spec.kind == "int":
        editor = QSpinBox(parent)
        editor.setRange(0, 9999)
        return editor
    if spec.kind == "bool":
        return QCheckBox(parent)
    editor = QLineEdit(parent)
    editor.setPlaceholderText(spec.hint)
    return editor


def editor_value(editor: QWidget) -> Any:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, DateEdit | ChoiceCombo | MultiPicker):
        return editor.value()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return editor.text()


def set_editor_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, DateEdit | ChoiceCombo | MultiPicker):
        editor.set_value(value)
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value or 0))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    else:
        editor.setText("" if value is None else str(value))


def changed_signal(editor: QWidget):
    if isinstance(editor, QPlainTextEdit | QLineEdit):
        return editor.textChanged
    if isinstance(editor, DateEdit):
        return editor.dateChanged
    if isinstance(editor, ChoiceCombo):
        return editor.currentIndexChanged
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    if isinstance(editor, MultiPicker):
        return editor.changed
    return editor.toggled
