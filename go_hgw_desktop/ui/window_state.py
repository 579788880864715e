"""Windows that fit the laptop screen they open on, and remember their size, splitters and
column widths between sessions.

A school laptop has 1366×768 pixels with a taskbar: about 1366×728 usable, the title bar
included. Every window and dialog opens within the screen's available area; long forms
scroll instead of growing past it. What is remembered lives in a small INI file in the
user's settings folder (``paths.ui_settings_file``): sizes and widths only, never a
name, a class or anything else about pupils.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded with the first table or splitter, not at start-up
    from PySide6.QtWidgets import QSplitter, QTableView

from go_hgw_desktop import paths

# What a window manager adds above a window: Windows 10/11 draw a title bar of 31 logical
# pixels at any scale; a little more leaves room for a thicker theme.
TITLE_BAR = 32


@cache
def settings() -> QSettings:
    """The one settings file of the GUI (window geometry, column widths, last folder)."""
    return QSettings(str(paths.ui_settings_file()), QSettings.Format.IniFormat)


def forget_settings() -> None:
    """Drop the cached settings object (tests point the settings folder elsewhere)."""
    if settings.cache_info().currsize:
        settings().sync()
    settings.cache_clear()


def _screen_at(point) -> QScreen:
    """The screen showing ``point`` (else the primary screen).

    Never ``QWidget.screen()`` from Python: with PySide6 6.11 it left a dangling screen
    behind, and a later widget crashed in ``QGuiApplication::screenAt`` (seen in the suite).
    """
    return (QGuiApplication.screenAt(point) if point is not None else None) or QGuiApplication.primaryScreen()


def usable_area(widget: QWidget | None = None) -> QRect:
    """Where a window's content may go: the screen's available area below a title bar."""
    # The screen of the visible window it opens over, else the primary one.
    parent = widget.parentWidget() if widget is not None else None
    where = parent.window().frameGeometry().center() if parent is not None and parent.isVisible() else None
    area = _screen_at(where).availableGeometry()
    return area.adjusted(0, TITLE_BAR, 0, 0)


def fit(window: QWidget, preferred: QSize | None = None) -> None:
    """Give ``window`` its preferred size (default: its size, at least its size hint),
    shrunk to the usable area, and move it inside that area."""
    area = usable_area(window)
    wanted = preferred or window.size().expandedTo(window.sizeHint())
    size = wanted.boundedTo(area.size()).expandedTo(window.minimumSize())
    window.resize(size)
    frame = window.geometry()
    # A dialog not placed yet is left to Qt, which centres it over its parent when shown (a move
    # here would pin it to the screen's corner); keep_on_screen then corrects where it landed.
    placed = window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved)
    if placed and not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() - size.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - size.height() + 1)
        window.move(max(x, area.x()), max(y, area.y()))


def outer(window: QWidget) -> QRect:
    """The window with its frame, and at least a title bar above it (the frame is unknown
    until the window manager has framed the window)."""
    frame = window.frameGeometry()
    top = min(frame.top(), window.geometry().top() - TITLE_BAR)
    return QRect(frame.left(), top, frame.width(), frame.bottom() - top + 1)


def keep_on_screen(window: QWidget) -> None:
    """Once shown: move the window, title bar included, inside the screen's available area,
    whatever the window manager chose; shrink it first if it cannot fit."""
    area = _screen_at(window.frameGeometry().center()).availableGeometry()
    box = outer(window)
    if box.height() > area.height() or box.width() > area.width():
        extra = box.size() - window.size()
        window.resize(window.size().boundedTo(area.size() - extra))
        box = outer(window)
    if not area.contains(box):
        dx = max(area.left() - box.left(), 0) or min(area.right() - box.right(), 0)
        dy = max(area.top() - box.top(), 0) or min(area.bottom() - box.bottom(), 0)
        window.move(window.pos().x() + dx, window.pos().y() + dy)


def restore_window(window: QWidget, name: str, default: QSize, splitters: tuple[QSplitter, ...] = ()) -> None:
    """Size and place a top-level window as it was last closed, within the screen it is on."""
    saved = settings().value(f"{name}/geometry")
    if saved is None or not window.restoreGeometry(saved):
        fit(window, default)
        window.move(usable_area(window).center() - window.rect().center())
    else:
        fit(window, window.size())
    for splitter in splitters:
        state = settings().value(f"{name}/splitter/{splitter.objectName()}")
        if state is not None:
            splitter.restoreState(state)


def save_window(window: QWidget, name: str, splitters: tuple[QSplitter, ...] = ()) -> None:
    """Remember a window's geometry and its splitters (called when it closes)."""
    store = settings()
    store.setValue(f"{name}/geometry", window.saveGeometry())
    for splitter in splitters:
        store.setValue(f"{name}/splitter/{splitter.objectName()}", splitter.saveState())
    store.sync()


class ColumnWidths(QObject):
    """A table's columns: sized by the app (to their content, say), except those the person
    widened or narrowed by hand, which keep their width, in this session and the next.

    The app sizes columns inside ``with widths.sizing():``; the person's widths win after.
    """

    def __init__(self, table: QTableView, name: str) -> None:
        super().__init__(table)
        from PySide6.QtWidgets import QHeaderView

        self.table = table
        self.key = f"kolommen/{name}"
        self._sizing = False
        self.user: dict[int, int] = {}
        for item in settings().value(self.key, []) or []:
            column, _, width = str(item).partition(":")
            if column.isdigit() and width.isdigit():
                self.user[int(column)] = max(int(width), 20)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if self._sizing or (column == header.count() - 1 and header.stretchLastSection()):
            return
        self.user[column] = new
        settings().setValue(self.key, [f"{c}:{w}" for c, w in sorted(self.user.items())])

    @contextmanager
    def sizing(self) -> Iterator[None]:
        self._sizing = True
        try:
            yield
            for column, width in self.user.items():
                if column < self.table.horizontalHeader().count():
                    self.table.setColumnWidth(column, width)
        finally:
            self._sizing = False


class FitsScreen:
    """Mixin for dialogs (``class X(FitsScreen, QDialog)``): when first shown, sized to
    what they hold within the usable area, or to the size a person last gave them
    (``size_name``), and that size remembered when they close."""

    size_name = ""

    def preferred_size(self) -> QSize:
        return self.size().expandedTo(self.sizeHint())

    def setVisible(self, visible: bool) -> None:
        # Sized before Qt centres the dialog over its parent (which happens on showing).
        if visible and not getattr(self, "_fitted", False):
            self._fitted = True
            saved = settings().value(f"{self.size_name}/size") if self.size_name else None
            fit(self, saved if isinstance(saved, QSize) and saved.isValid() else self.preferred_size())
        elif not visible and self.size_name and getattr(self, "_fitted", False):
            settings().setValue(f"{self.size_name}/size", self.size())
        super().setVisible(visible)
        if visible:
            keep_on_screen(self)
