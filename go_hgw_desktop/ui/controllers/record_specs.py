"""The RecordSpec of every item the cycle screens edit: labels, editors, hints, previews."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import (
    ConsentBy,
    ConversationKind,
    DiagnosticPhase,
    FactorContext,
    FactorKind,
    GoalResult,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    RequestStatus,
    Role,
    VerslagStatus,
    VerslagType,
    ViewHolder,
)
from go_hgw_desktop.domain.school import StaffMember
from go_hgw_desktop.domain.templates import need_sentence, support_need_sentence
from go_hgw_desktop.ui.record_spec import FieldSpec as F
from go_hgw_desktop.ui.record_spec import RecordSpec


def _short(text: str, length: int = 70) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= length else line[: length - 1] + "…"


OBSERVATION = RecordSpec(
    noun="waarneming", plural="Waarnemingen en signalen",
    fields=(
        F("observed_on", "Datum", "date"),
        F("source", "Bron", "choice", ObservationSource),
        F("author_role", "Door", "choice", Role),
        F("text", "Wat zag of hoorde je?", "text",
          hint="Beschrijf wat je zag of hoorde, zo concreet mogelijk."),
    ),
    empty_hint="Nog geen waarnemingen. Noteer wat je zag of hoorde: bij een toets, in de klas, "
               "in een gesprek met ouders of leerling (Ctrl+Shift+N).",
    describe=lambda o: f"{format_date(o.observed_on)}: {_short(o.text)}",
)

CONVERSATION = RecordSpec(
    noun="gesprek", plural="Oudergesprekken en kindgesprekken",
    fields=(
        F("kind", "Soort", "choice", ConversationKind),
        F("held_on", "Datum", "date"),
        F("participants", "Wie nam deel", hint="bv. mama, klasleraar, zorgcoördinator"),
        F("said", "Wat werd er gezegd?", "text",
          hint="Hoe zien ouders of leerling het? Wat vertelden ze over thuis, over de klas?"),
        F("agreements", "Afspraken", "text", column=False, hint="Wie doet wat, tegen wanneer?"),
    ),
    intro="Ouders en leerling zijn partners: noteer hun kijk en wat jullie samen afspraken.",
    empty_hint="Nog geen oudergesprek of kindgesprek. Wat zeggen de ouders en de leerling zelf?",
    describe=lambda c: f"{c.kind.label} van {format_date(c.held_on)}: {_short(c.said)}",
)

VIEW = RecordSpec(
    noun="visie", plural="Visie van de ouders en van de leerling",
    fields=(
        F("holder", "Van wie", "choice", ViewHolder),
        F("recorded_on", "Genoteerd op", "date", optional=True),
        F("text", "Hun kijk op het probleem en op het plan", "text",
          hint="In hun woorden: wat loopt er moeilijk, wat helpt, wat verwachten ze?"),
    ),
    intro="Eén visie van de ouders en één van de leerling per cyclus; ze staan op het afgedrukte plan "
          "en in het aanmeldingsdossier, tenzij vertrouwelijk.",
    empty_hint="Nog geen visie van de ouders of van de leerling. Hoe kijken zij naar het probleem "
               "en naar het plan?",
    describe=lambda v: f"{v.holder.label}: {_short(v.text)}",
)

FACTOR = RecordSpec(
    noun="factor", plural="Stimulerende en belemmerende factoren",
    fields=(
        F("kind", "Soort", "choice", FactorKind),
        F("context", "Bij wie of waar", "choice", FactorContext),
        F("text", "Factor", "text", hint="bv. Werkt graag samen met een vaste buur."),
    ),
    intro="Kijk ook naar wat goed gaat: sterktes van de leerling, de leraar, de groep en thuis.",
    empty_hint="Nog geen factoren. Wat helpt, en wat staat in de weg: bij de leerling, "
               "in de klas, in de groep, op school en thuis?",
    describe=lambda f: f"{f.kind.label} ({f.context.label}): {_short(f.text)}",
)

NEED = RecordSpec(
    noun="onderwijsbehoefte", plural="Onderwijsbehoeften",
    fields=(
        F("goal_text", "Om het doel … te bereiken", hint="bv. vlot lezen op AVI-niveau E4", heading="Doel"),
        F("slot", "heeft deze leerling nodig:", "choice", NeedSlot, heading="Heeft nodig"),
        F("text", "…", hint="bv. verlengde instructie in een klein groepje krijgt",
          heading="Onderwijsbehoefte"),
    ),
    intro="Schrijf wat deze leerling nodig heeft, niet wat er mis is met de leerling.",
    empty_hint="Nog geen onderwijsbehoeften. Vertrek van een doel: wat heeft de leerling nodig "
               "om het te bereiken?",
    describe=lambda n: need_sentence(n.goal_text, {n.slot: n.text}),
    preview=lambda n: need_sentence(n.goal_text, {n.slot: n.text}),
)

SUPPORT_NEED = RecordSpec(
    noun="ondersteuningsbehoefte", plural="Ondersteuningsbehoeften van de leraar",
    fields=(
        F("theme", "Thema (kort)", hint="bv. Differentiëren bij lezen"),
        F("wants_to_achieve", "Als leraar wil ik bereiken dat", "text", column=False),
        F("already_does", "Zelf doe ik al", "text", column=False),
        F("needs", "Daarvoor heb ik nodig", "text"),
    ),
    intro="Het thema telt mee in de schoolfoto: noem er geen leerling in. De tekst blijft in deze "
          "toepassing.",
    empty_hint="Nog geen ondersteuningsbehoeften. Wat heeft de leraar nodig om deze leerling "
               "(of groep) te helpen?",
    describe=lambda s: f"{s.theme or 'Zonder thema'}: {_short(s.needs)}",
    preview=lambda s: support_need_sentence(s.wants_to_achieve, s.already_does, s.needs),
)

PLAN = RecordSpec(
    noun="plan", plural="Plan",
    fields=(
        F("plan_type", "Soort plan", "choice", PlanType),
        F("start_date", "Start", "date"),
        F("end_date", "Einde", "date", optional=True),
        F("evaluation_date", "Evaluatie op", "date"),
        F("starting_situation", "Beginsituatie", "text",
          hint="Kort: wat lukt al, wat nog niet. Noteer alleen wat afwijkt van het basisaanbod."),
        F("approach", "Aanpak: wie doet wat, wanneer", "text"),
        F("discussed_with_parents_on", "Besproken met de ouders op", "date", optional=True),
    ),
    intro="Houd het plan kort: een handelingsplan of groepsplan loopt meestal 6 tot 12 weken.",
    empty_hint="",
    can_delete=False,
)

GOAL = RecordSpec(
    noun="doel", plural="SMART-doelen",
    fields=(
        F("description", "Doel (specifiek)", "text",
          hint="Wat kan de leerling (of groep) straks? bv. Leest een AVI-tekst vlot en correct."),
        F("criterion", "Meetbaar: zo zien we het", hint="bv. minder dan 5 fouten per minuut"),
        F("deadline", "Tegen", "date", optional=True),
    ),
    empty_hint="Nog geen doelen. Een goed doel is specifiek, meetbaar, haalbaar en heeft een termijn.",
    describe=lambda g: _short(g.description),
)

GOAL_EVALUATION = RecordSpec(
    noun="evaluatie", plural="Evaluatie van de doelen",
    fields=(
        F("description", "Doel", "text", editable=False),
        F("result", "Resultaat", "choice", GoalResult, optional=True),
        F("evaluated_on", "Geëvalueerd op", "date", optional=True),
        F("evaluation_note", "Toelichting", "text"),
    ),
    empty_hint="Dit plan heeft nog geen doelen om te evalueren; voeg ze toe bij Organiseren.",
    can_add=False, can_delete=False, confidential_field=None,
    describe=lambda g: _short(g.description),
)

def who_field(role_field: str, staff_field: str, staff: Callable[[], list[StaffMember]]) -> F:
    """‘Wie’: a role, or a person of the staff list (‘An Peeters (klasleraar)’). The editor's
    value is the Role or the person's id; a person sets both fields, so the role stays known."""

    def options() -> list[tuple[str, object]]:
        return [(r.label, r) for r in Role] + [(s.label, s.id) for s in staff()]

    def read(record) -> object:
        person = getattr(record, staff_field, None)
        return person if person is not None else getattr(record, role_field)

    def write(value) -> dict:
        if isinstance(value, Role):
            return {role_field: value, staff_field: None}
        role = next((s.role for s in staff() if s.id == value), Role.ZORGCOORDINATOR)
        return {role_field: role, staff_field: value}  # the service sets the person's role anyway

    return F(role_field, "Wie", "options", options=options, read=read, write=write)


