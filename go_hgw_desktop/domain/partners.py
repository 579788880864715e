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


# ------------------------------------------------------------------ statuses on a past day
#
# A foto for a past peildatum counts each request by its status on that day. The rule,
# per kind (``changes`` are the recorded status changes, see ``status_changes``):
#
# * CLB request: aangevraagd from its request date; lopend from its start date (without
#   one: from when the app recorded it lopend, else from the consent, else the request);
#   afgesloten from its closing date. Its diagnostic phase is the last phase recorded on
#   or before the day; a request with no recorded phase change has its present phase.
# * Leersteun: aangevraagd from its request date; from its start date lopend or on hold
#   as recorded on that day (on hold without a recorded date: on hold from its start);
#   afgesloten from its end date.
# * Verslag: the last status recorded on or before the day; the first one holds from its
#   date; without recorded changes, its present status from its date.
#
# A status never runs ahead of the present one: a request that is lopend now was never
# afgesloten, whatever a stale date says.

STATUS, PHASE = "status", "diagnostic_phase"


@dataclass(frozen=True)
class StatusChange:
    """A status (or diagnostic phase) an item got, and from when."""

    field: str  # STATUS or PHASE
    value: str | None  # the choice's code; None: no phase
    since: date


Item = ClbRequest | VerslagReference | LeersteunRequest


def _last(changes: list[StatusChange], field: str, day: date) -> StatusChange | None:
    """The change in force on ``day``: the latest date on or before it; of two on one day, the
    one recorded last (``changes`` come in the order they were recorded)."""
    found = sorted((c for c in changes if c.field == field and c.since <= day), key=lambda c: c.since)
    return found[-1] if found else None


def clb_on(request: ClbRequest, changes: list[StatusChange], day: date
           ) -> tuple[RequestStatus, DiagnosticPhase | None] | None:
    """The CLB request's status and diagnostic phase on ``day``; None before it was requested."""
    if request.requested_on > day:
        return None
    if request.status is RequestStatus.AFGESLOTEN and request.closed_on and request.closed_on <= day:
        status = RequestStatus.AFGESLOTEN
    elif request.status is not RequestStatus.AANGEVRAAGD and _running_since(request, changes) <= day:
        status = RequestStatus.LOPEND
    else:
        status = RequestStatus.AANGEVRAAGD
    phases = [c for c in changes if c.field == PHASE]
    if not phases:
        phase = request.diagnostic_phase
    else:
        last = _last(phases, PHASE, day)
        phase = DiagnosticPhase(last.value) if last and last.value else None
    return status, phase


def _running_since(request: ClbRequest, changes: list[StatusChange]) -> date:
    if request.started_on:
        return request.started_on
    recorded = [c.since for c in changes if c.field == STATUS and c.value == RequestStatus.LOPEND.value]
    return min(recorded) if recorded else request.consent_on or request.requested_on


def leersteun_on(request: LeersteunRequest, changes: list[StatusChange], day: date) -> LeersteunStatus | None:
    """The leersteun request's status on ``day``; None before it was requested."""
    if request.requested_on > day:
        return None
    if request.status is LeersteunStatus.AFGESLOTEN and request.ended_on and request.ended_on <= day:
        return LeersteunStatus.AFGESLOTEN
    if request.status is LeersteunStatus.AANGEVRAAGD or not request.started_on or request.started_on > day:
        return LeersteunStatus.AANGEVRAAGD
    running = (LeersteunStatus.LOPEND.value, LeersteunStatus.ON_HOLD.value)
    recorded = [c for c in changes if c.field == STATUS and c.value in running]
    last = _last(recorded, STATUS, day)
    if last is not None:
        return LeersteunStatus(last.value)
    on_hold_recorded = any(c.value == LeersteunStatus.ON_HOLD.value for c in recorded)
    if request.status is LeersteunStatus.ON_HOLD and not on_hold_recorded:
        return LeersteunStatus.ON_HOLD
    return LeersteunStatus.LOPEND


def verslag_on(verslag: VerslagReference, changes: list[StatusChange], day: date) -> VerslagStatus | None:
    """The verslag's status on ``day``; None before its date."""
    if verslag.issued_on > day:
        return None
    recorded = [c for c in changes if c.field == STATUS]
    if not recorded:
        return verslag.status
    last = _last(recorded, STATUS, day)
    return VerslagStatus((last or min(recorded, key=lambda c: c.since)).value)


def status_changes(before: Item | None, after: Item, today: date) -> list[StatusChange]:
    """What to record when ``after`` is saved (``before``: as it was stored, None when new).

    The date is the status's own date where the item has one, else ``today``.
    """
    found = []
    if before is None or before.status is not after.status:
        found.append(StatusChange(STATUS, after.status.value, _status_since(before, after, today)))
    if isinstance(after, ClbRequest) and (before is None
                                          or before.diagnostic_phase is not after.diagnostic_phase):
        phase = after.diagnostic_phase.value if after.diagnostic_phase else None
        since = (after.started_on or after.requested_on) if before is None else today
        if before is not None or phase is not None:
            found.append(StatusChange(PHASE, phase, since))
    return found


def _status_since(before, after, today: date) -> date:
    if isinstance(after, VerslagReference):
        return after.issued_on if before is None else today
    if isinstance(after, ClbRequest):
        own = {RequestStatus.AANGEVRAAGD: after.requested_on, RequestStatus.LOPEND: after.started_on,
               RequestStatus.AFGESLOTEN: after.closed_on}
        return own[after.status] or today
    first_start = before is None or before.status is LeersteunStatus.AANGEVRAAGD
    own = {LeersteunStatus.AANGEVRAAGD: after.requested_on,
           LeersteunStatus.LOPEND: after.started_on if first_start else None,
           LeersteunStatus.ON_HOLD: None, LeersteunStatus.AFGESLOTEN: after.ended_on}
    return own[after.status] or today
