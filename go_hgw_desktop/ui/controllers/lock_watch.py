"""When to lock by itself: after idle minutes, and when the screen locks or the session switches.

Idle time is measured from the last key press, click, scroll or mouse movement in any
window of the app (each is watched from the first change of focus after it appears).
Screen locks are reported, where the platform does: on Linux by the desktop's screensaver
and logind over D-Bus, on Windows by session-change messages (WTS). Elsewhere only the
idle timer and the lock button remain.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input; any input starts the count again.

    It also sees Ctrl+L pressed in a modal form, where Qt blocks the main window's shortcut
    (``lock_keys``): an open form is exactly when sensitive typing is on screen.
    """

    idle = Signal()
    lock_keys = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        # Input reaches a window's QWindow before any of its widgets, so one filter per
        # window sees all of it. An app-wide Python filter would be called for every event of
        # every widget, and the first event of a Qt-private object (an animation timer) makes
        # PySide build the wrapper of every class it knows: 30 ms in the first paint.
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._watch)
        self._watch(app.focusWindow())

    def _watch(self, focused: QWindow | None) -> None:
        # Every window of the app, not only the focused one: one shown without taking the
        # focus (focus-stealing prevention) still gets the mouse. Installing twice keeps one.
        for window in {*QGuiApplication.topLevelWindows(), *([focused] if focused else [])}:
            window.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in ACTIVITY and self.timer.isActive():
            self.timer.start()
        if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and QApplication.activeModalWidget() is not None):
            self.lock_keys.emit()
            return True
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()


class _WindowsSession(QAbstractNativeEventFilter):
    WM_WTSSESSION_CHANGE = 0x02B1

    def __init__(self, on_lock) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type, message):
        import ctypes.wintypes

        if bytes(event_type) == b"windows_generic_MSG":
            msg = ctypes.wintypes.MSG.from_address(int(message))
            # WTS_SESSION_LOCK (7), WTS_CONSOLE_DISCONNECT (2), WTS_REMOTE_DISCONNECT (4)
            if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam in (0x7, 0x2, 0x4):
                self.on_lock()
        return False, 0


class SessionWatcher(QObject):
    """Emits ``screen_locked`` when the platform says the screen locked or the user left."""

    screen_locked = Signal()

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        if sys.platform == "win32":
            self.available = self._windows(window)
        elif sys.platform.startswith("linux"):
            self.available = self._linux()

    def _windows(self, window) -> bool:
        try:
            import ctypes

            hwnd = int(window.winId())
            if not ctypes.windll.wtsapi32.WTSRegisterSessionNotification(hwnd, 0):  # this session
                return False
            self._filter = _WindowsSession(self.screen_locked.emit)
            QApplication.instance().installNativeEventFilter(self._filter)
            return True
        except Exception:  # an old Windows or a restricted profile: the idle timer still works
            return False

    def _linux(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        connected = False
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                connected |= session.connect("", path, service, "ActiveChanged", self,
                                             SLOT("active_changed(bool)"))
        system = QDBusConnection.systemBus()
        if system.isConnected():
            connected |= system.connect("org.freedesktop.login1", "", "org.freedesktop.login1.Session",
                                        "Lock", self, SLOT("locked()"))
        return connected

    @Slot(bool)
    def active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def locked(self) -> None:
        self.screen_locked.emit()