def measure_spec(staff: Callable[[], list[StaffMember]]) -> RecordSpec:
    """Measures; ‘Wie’ offers the roles and the people of ``staff``."""
    return RecordSpec(
        noun="maatregel", plural="Maatregelen (STICORDI)",
        fields=(
            F("category", "Categorie", "choice", MeasureCategory),
            F("description", "Maatregel", "text", hint="bv. Extra verwerkingstijd bij toetsen"),
            who_field("responsible_role", "responsible_staff_id", staff),
            F("frequency", "Wanneer / hoe vaak", hint="bv. dagelijks, bij elke toets"),
        ),
        intro="Stimuleren, remediëren, differentiëren, compenseren of dispenseren: geen diagnose nodig.",
        empty_hint="Nog geen maatregelen. Welke redelijke aanpassingen helpen, en wie voert ze uit?",
        describe=lambda mm: f"{mm.category.label}: {_short(mm.description)}",
    )

NOTE = RecordSpec(
    noun="notitie", plural="Opvolging",
    fields=(
        F("noted_on", "Datum", "date"),
        F("author_role", "Door", "choice", Role),
        F("text", "Notitie", "text", hint="Kort: wat werkt, wat niet, wat bijsturen?"),
    ),
    empty_hint="Nog geen opvolgnotities. Houd kort bij hoe het plan loopt.",
    describe=lambda n: f"{format_date(n.noted_on)}: {_short(n.text)}",
)

