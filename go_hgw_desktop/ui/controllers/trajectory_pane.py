"""A list of trajectories beside the cycle of the chosen one.

The pupil file and the group page both show this; one piece of code serves both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import TrajectoryStatus
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.controllers.trajectory_controller import TrajectoryController
from go_hgw_desktop.ui.views.trajectory_view import TrajectoryView

ID_ROLE = Qt.ItemDataRole.UserRole


def describe(trajectory: Trajectory, scope: str = "") -> str:
    """Two lines for the list: title (and scope), then phase and status."""
    phase = trajectory.current_phase
    done = " ✓" if trajectory.status is TrajectoryStatus.AFGESLOTEN else ""
    title = f"{trajectory.title} ({scope})" if scope else trajectory.title
    return (f"{title}\n{phase.short_label if phase is not None else ''} · "
            f"{trajectory.status.label.lower()}{done}")


class TrajectoryPane(QObject):
    """``changed`` fires after anything in the open trajectory changed."""

    changed = Signal()

    def __init__(self, trajectory_list: QListWidget, stack: QStackedWidget, empty_label: QLabel,
                 host: QWidget, store: Store, interaction: Interaction) -> None:
        super().__init__(trajectory_list)
        self.list, self.stack, self.empty_label, self.host = trajectory_list, stack, empty_label, host
        self.store = store
        self.interaction = interaction
        self.controller: TrajectoryController | None = None
        trajectory_list.currentItemChanged.connect(self._chosen)

    @property
    def current_id(self) -> int | None:
        return self.controller.trajectory_id if self.controller else None

    def show(self, trajectories: list[Trajectory], label: Callable[[Trajectory], str],
             empty_text: str, select_id: int | None = None) -> None:
        """Fill the list; open ``select_id`` (or keep the open one, or take the first)."""
        keep = select_id or self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for trajectory in trajectories:
            item = QListWidgetItem(label(trajectory), self.list)
            item.setData(ID_ROLE, trajectory.id)
            item.setToolTip(f"{trajectory.domain.label} · sinds {format_date(trajectory.start_date)}")
        self.list.blockSignals(False)
        ids = [t.id for t in trajectories]
        if not ids:
            self.empty_label.setText(empty_text)
            self.stack.setCurrentWidget(self.empty_label)
            self.drop()
            return
        row = ids.index(keep) if keep in ids else 0
        self.list.setCurrentRow(row)
        self.open(ids[row])

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open(item.data(ID_ROLE))

    def open(self, trajectory_id: int) -> None:
        if self.current_id == trajectory_id:
            return
        self.drop()
        view = TrajectoryView(self.host)
        self.host.layout().addWidget(view)
        self.controller = TrajectoryController(view, self.store, trajectory_id, self.interaction)
        self.controller.changed.connect(self.changed)
        self.stack.setCurrentWidget(self.host)

    def drop(self) -> None:
        if self.controller is not None:
            self.controller.view.deleteLater()
            self.controller = None
