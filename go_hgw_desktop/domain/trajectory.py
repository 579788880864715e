"""Trajectories: a care track for a pupil or a group, with its phase history and cycles.

The zorgcontinuüm phase belongs to the trajectory, never to the pupil: a pupil may have
a running phase-1 track for reading and none for anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from go_hgw_desktop.domain.choices import (
    CareDomain,
    HgwStep,
    Phase,
    Role,
    SubTheme,
    TrajectoryStatus,
)
from go_hgw_desktop.domain.errors import Problems, ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, VerslagReference
from go_hgw_desktop.domain.text import NAME_MAX, TEXT_MAX


@dataclass(kw_only=True)
class PhaseChange:
    """One period of a trajectory in one phase; the newest has no end date."""

    trajectory_id: int
    phase: Phase
    start_date: date
    end_date: date | None = None
    reason: str = ""
    reason_confidential: bool = False
    id: int | None = None


@dataclass(kw_only=True)
class Cycle:
    """One turn of waarnemen → begrijpen → organiseren → realiseren."""

    trajectory_id: int
    number: int
    started_on: date
    step: HgwStep = HgwStep.WAARNEMEN
    closed_on: date | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(kw_only=True)
class Trajectory:
    title: str
    domain: CareDomain
    start_date: date
    pupil_id: int | None = None
    group_id: int | None = None
    subgroup_id: int | None = None
    sub_theme: SubTheme | None = None
    status: TrajectoryStatus = TrajectoryStatus.LOPEND
    responsible_role: Role = Role.ZORGCOORDINATOR
    end_date: date | None = None
    phases: list[PhaseChange] = field(default_factory=list)
    id: int | None = None

    @property
    def is_group(self) -> bool:
        return self.group_id is not None

    @property
    def current_phase(self) -> Phase | None:
        return self.phases[-1].phase if self.phases else None

    def phase_on(self, day: date) -> Phase | None:
        for change in reversed(self.phases):
            if change.start_date <= day and (change.end_date is None or change.end_date >= day):
                return change.phase
        return None

    def is_running_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.title.strip()), "Geef het traject een korte titel.")
        p.check(len(self.title) <= NAME_MAX, "De titel van het traject is te lang.")
        p.check(
            (self.pupil_id is None) != (self.group_id is None),
            "Een traject hoort bij één leerling óf bij één groep.",
        )
        p.check(
            self.subgroup_id is None or self.group_id is not None,
            "Een subgroep-traject hoort ook bij de klas van die subgroep.",
        )
        if self.end_date:
            p.check(self.end_date >= self.start_date, "Het traject eindigt vóór het begint.")
        p.check(
            self.status is not TrajectoryStatus.AFGESLOTEN or self.end_date is not None,
            "Geef de einddatum van het afgesloten traject.",
        )
        p.raise_if_any()


def check_phase_change(
    trajectory: Trajectory,
    new_phase: Phase,
    start_date: date,
    reason: str,
    clb_requests: list[ClbRequest],
    verslagen: list[VerslagReference],
) -> None:
    """The zorgcontinuüm's rules for moving a trajectory to ``new_phase`` on ``start_date``.

    Phase 2 (CLB involved) needs recorded consent on or before the start; phase 3 needs
    a reference to a delivered verslag. Group trajectories stay in phases 0 and 1: CLB
    consent and verslagen concern one pupil.
    """
    p = Problems()
    current = trajectory.phases[-1] if trajectory.phases else None
    if current is not None:
        p.check(new_phase != current.phase, f"Het traject is al in {new_phase.label.lower()}.")
        p.check(
            start_date >= current.start_date,
            "Een nieuwe fase kan niet beginnen vóór de vorige fase begon.",
        )
    p.check(start_date >= trajectory.start_date, "De fase begint vóór het traject.")
    p.check(len(reason) <= TEXT_MAX, "De reden is te lang.")
    if trajectory.is_group:
        p.check(
            new_phase <= Phase.VERHOOGDE_ZORG,
            "Een groepstraject blijft in fase 0 of 1; fase 2 en 3 gelden voor één leerling.",
        )
    elif new_phase >= Phase.UITBREIDING_VAN_ZORG:
        consented = [
            r for r in clb_requests if r.has_consent and r.consent_on and r.consent_on <= start_date
        ]
        p.check(
            bool(consented),
            "Fase 2 vraagt toestemming voor het CLB: noteer eerst bij een CLB-aanvraag wie "
            "toestemming gaf (de leerling vanaf 12 jaar, anders de ouders) en wanneer.",
        )
        if new_phase is Phase.IAC_OF_BUITENGEWOON:
            p.check(
                any(v.opens_phase_three(start_date) for v in verslagen),
                "Fase 3 vraagt een verslag IAC of OV4 van het CLB: noteer eerst de "
                "verwijzing naar het afgeleverde verslag.",
            )
    p.raise_if_any()


def check_can_advance(cycle: Cycle) -> HgwStep:
    """The step after the cycle's current one; realiseren is closed, not advanced."""
    if not cycle.is_open:
        raise ValidationError("Deze cyclus is al afgesloten; werk verder in de nieuwe cyclus.")
    following = cycle.step.next()
    if following is None:
        raise ValidationError(
            "Realiseren is de laatste stap: sluit de cyclus af met de evaluatie van de doelen."
        )
    return following
