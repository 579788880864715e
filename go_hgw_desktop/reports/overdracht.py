"""The overdrachtsfiche of a class: what next year's teacher needs to know (Dutch, A4).

Per pupil of the class with a running trajectory or measures still in force: per trajectory
where things stand (phase, step, cycle, next evaluation), the pupil's onderwijsbehoeften,
the measures that apply now, and what worked: each evaluated plan's goals with their result
beside the measures of that plan. The class's other pupils are listed by name. It names
pupils and says so in every footer; vertrouwelijke items never reach it (the service only
sets ``withheld``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import CareDomain, GoalResult, HgwStep, Phase
from go_hgw_desktop.reports.pdf import grid, para, write_pdf
from go_hgw_desktop.reports.pupil_plan import WIDTH, _boxed, _styles

WITHHELD_NOTE = ("Sommige onderdelen zijn vertrouwelijk. Ze staan daarom niet op deze fiche; de "
                 "zorgcoördinator kent ze en vertelt wat nodig is.")
INTRO = ("Voor de leraar van volgend schooljaar: per leerling met een lopend traject of maatregelen die "
         "nog gelden, wat de leerling nodig heeft, wat werkte en waar het traject nu staat.")


@dataclass(frozen=True)
class FicheResult:
    """One evaluated goal."""

    description: str
    result: GoalResult
    note: str = ""


@dataclass(frozen=True)
class WorkedPlan:
    """An evaluated plan: its goals with their result, and the measures that went with them."""

    cycle_number: int
    evaluated_on: date | None
    results: tuple[FicheResult, ...]
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class FicheTrajectory:
    title: str
    domain: CareDomain
    phase: Phase | None
    step: HgwStep | None  # of the open cycle; None: no cycle open
    cycle_number: int
    next_evaluation: date | None
    closed: bool = False  # the trajectory is closed, its measures still apply
    needs: tuple[str, ...] = ()  # "instructie die …"
    measures: tuple[str, ...] = ()  # in force now
    goals: tuple[str, ...] = ()  # being worked on
    worked: tuple[WorkedPlan, ...] = ()


@dataclass(frozen=True)
class FichePupil:
    name: str
    trajectories: tuple[FicheTrajectory, ...]


@dataclass(frozen=True)
class OverdrachtContent:
    """Everything the overdrachtsfiche shows, already stripped of vertrouwelijke items."""

    school_name: str
    class_name: str
    school_year: str
    next_year: str
    printed_on: date
    pupils: tuple[FichePupil, ...] = ()
    others: tuple[str, ...] = ()  # pupils of the class with nothing to hand over
    withheld: bool = False

    @property
    def footer(self) -> str:
        return (f"Overdrachtsfiche klas {self.class_name[:20]} · {self.school_year} · "
                "bevat persoonsgegevens · alleen voor het schoolteam")


def _bullets(items: tuple[str, ...], empty: str = "–") -> str:
    return "\n".join(f"• {item}" for item in items) or empty


def _stand(t: FicheTrajectory) -> str:
    parts = [t.phase.label if t.phase is not None else "geen fase"]
    if t.closed:
        parts.append("traject afgesloten, de maatregelen gelden nog")
    elif not t.cycle_number:
        parts.append("nog geen cyclus")
    elif t.step is not None:
        parts.append(f"cyclus {t.cycle_number}, stap {t.step.label.lower()}")
    else:
        parts.append(f"cyclus {t.cycle_number} afgesloten, nog geen nieuwe cyclus")
    if t.next_evaluation is not None and not t.closed:
        parts.append(f"volgende evaluatie {format_date(t.next_evaluation)}")
    elif t.step is not None and not t.closed:
        parts.append("nog geen plan in deze cyclus")
    return " · ".join(parts)


def _worked(t: FicheTrajectory, s) -> list[Flowable]:
    if not t.worked:
        return [para("Wat werkte", s["sub"]),
                para("Geen geëvalueerd plan." if t.closed else
                     "Nog geen geëvalueerd plan: de eerste evaluatie volgt.", s["small"])]
    rows = [[para(h, s["head"]) for h in ("Plan", "Doelen en resultaat", "Met deze maatregelen")]]
    for plan in t.worked:
        when = f"Cyclus {plan.cycle_number}" + (f"\ngeëvalueerd {format_date(plan.evaluated_on)}"
                                                if plan.evaluated_on else "")
        goals = "\n".join(f"• {r.description.rstrip(' .')}: {r.result.label.lower()}"
                          + (f" – {r.note}" if r.note else "") for r in plan.results)
        rows.append([para(when, s["tiny"]), para(goals, s["tiny"]), para(_bullets(plan.measures), s["tiny"])])
    widths = [26 * mm, 78 * mm]
    return [para("Wat werkte: doelen met hun resultaat en de maatregelen erbij", s["sub"]),
            grid(rows, [*widths, WIDTH - sum(widths)])]


def _trajectory(t: FicheTrajectory, s) -> list[Flowable]:
    head = f"{t.title} ({t.domain.label.lower()})"
    parts: list[Flowable] = [
        para(head, s["h3"]),
        para(_stand(t), s["body"]),
        Spacer(1, 1.5 * mm),
    ]
    rows = [[para(h, s["head"]) for h in ("Onderwijsbehoeften: heeft nood aan …", "Maatregelen die nu gelden",
                                          "Doelen waaraan gewerkt wordt")],
            [para(_bullets(t.needs, "Nog niet beschreven"), s["tiny"]),
             para(_bullets(t.measures, "Geen"), s["tiny"]),
             para(_bullets(t.goals, "Geen open doelen"), s["tiny"])]]
    third = WIDTH / 3
    return [KeepTogether([*parts, grid(rows, [third, third, third], shaded=False)]), *_worked(t, s)]


def overdracht_story(content: OverdrachtContent) -> list[Flowable]:
    """The overdrachtsfiche as reportlab flowables."""
    s = _styles()
    s["tiny"] = s["cell"].clone("tiny", fontSize=7.5, leading=9.2)
    s["h3"] = s["h2"].clone("h3", fontSize=10.5, spaceBefore=6, spaceAfter=2)
    s["sub"] = s["h2"].clone("sub", fontSize=8.5, leading=11, spaceBefore=5, spaceAfter=2)
    count = len(content.pupils)
    story: list[Flowable] = [
        para("Overdrachtsfiche", s["h1"]),
        para(f"Klas {content.class_name} · schooljaar {content.school_year} · {content.school_name}",
             s["body"]),
        para(f"{INTRO} Voor schooljaar {content.next_year}; afgedrukt op {format_date(content.printed_on)}. "
             + ("Geen enkele leerling van deze klas heeft een lopend traject of maatregelen." if not count
                else f"{count} leerling{'' if count == 1 else 'en'} om over te dragen."), s["small"]),
        Spacer(1, 3 * mm),
    ]
    if content.withheld:
        story += [_boxed(WITHHELD_NOTE, s), Spacer(1, 2 * mm)]
    for pupil in content.pupils:
        story += [CondPageBreak(45 * mm), para(pupil.name, s["h1"])]
        for trajectory in pupil.trajectories:
            story += _trajectory(trajectory, s)
    if content.others:
        story += [Spacer(1, 4 * mm), KeepTogether([
            para("Zonder lopend traject of maatregelen", s["h2"]),
            para("; ".join(content.others), s["cell"]),
        ])]
    return story


def write_overdracht_pdf(content: OverdrachtContent, path: Path, invariant: bool = False) -> None:
    """Write the overdrachtsfiche to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    write_pdf(path, overdracht_story(content), title=f"Overdrachtsfiche klas {content.class_name}",
              footer=content.footer, invariant=invariant)
