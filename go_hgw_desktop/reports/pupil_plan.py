"""A pupil's plan on paper, for the conversation with parents and pupil (Dutch, A4).

Unlike the schoolfoto this report is identifiable by design: it names the pupil and says
so in every page's footer. What is marked vertrouwelijk never reaches it: the service
that fills :class:`PupilPlanContent` leaves those items out and only sets ``withheld``,
so this module cannot print what it was never given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import (
    CareDomain,
    GoalResult,
    MeasureCategory,
    Phase,
    PlanType,
    Role,
    SubTheme,
)
from go_hgw_desktop.domain.school import who_label
from go_hgw_desktop.reports.pdf import FONT, grid, para, register_fonts, styles, write_pdf

WIDTH = 174 * mm  # A4 minus the margins of write_pdf
SECTION_ROOM = 40 * mm  # a section starts on a new page when less than this is left
FOOTER_SIZE = 7.5  # as write_pdf draws it, on one line across the page
NOTE_FILL = colors.HexColor("#fdf6e3")
CATEGORY_FILL = colors.HexColor("#e3ecf5")

WITHHELD_NOTE = (
    "Sommige onderdelen van dit plan zijn vertrouwelijk. Ze staan daarom niet op deze afdruk."
)


@dataclass(frozen=True)
class PrintedGoal:
    description: str
    criterion: str = ""
    deadline: date | None = None
    result: GoalResult | None = None
    evaluated_on: date | None = None
    evaluation_note: str = ""


@dataclass(frozen=True)
class PrintedMeasure:
    category: MeasureCategory
    description: str
    responsible_role: Role
    frequency: str = ""
    responsible_name: str = ""  # the person of the staff list, where one was chosen


@dataclass(frozen=True)
class PupilPlanContent:
    """Everything the printed plan shows, already stripped of vertrouwelijke items."""

    pupil_name: str
    class_name: str  # empty when the pupil has no class in that school year
    school_name: str
    school_year: str  # "2026-2027"
    trajectory_title: str
    domain: CareDomain
    sub_theme: SubTheme | None
    phase: Phase | None
    responsible_role: Role  # of the trajectory
    cycle_number: int
    cycle_closed_on: date | None
    plan_type: PlanType
    start_date: date
    end_date: date | None
    evaluation_date: date
    printed_on: date
    starting_situation: str = ""
    approach: str = ""
    goals: tuple[PrintedGoal, ...] = ()
    measures: tuple[PrintedMeasure, ...] = ()
    parents_view: str = ""  # "visie van de ouders", unless vertrouwelijk
    pupil_view: str = ""  # "visie van de leerling", unless vertrouwelijk
    discussed_with_parents_on: date | None = None
    signatures: bool = False  # the school wants room to sign (a school setting)
    withheld: bool = False  # something vertrouwelijk was left out (never what)

    @property
    def footer(self) -> str:
        """One line for every page; a very long name is shortened here (only) so it fits."""
        register_fonts()
        name = self.pupil_name
        while True:
            line = f"Handelingsplan van {name} · bevat persoonsgegevens · niet doorgeven buiten de school"
            if len(name) <= 8 or stringWidth(line, FONT, FOOTER_SIZE) <= WIDTH:
                return line
            name = name[:-2].rstrip() + "…"


_p = para


def _period(content: PupilPlanContent) -> str:
    if content.end_date:
        return f"{format_date(content.start_date)} – {format_date(content.end_date)}"
    return f"vanaf {format_date(content.start_date)}"


def _facts(content: PupilPlanContent, s) -> Table:
    domain = content.domain.label
    if content.sub_theme:
        domain += f", {content.sub_theme.label.lower()}"
    closed = content.cycle_closed_on
    cycle = f"Cyclus {content.cycle_number} " + (
        f"(afgesloten op {format_date(closed)})" if closed else "(lopend)")
    rows = [
        ("Klas", content.class_name or f"Geen klas in {content.school_year}"),
        ("School", content.school_name),
        ("Schooljaar", content.school_year),
        ("Traject", f"{content.trajectory_title} · {domain}"),
        ("Zorgcontinuüm", content.phase.label if content.phase is not None else "–"),
        ("Verantwoordelijke", content.responsible_role.label),
        ("Cyclus", cycle),
        ("Looptijd van het plan", _period(content)),
        ("Evaluatie op", format_date(content.evaluation_date)),
    ]
    table = Table([[_p(label, s["head"]), _p(value, s["body"])] for label, value in rows],
                  colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
    ]))
    return table


def _boxed(text: str, s) -> Table:
    box = Table([[_p(text, s["body"])]], colWidths=[WIDTH], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#d9c68c")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


_grid = grid


def _section(title: str, s) -> list[Flowable]:
    return [CondPageBreak(SECTION_ROOM), Paragraph(escape(title), s["section"])]


def _evaluation(goal: PrintedGoal, s) -> list[Paragraph]:
    if goal.result is None:
        return [_p("Nog niet geëvalueerd", s["small"])]
    cell = [_p(goal.result.label, s["head"])]
    if goal.evaluated_on:
        cell.append(_p(f"op {format_date(goal.evaluated_on)}", s["small"]))
    if goal.evaluation_note:
        cell.append(_p(goal.evaluation_note, s["cell"]))
    return cell


def goals_section(content, s) -> list[Flowable]:
    """The goals of ``content`` (anything with ``goals``: a pupil's or a group's plan), evaluated."""
    parts = _section("Doelen", s)
    if not content.goals:
        return [*parts, _p("Er staan geen doelen op dit plan.", s["body"])]
    header = [_p(text, s["head"]) for text in ("", "Doel", "Zo zien we dat het lukt", "Tegen", "Evaluatie")]
    rows = [header]
    for number, goal in enumerate(content.goals, start=1):
        rows.append([
            _p(f"{number}.", s["cell"]), _p(goal.description, s["cell"]),
            _p(goal.criterion or "–", s["cell"]), _p(format_date(goal.deadline) or "–", s["cell"]),
            _evaluation(goal, s),
        ])
    widths = [8 * mm, 62 * mm, 44 * mm, 22 * mm]
    return [*parts, _grid(rows, [*widths, WIDTH - sum(widths)])]


def measures_section(content, s) -> list[Flowable]:
    """The measures of ``content`` (anything with ``measures``) under their STICORDI category."""
    intro = [
        *_section("Maatregelen: wie doet wat", s),
        _p("Redelijke aanpassingen volgens STICORDI: stimuleren, remediëren, differentiëren, "
           "compenseren en dispenseren.", s["small"]),
        Spacer(1, 1.5 * mm),
    ]
    if not content.measures:
        return [*intro, _p("Er staan geen maatregelen op dit plan.", s["body"])]
    rows = [[_p(text, s["head"]) for text in ("Maatregel", "Wie", "Wanneer / hoe vaak")]]
    category_rows = []
    for category in MeasureCategory:  # in STICORDI order, each category under its own heading
        chosen = [m for m in content.measures if m.category is category]
        if chosen:
            category_rows.append(len(rows))
            rows.append([_p(category.label, s["head"]), "", ""])
            rows += [[_p(m.description, s["cell"]),
                      _p(who_label(m.responsible_role, m.responsible_name), s["cell"]),
                      _p(m.frequency or "–", s["cell"])] for m in chosen]
    widths = [98 * mm, 38 * mm]
    table = _grid(rows, [*widths, WIDTH - sum(widths)], shaded=False)
    for row in category_rows:
        table.setStyle(TableStyle([
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), CATEGORY_FILL),
            ("TOPPADDING", (0, row), (-1, row), 4),
        ]))
    return [*intro, table]


def voices_section(content: PupilPlanContent, s) -> list[Flowable]:
    """What the parents and the pupil think (HGW: they are partners), and when the plan was
    discussed with the parents: a date, or a line to fill in by hand."""
    parts = _section("Samen met de ouders en de leerling", s)
    rows = [(label, text) for label, text in (("Visie van de ouders", content.parents_view),
                                               ("Visie van de leerling", content.pupil_view)) if text.strip()]
    when = content.discussed_with_parents_on
    rows.append(("Besproken met de ouders",
                 f"op {format_date(when)}" if when else "op ……………………………… (nog niet besproken)"))
    table = Table([[_p(label, s["head"]), _p(text, s["body"])] for label, text in rows],
                  colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
    ]))
    return [*parts, table]


SIGNERS = ("Voor de ouders", "De leerling", "Voor de school")


def signatures_section(s) -> list[Flowable]:
    """Room to sign, for schools that want it: a name, a date and a box per signer."""
    cells = [[_p(who, s["head"]) for who in SIGNERS],
             [_p("Naam:", s["small"])] * 3, [_p("Datum:", s["small"])] * 3, [""] * 3]
    table = Table(cells, colWidths=[WIDTH / 3] * 3, rowHeights=[None, 7 * mm, 7 * mm, 18 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.lightgrey),
    ]))
    return [CondPageBreak(60 * mm), *_section("Voor akkoord", s), table]


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    # h1's keepWithNext would move a long text or table whole to the next page, leaving
    # this one half empty; CondPageBreak(SECTION_ROOM) keeps a heading from standing alone.
    s["section"] = ParagraphStyle("section", parent=s["h1"], keepWithNext=0)
    return s


def pupil_plan_story(content: PupilPlanContent) -> list[Flowable]:
    """The printed plan as reportlab flowables."""
    s = _styles()
    story: list[Flowable] = [
        _p(content.plan_type.label, s["title"]),
        _p(content.pupil_name, s["subtitle"]),
        Spacer(1, 3 * mm),
        _facts(content, s),
        Spacer(1, 4 * mm),
    ]
    if content.withheld:
        story += [_boxed(WITHHELD_NOTE, s), Spacer(1, 2 * mm)]
    for heading, text in (("Beginsituatie", content.starting_situation),
                          ("Aanpak: wie doet wat, wanneer", content.approach)):
        if text.strip():
            story += [*_section(heading, s), _p(text, s["body"])]
    story += goals_section(content, s)
    story += measures_section(content, s)
    story += voices_section(content, s)
    if content.signatures:
        story += signatures_section(s)
    story += [
        Spacer(1, 8 * mm),
        _p(f"Afgedrukt op {format_date(content.printed_on)} met GO! HGW Desktop. Dit document bevat "
           "persoonsgegevens van een leerling: bewaar het zorgvuldig en geef het niet door buiten "
           "de school.", s["small"]),
    ]
    return story


def write_pupil_plan_pdf(content: PupilPlanContent, path: Path, invariant: bool = False) -> None:
    """Write the printed plan to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    write_pdf(path, pupil_plan_story(content), title=f"{content.plan_type.label} – {content.pupil_name}",
              footer=content.footer, invariant=invariant)

