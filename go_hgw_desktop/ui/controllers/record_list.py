"""Behaviour of a record list: load, add, edit, delete with a confirmation that names it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView

from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.models.record_table import RecordTableModel
from go_hgw_desktop.ui.record_spec import RecordSpec, sentence_case
from go_hgw_desktop.ui.views.record_list import RecordListView


class RecordListController(QObject):
    """Wires one RecordListView to services; ``changed`` fires after every save or delete."""

    changed = Signal()

    def __init__(
        self,
        view: RecordListView,
        spec: RecordSpec,
        *,
        new: Callable[[], Any],
        save: Callable[[Any], Any],
        delete: Callable[[Any], None] | None,
        interaction: Interaction = DEFAULT,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.spec = spec
        self._new, self._save, self._delete = new, save, delete
        self.interaction = interaction
        self.read_only = False
        self.model = RecordTableModel(spec, view)
        ui = view.ui
        ui.titleLabel.setText(spec.plural)
        ui.table.setAccessibleName(spec.plural)
        ui.emptyLabel.setText(spec.empty_hint)
        ui.table.setModel(self.model)
        self._stretch_text_column()
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.addButton.setText(f"{sentence_case(spec.noun)} toevoegen…")
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        # activated: a double click or Enter (as the platform has it). Not doubleClicked as well:
        # a double click sends both, and the form opened a second time once the first closed.
        ui.table.activated.connect(lambda _index: self.edit_selected())
        self._update_buttons()

    def _stretch_text_column(self) -> None:
        """The record's main text takes the width that is left (wrapping where it must); the
        other columns fit their contents. With every column sized to its contents, a long
        afspraak pushed ‘Tegen’ out of sight behind a scroll bar."""
        columns = self.spec.columns
        main = next((i for i, f in enumerate(columns) if f.kind == "text"),
                    next((i for i, f in enumerate(columns) if f.kind == "line"), None))
        if main is None:
            return
        header = self.view.ui.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(main + (1 if self.spec.confidential_field else 0),
                                    QHeaderView.ResizeMode.Stretch)

    def set_records(self, records: list[Any], *, read_only: bool = False) -> None:
        """Show ``records``; the record that was selected stays selected (after evaluating a goal
        the next one is a Down arrow away, not a search from the top)."""
        chosen = getattr(self.selected(), "id", None)
        self.read_only = read_only
        self.model.set_records(records)
        self.view.show_records(bool(records))
        ids = [getattr(r, "id", None) for r in records]
        row = ids.index(chosen) if chosen is not None and chosen in ids else None
        if row is not None:
            table = self.view.ui.table
            table.setCurrentIndex(self.model.index(row, 0))
            table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        # Bewerken, Bekijken and Verwijderen act on the selected row: without one they wait.
        ui = self.view.ui
        chosen = self.selected() is not None
        ui.addButton.setVisible(self.spec.can_add and not self.read_only)
        ui.deleteButton.setVisible(self._delete is not None and self.spec.can_delete and not self.read_only)
        ui.deleteButton.setEnabled(chosen)
        ui.editButton.setText("Bekijken…" if self.read_only else "Bewerken…")
        ui.editButton.setVisible(not self.read_only or self.model.rowCount() > 0)
        ui.editButton.setEnabled(chosen)

    def selected(self) -> Any | None:
        rows = self.view.ui.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def add(self) -> Any | None:
        if self.read_only:
            return None
        return self._run(self._new(), read_only=False)

    def edit_selected(self) -> Any | None:
        record = self.selected()
        return None if record is None else self._run(record, read_only=self.read_only)

    def _run(self, record: Any, *, read_only: bool) -> Any | None:
        saved = self.interaction.edit(self.spec, record, self._save, self.view, read_only=read_only)
        if saved is not None:
            self.changed.emit()
        return saved

    def delete_selected(self) -> bool:
        record = self.selected()
        if record is None or self._delete is None or self.read_only:
            return False
        if not self.interaction.confirm(self.view, self.spec.noun, self.spec.describe(record)):
            return False
        if self.interaction.attempt(self.view, lambda: self._delete(record)) is FAILED:
            return False
        self.changed.emit()
        return True
