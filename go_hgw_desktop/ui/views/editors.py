"""Field editors with Belgian dates and optional values, shared by every form."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from go_hgw_desktop.domain.calendar import FIRST_YEAR, LAST_YEAR, format_date, parse_date
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.ui.record_spec import FieldSpec
from go_hgw_desktop.ui.text import fold


def with_clear_button(line: QLineEdit, what: str) -> None:
    """A ✕ in the field that empties it, named for screen readers (Qt leaves it unnamed)."""
    from PySide6.QtGui import QAction

    line.setClearButtonEnabled(True)
    for action in line.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(f"{what} wissen")
            action.setToolTip(f"{what} wissen")


class DateEdit(QWidget):
    """The one date field of the app: typed in Belgian notation or picked from a calendar.

    It takes ``25/11/2026``, ``5/3/27``, ``25-11-2026`` and ``25112026`` (``parse_date``),
    typed into an empty field or over a date (the text is selected when the field gets
    focus), shows the date as ``dd/mm/jjjj`` once the field is left, and marks text it
    cannot read in Dutch beside the field; a form asks :meth:`problem` before saving.
    An optional field may be empty (cleared with its ✕ or by deleting the text).
    Up and Down step a day; Alt+Down or F4 opens the calendar at the field's date, or at
    today when it is empty.

    A line edit instead of ``QDateEdit``: its sections made typed dates collide with the
    "no date" value of optional fields, and typed text was silently dropped.
    """

    changed = Signal()  # every edit, also while typing
    date_changed = Signal(object)  # a readable new date (or None) on Enter, on leaving, on a pick

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)  # parent first: uic builds custom widgets as DateEdit(parent)
        # Imported here: this module loads at start-up, date fields only with a form.
        from PySide6.QtWidgets import QToolButton

        self.optional = optional
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("dd/mm/jjjj")
        if optional:
            with_clear_button(self.line, "Datum")
        self.line.setMaxLength(16)
        # "30/12/2026" fits with room for the clear button, at any font size.
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 36)
        self.line.installEventFilter(self)
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip("Kalender (Alt+↓)")
        self.button.setAccessibleName("Kalender openen")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setFocusProxy(self.line)
        self._popup = None  # the calendar's QMenu, built when first opened
        self._marked = False
        self._select_on_release = False
        self._range: tuple[date, date] | None = None
        self._last: date | None = None
        self.set_value(None if optional else date.today())

    def make_optional(self) -> None:
        """Let the field be empty, starting empty: for a field a ``.ui`` form declares (uic
        builds ``DateEdit(parent)``, which is never optional)."""
        if not self.optional:
            self.optional = True
            with_clear_button(self.line, "Datum")
            self.set_value(None)

    # ---------------------------------------------------------------- value

    def text(self) -> str:
        return self.line.text()

    def set_label(self, label: str) -> None:
        """The name a screen reader says for the field (its label sits beside it, not in it)."""
        self.line.setAccessibleName(label)
        self.button.setAccessibleName(f"Kalender voor {label.lower()}")

    def value(self) -> date | None:
        """The date shown, or None when the field is empty or its text is not a usable date."""
        return None if self.problem() else self._parsed()

    def _parsed(self) -> date | None:
        try:
            return parse_date(self.line.text()) if self.line.text().strip() else None
        except ValidationError:
            return None

    def problem(self) -> str:
        """Why the field cannot be saved, in Dutch; empty when it can."""
        text = self.line.text().strip()
        if not text:
            return "" if self.optional else "Vul een datum in (dd/mm/jjjj)."
        try:
            day = parse_date(text)
        except ValidationError as error:
            return str(error)
        if self._range and not self._range[0] <= day <= self._range[1]:
            first, last = (format_date(d) for d in self._range)
            return f"Kies een datum van {first} tot en met {last}."
        return ""

    def set_range(self, first: date, last: date) -> None:
        """Only dates from ``first`` to ``last`` can be saved (and picked)."""
        self._range = (first, last)
        if self._popup is not None:
            self._calendar.setDateRange(_qdate(first), _qdate(last))

    def state(self) -> date | str | None:
        """The value, or the typed text while it is not a date (kept for drafts)."""
        return self.line.text() if self.problem() else self.value()

    def set_value(self, value: date | str | None) -> None:
        """Show a date, nothing, or (for a draft) text typed earlier."""
        if isinstance(value, date):
            self.line.setText(format_date(value))
        elif isinstance(value, str):
            self.line.setText(value)
        else:
            self.line.setText("" if self.optional else format_date(date.today()))
        self._mark(False)
        self._last = self.value()

    def _commit(self) -> None:
        """Tell listeners about a new readable date, once."""
        value = self.value()
        if not self.problem() and value != self._last:
            self._last = value
            self.date_changed.emit(value)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.EnabledChange:  # a read-only form shows no calendar button
            self.button.setVisible(self.isEnabled())
        super().changeEvent(event)

    # ------------------------------------------------------------ behaviour

    def _text_changed(self, _text: str) -> None:
        if self._marked and not self.problem():
            self._mark(False)
        self.changed.emit()

    def _tidy(self) -> None:
        """On Enter or leaving the field: show a readable date as dd/mm/jjjj, mark what is not one."""
        if self.problem() and self.line.text().strip():
            self._mark(True)
            return
        value = self.value()
        if value is not None and self.line.text() != format_date(value):
            self.line.setText(format_date(value))
        self._commit()

    def mark_problem(self) -> str:
        """Show the problem at the field (as saving does) and return it."""
        problem = self.problem()
        self._mark(bool(problem))
        return problem

    def _mark(self, on: bool) -> None:
        self._marked = on
        self.line.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if on else "")
        self.error.setText(self.problem() if on else "")
        self.error.setVisible(on)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.line:
            kind = event.type()
            # Typing replaces the date that is there: the text is selected on entering the
            # field, after a click too (the click itself would place the cursor), unless
            # the click dragged a selection of its own.
            if kind == QEvent.Type.FocusIn:
                if event.reason() == Qt.FocusReason.MouseFocusReason:
                    self._select_on_release = True
                else:
                    self.line.selectAll()
            elif kind == QEvent.Type.MouseButtonRelease and self._select_on_release:
                self._select_on_release = False
                if not self.line.hasSelectedText():
                    self.line.selectAll()
            elif kind == QEvent.Type.KeyPress:
                key = event.key()
                alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
                if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                    self.open_calendar()
                    return True
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                    self._step(1 if key == Qt.Key.Key_Up else -1)
                    return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        start = self.value() or date.today()
        moved = start + timedelta(days=days) if self.value() else start
        if FIRST_YEAR <= moved.year <= LAST_YEAR:
            self.line.setText(format_date(moved))
            self.line.selectAll()
            self._commit()

    # -------------------------------------------------------------- calendar

    def open_calendar(self) -> None:
        """Pick a date from a month calendar, opened at the field's date or today."""
        if self._popup is None:
            from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

            self._popup = QMenu(self)
            calendar = QCalendarWidget(self._popup)
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            calendar.setGridVisible(True)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            first, last = self._range or (date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31))
            calendar.setDateRange(_qdate(first), _qdate(last))
            calendar.setAccessibleName("Kalender")
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            action = QWidgetAction(self._popup)
            action.setDefaultWidget(calendar)
            self._popup.addAction(action)
            self._calendar = calendar
        shown = self._parsed() or date.today()
        self._calendar.setSelectedDate(_qdate(shown))
        self._calendar.setCurrentPage(shown.year, shown.month)
        self._popup.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self._calendar.setFocus()  # arrows, PgUp/PgDn and Enter work at once

    def calendar(self):
        """The calendar of the popup, once it has been opened (for tests and screen readers)."""
        return getattr(self, "_calendar", None)

    def _picked(self, day: QDate) -> None:
        self.line.setText(format_date(date(day.year(), day.month(), day.day())))
        self._mark(False)
        if self._popup is not None:
            self._popup.close()
        self.line.setFocus()
        self._commit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


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
        self.filter.setPlaceholderText("Typ om in de lijst te zoeken…")
        with_clear_button(self.filter, "Zoekterm")
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


class TextEdit(QPlainTextEdit):
    """A free-text field of about five lines: forms stay short; it grows with the dialog."""

    def sizeHint(self):
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * 5
        hint.setHeight(lines + 2 * self.frameWidth() + 8)
        return hint


def name_editor(editor: QWidget, label: str) -> None:
    """Give a form field the accessible name a screen reader reads: its label."""
    if isinstance(editor, DateEdit):
        editor.set_label(label)
    elif isinstance(editor, MultiPicker):
        editor.list.setAccessibleName(label)
        editor.filter.setAccessibleName(f"Zoeken in {label.lower()}")
    else:
        editor.setAccessibleName(label)


def make_editor(spec: FieldSpec, parent: QWidget) -> QWidget:
    if spec.kind == "text":
        editor = TextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setPlaceholderText(spec.hint)
        editor.setMinimumHeight(80)
        return editor
    if spec.kind == "date":
        return DateEdit(parent, optional=spec.optional)
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
        return editor.changed
    if isinstance(editor, ChoiceCombo):
        return editor.currentIndexChanged
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    if isinstance(editor, MultiPicker):
        return editor.changed
    return editor.toggled
