"""What each step of a cycle holds: signals, factors, needs and follow-up notes.

Every free-text item can be marked *vertrouwelijk*: it stays in the encrypted store and
is never printed or exported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from go_hgw_desktop.domain.choices import (
    ConversationKind,
    FactorContext,
    FactorKind,
    NeedSlot,
    ObservationSource,
    Role,
    ViewHolder,
)
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import NAME_MAX, TEXT_MAX


def _check_text(p: Problems, text: str, what: str) -> None:
    p.check(bool(text.strip()), f"Vul {what} in.")
    p.check(len(text) <= TEXT_MAX, f"{what.capitalize()} is te lang (max. {TEXT_MAX} tekens).")


@dataclass(kw_only=True)
class Observation:
    """Waarnemen: a signal or observation, with its date, source and author's role."""

    cycle_id: int
    observed_on: date
    source: ObservationSource
    text: str
    author_role: Role = Role.KLASLERAAR
    pupil_id: int | None = None  # in a group cycle: the signalled pupil, if any
    confidential: bool = False
    id: int | None = None

    def validate(self, today: date | None = None) -> None:
        p = Problems()
        _check_text(p, self.text, "wat je zag of hoorde")
        p.check(
            self.observed_on <= (today or date.today()),
            "Een waarneming kan niet in de toekomst liggen.",
        )
        p.raise_if_any()


@dataclass(kw_only=True)
class Factor:
    """Begrijpen: a supporting or hindering factor in one context."""

    cycle_id: int
    kind: FactorKind
    context: FactorContext
    text: str
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        _check_text(p, self.text, "de factor")
        p.raise_if_any()


@dataclass(kw_only=True)
class EducationalNeed:
    """Begrijpen: an onderwijsbehoefte, written in the helper sentence's slot."""

    cycle_id: int
    slot: NeedSlot
    text: str
    goal_text: str = ""  # "Om het doel ... te bereiken"
    pupil_id: int | None = None  # in a group cycle: the pupil this need is about
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        _check_text(p, self.text, "de onderwijsbehoefte")
        p.check(len(self.goal_text) <= TEXT_MAX, "Het doel is te lang.")
        p.raise_if_any()


@dataclass(kw_only=True)
class TeacherSupportNeed:
    """Begrijpen: what a teacher needs ("Als leraar wil ik bereiken dat ...")."""

    wants_to_achieve: str
    needs: str
    already_does: str = ""
    theme: str = ""  # short theme, counted in the schoolfoto (never the text itself)
    cycle_id: int | None = None
    school_id: int | None = None
    recorded_on: date | None = None
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        _check_text(p, self.wants_to_achieve, "wat de leraar wil bereiken")
        _check_text(p, self.needs, "wat de leraar daarvoor nodig heeft")
        p.check(len(self.already_does) <= TEXT_MAX, "De tekst is te lang.")
        p.check(len(self.theme) <= NAME_MAX, "Het thema is te lang; houd het kort.")
        p.raise_if_any()


@dataclass(kw_only=True)
class FollowUpNote:
    """Realiseren: a short note while the plan runs."""

    cycle_id: int
    noted_on: date
    text: str
    author_role: Role = Role.ZORGCOORDINATOR
    confidential: bool = False
    id: int | None = None

    def validate(self, today: date | None = None) -> None:
        p = Problems()
        _check_text(p, self.text, "de notitie")
        p.check(today is None or self.noted_on <= today, "Een notitie kan niet in de toekomst liggen.")
        p.raise_if_any()


@dataclass(kw_only=True)
class Conversation:
    """Waarnemen: an oudergesprek or kindgesprek: who took part, what was said, what was agreed.

    Parents and pupil are partners (an HGW principle): their voice is part of the record."""

    cycle_id: int
    kind: ConversationKind
    held_on: date
    participants: str  # by role or name: "mama, klasleraar, zorgcoördinator"
    said: str
    agreements: str = ""
    confidential: bool = False
    id: int | None = None

    def validate(self, today: date | None = None) -> None:
        p = Problems()
        p.check(bool(self.participants.strip()), "Vul in wie deelnam aan het gesprek (rol of naam).")
        p.check(len(self.participants) <= NAME_MAX * 2,
                f"Wie deelnam is te lang (max. {NAME_MAX * 2} tekens); noem rollen of namen.")
        _check_text(p, self.said, "wat er gezegd werd")
        p.check(len(self.agreements) <= TEXT_MAX, f"De afspraken zijn te lang (max. {TEXT_MAX} tekens).")
        p.check(today is None or self.held_on <= today, "Een gesprek kan niet in de toekomst liggen.")
        p.raise_if_any()


@dataclass(kw_only=True)
class PartnerView:
    """Begrijpen: the parents' or the pupil's view of the problem and of the plan, one of each
    per cycle (and so per plan)."""

    cycle_id: int
    holder: ViewHolder
    text: str
    recorded_on: date | None = None
    confidential: bool = False
    id: int | None = None

    def validate(self) -> None:
        p = Problems()
        _check_text(p, self.text, "de visie")
        p.raise_if_any()
