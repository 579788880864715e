"""The preparation sheet for a leerlingenbespreking or klassenraad of one class (Dutch, A4).

One row per running trajectory of a pupil of the class: its phase and step, the goals being
worked on with their evaluation date, the last evaluation's results, and the open agreements
of earlier consultations about the pupil. Short on purpose: the team reads it before the
meeting. It names pupils and says so in every footer; vertrouwelijke goals never reach it
(the service only sets ``withheld``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import GoalResult, HgwStep, Phase
from go_hgw_desktop.reports.pdf import grid, para, write_pdf
from go_hgw_desktop.reports.pupil_plan import CATEGORY_FILL, WIDTH, _boxed, _styles

WITHHELD_NOTE = ("Sommige doelen zijn vertrouwelijk. Ze staan daarom niet op dit blad; de zorgcoördinator "
                 "kent ze.")


@dataclass(frozen=True)
class SheetGoal:
    description: str
    due_on: date | None = None  # the goal's own date, else the plan's evaluation date


@dataclass(frozen=True)
class SheetResult:
    description: str
    result: GoalResult
    evaluated_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class SheetTrajectory:
    title: str
    phase: Phase | None
    step: HgwStep | None
    goals: tuple[SheetGoal, ...] = ()
    results: tuple[SheetResult, ...] = ()


@dataclass(frozen=True)
class SheetAction:
    description: str
    who: str
    due_on: date | None
    where: str  # "MDO 08/10/2026"


@dataclass(frozen=True)
class SheetPupil:
    name: str
    trajectories: tuple[SheetTrajectory, ...]
    actions: tuple[SheetAction, ...] = ()


@dataclass(frozen=True)
class BesprekingContent:
    """Everything the preparation sheet shows, already stripped of vertrouwelijke items."""

    school_name: str
    class_name: str
    school_year: str
    printed_on: date
    pupils: tuple[SheetPupil, ...] = ()
    others: tuple[str, ...] = ()  # pupils of the class without a running trajectory
    class_actions: tuple[SheetAction, ...] = ()  # open agreements about the class itself
    withheld: bool = False

    @property
    def footer(self) -> str:
        return (f"Voorbereiding bespreking klas {self.class_name[:20]} · {self.school_year} · bevat "
                "persoonsgegevens · niet doorgeven buiten de school")


def _goals(trajectory: SheetTrajectory) -> str:
    if not trajectory.goals:
        return "–"
    return "\n".join(f"• {g.description}" + (f" (eval. {format_date(g.due_on)})" if g.due_on else "")
                     for g in trajectory.goals)


def _results(trajectory: SheetTrajectory) -> str:
    if not trajectory.results:
        return "Nog geen evaluatie"
    first = trajectory.results[0]
    lines = [f"op {format_date(first.evaluated_on)}:"] if first.evaluated_on else []
    lines += [f"• {r.description}: {r.result.label.lower()}" + (f" – {r.note}" if r.note else "")
              for r in trajectory.results]
    return "\n".join(lines)


def _actions(actions: tuple[SheetAction, ...]) -> str:
    return "\n".join(f"• {a.description} ({a.who}" + (f", tegen {format_date(a.due_on)}" if a.due_on else "")
                     + f"; {a.where})" for a in actions) or "–"


def _table(content: BesprekingContent, s) -> list[Flowable]:
    head = ("Traject", "Fase · stap", "Huidige doelen", "Laatste evaluatie", "Open afspraken")
    rows = [[para(t, s["head"]) for t in head]]
    name_rows = []
    for pupil in content.pupils:
        name_rows.append(len(rows))
        rows.append([para(pupil.name, s["head"]), "", "", "", ""])
        for index, trajectory in enumerate(pupil.trajectories):
            phase = trajectory.phase.short_label if trajectory.phase is not None else "–"
            step = trajectory.step.label if trajectory.step else ""
            rows.append([
                para(trajectory.title, s["tiny"]), para(f"{phase}\n{step}".strip(), s["tiny"]),
                para(_goals(trajectory), s["tiny"]), para(_results(trajectory), s["tiny"]),
                para(_actions(pupil.actions), s["tiny"]) if index == 0 else "",
            ])
        if len(pupil.trajectories) > 1:  # the pupil's agreements once, beside all their trajectories
            last = len(rows) - 1
            first = last - len(pupil.trajectories) + 1
            name_rows.append((first, last))
    widths = [30 * mm, 23 * mm, 45 * mm, 42 * mm]
    table = grid(rows, [*widths, WIDTH - sum(widths)], shaded=False)
    for row in name_rows:
        if isinstance(row, tuple):
            table.setStyle(TableStyle([("SPAN", (4, row[0]), (4, row[1]))]))
            continue
        table.setStyle(TableStyle([
            ("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), CATEGORY_FILL),
            ("LINEABOVE", (0, row), (-1, row), 0.6, colors.HexColor("#9fb4c9")),
        ]))
    return [table]


def bespreking_story(content: BesprekingContent) -> list[Flowable]:
    """The preparation sheet as reportlab flowables."""
    s = _styles()
    s["tiny"] = s["cell"].clone("tiny", fontSize=7.5, leading=9.2)
    count = len(content.pupils)
    story: list[Flowable] = [
        para("Voorbereiding leerlingenbespreking / klassenraad", s["h1"]),
        para(f"Klas {content.class_name} · schooljaar {content.school_year} · {content.school_name}",
             s["body"]),
        para(f"Afgedrukt op {format_date(content.printed_on)}. "
             + ("Geen enkele leerling van deze klas heeft een lopend traject." if not count else
                f"{count} leerling{'' if count == 1 else 'en'} met een lopend traject."), s["small"]),
        Spacer(1, 3 * mm),
    ]
    if content.withheld:
        story += [_boxed(WITHHELD_NOTE, s), Spacer(1, 2 * mm)]
    if content.pupils:
        story += _table(content, s)
    if content.others:
        story += [Spacer(1, 3 * mm), KeepTogether([
            para("Zonder lopend traject", s["h2"]),
            para("; ".join(content.others), s["cell"]),
            para("Nieuwe signalen over deze leerlingen? Noteer ze na de bespreking als waarneming.",
                 s["small"]),
        ])]
    if content.class_actions:
        story += [Spacer(1, 3 * mm), KeepTogether([
            para("Open afspraken over de klas", s["h2"]),
            para(_actions(content.class_actions), s["cell"]),
        ])]
    return story


def write_bespreking_pdf(content: BesprekingContent, path: Path, invariant: bool = False) -> None:
    """Write the preparation sheet to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    write_pdf(path, bespreking_story(content), title=f"Voorbereiding bespreking klas {content.class_name}",
              footer=content.footer, invariant=invariant)
