"""A pupil's or parent's access request: everything stored about one pupil, as PDF and JSON.

The rows come from following the schema's cascading keys from the pupil
(``storage/dossier.py``), so nothing is left out because someone forgot a table. Items
marked vertrouwelijk are included and marked: the coordinator judges what to hand over.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from go_hgw_desktop import files
from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import DiagnosticPhase, LeersteunStatus, RequestStatus, VerslagStatus
from go_hgw_desktop.reports.access_pdf import AccessDossier, DossierField, DossierRecord, DossierSection
from go_hgw_desktop.services.audit_trail import RECORD_LABELS, entries
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.services.staff import staff_names_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.dossier import rows_under
from go_hgw_desktop.storage.store import Store

FORMAT, VERSION = "go-hgw-inzage", 1

# Tables in the order a reader expects them, with the section title.
SECTIONS = (
    ("pupil", "Identiteit"), ("class_membership", "Klassen"), ("subgroup_member", "Subgroepen"),
    ("trajectory", "Trajecten"), ("phase_change", "Fasen van het zorgcontinuüm"), ("cycle", "Cycli"),
    ("observation", "Waarnemingen"), ("conversation", "Oudergesprekken en kindgesprekken"),
    ("partner_view", "Visie van ouders en leerling"), ("factor", "Stimulerende en belemmerende factoren"),
    ("educational_need", "Onderwijsbehoeften"), ("teacher_support_need", "Ondersteuningsbehoeften"),
    ("plan", "Plannen"), ("goal", "Doelen"), ("measure", "Maatregelen"),
    ("follow_up_note", "Opvolgnotities"), ("clb_request", "CLB-aanvragen"),
    ("verslag_reference", "Verslagen (verwijzing)"), ("leersteun_request", "Leersteun"),
    ("status_change", "Verloop van statussen"), ("consultation_pupil", "Besproken in overleg"),
    ("transfer_out", "Overdracht naar een andere school"),
    ("transfer_withheld", "Niet doorgegeven na bezwaar"),
    ("received_history", "Overdracht van een vorige school (zoals ontvangen)"),
)
LABELS = {
    "first_name": "Voornaam", "last_name": "Familienaam", "birth_year": "Geboortejaar", "code": "Code",
    "entry_date": "Ingeschreven", "leave_date": "Vertrokken", "external_ref": "Leerlingnummer",
    "school_year": "Schooljaar", "title": "Titel", "domain": "Domein", "sub_theme": "Subthema",
    "status": "Status", "start_date": "Start", "end_date": "Einde", "responsible_role": "Verantwoordelijke",
    "phase": "Fase", "reason": "Reden", "number": "Nummer", "step": "Stap", "started_on": "Gestart op",
    "closed_on": "Afgesloten op", "observed_on": "Datum", "source": "Bron", "author_role": "Door",
    "text": "Tekst", "kind": "Soort", "context": "Context", "slot": "Onderwijsbehoefte",
    "goal_text": "Om het doel", "wants_to_achieve": "Wil bereiken", "already_does": "Doet al",
    "needs": "Heeft nodig", "plan_type": "Soort plan", "evaluation_date": "Evaluatie op",
    "starting_situation": "Beginsituatie", "approach": "Aanpak", "description": "Omschrijving",
    "criterion": "Criterium", "deadline": "Tegen", "result": "Resultaat", "evaluated_on": "Geëvalueerd op",
    "evaluation_note": "Evaluatie", "category": "Categorie", "frequency": "Hoe vaak",
    "noted_on": "Datum", "question": "Vraag", "requested_on": "Aangevraagd op",
    "consent_by": "Toestemming door",
    "consent_on": "Toestemming op", "outcome": "Uitkomst", "diagnostic_phase": "Fase onderzoek",
    "issued_on": "Datum", "reference": "Waar staat het", "ended_on": "Afgesloten op", "theme": "Thema",
    "note": "Notitie", "position": "Volgorde", "item": "Bij", "field": "Wat", "value": "Werd",
    "since": "Sinds",
    "group": "Klas", "subgroup": "Subgroep", "consultation": "Overleg",  # the *_id columns shown by name
    "responsible_staff": "Wie (persoon)",
    "to_school": "Naar school", "parents_informed_on": "Ouders ingelicht op",
    "inspected": "Inzage door ouders",
    "inspected_on": "Inzage op", "objection": "Bezwaar", "sent_on": "Verzonden op", "item_id": "Nummer",
    "from_school": "Van school", "received_on": "Ontvangen op", "fingerprint": "Vingerafdruk",
    "content": "Inhoud (JSON)",
    "held_on": "Datum", "participants": "Wie nam deel", "said": "Wat werd er gezegd",
    "agreements": "Afspraken", "holder": "Van wie", "recorded_on": "Genoteerd op",
    "discussed_with_parents_on": "Besproken met de ouders op",
}
SKIPPED = {"id", "school_id", "confidential"}


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return getattr(value, "label", str(value.value))
    if isinstance(value, SchoolYear):
        return value.label
    return str(value)


def _record(table: str, row: dict, lookups: dict) -> DossierRecord:
    fields = []
    for name, value in row.items():
        if name in SKIPPED or name.endswith("_confidential"):
            continue
        if name.endswith("_id"):
            shown = lookups.get(name, {}).get(value)
            if shown is None:
                continue
            name, value = name.removesuffix("_id"), shown
        fields.append(DossierField(LABELS.get(name, name.replace("_", " ").capitalize()), _text(value),
                                   bool(row.get(f"{name}_confidential"))))
    when = next((row[k] for k in ("observed_on", "noted_on", "held_on", "recorded_on", "requested_on",
                                  "start_date", "issued_on", "started_on", "deadline") if row.get(k)), None)
    label = RECORD_LABELS.get(table, table)
    title = label[:1].upper() + label[1:] + (f" van {format_date(when)}" if when else "")
    return DossierRecord(title, tuple(fields), bool(row.get("confidential")))


def _status_change(row: dict) -> dict:
    """A recorded status change in words: which item, what, the Dutch label of the value, since."""
    item, choices = next((label, kinds) for column, label, kinds in (
        ("clb_request_id", "CLB-aanvraag", (RequestStatus, DiagnosticPhase)),
        ("verslag_id", "Verslag", (VerslagStatus, None)),
        ("leersteun_id", "Leersteun", (LeersteunStatus, None))) if row.get(column) is not None)
    status, phase = choices
    kind = phase if row["field"] == "diagnostic_phase" else status
    value = kind(row["value"]).label if row["value"] else "geen"
    return {"item": item, "field": "Fase onderzoek" if kind is phase else "Status", "value": value,
            "since": row["since"]}


def _part_word(table: str) -> str:
    """A withheld part's kind in Dutch (the stored value is the table's name)."""
    word = RECORD_LABELS.get(table, table.replace("_", " "))
    return word[:1].upper() + word[1:]


def dossier(store: Store, pupil_id: int, today: date | None = None) -> AccessDossier:
    """Everything about one pupil, in reading order, vertrouwelijke items marked."""
    today = today or date.today()
    with store.transaction() as session:
        rows = rows_under(session, [pupil_id])
        if "pupil" not in rows:
            from go_hgw_desktop.domain.errors import ValidationError

            raise ValidationError("Deze leerling bestaat niet (meer).")
        pupil = rows["pupil"][0]
        school = school_in(session).name
        lookups = {
            "responsible_staff_id": staff_names_in(session),
            "group_id": dict(session.execute(select(m.ClassGroupRecord.id, m.ClassGroupRecord.name)).all()),
            "subgroup_id": dict(session.execute(select(m.SubgroupRecord.id, m.SubgroupRecord.name)).all()),
            "consultation_id": {
                ident: f"{kind.label} van {format_date(held_on)}" + (f" ({title})" if title else "")
                for ident, kind, held_on, title in session.execute(select(
                    m.ConsultationRecord.id, m.ConsultationRecord.kind, m.ConsultationRecord.held_on,
                    m.ConsultationRecord.title))},
        }
    if "status_change" in rows:
        rows["status_change"] = [_status_change(row) for row in rows["status_change"]]
    if "transfer_withheld" in rows:  # the part withheld in words: "Waarneming", not "observation"
        rows["transfer_withheld"] = [{**row, "item": _part_word(row["item"])}
                                     for row in rows["transfer_withheld"]]
    sections = [DossierSection(title, tuple(_record(table, row, lookups) for row in rows[table]))
                for table, title in SECTIONS if rows.get(table)]
    # The lines in words, as on the Privacy screen, naming pupils by code only: a
    # consultation's line about others is not among this pupil's lines.
    trail = entries(store, pupil_id=pupil_id, names=False, today=today)
    if trail:
        sections.append(DossierSection("Logboek: wie opende of wijzigde dit dossier", tuple(
            DossierRecord(f"{e.at:%d/%m/%Y %H:%M}", (
                DossierField("Wat", e.what), DossierField("Gebruiker", e.os_user),
                DossierField("Toelichting", e.detail)))
            for e in trail)))
    return AccessDossier(f"{pupil['first_name']} {pupil['last_name']}", pupil["code"], school, today,
                         tuple(sections))


def dossier_json(content: AccessDossier) -> str:
    """The data file of the access request: the same content, machine-readable."""
    data = {"format": FORMAT, "version": VERSION, **asdict(content)}
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def write_dossier_json(content: AccessDossier, path: Path) -> None:
    """The access request's JSON, written like every file the app writes: private (0600), whole
    or not at all."""
    files.write_text(path, dossier_json(content))
