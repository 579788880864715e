"""The overdracht in the GUI: to another school from the pupil file, from a previous school via
Bestand → Overdracht ontvangen…, and the previous school's history, read-only, in the pupil file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QTreeWidgetItem

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.transfer_content import in_words
from go_hgw_desktop.services import exports, transfers
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import FAILED, Interaction
from go_hgw_desktop.ui.views.transfer_dialogs import TransferCodeDialog, TransferInDialog, TransferOutDialog

KEY_ROLE = Qt.ItemDataRole.UserRole
NEVER = " — vertrouwelijk: gaat nooit mee"


class TransferOut:
    """The dialog for one pupil: the parents' step, what goes, then the PDF, the file and the code."""

    def __init__(self, store: Store, pupil_id: int, interaction: Interaction, parent) -> None:
        self.store, self.pupil_id, self.interaction = store, pupil_id, interaction
        self.pupil = pupil_service.get_pupil(store, pupil_id)
        self.dialog = TransferOutDialog(self.pupil.full_name, parent)
        self.dialog.save_button.clicked.connect(self.save)
        self.dialog.make_button.clicked.connect(self.make)
        self.dialog.inspected.toggled.connect(self.dialog.inspected_on.setEnabled)
        self.code_dialog: TransferCodeDialog | None = None
        self._fill()

    def _fill(self) -> None:
        step = transfers.parents_step(self.store, self.pupil_id)
        d = self.dialog
        withheld = set()
        if step is not None and step.sent_on is None:  # a step sent before is a new one now
            d.to_school.setText(step.to_school)
            d.informed_on.set_value(step.informed_on)
            d.inspected.setChecked(step.inspected)
            d.inspected_on.set_value(step.inspected_on)
            d.objection.setPlainText(step.objection)
            withheld = step.withheld
        elif step is not None:
            d.status.setText(
                f"Eerder verzonden op {format_date(step.sent_on)}. Een nieuwe overdracht begint met "
                "een nieuwe stap van de ouders."
            )
        d.inspected_on.setEnabled(d.inspected.isChecked())
        parents: dict[int, QTreeWidgetItem] = {}
        for part in transfers.parts(self.store, self.pupil_id):
            holder = parents.get(part.trajectory_id) if part.trajectory_id else None
            item = QTreeWidgetItem(holder or d.parts, [part.label + (NEVER if part.confidential else "")])
            item.setData(0, KEY_ROLE, part.key)
            if part.item == "trajectory":
                parents[part.item_id] = item
                item.setExpanded(True)
            if part.confidential or part.required:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(0, Qt.CheckState.Unchecked if part.confidential else Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Unchecked if part.key in withheld else Qt.CheckState.Checked
                )
        for item in parents.values():
            item.setExpanded(True)
        if not parents:
            QTreeWidgetItem(
                d.parts, ["Deze leerling heeft geen traject: alleen naam, geboortejaar en klassen gaan mee."]
            )

    def step(self) -> transfers.ParentsStep:
        d = self.dialog
        problems = [e.problem() for e in (d.informed_on, d.inspected_on) if e.problem()]
        if problems:
            raise UserError(" ".join(problems))
        withheld = set()
        stack = [d.parts.topLevelItem(i) for i in range(d.parts.topLevelItemCount())]
        while stack:
            item = stack.pop()
            stack += [item.child(i) for i in range(item.childCount())]
            key = item.data(0, KEY_ROLE)
            # Vertrouwelijk items and verslagen are listed disabled: not the parents' choice.
            if (
                key
                and item.flags() & Qt.ItemFlag.ItemIsEnabled
                and item.checkState(0) == Qt.CheckState.Unchecked
            ):
                withheld.add(tuple(key))
        return transfers.ParentsStep(
            informed_on=d.informed_on.value(),
            inspected=d.inspected.isChecked(),
            inspected_on=d.inspected_on.value() if d.inspected.isChecked() else None,
            objection=d.objection.toPlainText(),
            withheld=withheld,
            to_school=d.to_school.text(),
        )

    def save(self) -> bool:
        today = self.interaction.today()
        done = self.interaction.attempt(
            self.dialog, lambda: transfers.record_parents_step(self.store, self.pupil_id, self.step(), today)
        )
        if done is FAILED:
            return False
        self.dialog.status.setText("De stap van de ouders is bewaard.")
        return True

    def make(self) -> Path | None:
        if not self.save():
            return None
        today = self.interaction.today()
        suggested = suggested_file_name(self.store, "overdracht", today, code=self.pupil.code, suffix=".pdf")
        pdf = self.interaction.save_path(self.dialog, "Overdracht bewaren", suggested, "PDF (*.pdf)")
        if pdf is None:
            return None
        pdf = pdf.with_suffix(".pdf")
        sealed = pdf.with_suffix(".hgwo")
        made = self.interaction.attempt(
            self.dialog,
            lambda: exports.transfer_out(self.store, self.pupil_id, pdf, sealed, today),
            busy=True,
        )
        if made is FAILED:
            return None
        _content, code = made
        self.dialog.status.setText(f"Verzonden op {format_date(today)}: {pdf.name} en {sealed.name}.")
        self.code_dialog = TransferCodeDialog(code, pdf.name, sealed.name, self.dialog)
        self.interaction.open_dialog(self.code_dialog)
        return pdf

    def run(self) -> None:
        self.interaction.open_dialog(self.dialog)


