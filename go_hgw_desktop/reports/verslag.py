"""The verslag of a consultation on paper (Dutch, A4): who was there, what was discussed,
what was decided and who does what by when.

A pupil-level consultation (leerlingenbespreking, groepsbespreking, MDO, adviesgesprek) names
the pupils it discussed and says in every footer that it holds personal data. A MICRO- or
MACRO-overleg never names a pupil: :class:`VerslagContent` refuses pupils for those kinds,
so this module cannot print one. Vertrouwelijke decisions never reach it: the service only
sets ``decisions_withheld``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import ConsultationType, Role
from go_hgw_desktop.domain.school import who_label
from go_hgw_desktop.reports.pdf import grid, para, write_pdf
from go_hgw_desktop.reports.pupil_plan import WIDTH, _boxed, _styles

WITHHELD_NOTE = "De beslissingen van dit overleg zijn vertrouwelijk. Ze staan daarom niet op deze afdruk."


@dataclass(frozen=True)
class VerslagParticipant:
    role: Role
    name: str = ""  # the person, where the consultation or the staff list names one


@dataclass(frozen=True)
class VerslagAction:
    description: str
    owner_role: Role
    owner_name: str = ""
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class VerslagContent:
    """Everything the printed verslag shows, already stripped of vertrouwelijke items."""

    school_name: str
    kind: ConsultationType
    held_on: date
    printed_on: date
    title: str = ""
    participants: tuple[VerslagParticipant, ...] = ()
    pupils: tuple[str, ...] = ()  # "Janssens, Emma (3A)": pupil-level consultations only
    classes: tuple[str, ...] = ()
    decisions: str = ""
    decisions_withheld: bool = False
    actions: tuple[VerslagAction, ...] = ()

    def __post_init__(self) -> None:
        if self.pupils and not self.kind.is_about_pupils:
            raise ValueError("a MICRO or MACRO verslag never names a pupil")

    @property
    def identifiable(self) -> bool:
        return bool(self.pupils)

    @property
    def footer(self) -> str:
        what = f"Verslag {self.kind.label} van {format_date(self.held_on)}"
        if self.identifiable:
            return f"{what} · bevat persoonsgegevens · niet doorgeven buiten de school"
        if not self.kind.is_about_pupils:
            return f"{what} · noemt geen leerlingen"
        return f"{what} · intern document van de school"


def _facts(content: VerslagContent, s) -> Table:
    people = [who_label(p.role, p.name) for p in content.participants]
    rows = [("Soort overleg", content.kind.label), ("Datum", format_date(content.held_on)),
            ("Deelnemers", "\n".join(people) or "–")]
    if content.kind.is_about_pupils:
        rows.append(("Besproken leerlingen", "\n".join(content.pupils) or "–"))
    if content.classes or content.kind.is_about_pupils:
        rows.append(("Besproken klassen", ", ".join(content.classes) or "–"))
    table = Table([[para(label, s["head"]), para(value, s["body"])] for label, value in rows],
                  colWidths=[42 * mm, WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#d3d3d3"),
    ]))
    return table


def _actions(content: VerslagContent, s) -> list[Flowable]:
    parts: list[Flowable] = [para("Afspraken: wie doet wat, tegen wanneer", s["section"])]
    if not content.actions:
        return [*parts, para("Er werden geen afspraken genoteerd.", s["body"])]
    rows = [[para(t, s["head"]) for t in ("", "Afspraak", "Wie", "Tegen", "Afgehandeld")]]
    for number, action in enumerate(content.actions, start=1):
        rows.append([
            para(f"{number}.", s["cell"]), para(action.description, s["cell"]),
            para(who_label(action.owner_role, action.owner_name), s["cell"]),
            para(format_date(action.due_on) or "–", s["cell"]),
            para(f"☑ {format_date(action.done_on)}" if action.done_on else "☐ nog open", s["cell"]),
        ])
    widths = [8 * mm, 76 * mm, 40 * mm, 22 * mm]
    return [*parts, grid(rows, [*widths, WIDTH - sum(widths)])]


def verslag_story(content: VerslagContent) -> list[Flowable]:
    """The printed verslag as reportlab flowables."""
    s = _styles()
    story: list[Flowable] = [
        para(f"Verslag: {content.kind.label}", s["title"]),
        para(content.title or format_date(content.held_on), s["subtitle"]),
        para(f"{content.school_name} · afgedrukt op {format_date(content.printed_on)}", s["small"]),
        Spacer(1, 3 * mm),
        _facts(content, s),
        Spacer(1, 2 * mm),
    ]
    if not content.kind.is_about_pupils:
        story.append(para("Op dit overleg worden geen individuele leerlingen besproken: dit verslag noemt "
                          "er geen.", s["small"]))
    story.append(para("Beslissingen", s["section"]))
    if content.decisions_withheld:
        story.append(_boxed(WITHHELD_NOTE, s))
    elif content.decisions.strip():
        story.append(para(content.decisions, s["body"]))
    else:
        story.append(para("Er werden geen beslissingen genoteerd.", s["body"]))
    story += _actions(content, s)
    return story


def write_verslag_pdf(content: VerslagContent, path: Path, invariant: bool = False) -> None:
    """Write the verslag to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    title = f"Verslag {content.kind.label} {format_date(content.held_on)}"
    write_pdf(path, verslag_story(content), title=title, footer=content.footer, invariant=invariant)
