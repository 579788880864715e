"""The Groepen page: classes of the school year, groepsoverzicht, subgroups, group cycles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import SubgroupKind
from go_hgw_desktop.domain.school import ClassGroup, Subgroup
from go_hgw_desktop.services import group_overview as overview_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.messages import Notice
from go_hgw_desktop.ui.controllers.trajectory_controller import (
    TrajectoryController,
    TrajectoryDraft,
    create_trajectory,
    new_group_trajectory_spec,
)
from go_hgw_desktop.ui.controllers.trajectory_pane import TrajectoryPane, describe
from go_hgw_desktop.ui.models.group_overview_table import GroupOverviewModel
from go_hgw_desktop.ui.record_spec import FieldSpec, RecordSpec
from go_hgw_desktop.ui.views.groups_page import PUPIL_ROLE, GroupsPage, SubgroupList
from go_hgw_desktop.ui.views.year_note import show_year_note

ID_ROLE = Qt.ItemDataRole.UserRole
NO_SUBGROUP = "Zonder subgroep"
ASSIGN_HINT = ("Sleep leerlingen tussen de subgroepen, of selecteer ze (in het overzicht of in een "
               "subgroep) en kies ‘Toewijzen’.")
PAST_TIP = "Een vorig schooljaar: alleen lezen. Kies het huidige schooljaar bovenaan."


@dataclass(kw_only=True)
class ClassForm:
    name: str = ""
    grade: str = ""
    id: int | None = None


CLASS_SPEC = RecordSpec(
    noun="klas", plural="Klassen",
    fields=(FieldSpec("name", "Naam", hint="bv. 3A"), FieldSpec("grade", "Leerjaar", hint="bv. 3 of K2")),
    empty_hint="", confidential_field=None,
)
SUBGROUP_SPEC = RecordSpec(
    noun="subgroep", plural="Subgroepen",
    fields=(FieldSpec("name", "Naam", hint="bv. Leesgroep, Verrijking"),),
    empty_hint="", confidential_field=None,
)


class GroupsController(QObject):
    open_pupil = Signal(int)
    changed = Signal()

    def __init__(self, page: GroupsPage, store: Store, interaction: Interaction = DEFAULT) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        self.interaction = interaction
        self.today = interaction.today
        self.year: SchoolYear | None = None
        self.past = False  # the year shown lies before the huidig one: read-only
        self.group: ClassGroup | None = None
        self.model = GroupOverviewModel(page)
        ui = page.ui
        ui.overviewTable.setModel(self.model)
        ui.classList.currentItemChanged.connect(self._class_chosen)
        ui.newClassButton.clicked.connect(self.new_class)
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.standardSubgroupsButton.clicked.connect(self.create_standard_subgroups)
        ui.newSubgroupButton.clicked.connect(self.new_subgroup)
        ui.deleteSubgroupButton.clicked.connect(self.delete_subgroup)
        self.pane = TrajectoryPane(ui.groupTrajectoryList, ui.groupTrajectoryStack,
                                   ui.noGroupTrajectoryLabel, ui.groupTrajectoryHost, store, interaction)
        self.pane.changed.connect(self._trajectory_changed)
        ui.newGroupTrajectoryButton.clicked.connect(self.new_group_trajectory)
        ui.overviewTable.doubleClicked.connect(
            lambda index: self.open_pupil.emit(self.model.row_at(index.row()).pupil_id))
        ui.printGroepsplanButton.clicked.connect(self.print_groepsplan)
        ui.printOverdrachtButton.clicked.connect(self.print_overdracht)
        ui.klasficheButton.clicked.connect(lambda: self.save_klasfiche(all_classes=False))
        ui.allKlasfichesButton.clicked.connect(lambda: self.save_klasfiche(all_classes=True))

    # ------------------------------------------------------------------ klasfiche

    def save_klasfiche(self, all_classes: bool) -> Path | None:
        """Save the klasfiche of the chosen class (or of every class of the year shown) as a PDF
        or an .xlsx, as the file name the user picks ends; the path, or None."""
        from go_hgw_desktop.services import exports
        from go_hgw_desktop.services import klasfiche as klasfiche_service

        if self.year is None or (self.group is None and not all_classes):
            return None
        ids = None if all_classes else [self.group.id]
        others = self.page.ui.klasficheOthersCheck.isChecked()
        book = self.interaction.attempt(self.page, lambda: klasfiche_service.build_klasfiches(
            self.store, self.year, ids, with_others=others, today=self.today()))
        if book is FAILED or not book.classes:
            return None
        path = self.interaction.save_path(
            self.page, "Klasfiche bewaren",
            klasfiche_service.suggested_name(self.store, book, self.today(), ".pdf"),
            "PDF-bestanden (*.pdf);;Excel-bestanden (*.xlsx)")
        if path is None:
            return None
        if path.suffix.lower() not in (".pdf", ".xlsx"):  # not every file dialog adds the extension
            path = path.with_name(f"{path.name}.pdf")
        xlsx = path.suffix.lower() == ".xlsx"
        done = self.interaction.attempt(self.page, lambda: exports.klasfiche(
            self.store, book, None if xlsx else path, path if xlsx else None), busy=True)
        if done is FAILED:
            return None
        self.interaction.file_saved(self.page, path)
        return path

    # ------------------------------------------------------------------ classes

    def set_year(self, year: SchoolYear) -> None:
        """Show the classes of ``year``; a year before the huidig one is history: its classes and
        subgroups are shown as they were and cannot be changed."""
        self.year = year
        current = school_service.current_school_year(self.store, self.today())
        self.past = year < current
        ui = self.page.ui
        show_year_note(ui.yearNoteLabel, (
            f"Schooljaar {year} is voorbij (het huidige is {current}): je ziet de klassen, subgroepen en "
            "groepstrajecten van toen. Klassen en subgroepen blijven zoals ze waren; een groepstraject dat "
            "nog loopt, kun je nog evalueren en afsluiten." if self.past else
            f"Je bekijkt {year}, een volgend schooljaar (het huidige is {current})." if year > current
            else ""))
        for button in (ui.newClassButton, ui.newGroupTrajectoryButton):
            button.setEnabled(not self.past)
            button.setToolTip(PAST_TIP if self.past else "")
        self.page.set_editable(not self.past)
        self.reload_classes()

    def reload(self) -> None:
        """After a change elsewhere (a pupil marked vertrokken, a class list imported): the
        classes and the shown class as stored, the same class kept in view."""
        self.reload_classes()

    def reload_classes(self, select_id: int | None = None) -> None:
        ui = self.page.ui
        keep = select_id or (self.group.id if self.group else None)
        groups = school_service.list_groups(self.store, self.year)
        for button in (ui.klasficheButton, ui.allKlasfichesButton):  # printing a past year is fine
            button.setEnabled(bool(groups))
        ui.classList.blockSignals(True)
        ui.classList.clear()
        for group in groups:
            item = QListWidgetItem(group.name, ui.classList)
            item.setData(ID_ROLE, group.id)
        ids = [g.id for g in groups]
        if ids:  # selected with signals blocked: _show_group below loads the class once
            ui.classList.setCurrentRow(ids.index(keep) if keep in ids else 0)
        ui.classList.blockSignals(False)
        if not groups:
            ui.noClassLabel.setText(
                f"Nog geen klassen in {self.year.label}.\n\nMaak een klas aan met ‘Nieuwe klas…’, "
                "of importeer de klaslijsten uit je schooladministratie: Leerlingen → "
                "‘Klaslijst importeren…’."
            )
            ui.groupStack.setCurrentWidget(ui.noClassLabel)
            self.group = None
            self.pane.drop()
            return
        self._show_group(groups[ui.classList.currentRow()])

    def _class_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self._show_group(school_service.get_group(self.store, item.data(ID_ROLE)))

    def new_class(self) -> int | None:
        if self.past:  # a past year's classes and subgroups are history
            return None

        def save(form: ClassForm) -> ClassGroup:
            return school_service.save_group(
                self.store, ClassGroup(name=form.name, grade=form.grade, school_year=self.year))

        saved = self.interaction.edit(CLASS_SPEC, ClassForm(), save, self.page)
        if saved is None:
            return None
        self.reload_classes(select_id=saved.id)
        self.changed.emit()
        return saved.id

    # ------------------------------------------------------------------ overview and subgroups

    def _show_group(self, group: ClassGroup) -> None:
        changed_group = self.group is None or self.group.id != group.id
        self.group = group
        ui = self.page.ui
        ui.groupStack.setCurrentWidget(ui.groupDetail)
        if changed_group:
            ui.subgroupsHintLabel.setText(ASSIGN_HINT)
        self.reload_overview()
        if changed_group:
            self.pane.drop()
        self.reload_trajectories()

    def reload_overview(self) -> None:
        rows = overview_service.group_overview(self.store, self.group.id, self._as_of())
        self.model.set_rows(rows)
        table = self.page.ui.overviewTable
        with self.page.overview_columns.sizing():
            table.resizeColumnsToContents()
            for column, width in ((0, 220), (1, 110), (2, 80), (3, 380)):
                table.setColumnWidth(column, min(max(table.columnWidth(column), 80), width))
        subgroups = school_service.list_subgroups(self.store, self.group.id, self._as_of())
        names = {r.pupil_id: r.name for r in rows}
        self.page.ui.classTitleLabel.setText(
            f"Klas {self.group.name} · {self.group.school_year.label} · "
            + ("1 leerling" if len(rows) == 1 else f"{len(rows)} leerlingen")
            + (" · vorig schooljaar, alleen lezen" if self.past else ""))
        placed = {p for _, members in subgroups for p in members}
        lists = []
        for subgroup, members in subgroups:
            widget = SubgroupList(subgroup.name, subgroup.id)
            widget.set_pupils([(p, names[p]) for p in members if p in names])
            lists.append(widget)
        loose = SubgroupList(NO_SUBGROUP, None)
        loose.set_pupils([(r.pupil_id, r.name) for r in rows if r.pupil_id not in placed])
        lists.append(loose)
        for widget in lists:
            widget.dropped.connect(self._after_drop)
        self.page.set_subgroup_lists(lists)
        ui = self.page.ui
        ui.assignCombo.set_items([(s.name, s.id) for s, _ in subgroups], optional=True,
                                 empty_label=NO_SUBGROUP)
        has_standard = {s.kind for s, _ in subgroups} >= {SubgroupKind.BASIS, SubgroupKind.INTENSIEF,
                                                           SubgroupKind.MEER}
        ui.standardSubgroupsButton.setVisible(not has_standard and not self.past)
        ui.deleteSubgroupButton.setEnabled(bool(subgroups) and not self.past)
        ui.assignButton.setEnabled(bool(subgroups) and not self.past)
        ui.assignCombo.setEnabled(not self.past)
        ui.newSubgroupButton.setEnabled(not self.past)

    def _as_of(self):
        """Who is in the class: today, or for a past year the class as it ended that year."""
        return self.group.school_year.last_day if self.past else self.today()

    def _layout(self) -> dict[int, list[int]]:
        return {w.subgroup_id: w.pupil_ids() for w in self.page.subgroup_lists if w.subgroup_id}

    def _after_drop(self) -> None:
        # The source list removes the dragged item only after the drop: save afterwards.
        QTimer.singleShot(0, lambda: self._save_layout(self._layout()))

    def _save_layout(self, layout: dict[int, list[int]]) -> bool:
        if self.past:  # last year's subgroups are history (the lists take no drops either)
            self.reload_overview()
            return False
        saved = self.interaction.attempt(
            self.page, lambda: overview_service.set_subgroup_layout(self.store, self.group.id, layout,
                                                                    self.today()))
        self.reload_overview()  # refused, the lists show what is stored again
        return saved is not FAILED

    def selected_pupil_ids(self) -> list[int]:
        """Pupils selected in the groepsoverzicht and in any subgroup list, in that order."""
        rows = self.page.ui.overviewTable.selectionModel().selectedRows()
        chosen = [self.model.row_at(index.row()).pupil_id for index in rows]
        for widget in self.page.subgroup_lists:
            chosen += [item.data(PUPIL_ROLE) for item in widget.list.selectedItems()]
        return list(dict.fromkeys(chosen))

    def assign_selected(self) -> bool:
        if self.past:  # a past year's classes and subgroups are history
            return False
        ui = self.page.ui
        chosen = self.selected_pupil_ids()
        if not chosen:
            self.interaction.notify(self.page, Notice(
                "Selecteer eerst de leerlingen die naar een subgroep gaan.",
                "Klik ze aan in het groepsoverzicht of in een subgroep (meerdere met Ctrl of Shift), "
                "kies de subgroep en klik ‘Toewijzen’. Slepen kan ook."))
            return False
        target = ui.assignCombo.value()
        layout = {sid: [p for p in members if p not in chosen] for sid, members in self._layout().items()}
        if target is not None:
            layout[target] = layout.get(target, []) + chosen
        if not self._save_layout(layout):
            return False
        who = "1 leerling" if len(chosen) == 1 else f"{len(chosen)} leerlingen"
        ui.subgroupsHintLabel.setText(f"{who} naar {ui.assignCombo.currentText()}. " + ASSIGN_HINT)
        for widget in self.page.subgroup_lists:  # show where they went
            for row in range(widget.list.count()):
                item = widget.list.item(row)
                item.setSelected(item.data(PUPIL_ROLE) in chosen)
        return True

    def create_standard_subgroups(self) -> None:
        if self.past:  # a past year's classes and subgroups are history
            return
        overview_service.create_standard_subgroups(self.store, self.group.id)
        self.reload_overview()

    def new_subgroup(self) -> bool:
        if self.past:  # a past year's classes and subgroups are history
            return False

        def save(subgroup: Subgroup) -> Subgroup:
            return school_service.save_subgroup(self.store, subgroup)

        if self.interaction.edit(SUBGROUP_SPEC, Subgroup(group_id=self.group.id, name=""), save,
                                 self.page) is None:
            return False
        self.reload_overview()
        return True

    def delete_subgroup(self) -> bool:
        if self.past:  # a past year's classes and subgroups are history
            return False
        subgroups = school_service.list_subgroups(self.store, self.group.id, self.today())
        if not subgroups:
            return False
        picked = self.interaction.choose(self.page, "Subgroep verwijderen", "Welke subgroep?",
                             [f"{s.name} ({len(m)} leerlingen)" for s, m in subgroups])
        if picked is None:
            return False
        subgroup, members = subgroups[picked]
        if not self.interaction.confirm(self.page, "subgroep",
                            f"{subgroup.name}: de {len(members)} leerlingen blijven in de klas."):
            return False
        school_service.delete_subgroup(self.store, subgroup.id)
        self.reload_overview()
        self.reload_trajectories()
        return True

    # ------------------------------------------------------------------ group trajectories

    @property
    def trajectory(self) -> TrajectoryController | None:
        return self.pane.controller

    def reload_trajectories(self, select_id: int | None = None) -> None:
        subgroups = {s.id: s.name for s, _ in school_service.list_subgroups(self.store, self.group.id)}
        self.pane.show(
            trajectory_service.list_trajectories(self.store, group_id=self.group.id),
            lambda t: describe(t, subgroups.get(t.subgroup_id, "hele klas")),
            "Nog geen groepstraject voor deze klas.\n\nStart er een met ‘Nieuw groepstraject…’: "
            "voor de hele klas of als groepsplan voor een subgroep (6 tot 12 weken).",
            select_id,
        )

    def _trajectory_changed(self) -> None:
        self.reload_trajectories()
        self.reload_overview()
        self.changed.emit()

    def new_group_trajectory(self) -> int | None:
        if self.past:  # a past year's classes and subgroups are history
            return None
        subgroups = [(s.name, s.id) for s, _ in school_service.list_subgroups(self.store, self.group.id)]
        saved = self.interaction.edit(
            new_group_trajectory_spec(lambda: subgroups), TrajectoryDraft(start_date=self.today()),
            lambda d: create_trajectory(self.store, d, group_id=self.group.id), self.page)
        if saved is None:
            return None
        self.page.ui.groupTabs.setCurrentWidget(self.page.ui.trajectoriesTab)
        self.reload_trajectories(select_id=saved.id)
        self.changed.emit()
        return saved.id

    def show_trajectory(self, group_id: int, trajectory_id: int) -> None:
        """Open a group trajectory (from the Overzicht)."""
        self.reload_classes(select_id=group_id)
        self.page.ui.groupTabs.setCurrentWidget(self.page.ui.trajectoriesTab)
        self.reload_trajectories(select_id=trajectory_id)

    # ------------------------------------------------------------------ printed groepsplan

    def print_groepsplan(self) -> Path | None:
        """The selected class's groepsoverzicht and groepsplannen as a PDF, where the person chooses."""
        if self.group is None:
            return None
        group = self.group
        suggested = suggested_file_name(self.store, f"groepsplan {group.name}", self.today(), suffix=".pdf")
        chosen = self.interaction.save_path(self.page, "Groepsplan bewaren als PDF", suggested,
                                            "PDF-bestanden (*.pdf)")
        if chosen is None:
            return None
        path = chosen.with_suffix(".pdf")
        from go_hgw_desktop.services import exports  # reportlab: only when printing

        made = self.interaction.attempt(
            self.page, lambda: exports.groepsplan_pdf(self.store, group.id, path, self.today()), busy=True)
        if made is FAILED:
            return None
        self.interaction.file_saved(self.page, path)
        return path

    # ------------------------------------------------------------------ overdrachtsfiche

    def print_overdracht(self) -> Path | None:
        """The selected class's overdrachtsfiche for next year's teacher as a PDF, where the
        person chooses."""
        if self.group is None:
            return None
        group = self.group
        suggested = suggested_file_name(self.store, f"overdrachtsfiche {group.name}", self.today(),
                                        suffix=".pdf")
        chosen = self.interaction.save_path(self.page, "Overdrachtsfiche bewaren als PDF", suggested,
                                            "PDF-bestanden (*.pdf)")
        if chosen is None:
            return None
        path = chosen.with_suffix(".pdf")
        from go_hgw_desktop.services import exports  # reportlab: only when printing

        made = self.interaction.attempt(
            self.page, lambda: exports.overdracht_pdf(self.store, group.id, path, self.today()), busy=True)
        if made is FAILED:
            return None
        self.interaction.file_saved(self.page, path)
        return path
