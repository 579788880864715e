"""A class's groepsoverzicht and the groepsplan of each subgroup on paper (Dutch, A4).

For the class team and the groepsbespreking: the overview as the Groepen screen shows it,
then one page per subgroup plan (goals, approach, measures, period, evaluation date and,
once evaluated, the results). It names pupils and says so in every page's footer. The
service leaves out whatever is vertrouwelijk before this module sees it; a plan only
learns *that* something was left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import Phase
from go_hgw_desktop.reports.pdf import grid, para, write_pdf
from go_hgw_desktop.reports.pupil_plan import (
    WIDTH,
    PrintedGoal,
    PrintedMeasure,
    _boxed,
    _styles,
    goals_section,
    measures_section,
)

WITHHELD_NOTE = ("Sommige onderdelen van dit groepsplan zijn vertrouwelijk. "
                 "Ze staan daarom niet op deze afdruk.")


@dataclass(frozen=True)
class OverviewLine:
    """One row of the groepsoverzicht, as the Groepen screen shows it."""

    name: str
    subgroup: str = ""
    phase: Phase | None = None
    signals: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubgroupPlan:
    """The plan of one group trajectory: for a subgroup, or for the whole class."""

    subgroup: str  # the subgroup's name; empty: the whole class
    members: tuple[str, ...]
    trajectory_title: str
    phase: Phase | None
    cycle_number: int
    cycle_closed_on: date | None
    start_date: date
    end_date: date | None
    evaluation_date: date
    starting_situation: str = ""
    approach: str = ""
    goals: tuple[PrintedGoal, ...] = ()
    measures: tuple[PrintedMeasure, ...] = ()
    withheld: bool = False

    @property
    def heading(self) -> str:
        return f"Groepsplan subgroep {self.subgroup}" if self.subgroup else "Groepsplan voor de hele klas"


@dataclass(frozen=True)
class GroepsplanContent:
    """Everything the printed groepsplan shows, already stripped of vertrouwelijke items."""

    school_name: str
    class_name: str
    school_year: str
    printed_on: date
    overview: tuple[OverviewLine, ...] = ()
    plans: tuple[SubgroupPlan, ...] = ()
    without_plan: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (subgroup, its pupils)

    @property
    def footer(self) -> str:
        return (f"Groepsplan klas {self.class_name[:20]} · {self.school_year} · bevat persoonsgegevens · "
                "niet doorgeven buiten de school")


def _lines(items: tuple[str, ...]) -> str:
    return "\n".join(f"• {item}" for item in items) or "–"


def _overview(content: GroepsplanContent, s) -> list[Flowable]:
    parts: list[Flowable] = [para("Groepsoverzicht", s["section"])]
    if not content.overview:
        return [*parts, para("Er zitten (nog) geen leerlingen in deze klas.", s["body"])]
    rows = [[para(t, s["head"]) for t in ("Leerling", "Subgroep", "Fase", "Signalen", "Onderwijsbehoeften")]]
    for line in content.overview:
        rows.append([
            para(line.name, s["cell"]), para(line.subgroup or "–", s["cell"]),
            para(line.phase.short_label if line.phase is not None else "–", s["cell"]),
            para(_lines(line.signals), s["small_cell"]), para(_lines(line.needs), s["small_cell"]),
        ])
    widths = [34 * mm, 22 * mm, 15 * mm, 52 * mm]
    return [*parts, grid(rows, [*widths, WIDTH - sum(widths)])]


def _facts(plan: SubgroupPlan, s) -> Table:
    closed = plan.cycle_closed_on
    period = (f"{format_date(plan.start_date)} – {format_date(plan.end_date)}" if plan.end_date
              else f"vanaf {format_date(plan.start_date)}")
    rows = [
        ("Leerlingen", "; ".join(plan.members) or "–"),
        ("Traject", plan.trajectory_title + (f" · {plan.phase.label}" if plan.phase is not None else "")),
        ("Cyclus", f"Cyclus {plan.cycle_number} "
                   + (f"(afgesloten op {format_date(closed)})" if closed else "(lopend)")),
        ("Looptijd", period),
        ("Evaluatie op", format_date(plan.evaluation_date)),
    ]
    table = Table([[para(label, s["head"]), para(value, s["body"])] for label, value in rows],
                  colWidths=[32 * mm, WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#d3d3d3"),
    ]))
    return table


def _plan(plan: SubgroupPlan, class_name: str, s) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        para(plan.heading, s["h1"]),
        para(f"Klas {class_name}", s["small"]),
        Spacer(1, 2 * mm),
        _facts(plan, s),
        Spacer(1, 3 * mm),
    ]
    if plan.withheld:
        story += [_boxed(WITHHELD_NOTE, s), Spacer(1, 2 * mm)]
    for heading, text in (("Beginsituatie", plan.starting_situation), ("Aanpak", plan.approach)):
        if text.strip():
            story += [para(heading, s["h2"]), para(text, s["body"])]
    story += goals_section(plan, s)
    story += measures_section(plan, s)
    return story


def _without_plan(content: GroepsplanContent, s) -> list[Flowable]:
    if not content.without_plan:
        return []
    rows = [[para(t, s["head"]) for t in ("Subgroep", "Leerlingen")]]
    rows += [[para(name, s["cell"]), para("; ".join(members) or "–", s["cell"])]
             for name, members in content.without_plan]
    return [KeepTogether([
        Spacer(1, 4 * mm),
        para("Subgroepen zonder groepsplan", s["h2"]),
        para("Voor deze subgroepen loopt (nog) geen groepstraject met een plan. Start er een in Groepen → "
             "‘Nieuw groepstraject…’ en kies de subgroep.", s["small"]),
        Spacer(1, 1.5 * mm),
        grid(rows, [32 * mm, WIDTH - 32 * mm]),
    ])]


def groepsplan_story(content: GroepsplanContent) -> list[Flowable]:
    """The printed groepsoverzicht and groepsplannen as reportlab flowables."""
    s = _styles()
    s["small_cell"] = s["cell"].clone("small_cell", fontSize=7.5, leading=9.2)
    story: list[Flowable] = [
        para("Groepsoverzicht en groepsplan", s["title"]),
        para(f"Klas {content.class_name} · schooljaar {content.school_year} · {content.school_name}",
             s["subtitle"]),
        para(f"Afgedrukt op {format_date(content.printed_on)}. "
             + ("Er loopt voor deze klas nog geen groepsplan." if not content.plans else
                "Het groepsplan volgt na het overzicht." if len(content.plans) == 1 else
                f"De {len(content.plans)} groepsplannen volgen na het overzicht, één per pagina."),
             s["small"]),
        Spacer(1, 3 * mm),
    ]
    story += _overview(content, s)
    story += _without_plan(content, s)
    for plan in content.plans:
        story += _plan(plan, content.class_name, s)
    return story


def write_groepsplan_pdf(content: GroepsplanContent, path: Path, invariant: bool = False) -> None:
    """Write the groepsoverzicht and groepsplannen to ``path`` (atomically; ``ReportWriteError``
    in Dutch on failure)."""
    write_pdf(path, groepsplan_story(content), title=f"Groepsplan klas {content.class_name}",
              footer=content.footer, invariant=invariant)
