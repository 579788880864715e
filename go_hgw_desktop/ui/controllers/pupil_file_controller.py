"""A pupil's file: identity (minimal data), trajectories, and the cycle of the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services import audit_trail
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, Interaction
from go_hgw_desktop.ui.controllers.trajectory_controller import (
    NEW_TRAJECTORY,
    TrajectoryController,
    TrajectoryDraft,
    create_trajectory,
)
from go_hgw_desktop.ui.controllers.trajectory_pane import TrajectoryPane, describe
from go_hgw_desktop.ui.record_spec import FieldSpec, RecordSpec
from go_hgw_desktop.ui.views.pupil_file import PupilFileView


@dataclass(kw_only=True)
class PupilForm:
    """The identity form: only what data minimisation allows, plus this year's class."""

    first_name: str = ""
    last_name: str = ""
    birth_year: int = 2015
    entry_date: date | None = None
    leave_date: date | None = None
    group_id: int | None = None
    external_ref: str = ""
    id: int | None = None


def pupil_spec(class_options: Callable[[], list[tuple[str, int]]]) -> RecordSpec:
    return RecordSpec(
        noun="leerling", plural="Leerlingen",
        fields=(
            FieldSpec("first_name", "Voornaam"),
            FieldSpec("last_name", "Familienaam"),
            FieldSpec("birth_year", "Geboortejaar", "int"),
            FieldSpec("group_id", "Klas", "options", options=class_options, optional=True),
            FieldSpec("external_ref", "Stamboeknummer", hint="uit Smartschool, Informat of Wisa (mag leeg)"),
            FieldSpec("entry_date", "Ingeschreven op", "date", optional=True),
            FieldSpec("leave_date", "Vertrokken op", "date", optional=True),
        ),
        intro="Naam, klas en geboortejaar volstaan. Geen rijksregisternummer, geen adres.",
        empty_hint="", confidential_field=None,
    )


def save_pupil_form(store: Store, form: PupilForm) -> Pupil:
    """Create or update the pupil and put them in the chosen class: one service call."""
    pupil = Pupil(id=form.id, first_name=form.first_name, last_name=form.last_name,
                  birth_year=form.birth_year, entry_date=form.entry_date,
                  leave_date=form.leave_date, external_ref=form.external_ref)
    return pupil_service.save_pupil(store, pupil, form.group_id)


class PupilFileController(QObject):
    """``changed`` fires after anything in the file changed (the pupil list refreshes)."""

    changed = Signal()

    def __init__(self, view: PupilFileView, store: Store, pupil_id: int,
                 interaction: Interaction = DEFAULT) -> None:
        super().__init__(view)
        self.view = view
        self.store = store
        self.pupil_id = pupil_id
        self.interaction = interaction
        self.year = school_service.current_school_year(store, interaction.today())
        ui = view.ui
        self.pane = TrajectoryPane(ui.trajectoryList, ui.detailStack, ui.noTrajectoryLabel,
                                   ui.trajectoryHost, store, interaction)
        self.pane.changed.connect(self._trajectory_changed)
        ui.newTrajectoryButton.clicked.connect(self.new_trajectory)
        ui.editIdentityButton.clicked.connect(self.edit_identity)
        QShortcut(QKeySequence("Ctrl+T"), view, self.new_trajectory)
        QShortcut(QKeySequence("Ctrl+W"), view, view.close)
        # The overdracht to another school and the previous school's history (issue 16).
        from go_hgw_desktop.ui.controllers.transfer_controller import PupilTransfers

        self.transfers = PupilTransfers(self)
        audit_trail.record_opening(store, pupil_id)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        pupil = pupil_service.get_pupil(self.store, self.pupil_id)
        group = pupil_service.class_of(self.store, self.pupil_id, self.year)
        ui = self.view.ui
        self.view.setWindowTitle(f"Leerlingendossier – {pupil.full_name} ({pupil.code})")
        ui.nameLabel.setText(pupil.full_name)
        ui.codeLabel.setText(pupil.code + (f" · stamboeknummer {pupil.external_ref}"
                                           if pupil.external_ref else ""))
        details = [f"Klas {group.name}" if group else f"Geen klas in {self.year.label}",
                   f"geboren in {pupil.birth_year}"]
        if pupil.entry_date:
            details.append(f"ingeschreven {format_date(pupil.entry_date)}")
        if pupil.leave_date:
            details.append(f"vertrokken {format_date(pupil.leave_date)}")
        ui.detailsLabel.setText(" · ".join(details))
        self.transfers.reload(pupil)
        self.pane.show(
            trajectory_service.list_trajectories(self.store, pupil_id=self.pupil_id), describe,
            "Nog geen traject voor deze leerling.\n\nStart een traject wanneer de brede "
            "basiszorg niet volstaat: ‘Nieuw traject…’ (Ctrl+T). Je doorloopt dan de cyclus "
            "waarnemen, begrijpen, organiseren, realiseren.",
            select_id,
        )

    @property
    def trajectory(self) -> TrajectoryController | None:
        return self.pane.controller

    def select_trajectory(self, trajectory_id: int) -> None:
        self.reload(select_id=trajectory_id)

    def _trajectory_changed(self) -> None:
        # Refresh the list's phase/status text without rebuilding the open trajectory.
        self.reload()
        self.changed.emit()

    def new_trajectory(self) -> int | None:
        draft = TrajectoryDraft(start_date=self.interaction.today())
        saved = self.interaction.edit(
            NEW_TRAJECTORY, draft, lambda d: create_trajectory(self.store, d, pupil_id=self.pupil_id),
            self.view)
        if saved is None:
            return None
        self.reload(select_id=saved.id)
        self.changed.emit()
        return saved.id

    def edit_identity(self) -> bool:
        pupil = pupil_service.get_pupil(self.store, self.pupil_id)
        group = pupil_service.class_of(self.store, self.pupil_id, self.year)
        form = PupilForm(id=pupil.id, first_name=pupil.first_name, last_name=pupil.last_name,
                         birth_year=pupil.birth_year, entry_date=pupil.entry_date,
                         leave_date=pupil.leave_date, group_id=group.id if group else None,
                         external_ref=pupil.external_ref or "")
        options = lambda: [(g.name, g.id) for g in school_service.list_groups(self.store, self.year)]  # noqa: E731
        if self.interaction.edit(pupil_spec(options), form, lambda f: save_pupil_form(self.store, f),
                                 self.view) is None:
            return False
        self.reload()
        self.changed.emit()
        return True

    def close(self) -> None:
        self.view.close()