PHASE_CHANGE = RecordSpec(
    noun="fase", plural="Verloop langs het zorgcontinuüm",
    fields=(
        F("phase", "Fase", "choice", Phase),
        F("start_date", "Vanaf", "date"),
        F("end_date", "Tot", "date", optional=True, editable=False),
        F("reason", "Waarom", "text", hint="bv. Extra maatregelen in de klas volstaan niet."),
    ),
    intro="Fase 2 vraagt eerst een CLB-aanvraag met toestemming (de leerling vanaf 12 jaar, "
          "anders de ouders); fase 3 een afgeleverd verslag van het CLB.",
    empty_hint="",
    confidential_field="reason_confidential",
    confidential_label="&Reden vertrouwelijk: nooit afdrukken of exporteren",
    add_title="Fase wijzigen",  # as the button that opens it says
    describe=lambda p: f"{p.phase.label} vanaf {format_date(p.start_date)} (alleen de laatste fasewissel "
                       "kan ongedaan gemaakt worden; de fase ervoor loopt dan verder)",
)

CLB_REQUEST = RecordSpec(
    noun="CLB-aanvraag", plural="CLB",
    fields=(
        F("requested_on", "Aangevraagd op", "date"),
        F("question", "Hulpvraag", "text"),
        F("consent_by", "Toestemming van", "choice", ConsentBy, optional=True),
        F("consent_on", "Toestemming op", "date", optional=True),
        F("status", "Status", "choice", RequestStatus),
        F("started_on", "CLB gestart op", "date", optional=True, column=False),
        F("diagnostic_phase", "Fase diagnostisch traject", "choice", DiagnosticPhase, optional=True,
          heading="Diagnostiek"),
        F("outcome", "Uitkomst", "text", column=False),
        F("outcome_confidential", "Uitkomst vertrouwelijk (nooit afdrukken of exporteren)", "bool",
          column=False),
        F("closed_on", "Afgesloten op", "date", optional=True, column=False),
    ),
    intro="Het CLB start pas na toestemming: van de leerling vanaf 12 jaar, anders van de ouders.",
    empty_hint="Geen CLB-aanvragen voor dit traject.",
    confidential_field="question_confidential",
    confidential_label="&Hulpvraag vertrouwelijk: nooit afdrukken of exporteren",
    describe=lambda r: f"aanvraag van {format_date(r.requested_on)} ({r.status.label})",
)

