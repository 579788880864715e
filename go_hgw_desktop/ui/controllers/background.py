"""Slow work off the GUI thread, with a progress dialog and a stop button.

The work runs in a plain Python thread and never touches Qt: it only reports
``(done, total)`` into a shared slot, which a timer in the GUI thread reads. (Signals from
the worker thread, at thousands of reports, crashed PySide6 at interpreter exit.) Stopping
makes the next progress report raise the work's own cancellation error, so a service rolls
its transaction back instead of being killed halfway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]
POLL_MS = 50
_running = [0]  # jobs under way; a lock waits for them (their transaction must finish)


def busy() -> bool:
    return _running[0] > 0


class _Work:
    def __init__(self, work: Callable[[Progress], object], cancelled: Callable[[], Exception]) -> None:
        self.work, self.make_cancelled = work, cancelled
        self.stop = threading.Event()
        self.state = (0, 0)  # (done, total): one tuple, swapped whole, read by the GUI thread
        self.result: object = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise self.make_cancelled()
        self.state = (done, total)

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
    job = _Work(work, cancelled)
    thread = threading.Thread(target=job.run, name="go-hgw-work", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        done, total = job.state
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if not thread.is_alive():
            loop.quit()

    def stop() -> None:
        job.stop.set()
        dialog.setLabelText("Stoppen … er wordt niets half opgeslagen.")

    timer.timeout.connect(poll)
    dialog.canceled.connect(stop)
    _running[0] += 1
    try:
        thread.start()
        timer.start()
        if thread.is_alive():
            loop.exec()
        timer.stop()
        thread.join()
    finally:
        _running[0] -= 1
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]
