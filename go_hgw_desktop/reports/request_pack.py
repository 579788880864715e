"""The aanmeldingsdossier: one PDF the school sends with a request to the CLB or the
leersteuncentrum (Dutch, A4).

What the partner needs and nothing more (the CLB never wants a second full dossier): the
question, the consent, what the school already did (cycles with their signals in short, needs,
goals with their evaluation, measures and how things went), the views of parents and pupil,
and whom to contact. Identifiable by design: it names the pupil and says so on every page.
The service that fills :class:`RequestPackContent` leaves every vertrouwelijk item out and
only sets ``withheld``, so this module cannot print what it was never given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.reports.pdf import FONT, grid, para, write_pdf
from go_hgw_desktop.reports.pupil_plan import FOOTER_SIZE, WIDTH, _boxed, _section, _styles

CLB, LEERSTEUN = "clb", "leersteun"
TITLES = {CLB: "Aanmelding bij het CLB", LEERSTEUN: "Aanvraag leersteun"}
WITHHELD_NOTE = ("Sommige onderdelen van het dossier zijn vertrouwelijk. Ze staan daarom niet in dit "
                 "aanmeldingsdossier; vraag ze zo nodig aan de contactpersoon.")


@dataclass(frozen=True)
class PackSignal:
    observed_on: date
    source: str  # the source's label: "Toets", "Gesprek met ouders"
    text: str  # in short


@dataclass(frozen=True)
class PackGoal:
    description: str
    result: str = ""  # "Bereikt", "Deels bereikt", …; empty: not evaluated
    evaluated_on: date | None = None
    evaluation_note: str = ""


@dataclass(frozen=True)
class PackMeasure:
    category: str  # "Compenseren"
    description: str
    who: str


@dataclass(frozen=True)
class PackCycle:
    number: int
    started_on: date
    closed_on: date | None
    plan: str = ""  # "Individueel handelingsplan, 01/10/2026 – 19/12/2026"; empty: no plan
    signals: tuple[PackSignal, ...] = ()
    needs: tuple[str, ...] = ()  # the helper sentences
    goals: tuple[PackGoal, ...] = ()
    measures: tuple[PackMeasure, ...] = ()
    notes: tuple[str, ...] = ()  # follow-up: how the measures worked, "12/11/2026: loopt goed"


@dataclass(frozen=True)
class PackVoice:
    who: str  # "Visie van de ouders", "Oudergesprek van 06/10/2026"
    text: str


@dataclass(frozen=True)
class PackPrevious:
    """The request of an earlier school year this one follows up (the yearly re-application)."""

    requested_on: date
    school_year: str
    summary: str  # "Leerlinggericht, thema Lezen; status Afgesloten"
    changes: tuple[str, ...] = ()  # what changed since, one line each


@dataclass(frozen=True)
class RequestPackContent:
    """Everything the aanmeldingsdossier shows, already stripped of vertrouwelijke items."""

    kind: str  # CLB or LEERSTEUN
    partner: str  # the school's CLB or leersteuncentrum ("" when not filled in)
    pupil_name: str
    birth_year: int
    class_name: str
    school_name: str
    institution_number: str
    school_year: str
    requested_on: date
    request_facts: tuple[tuple[str, str], ...]  # (label, value): status, kind, theme …
    question: str
    consent: str  # "Ouders, op 20/09/2026"
    trajectory: str  # "Lezen · Leren en studeren, lezen/spellen · Fase 2 – uitbreiding van zorg"
    cycles: tuple[PackCycle, ...]
    voices: tuple[PackVoice, ...]
    contact: str  # "An Peeters (zorgcoördinator)"
    printed_on: date
    previous: PackPrevious | None = None
    withheld: bool = False

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def footer(self) -> str:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        name = self.pupil_name
        while True:
            line = (f"{self.title}: {name} · bevat persoonsgegevens · enkel voor "
                    f"{'het CLB' if self.kind == CLB else 'het leersteuncentrum'}")
            if len(name) <= 8 or stringWidth(line, FONT, FOOTER_SIZE) <= WIDTH:
                return line
            name = name[:-2].rstrip() + "…"


_p = para


def _facts(rows: list[tuple[str, str]], s) -> Table:
    table = Table([[_p(label, s["head"]), _p(value or "–", s["body"])] for label, value in rows],
                  colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
    ]))
    return table


def _cycle(cycle: PackCycle, s) -> list[Flowable]:
    state = f"afgesloten op {format_date(cycle.closed_on)}" if cycle.closed_on else "lopend"
    head = f"Cyclus {cycle.number} (gestart op {format_date(cycle.started_on)}, {state})"
    parts: list[Flowable] = [_p(head, s["h2"])]
    if cycle.plan:
        parts.append(_p(cycle.plan, s["small"]))
    if cycle.signals:
        rows = [[_p(t, s["head"]) for t in ("Datum", "Bron", "Signaal (kort)")]]
        rows += [[_p(format_date(x.observed_on), s["cell"]), _p(x.source, s["cell"]), _p(x.text, s["cell"])]
                 for x in cycle.signals]
        parts.append(grid(rows, [22 * mm, 38 * mm, WIDTH - 60 * mm]))
    if cycle.needs:
        parts += [_p("Onderwijsbehoeften", s["head"])] + [_p(f"• {n}", s["cell"]) for n in cycle.needs]
    if cycle.goals:
        rows = [[_p(t, s["head"]) for t in ("Doel", "Evaluatie")]]
        for goal in cycle.goals:
            result = goal.result or "Nog niet geëvalueerd"
            if goal.evaluated_on:
                result += f" ({format_date(goal.evaluated_on)})"
            if goal.evaluation_note:
                result += f": {goal.evaluation_note}"
            rows.append([_p(goal.description, s["cell"]), _p(result, s["cell"])])
        parts.append(grid(rows, [WIDTH / 2, WIDTH / 2]))
    if cycle.measures:
        rows = [[_p(t, s["head"]) for t in ("Maatregel", "Soort", "Wie")]]
        rows += [[_p(m.description, s["cell"]), _p(m.category, s["cell"]), _p(m.who, s["cell"])]
                 for m in cycle.measures]
        parts.append(grid(rows, [WIDTH - 70 * mm, 32 * mm, 38 * mm]))
    if cycle.notes:
        parts += [_p("Hoe het liep (opvolging)", s["head"])] + [_p(f"• {n}", s["cell"]) for n in cycle.notes]
    if len(parts) == (2 if cycle.plan else 1):
        parts.append(_p("In deze cyclus is (nog) niets genoteerd dat mee mag.", s["small"]))
    spaced: list[Flowable] = []
    for part in parts:  # a little air between the blocks of a cycle
        spaced += [part, Spacer(1, 1.5 * mm)]
    return [*spaced, Spacer(1, 1 * mm)]


def request_pack_story(content: RequestPackContent) -> list[Flowable]:
    """The aanmeldingsdossier as reportlab flowables."""
    s = _styles()
    partner = content.partner or ("het CLB" if content.kind == CLB else "het leersteuncentrum")
    story: list[Flowable] = [
        _p(content.title, s["title"]),
        _p(content.pupil_name, s["subtitle"]),
        _p(f"Voor {partner}, van {content.school_name}", s["small"]),
        Spacer(1, 3 * mm),
        _facts([("Leerling", f"{content.pupil_name}, geboren in {content.birth_year}"),
                ("Klas", content.class_name or f"Geen klas in {content.school_year}"),
                ("School", content.school_name + (f" (instellingsnummer {content.institution_number})"
                                                  if content.institution_number else "")),
                ("Schooljaar", content.school_year),
                ("Aangevraagd op", format_date(content.requested_on)),
                *content.request_facts,
                ("Traject", content.trajectory),
                ("Contactpersoon", content.contact)], s),
        Spacer(1, 3 * mm),
    ]
    if content.withheld:
        story += [_boxed(WITHHELD_NOTE, s), Spacer(1, 2 * mm)]
    story += [*_section("Hulpvraag", s),
              _p(content.question or "De hulpvraag is niet ingevuld of vertrouwelijk; de contactpersoon "
                 "licht ze toe.", s["body"])]
    story += [*_section("Toestemming", s), _p(content.consent, s["body"])]
    if content.previous is not None:
        prev = content.previous
        story += [*_section(f"Vorige aanvraag ({prev.school_year})", s),
                  _p(f"Aangevraagd op {format_date(prev.requested_on)}: {prev.summary}.", s["body"]),
                  _p("Wat veranderde sindsdien", s["head"])]
        story += ([_p(f"• {line}", s["cell"]) for line in prev.changes] if prev.changes else
                  [_p("Sinds de vorige aanvraag is niets nieuws genoteerd.", s["cell"])])
    story += _section("Wat de school al deed", s)
    if not content.cycles:
        story.append(_p("Er zijn nog geen cycli in dit traject.", s["body"]))
    for cycle in content.cycles:
        story += _cycle(cycle, s)
    story += _section("Visie van de ouders en van de leerling", s)
    if content.voices:
        story.append(_facts([(v.who, v.text) for v in content.voices], s))
    else:
        story.append(_p("Er is (nog) geen visie van de ouders of de leerling genoteerd die mee mag.",
                        s["body"]))
    story += [
        Spacer(1, 8 * mm),
        _p(f"Afgedrukt op {format_date(content.printed_on)} met GO! HGW Desktop. Dit aanmeldingsdossier "
           f"noemt de leerling: het is bedoeld voor {partner} en bevat persoonsgegevens. Bewaar het "
           "zorgvuldig en geef het niet verder door. Vertrouwelijke gegevens van de school staan er niet in.",
           s["small"]),
    ]
    return story


def write_request_pack_pdf(content: RequestPackContent, path: Path, invariant: bool = False) -> None:
    """Write the aanmeldingsdossier to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    write_pdf(path, request_pack_story(content), title=f"{content.title} – {content.pupil_name}",
              footer=content.footer, invariant=invariant)
