"""Organiseren and realiseren: the plan, its SMART goals and its measures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from go_hgw_desktop.domain.choices import GoalResult, MeasureCategory, PlanType, Role
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import TEXT_MAX

GROUP_PLAN_WEEKS = (6, 12)


@dataclass(kw_only=True)
class Plan:
    """A short plan for one cycle: record only what differs from the basic offer."""

    cycle_id: int
    plan_type: PlanType
    start_date: date
    evaluation_date: date
    end_date: date | None = None
    starting_situation: str = ""  # beginsituatie
    approach: str = ""  # aanpak: who does what, when
    discussed_with_parents_on: date | None = None  # "besproken met de ouders op …"
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(
            self.evaluation_date >= self.start_date,
            "De evaluatiedatum ligt vóór de start van het plan.",
        )
        if self.end_date:
            p.check(self.end_date >= self.start_date, "Het plan eindigt vóór het begint.")
        if self.discussed_with_parents_on:
            p.check((self.start_date - self.discussed_with_parents_on).days <= 365,
                    "Het plan werd meer dan een jaar vóór de start met de ouders besproken; "
                    "kijk de datum na.")
        for text in (self.starting_situation, self.approach):
            p.check(len(text) <= TEXT_MAX, "De tekst van het plan is te lang.")
        p.raise_if_any()

    def warnings(self) -> list[str]:
        """Advice that does not block saving."""
        found = []
        if self.plan_type is PlanType.GROEPSPLAN:
            weeks = ((self.end_date or self.evaluation_date) - self.start_date).days / 7
            low, high = GROUP_PLAN_WEEKS
            if not low <= weeks <= high:
                found.append(
                    f"Een groepsplan loopt meestal {low} tot {high} weken; dit plan loopt "
                    f"{weeks:.0f} weken."
                )
        return found


@dataclass(kw_only=True)
class Goal:
    """A SMART goal and, in realiseren, its evaluation."""

    plan_id: int
    description: str  # specifiek: what the pupil (or group) will be able to do
    criterion: str = ""  # meetbaar: how we see it is reached
    deadline: date | None = None  # tijdsgebonden
    position: int = 0
    result: GoalResult | None = None
    evaluated_on: date | None = None
    evaluation_note: str = ""
    confidential: bool = False
    id: int | None = None

    @property
    def is_evaluated(self) -> bool:
        return self.result is not None

    def validate(self, plan: Plan | None = None, today: date | None = None) -> None:
        p = Problems()
        p.check(bool(self.description.strip()), "Beschrijf het doel.")
        if today is not None and self.evaluated_on:
            p.check(self.evaluated_on <= today, "Een doel kan niet in de toekomst geëvalueerd worden: "
                    "typ de datum van de evaluatie (vandaag of vroeger).")
        for text in (self.description, self.criterion, self.evaluation_note):
            p.check(len(text) <= TEXT_MAX, "De tekst van het doel is te lang.")
        p.check(
            (self.result is None) == (self.evaluated_on is None),
            "Een evaluatie heeft zowel een resultaat als een datum.",
        )
        if plan is not None:
            if self.evaluated_on:
                p.check(
                    self.evaluated_on >= plan.start_date,
                    "Een doel kan niet geëvalueerd worden vóór de start van het plan.",
                )
            if self.deadline:
                p.check(self.deadline >= plan.start_date, "De termijn ligt vóór de start.")
        p.raise_if_any()


@dataclass(kw_only=True)
class Measure:
    """A reasonable adjustment (maatregel), categorised STICORDI; no diagnosis needed."""

    plan_id: int
    category: MeasureCategory
    description: str
    responsible_role: Role = Role.KLASLERAAR
    responsible_staff_id: int | None = None  # a person of the staff list; the role stays theirs
    frequency: str = ""  # when / how often
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.description.strip()), "Beschrijf de maatregel.")
        p.check(len(self.description) <= TEXT_MAX, "De beschrijving is te lang.")
        p.check(len(self.frequency) <= 200, "Houd ‘wanneer’ kort.")
        p.raise_if_any()
