"""The Overleg page: consultations with participants by role, subjects, decisions, actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import ConsultationType, Role
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.school import StaffMember
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import consultations as service
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import schoolfoto as foto_service
from go_hgw_desktop.services import staff as staff_service
from go_hgw_desktop.services.consultations import AttachedFoto
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.foto_comparison import key_figures
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.record_list import RecordListController
from go_hgw_desktop.ui.controllers.record_specs import who_field
from go_hgw_desktop.ui.models.record_table import RecordTableModel
from go_hgw_desktop.ui.record_spec import FieldSpec, RecordSpec
from go_hgw_desktop.ui.views.consultations_page import ConsultationsPage


@dataclass(kw_only=True)
class ConsultationForm:
    kind: ConsultationType = ConsultationType.LEERLINGENBESPREKING
    held_on: date
    title: str = ""
    participant_roles: list[Role] = field(default_factory=list)
    pupil_ids: list[int] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)
    decisions: str = ""
    decisions_confidential: bool = False
    open_actions: int = 0  # shown in the list only
    id: int | None = None


PDF_FILTER = "PDF-bestanden (*.pdf)"
FOTO_THRESHOLD = 5  # the Flemish default; the Schoolfoto section offers higher thresholds


def action_item_spec(staff: Callable[[], list[StaffMember]]) -> RecordSpec:
    """Afspraken; ‘Wie’ offers the roles and the people of ``staff``."""
    return RecordSpec(
        noun="afspraak", plural="Afspraken",
        fields=(
            FieldSpec("description", "Afspraak", "text", hint="Wie doet wat? bv. Ouders uitnodigen"),
            who_field("owner_role", "owner_staff_id", staff),
            FieldSpec("due_on", "Tegen", "date", optional=True),
            FieldSpec("done_on", "Afgehandeld op", "date", optional=True),
        ),
        empty_hint="Nog geen afspraken. Noteer wie wat doet en tegen wanneer.",
        confidential_field=None,
        describe=lambda a: a.description[:80],
    )


LIST_SPEC = RecordSpec(
    noun="overleg", plural="Overleg",
    fields=(
        FieldSpec("held_on", "Datum", "date"),
        FieldSpec("kind", "Soort", "choice", ConsultationType),
        FieldSpec("open_actions", "Open afspraken", "int"),
        FieldSpec("title", "Titel"),
    ),
    empty_hint="", confidential_field="decisions_confidential",
)


def consultation_spec(pupils: Callable[[], list[tuple[str, int]]],
                      groups: Callable[[], list[tuple[str, int]]]) -> RecordSpec:
    return RecordSpec(
        noun="overleg", plural="Overleg",
        fields=(
            FieldSpec("kind", "Soort", "choice", ConsultationType),
            FieldSpec("held_on", "Datum", "date"),
            FieldSpec("title", "Titel", hint="bv. Leerlingenbespreking 3de graad"),
            FieldSpec("participant_roles", "Deelnemers", "multi",
                      options=lambda: [(r.label, r) for r in Role]),
            FieldSpec("pupil_ids", "Besproken leerlingen", "multi", options=pupils,
                      applies=lambda c: c.kind.is_about_pupils),
            FieldSpec("group_ids", "Besproken klassen", "multi", options=groups),
            FieldSpec("decisions", "Beslissingen", "text"),
        ),
        intro="Op een MICRO- of MACRO-overleg worden geen individuele leerlingen besproken: "
              "daar ligt de geanonimiseerde schoolfoto op tafel.",
        empty_hint="", confidential_field="decisions_confidential",
        confidential_label="&Beslissingen vertrouwelijk: nooit afdrukken of exporteren",
        describe=lambda c: f"{c.kind.label} van {format_date(c.held_on)}",
    )


def _to_form(consultation: Consultation, open_actions: int = 0) -> ConsultationForm:
    return ConsultationForm(
        id=consultation.id, kind=consultation.kind, held_on=consultation.held_on,
        title=consultation.title, participant_roles=[p.role for p in consultation.participants],
        pupil_ids=consultation.pupil_ids, group_ids=consultation.group_ids,
        decisions=consultation.decisions, decisions_confidential=consultation.decisions_confidential,
        open_actions=open_actions,
    )


class ConsultationsController(QObject):
    changed = Signal()

    def __init__(self, page: ConsultationsPage, store: Store, interaction: Interaction = DEFAULT) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        self.interaction = interaction
        self.today = interaction.today
        self.year: SchoolYear | None = None
        self.current: Consultation | None = None
        self.model = RecordTableModel(LIST_SPEC, page)
        ui = page.ui
        ui.consultationTable.setModel(self.model)
        ui.consultationTable.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row()))
        ui.consultationTable.doubleClicked.connect(lambda _i: self.edit_current())
        ui.newConsultationButton.clicked.connect(self.new_consultation)
        ui.editConsultationButton.clicked.connect(self.edit_current)
        ui.deleteConsultationButton.clicked.connect(self.delete_current)
        ui.attachFotoButton.clicked.connect(self.attach_foto)
        ui.fotoPdfButton.clicked.connect(self.export_foto_pdf)
        ui.detachFotoButton.clicked.connect(self.detach_foto)
        ui.verslagButton.clicked.connect(self.print_verslag)
        ui.preparationButton.clicked.connect(self.print_preparation)
        self.foto: AttachedFoto | None = None  # the current MICRO-overleg's frozen foto
        QShortcut(QKeySequence("Ctrl+N"), page, self.new_consultation)
        self.staff: list[StaffMember] = []  # who an afspraak can name; read again with each overleg
        self.actions = RecordListController(
            page.actions, action_item_spec(lambda: self.staff),
            new=lambda: ActionItem(consultation_id=self.current.id, description="",
                                   owner_role=Role.ZORGCOORDINATOR),
            save=lambda item: service.save_action_item(self.store, item),
            delete=lambda item: service.delete_action_item(self.store, item.id),
            interaction=interaction,
        )
        self.actions.changed.connect(self._actions_changed)

    def set_year(self, year: SchoolYear) -> None:
        self.year = year
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id or (self.current.id if self.current else None)
        consultations = service.list_consultations(self.store)
        open_counts = service.open_action_counts(self.store)
        forms = [_to_form(c, open_counts.get(c.id, 0)) for c in consultations]
        self.model.set_records(forms)
        ui = self.page.ui
        if not forms:
            ui.noConsultationLabel.setText(
                "Nog geen overleg genoteerd.\n\nNoteer een leerlingenbespreking, MDO, "
                "groepsbespreking, adviesgesprek of MICRO- en MACRO-overleg met ‘Nieuw overleg…’ "
                "(Ctrl+N): wie er was, wat er besloten werd en wie wat doet."
            )
            ui.detailStack.setCurrentWidget(ui.noConsultationLabel)
            self.current = None
            self._enable_record_buttons()
            return
        ids = [f.id for f in forms]
        row = ids.index(keep) if keep in ids else 0
        selection = ui.consultationTable.selectionModel()
        selection.blockSignals(True)  # _show below loads the consultation once
        ui.consultationTable.selectRow(row)
        selection.blockSignals(False)
        self._show(row)
        self._enable_record_buttons()

    def _enable_record_buttons(self) -> None:
        """Bewerken and Verwijderen need a consultation to act on."""
        ui = self.page.ui
        for button in (ui.editConsultationButton, ui.deleteConsultationButton, ui.verslagButton):
            button.setEnabled(self.current is not None)

    def select(self, consultation_id: int) -> None:
        self.reload(select_id=consultation_id)

    def _show(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        self.current = service.get_consultation(self.store, self.model.record_at(row).id)
        c = self.current
        ui = self.page.ui
        ui.detailStack.setCurrentWidget(ui.detailPage)
        # A title that starts with the kind ("Leerlingenbespreking 3A") says it once.
        kind = "" if c.title.casefold().startswith(c.kind.label.casefold()) else f"{c.kind.label} · "
        ui.titleLabel.setText(f"{kind}{format_date(c.held_on)}" + (f" · {c.title}" if c.title else "")
                              if kind else f"{c.title} · {format_date(c.held_on)}")
        # Only the discussed pupils and classes are read, whatever school year they were in.
        names = {}
        for pupil_id in c.pupil_ids:
            pupil = pupil_service.get_pupil(self.store, pupil_id)
            names[pupil_id] = pupil.full_name + (" (vertrokken)" if pupil.has_left(self.today()) else "")
        groups = {i: school_service.get_group(self.store, i).name for i in c.group_ids}
        parts = ["Deelnemers: " + (", ".join(p.role.label for p in c.participants) or "–")]
        if c.pupil_ids:
            parts.append("Besproken leerlingen: " + ", ".join(names.get(i, "?") for i in c.pupil_ids))
        if c.group_ids:
            parts.append("Besproken klassen: " + ", ".join(groups.get(i, "?") for i in c.group_ids))
        ui.detailsLabel.setText("\n".join(parts))
        secret = "\n🔒 Vertrouwelijk: wordt nooit afgedrukt of geëxporteerd."
        ui.decisionsLabel.setText((c.decisions or "Nog geen beslissingen genoteerd.")
                                  + (secret if c.decisions_confidential else ""))
        self.staff = staff_service.list_staff(self.store)
        self.actions.set_records(service.action_items(self.store, c.id))
        self._show_foto()

    def _form_spec(self, form: ConsultationForm) -> RecordSpec:
        """Pupils who left are not offered for a new consultation; one that discussed them
        keeps them, marked ‘(vertrokken)’."""
        rows = [r for r in pupil_service.list_pupils(self.store, self.year, self.today())
                if not r.has_left or r.id in form.pupil_ids]
        groups = school_service.list_groups(self.store, self.year)
        return consultation_spec(
            lambda: [(f"{r.last_name}, {r.first_name} ({r.class_name or '–'})"
                      + (" (vertrokken)" if r.has_left else ""), r.id) for r in rows],
            lambda: [(g.name, g.id) for g in groups],
        )

    def _save(self, form: ConsultationForm) -> Consultation:
        return service.save_consultation(self.store, Consultation(
            id=form.id, kind=form.kind, held_on=form.held_on, title=form.title.strip(),
            decisions=form.decisions, decisions_confidential=form.decisions_confidential,
            participants=[Participant(role=r) for r in form.participant_roles],
            pupil_ids=form.pupil_ids, group_ids=form.group_ids,
        ))

    def _edit(self, form: ConsultationForm) -> int | None:
        saved = self.interaction.edit(self._form_spec(form), form, self._save, self.page)
        if saved is None:
            return None
        self.reload(select_id=saved.id)
        self.changed.emit()
        return saved.id

    def new_consultation(self) -> int | None:
        return self._edit(ConsultationForm(held_on=self.today(),
                                           participant_roles=[Role.ZORGCOORDINATOR]))

    def edit_current(self) -> int | None:
        return None if self.current is None else self._edit(_to_form(self.current))

    def delete_current(self) -> bool:
        c = self.current
        if c is None or not self.interaction.confirm(
            self.page, "overleg", f"{c.kind.label} van {format_date(c.held_on)}, met zijn afspraken"
        ):
            return False
        deleted = self.interaction.attempt(self.page, lambda: service.delete_consultation(self.store, c.id))
        if deleted is FAILED:
            return False
        self.current = None
        self.reload()
        self.changed.emit()
        return True

    def _actions_changed(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------------ the MICRO's schoolfoto

    def _show_foto(self) -> None:
        """Status, buttons and the comparison for a MICRO-overleg; other kinds have no foto."""
        c = self.current
        micro = c is not None and c.kind is ConsultationType.MICRO
        self.page.show_foto_tab(micro)
        self.foto = None
        if not micro:
            return
        ui = self.page.ui
        ui.compareSourceLabel.clear()
        try:
            self.foto = service.attached_foto(self.store, c.id)
        except UserError as error:  # a damaged copy: say so here, detaching is the way out
            ui.fotoStatusLabel.setText(f"{error.message}\n{error.hint}")
            ui.attachFotoButton.setEnabled(True)
            ui.fotoPdfButton.setEnabled(False)
            ui.detachFotoButton.setEnabled(True)
            self.page.show_no_comparison("")
            return
        year = SchoolYear.containing(c.held_on)
        ui.attachFotoButton.setEnabled(True)
        ui.fotoPdfButton.setEnabled(self.foto is not None)
        ui.detachFotoButton.setEnabled(self.foto is not None)
        if self.foto is None:
            # A foto counts what is stored up to its day: one for a day still to come is today's.
            day = min(c.held_on, self.today())
            later = (f" Het overleg is pas op {format_date(c.held_on)}: koppel ze die dag opnieuw, dan "
                     "telt ze de gegevens van dan." if c.held_on > day else "")
            ui.fotoStatusLabel.setText(
                f"Nog geen schoolfoto gekoppeld. ‘Schoolfoto koppelen’ bewaart de schoolfoto van "
                f"schooljaar {year.label} op {format_date(day)} bij dit overleg: alleen geanonimiseerde "
                f"aantallen, geen namen; aantallen kleiner dan {FOTO_THRESHOLD} (de drempel) worden "
                f"verborgen. Die kopie verandert daarna niet meer.{later}"
            )
            self.page.show_no_comparison(
                "Koppel eerst de schoolfoto van dit overleg; daarna staat ze hier naast de foto van het "
                "vorige MICRO-overleg.")
            return
        foto = self.foto.foto
        lines = [f"Gekoppeld: schoolfoto {foto.school_year}, peildatum {format_date(foto.reference_date)}, "
                 f"drempel {foto.threshold} (bewaard op {format_date(self.foto.attached_on)}). "
                 "Een vaste kopie: latere wijzigingen in de gegevens veranderen ze niet."]
        if foto.reference_date > c.held_on or (foto.reference_date < c.held_on
                                               and self.foto.attached_on >= c.held_on):
            lines.append("Let op: de datum van het overleg is intussen gewijzigd; koppel de foto opnieuw "
                         "voor de nieuwe datum.")
        elif foto.reference_date < c.held_on:
            lines.append("Het overleg moet nog plaatsvinden: de foto toont de gegevens op "
                         f"{format_date(foto.reference_date)}. Koppel ze opnieuw op de dag zelf.")
        ui.fotoStatusLabel.setText("\n".join(lines))
        try:
            previous = service.previous_attached_foto(self.store, c.id)
        except UserError as error:  # this foto stays usable; only the comparison is missing
            self.page.show_no_comparison(f"De vorige foto kan niet naast deze gelegd worden.\n\n{error}")
            return
        if previous is None:
            self.page.show_no_comparison(
                "Nog geen eerdere foto om naast deze te leggen: aan geen enkel vroeger MICRO-overleg "
                "hangt een schoolfoto.\n\nKoppel bij elk MICRO-overleg de schoolfoto; bij het volgende "
                "overleg staat deze foto dan hier als vergelijking.")
            return
        before = previous.foto
        ui.compareSourceLabel.setText(
            f"Vorige foto: MICRO-overleg van {format_date(previous.held_on)} (schooljaar "
            f"{before.school_year}, peildatum {format_date(before.reference_date)}, drempel "
            f"{before.threshold}). ‘< {foto.marks_below}’ is een klein aantal, ‘x’ is verborgen zodat een "
            "klein aantal niet terug te rekenen is; een verschil staat er alleen waar beide aantallen "
            "getoond worden."
        )
        self.page.show_comparison(
            key_figures(foto, before),
            f"Deze foto\n{format_date(foto.reference_date)}",
            f"Vorige foto\n{format_date(before.reference_date)}",
        )

    def attach_foto(self) -> AttachedFoto | None:
        """Freeze the school's foto of this MICRO-overleg's year on its date (asks before replacing)."""
        c = self.current
        if c is None or c.kind is not ConsultationType.MICRO:
            return None
        if self.foto is not None and not self.interaction.ask(
            self.page, "Schoolfoto vervangen",
            f"Aan dit overleg hangt al een schoolfoto (peildatum "
            f"{format_date(self.foto.foto.reference_date)}, bewaard op "
            f"{format_date(self.foto.attached_on)}).\n\nVervangen door de schoolfoto zoals ze nu "
            "berekend wordt? De oude kopie gaat verloren.",
        ):
            return None
        attached = self.interaction.attempt(self.page, lambda: service.attach_schoolfoto(
            self.store, c.id, FOTO_THRESHOLD, attached_on=self.interaction.today()), busy=True)
        if attached is FAILED:
            return None
        self._show_foto()
        return attached

    def detach_foto(self) -> bool:
        c = self.current
        if c is None or not self.page.ui.detachFotoButton.isEnabled() or not self.interaction.ask(
            self.page, "Schoolfoto ontkoppelen",
            f"De schoolfoto loskoppelen van het MICRO-overleg van {format_date(c.held_on)}?\n\n"
            "De bewaarde kopie wordt verwijderd; een nieuwe foto toont de gegevens zoals ze dan zijn.",
        ):
            return False
        if self.interaction.attempt(self.page, lambda: service.detach_foto(self.store, c.id)) is FAILED:
            return False
        self._show_foto()
        return True

    def export_foto_pdf(self) -> Path | None:
        """The frozen foto as the same PDF the Schoolfoto section makes."""
        if self.foto is None:
            return None
        foto = self.foto.foto
        # Refused as on the command line, before the file dialog (the export refuses it too).
        if self.interaction.attempt(self.page, lambda: foto_service.refuse_pupils_named(self.store, foto)) \
                is FAILED:
            return None
        suggested = suggested_file_name(self.store, f"schoolfoto {foto.school_year} MICRO-overleg",
                                        foto.reference_date, suffix=".pdf")
        chosen = self.interaction.save_path(self.page, "Schoolfoto bewaren als PDF", suggested, PDF_FILTER)
        if chosen is None:
            return None
        path = chosen.with_suffix(".pdf")
        from go_hgw_desktop.services import exports  # reportlab: only when printing

        if self.interaction.attempt(self.page, lambda: exports.schoolfoto_pdf(self.store, foto, path),
                                    busy=True) is FAILED:
            return None
        self._show_foto()
        self.page.ui.fotoStatusLabel.setText(self.page.ui.fotoStatusLabel.text() + f"\nBewaard: {path}")
        self.interaction.file_saved(self.page, path)
        return path

    # ------------------------------------------------------------------ printed verslag and preparation

    def _print(self, title: str, suggested: str, write: Callable[[Path], object]) -> Path | None:
        """Ask where, write through the export service (checked, logged), say where it went."""
        chosen = self.interaction.save_path(self.page, title, suggested, PDF_FILTER)
        if chosen is None:
            return None
        path = chosen.with_suffix(".pdf")
        if self.interaction.attempt(self.page, lambda: write(path), busy=True) is FAILED:
            return None
        self.interaction.file_saved(self.page, path)
        return path

    def print_verslag(self) -> Path | None:
        """The verslag of the selected consultation as a PDF (a file name with its date, never a name)."""
        c = self.current
        if c is None:
            return None
        from go_hgw_desktop.services import exports  # reportlab: only when printing

        kind = "MDO" if c.kind is ConsultationType.MDO else c.kind.label
        suggested = suggested_file_name(self.store, f"verslag {kind}", c.held_on, suffix=".pdf")
        return self._print("Verslag bewaren als PDF", suggested,
                           lambda path: exports.verslag_pdf(self.store, c.id, path, self.today()))

    def print_preparation(self) -> Path | None:
        """The preparation sheet for a leerlingenbespreking or klassenraad of one class (asked;
        the classes the selected consultation discussed come first)."""
        groups = school_service.list_groups(self.store, self.year)
        if not groups:
            self.interaction.notify(self.page, UserError(
                f"Er zijn nog geen klassen in {self.year}.",
                "Maak eerst klassen aan in Groepen, of importeer een klaslijst."))
            return None
        first = set(self.current.group_ids) if self.current is not None else set()
        groups.sort(key=lambda g: g.id not in first)  # stable: the school's order otherwise
        picked = self.interaction.choose(self.page, "Voorbereiding van een bespreking",
                                         "Voor welke klas?", [g.name for g in groups])
        if picked is None:
            return None
        group = groups[picked]
        from go_hgw_desktop.services import exports  # reportlab: only when printing

        suggested = suggested_file_name(self.store, f"bespreking {group.name}", self.today(), suffix=".pdf")
        return self._print("Voorbereiding bewaren als PDF", suggested,
                           lambda path: exports.bespreking_pdf(self.store, group.id, path, self.today()))
