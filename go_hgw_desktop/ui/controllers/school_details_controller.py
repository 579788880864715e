"""Schoolgegevens: the school's details and klasleraars are saved together with Opslaan; the staff
list (one record form per person, as every list of the app) is saved as it changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.school import STAFF_ROLES, StaffMember, role_word
from go_hgw_desktop.services import staff as staff_service
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.record_list import RecordListController
from go_hgw_desktop.ui.record_spec import FieldSpec, RecordSpec
from go_hgw_desktop.ui.views.school_details_dialog import SchoolDetailsDialog


def staff_spec(describe) -> RecordSpec:
    return RecordSpec(
        noun="personeelslid", plural="Personeel",
        fields=(
            FieldSpec("name", "Naam", hint="bv. An Peeters"),
            FieldSpec("role", "Rol", "options", options=lambda: [(r.label, r) for r in STAFF_ROLES]),
        ),
        intro="Iemand van het schoolteam, of je vaste contactpersoon bij het CLB of het leersteuncentrum.",
        empty_hint="Nog niemand in de personeelslijst. Voeg de klasleraars, de zorgleraar en de "
                   "directie toe: dan kun je bij een afspraak of maatregel kiezen wie het doet.",
        confidential_field=None,
        describe=describe,
    )


class SchoolDetailsController:
    """Builds the dialog for ``year``; :meth:`run` shows it. ``changed`` is True after anything
    was saved (the staff list counts, also when the dialog is cancelled afterwards)."""

    def __init__(self, store: Store, year: SchoolYear, interaction: Interaction = DEFAULT,
                 parent: QWidget | None = None) -> None:
        self.store, self.year, self.interaction = store, year, interaction
        self.changed = False
        self.dialog = SchoolDetailsDialog(parent)
        details = staff_service.school_details(store, year)
        self.staff = details.staff
        self.dialog.show_school(details.school)
        self.dialog.show_classes(year.label, [(t.group_id, t.class_name, t.staff_id)
                                              for t in details.class_teachers], self.staff)
        self.dialog.mark_saved()
        self.staff_list = RecordListController(
            self.dialog.ui.staffList, staff_spec(self._describe),
            new=lambda: StaffMember(name="", role=STAFF_ROLES[1]),  # most of the staff: klasleraars
            save=lambda member: staff_service.save_staff_member(self.store, member),
            delete=lambda member: staff_service.delete_staff_member(self.store, member.id),
            interaction=interaction,
        )
        self.staff_list.changed.connect(self._staff_changed)
        self.staff_list.set_records(self.staff)
        self.dialog.ui.buttonBox.accepted.connect(self.save)

    def run(self) -> bool:
        """Show the dialog; True when the details were saved with Opslaan."""
        return self.interaction.open_dialog(self.dialog)

    def _describe(self, member: StaffMember) -> str:
        usage = staff_service.staff_usage(self.store, member.id)
        text = member.label
        named = [part for part in (
            f"{usage.agreements} afspraak/afspraken" if usage.agreements else "",
            f"{usage.measures} maatregel(en)" if usage.measures else "") if part]
        if named:
            text += (f"\n\n{member.name} staat bij {' en '.join(named)}: die blijven staan, met de rol "
                     f"‘{role_word(member.role)}’ zonder naam.")
        if usage.classes:
            text += (f"\n\nKlasleraar van {', '.join(usage.classes)}: die klas(sen) hebben dan geen "
                     "klasleraar.")
        return text

    def _staff_changed(self) -> None:
        self.changed = True
        untouched = not self.dialog.is_dirty()
        self.staff = staff_service.list_staff(self.store)
        self.staff_list.set_records(self.staff)
        self.dialog.update_staff(self.staff)
        if untouched:  # a removed klasleraar is gone from the store too: nothing to save
            self.dialog.mark_saved()

    def save(self) -> None:
        dialog = self.dialog
        saved = self.interaction.attempt(dialog, lambda: staff_service.save_school_details(
            self.store, dialog.school(), dialog.class_teachers()))
        if saved is FAILED:
            return
        self.changed = True
        dialog.mark_saved()
        dialog.accept()