class TransferIn:
    """Bestand → Overdracht ontvangen…: the file, its code, which pupil; the pupil's id when read in."""

    def __init__(self, store: Store, interaction: Interaction, parent) -> None:
        self.store, self.interaction = store, interaction
        self.dialog = TransferInDialog(parent)
        self.dialog.browse_button.clicked.connect(self.browse)
        self.dialog.open_button.clicked.connect(self.open)
        self.dialog.receive_button.clicked.connect(self.receive)
        self.arrival: transfers.Arrival | None = None
        self.options: list[int | None] = []
        self.radios = []
        self.pupil_id: int | None = None

    def browse(self) -> None:
        chosen = self.interaction.open_paths(
            self.dialog, "Overdrachtsbestand kiezen", "Overdrachtsbestand (*.hgwo);;Alle bestanden (*)"
        )
        if chosen:
            self.dialog.file_edit.setText(str(chosen[0]))
            self.dialog.code_edit.setFocus()

    def open(self) -> bool:
        d = self.dialog
        self.arrival, self.radios = None, []
        d.receive_button.setEnabled(False)
        d.found.setText("")
        d.set_choices([], 0)
        if not d.file_edit.text():
            self.interaction.notify(
                d, UserError("Kies eerst het overdrachtsbestand (.hgwo).", "Knop ‘Kiezen…’ naast Bestand.")
            )
            return False
        arrival = self.interaction.attempt(
            d,
            lambda: transfers.open_transfer(self.store, Path(d.file_edit.text()), d.code_edit.text()),
            busy=True,
        )
        if arrival is FAILED:
            return False
        self.arrival = arrival
        school = arrival.content["from_school"]["name"]
        p = arrival.content["pupil"]
        d.found.setText(
            f"Van <b>{escape(school)}</b>, verzonden op "
            f"{format_date(_iso(arrival.content['sent_on']))}: <b>{escape(arrival.pupil_name)}</b>, "
            f"geboren in {p['birth_year']}. Bij welke leerling hoort dit?"
        )
        options = [(f"{c.full_name} ({c.code}, geboren in {c.birth_year})", c.id) for c in arrival.candidates]
        options.append((f"Een nieuwe leerling {arrival.pupil_name}", None))
        chosen = next(
            (
                i
                for i, (_t, ident) in enumerate(options)
                if arrival.matched is not None and ident == arrival.matched.id
            ),
            None,
        )
        if chosen is None:
            chosen = len(options) - 1 if not arrival.candidates else -1  # several: the person chooses
        self.options = [ident for _t, ident in options]
        self.radios = d.set_choices(options, chosen)
        for radio in self.radios:
            radio.toggled.connect(self._chosen)
        self._chosen()
        return True

    def _chosen(self) -> None:
        self.dialog.receive_button.setEnabled(any(r.isChecked() for r in self.radios))

    def receive(self) -> int | None:
        if self.arrival is None or self.pupil_id is not None:
            return self.pupil_id
        which = next((i for i, r in enumerate(self.radios) if r.isChecked()), None)
        if which is None:
            return None
        arrival, target, today = self.arrival, self.options[which], self.interaction.today()
        pupil = self.interaction.attempt(
            self.dialog, lambda: transfers.receive(self.store, arrival, target, today)
        )
        if pupil is FAILED:
            return None
        self.pupil_id = pupil.id
        self.dialog.accept()
        return pupil.id

    def run(self) -> int | None:
        self.interaction.open_dialog(self.dialog)
        return self.pupil_id


