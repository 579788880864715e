"""What the school records about its partners' work: CLB requests, verslagen, leersteun.

Verslagen are written by the CLB and live in the CLB's and government's systems; the
school records only *that* one exists (type, date, status, where it is) and never a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from go_hgw_desktop.domain.choices import (
    ConsentBy,
    DiagnosticPhase,
    LeersteunKind,
    LeersteunStatus,
    RequestStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.errors import Problems
from go_hgw_desktop.domain.text import TEXT_MAX

CONSENT_AGE = 12  # from 12 a pupil gives consent for CLB guidance; younger: the parents


def waiting_days(requested_on: date, started_on: date | None, today: date) -> int:
    """Days between a request and its start (or today, while it still waits)."""
    return max(0, ((started_on or today) - requested_on).days)


@dataclass(kw_only=True)
class ClbRequest:
    """A request for CLB involvement (fase 2), with the consent that allows it."""

    trajectory_id: int
    requested_on: date
    question: str = ""
    question_confidential: bool = False
    consent_by: ConsentBy | None = None
    consent_on: date | None = None
    diagnostic_phase: DiagnosticPhase | None = None
    status: RequestStatus = RequestStatus.AANGEVRAAGD
    started_on: date | None = None
    outcome: str = ""
    outcome_confidential: bool = False
    closed_on: date | None = None
    id: int | None = None

    @property
    def has_consent(self) -> bool:
        return self.consent_by is not None and self.consent_on is not None

    @property
    def is_open(self) -> bool:
        return self.status is not RequestStatus.AFGESLOTEN

    def validate(self, pupil_birth_year: int | None = None) -> None:
        p = Problems()
        p.check(
            (self.consent_by is None) == (self.consent_on is None),
            "Noteer bij de toestemming zowel wie ze gaf als wanneer.",
        )
        if self.consent_on:
            p.check(
                self.consent_on >= self.requested_on
                or (self.requested_on - self.consent_on).days <= 365,
                "De toestemming is meer dan een jaar ouder dan de aanvraag.",
            )
        if self.consent_by is ConsentBy.LEERLING and pupil_birth_year and self.consent_on:
            p.check(
                self.consent_on.year - pupil_birth_year >= CONSENT_AGE,
                "Een leerling jonger dan 12 jaar geeft zelf geen toestemming; "
                "dat doen de ouders.",
            )
        if self.started_on:
            p.check(self.started_on >= self.requested_on, "Het CLB start vóór de aanvraag.")
        if self.closed_on:
            p.check(self.closed_on >= self.requested_on, "Afgesloten vóór de aanvraag.")
        p.check(
            self.status is not RequestStatus.AFGESLOTEN or self.closed_on is not None,
            "Geef de datum waarop de CLB-aanvraag werd afgesloten.",
        )
        p.check(
            self.status is RequestStatus.AANGEVRAAGD or self.has_consent,
            "Het CLB kan pas starten na toestemming van de leerling (vanaf 12 jaar) "
            "of de ouders.",
        )
        p.check(len(self.question) <= TEXT_MAX and len(self.outcome) <= TEXT_MAX,
                "De tekst is te lang.")
        p.raise_if_any()


@dataclass(kw_only=True)
class VerslagReference:
    """A reference to a CLB verslag (GC, IAC or OV4); never a copy of it."""

    trajectory_id: int
    kind: VerslagType
    issued_on: date
    status: VerslagStatus = VerslagStatus.AFGELEVERD
    reference: str = ""  # where the verslag lives, e.g. "CLB-dossier, aangemaakt in LARS"
    id: int | None = None

    @property
    def is_valid(self) -> bool:
        return self.status is VerslagStatus.AFGELEVERD

    def opens_phase_three(self, on: date) -> bool:
        """A delivered IAC or OV4 verslag, issued by ``on``: what fase 3 requires.

        A GC-verslag (common curriculum, with support) does not lead to fase 3.
        """
        return (self.is_valid and self.kind in (VerslagType.IAC, VerslagType.OV4)
                and self.issued_on <= on)

    def validate(self) -> None:
        p = Problems()
        p.check(len(self.reference) <= 300, "De verwijzing is te lang; noteer alleen waar "
                "het verslag te vinden is, niet de inhoud.")
        p.raise_if_any()


@dataclass(kw_only=True)
class LeersteunRequest:
    """Support from the leersteuncentrum (LSC): pupil-, teacher- or team-directed."""

    kind: LeersteunKind
    requested_on: date
    trajectory_id: int | None = None  # team-directed support need not belong to a track
    school_id: int | None = None
    status: LeersteunStatus = LeersteunStatus.AANGEVRAAGD
    started_on: date | None = None
    ended_on: date | None = None
    theme: str = ""
    note: str = ""
    note_confidential: bool = False
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is not LeersteunStatus.AFGESLOTEN

    def validate(self) -> None:
        p = Problems()
        p.check(
            self.kind is not LeersteunKind.LEERLINGGERICHT or self.trajectory_id is not None,
            "Leerlinggerichte leersteun hoort bij het traject van een leerling.",
        )
        if self.started_on:
            p.check(self.started_on >= self.requested_on, "De leersteun start vóór de aanvraag.")
        if self.ended_on:
            p.check(
                self.ended_on >= (self.started_on or self.requested_on),
                "De leersteun eindigt vóór ze begon.",
            )
        p.check(
            self.status not in (LeersteunStatus.LOPEND, LeersteunStatus.ON_HOLD)
            or self.started_on is not None,
            "Geef de startdatum van de lopende leersteun.",
        )
        p.check(
            self.status is not LeersteunStatus.AFGESLOTEN or self.ended_on is not None,
            "Geef de einddatum van de afgesloten leersteun.",
        )
        p.check(len(self.note) <= TEXT_MAX, "De notitie is te lang.")
        p.raise_if_any()
