"""A pick list you can type in: hundreds of pupils, found by a few letters of name or code.

Typing filters the list shown under the field (every typed word must occur somewhere in
the item, accents and case ignored: ‘sahin 3a’ finds ‘Şahin, Elif (LL-…)’). Enter or a
click picks an item; Enter without choosing takes the first match; leaving the field
with text that picks nothing puts the chosen item back. An empty field is the empty
choice (‘Alle leerlingen’), shown as an empty field with a hint; going into the field
selects its text, so typing replaces the chosen name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from go_hgw_desktop.ui.text import fold
from go_hgw_desktop.ui.views.editors import ChoiceCombo, with_clear_button

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7


class _Matches(QSortFilterProxyModel):
    """The items whose search text holds every typed word (folded)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self._words = fold(text).split()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return bool(key) and all(word in key for word in self._words)


class SearchCombo(ChoiceCombo):
    """A :class:`ChoiceCombo` with a search field; ``value()`` and ``set_value()`` as there."""

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.matches = _Matches(self)
        self.matches.setSourceModel(self.model())
        self.finder = completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        edit = self.lineEdit()
        # On the field, not the combo: the combo would map the popup's row through a filter
        # that may have changed by then. The item is found by its text instead.
        edit.setCompleter(completer)
        completer.activated[str].connect(self._pick)
        with_clear_button(edit, "Keuze")
        edit.textEdited.connect(self._typed)
        edit.returnPressed.connect(self._take_first)
        edit.installEventFilter(self)
        self.currentIndexChanged.connect(lambda _index: self._show_current())
        self._index_search()
        self._show_current()

    def set_items(self, items: list[tuple[str, Any]], *, optional: bool = False, empty_label: str = "–",
                  search: list[str] | None = None) -> None:
        """As :meth:`ChoiceCombo.set_items`; ``search`` adds text found by typing but not shown
        (a pupil number), one string per item."""
        super().set_items(items, optional=optional, empty_label=empty_label)
        self._extra = list(search or [])
        self._optional = optional
        if hasattr(self, "matches"):
            self._index_search()
            self._show_current()

    def _index_search(self) -> None:
        offset = 1 if getattr(self, "_optional", False) else 0
        extra = getattr(self, "_extra", [])
        for row in range(self.count()):
            if row < offset:
                key = ""  # the empty choice is an empty field, never a match
            else:
                more = extra[row - offset] if row - offset < len(extra) else ""
                key = fold(f"{self.itemText(row)} {more}")
            self.setItemData(row, key, SEARCH_ROLE)

    def set_placeholder(self, text: str) -> None:
        self.lineEdit().setPlaceholderText(text)

    def _showing_choice(self) -> bool:
        """The field shows the chosen item (nothing typed since)."""
        edit = self.lineEdit()
        return not edit.hasSelectedText() and edit.text() == (
            "" if self._empty_choice() else self.itemText(self.currentIndex()))

    def _empty_choice(self) -> bool:
        return getattr(self, "_optional", False) and self.currentIndex() == 0

    def _typed(self, text: str) -> None:
        self.matches.set_text(text)
        if text.strip():
            self.finder.complete()
        else:
            self.finder.popup().hide()

    def _pick(self, text: str) -> None:
        row = self.findText(text, Qt.MatchFlag.MatchExactly)
        if row >= 0:
            self.setCurrentIndex(row)
        self._show_current()

    def _take_first(self) -> None:
        """Enter: the item typed in full (or picked in the list), else the first match, else
        the empty choice."""
        text = self.lineEdit().text()
        exact = self.findText(text, Qt.MatchFlag.MatchExactly) if text.strip() else -1
        if not text.strip():
            self.setCurrentIndex(0)
        elif exact >= 0:
            self.setCurrentIndex(exact)
        else:
            self.matches.set_text(text)
            if self.matches.rowCount():
                self.setCurrentIndex(self.matches.mapToSource(self.matches.index(0, 0)).row())
        self._show_current()

    def _show_current(self) -> None:
        self.finder.popup().hide()
        # The filter stays as it is: the popup may still be reading its rows (the next
        # letter typed sets it again).
        self.lineEdit().setText("" if self._empty_choice() else self.itemText(self.currentIndex()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After the click has placed the cursor: select, so typing replaces the choice.
        QTimer.singleShot(0, self.lineEdit().selectAll)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.finder.popup().isVisible():
            return  # the list under the field took the focus for a moment
        if getattr(self, "_optional", False) and not self.lineEdit().text().strip():
            self.setCurrentIndex(0)
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit():
            if event.type() == QEvent.Type.MouseButtonRelease and self._showing_choice():
                QTimer.singleShot(0, self.lineEdit().selectAll)
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self._show_current()
                return True
        return super().eventFilter(watched, event)