# The same forms, as the phase change asks for them.
CLB_CONSENT = replace(
    CLB_REQUEST,
    intro="Fase 2 betekent dat het CLB mee begeleidt. Dat kan pas na toestemming: van de "
          "leerling vanaf 12 jaar, anders van de ouders. Noteer wie toestemming gaf en wanneer.",
)

VERSLAG = RecordSpec(
    noun="verslag", plural="Verslagen (verwijzing)",
    fields=(
        F("kind", "Soort", "choice", VerslagType),
        F("issued_on", "Datum", "date"),
        F("status", "Status", "choice", VerslagStatus),
        F("reference", "Waar staat het?", hint="bv. CLB-dossier; de inhoud komt hier niet"),
    ),
    intro="Het verslag zelf staat bij het CLB; hier noteer je alleen dat het bestaat.",
    empty_hint="Geen verslag genoteerd.",
    confidential_field=None,
    describe=lambda v: f"{v.kind.label} van {format_date(v.issued_on)}",
)

LEERSTEUN = RecordSpec(
    noun="leersteunaanvraag", plural="Leersteun (leersteuncentrum)",
    fields=(
        F("kind", "Soort", "choice", LeersteunKind),
        F("status", "Status", "choice", LeersteunStatus),
        F("requested_on", "Aangevraagd op", "date"),
        F("started_on", "Gestart op", "date", optional=True),
        F("ended_on", "Afgesloten op", "date", optional=True, column=False),
        F("theme", "Thema"),
        F("note", "Notitie", "text", column=False),
    ),
    empty_hint="Geen leersteun aangevraagd voor dit traject.",
    confidential_field="note_confidential",
    confidential_label="&Notitie vertrouwelijk: nooit afdrukken of exporteren",
    describe=lambda r: f"{r.kind.label}, aangevraagd op {format_date(r.requested_on)}",
)

TEAM_LEERSTEUN = replace(
    LEERSTEUN,
    noun="leersteunaanvraag voor leraar of team",
    plural="Leersteun voor leraren en het team",
    fields=(
        F("kind", "Soort", "options", options=lambda: [
            (kind.label, kind) for kind in (LeersteunKind.LERAARGERICHT, LeersteunKind.TEAMGERICHT)]),
        *LEERSTEUN.fields[1:],
    ),
    intro="Leersteun die niet bij het traject van één leerling hoort: voor een leraar of voor het "
          "hele team (bv. differentiëren, omgaan met gedrag). Leerlinggerichte leersteun vraag je "
          "aan in het dossier van de leerling.",
    empty_hint="Geen leersteun voor leraren of het team.",
)

VERSLAG_FOR_PHASE_3 = replace(
    VERSLAG,
    intro="Fase 3 (individueel aangepast curriculum of buitengewoon onderwijs) vraagt een "
          "afgeleverd verslag van het CLB. Noteer alleen dat het bestaat en waar het staat.",
)
