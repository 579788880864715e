"""Slow work off the GUI thread, with a progress dialog and a stop button.

The work runs in a QThread and reports ``(done, total)``; the window keeps repainting.
Stopping makes the next progress report raise the work's own cancellation error, so a
service rolls its transaction back instead of being killed halfway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Worker(QThread):
    advanced = Signal(int, int)

    def __init__(self, work: Callable[[Progress], object], cancelled: Callable[[], Exception]) -> None:
        super().__init__()
        self.work, self.make_cancelled = work, cancelled
        self.stop = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise self.make_cancelled()
        self.advanced.emit(done, total)

    def run(self) -> None:
        try:
            self.result = self.work(self.report)
        except BaseException as error:  # handed to the GUI thread, which raises it there
            self.error = error


def run_with_progress(parent: QWidget, title: str, label: str, work: Callable[[Progress], T],
                      cancelled: Callable[[], Exception]) -> T:
    """Run ``work(progress)`` in a thread while a progress dialog shows; return its result or
    raise its error in the caller's thread. ``cancelled()`` builds the error a stop raises."""
    dialog = QProgressDialog(label, "Stoppen", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work shows no dialog at all
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work, cancelled)
    loop = QEventLoop()

    def advance(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def stop() -> None:
        worker.stop.set()
        dialog.setLabelText("Stoppen … er wordt niets half opgeslagen.")

    worker.advanced.connect(advance, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(stop)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