def _iso(value: str):
    from datetime import date

    return date.fromisoformat(value)


def history_html(history: transfers.ReceivedHistory) -> str:
    """The previous school's history as the pupil file shows it: marked, read-only."""
    parts = [
        f"<h2>Van vorige school: {escape(history.from_school)}</h2>",
        f"<p style='background:#fdf6e3;padding:6px'>Doorgegeven door {escape(history.from_school)} op "
        f"{format_date(history.sent_on)}, ingelezen op {format_date(history.received_on)}. <b>Alleen om te "
        "lezen:</b> dit is wat die school doorgaf, niet het dossier van deze school.</p>",
    ]
    for section in in_words(history.content):
        parts.append(f"<h3>{escape(section.title)}</h3>")
        if section.note:
            parts.append(f"<p><i>{escape(section.note)}</i></p>")
        for entry in section.entries:
            rows = "".join(
                f"<tr><td style='color:#5a6470;padding-right:12px' valign='top'>{escape(label)}</td>"
                f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
                for label, value in entry.fields
            )
            parts.append(f"<p style='margin-bottom:0'><b>{escape(entry.title)}</b></p><table>{rows}</table>")
    return "".join(parts)


class PupilTransfers(QObject):
    """What the overdracht adds to a pupil file: the button, a hint for a pupil who left, and the
    read-only section ‘Van vorige school’ (a list under the trajectories, shown in the right pane)."""

    def __init__(self, file) -> None:
        super().__init__(file.view)
        self.file = file
        ui = file.view.ui
        self.button = QPushButton("Over&dracht naar andere school…", file.view)
        self.button.setToolTip(
            "De stap van de ouders noteren, kiezen wat meegaat, en PDF en overdrachtsbestand "
            "maken voor de nieuwe school"
        )
        self.button.clicked.connect(self.transfer_out)
        ui.identityLayout.addWidget(self.button)
        self.label = QLabel("Van vorige school (alleen lezen)")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName("Van vorige school")
        self.list.setMaximumHeight(80)
        pane = ui.trajectoryPaneLayout
        pane.insertWidget(pane.indexOf(ui.newTrajectoryButton) + 1, self.label)
        pane.insertWidget(pane.indexOf(self.label) + 1, self.list)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Gegevens van de vorige school")
        ui.detailStack.addWidget(self.browser)
        self.list.itemClicked.connect(self.show_history)
        ui.trajectoryList.itemClicked.connect(lambda _item: self._back_to_trajectory())
        self.histories: list[transfers.ReceivedHistory] = []
        self.dialog: TransferOut | None = None

    def reload(self, pupil) -> None:
        self.histories = transfers.received(self.file.store, self.file.pupil_id)
        self.list.clear()
        for history in self.histories:
            QListWidgetItem(f"{history.from_school} ({format_date(history.sent_on)})", self.list)
        self.label.setVisible(bool(self.histories))
        self.list.setVisible(bool(self.histories))
        if pupil.leave_date is not None:
            self.button.setStyleSheet("font-weight: bold;")
            self.button.setToolTip("Vertrokken: geef het dossier door aan de nieuwe school")

    def show_history(self, item: QListWidgetItem | None = None) -> None:
        row = self.list.row(item) if item is not None else len(self.histories) - 1  # the newest
        self.list.setCurrentRow(row)
        self.browser.setHtml(history_html(self.histories[row]))
        self.file.view.ui.detailStack.setCurrentWidget(self.browser)

    def _back_to_trajectory(self) -> None:
        ui = self.file.view.ui
        if ui.detailStack.currentWidget() is self.browser:
            ui.detailStack.setCurrentWidget(
                ui.trajectoryHost if self.file.trajectory else ui.noTrajectoryLabel
            )

    def transfer_out(self) -> None:
        self.dialog = TransferOut(self.file.store, self.file.pupil_id, self.file.interaction, self.file.view)
        self.dialog.run()
        self.file.changed.emit()


def add_receive_action(window, receive) -> QAction:
    """Bestand → Overdracht ontvangen… (before Reservekopie maken…)."""
    ui = window.ui
    action = QAction("&Overdracht ontvangen…", window)
    action.setToolTip("Een overdrachtsbestand (.hgwo) van de vorige school van een leerling inlezen")
    action.triggered.connect(lambda: receive())
    ui.fileMenu.insertAction(ui.actionBackup, action)
    return action
