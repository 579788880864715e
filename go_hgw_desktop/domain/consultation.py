"""Consultations (overleg) with participants by role, decisions and action items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from go_hgw_desktop.domain.choices import ConsultationType, Role
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import NAME_MAX, TEXT_MAX


@dataclass(kw_only=True)
class Participant:
    role: Role
    name: str = ""  # optional: staff name, never a pupil's
    id: int | None = None


@dataclass(kw_only=True)
class ActionItem:
    """An agreement (afspraak): who does what by when.

    Who is a role, or a person of the staff list (``owner_staff_id``); the role is kept either
    way (the person's role), so what is counted by role never needs the name.
    """

    consultation_id: int
    description: str
    owner_role: Role
    owner_staff_id: int | None = None
    due_on: date | None = None
    done_on: date | None = None
    id: int | None = None

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    def validate(self) -> None:
        p = Problems()
        p.check(bool(self.description.strip()), "Beschrijf de afspraak.")
        p.check(len(self.description) <= TEXT_MAX, "De afspraak is te lang.")
        p.raise_if_any()


@dataclass(kw_only=True)
class Consultation:
    kind: ConsultationType
    held_on: date
    title: str = ""
    decisions: str = ""
    decisions_confidential: bool = False
    school_id: int | None = None
    participants: list[Participant] = field(default_factory=list)
    pupil_ids: list[int] = field(default_factory=list)  # pupils discussed
    group_ids: list[int] = field(default_factory=list)  # groups discussed
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        p.check(len(self.title) <= NAME_MAX * 2, "De titel is te lang.")
        p.check(len(self.decisions) <= TEXT_MAX, "De beslissingen zijn te lang.")
        if not self.kind.is_about_pupils:
            p.check(
                not self.pupil_ids,
                f"Op een {self.kind.label} worden geen individuele leerlingen besproken; "
                "daar ligt alleen de geanonimiseerde schoolfoto op tafel.",
            )
        p.raise_if_any()
