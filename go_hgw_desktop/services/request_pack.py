"""The aanmeldingsdossier for a CLB request or a leersteun request: what may go with it.

It covers the trajectory the request belongs to: its cycles (signals in short, needs, goals
with their evaluation, measures, follow-up notes), the views of parents and pupil, the
consent and the school's contact person. Everything marked vertrouwelijk is left out (a
vertrouwelijke question or note goes empty); ``withheld`` says that something was. Leersteun
is applied for again every school year: a request that follows one of an earlier school year
shows that request and what changed since.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.domain.choices import LeersteunKind, Role, ViewHolder
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.templates import need_sentence
from go_hgw_desktop.domain.trajectory import Cycle
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.request_pack import (
    CLB,
    LEERSTEUN,
    PackCycle,
    PackGoal,
    PackMeasure,
    PackPrevious,
    PackSignal,
    PackVoice,
    RequestPackContent,
)
from go_hgw_desktop.services import records
from go_hgw_desktop.services.pupils import class_in
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.services.staff import list_staff_in, owner_label, staff_names_in
from go_hgw_desktop.services.trajectories import CycleDetail, _cycle_detail, _load_trajectory
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.mapping import to_domain
from go_hgw_desktop.storage.store import Store

SIGNAL_LENGTH = 160  # "signals in short"
KINDS = {CLB: ClbRequest, LEERSTEUN: LeersteunRequest}


class PackNotPossible(UserError):
    """This request cannot get an aanmeldingsdossier (yet)."""


def _short(text: str, length: int = SIGNAL_LENGTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _pupil_requests(session: Session, kind: str, pupil_id: int) -> list:
    """Every request of ``kind`` about this pupil (leersteun: pupil-directed), oldest first."""
    record = m.ClbRequestRecord if kind == CLB else m.LeersteunRequestRecord
    query = (select(record).join(m.TrajectoryRecord, m.TrajectoryRecord.id == record.trajectory_id)
             .where(m.TrajectoryRecord.pupil_id == pupil_id).order_by(record.requested_on, record.id))
    found = [to_domain(r, KINDS[kind]) for r in session.scalars(query)]
    return [r for r in found if kind == CLB or r.kind is LeersteunKind.LEERLINGGERICHT]


def latest_request(store: Store, pupil_id: int, kind: str) -> int:
    """The id of the pupil's newest CLB request (``kind`` "clb") or pupil-directed leersteun
    request ("leersteun"); a Dutch error when there is none."""
    with store.transaction() as session:
        found = _pupil_requests(session, kind, pupil_id)
    if not found:
        what = "CLB-aanvraag" if kind == CLB else "leerlinggerichte leersteunaanvraag"
        raise PackNotPossible(
            f"Deze leerling heeft geen {what}.",
            "Noteer de aanvraag eerst in het leerlingendossier, bij ‘Fasen, CLB en leersteun’ van het "
            "traject.")
    return found[-1].id


def _consent(session: Session, trajectory_id: int, pupil_id: int, request) -> str:
    """Who consented and when: the CLB request's own, or (leersteun) the newest CLB consent for
    the pupil, preferably in the same trajectory."""
    if isinstance(request, ClbRequest):
        given = request if request.has_consent else None
    else:
        candidates = [r for r in _pupil_requests(session, CLB, pupil_id) if r.has_consent]
        same = [r for r in candidates if r.trajectory_id == trajectory_id]
        given = (same or candidates or [None])[-1]
    if given is None:
        raise PackNotPossible(
            "Er is nog geen toestemming genoteerd: zonder toestemming gaat er geen aanmeldingsdossier weg.",
            "Noteer bij de CLB-aanvraag wie toestemming gaf (de leerling vanaf 12 jaar, anders de ouders) "
            "en wanneer; druk het dossier daarna af.")
    text = f"{given.consent_by.label}, op {format_date(given.consent_on)}"
    if given is not request:
        text += f" (bij de CLB-aanvraag van {format_date(given.requested_on)})"
    return text


class _Withheld:
    """Counts what was left out because it is vertrouwelijk (never what)."""

    def __init__(self) -> None:
        self.any = False

    def keep(self, items: list) -> list:
        kept = [i for i in items if not i.confidential]
        self.any = self.any or len(kept) < len(items)
        return kept


def _pack_cycle(detail: CycleDetail, names: dict[int, str], hidden: _Withheld) -> PackCycle:
    plan = detail.plan
    plan_line = ""
    if plan is not None:
        end = f" – {format_date(plan.end_date)}" if plan.end_date else ""
        plan_line = (f"{plan.plan_type.label}, {format_date(plan.start_date)}{end}; evaluatie op "
                     f"{format_date(plan.evaluation_date)}")
        if plan.discussed_with_parents_on:
            plan_line += f"; besproken met de ouders op {format_date(plan.discussed_with_parents_on)}"
    return PackCycle(
        number=detail.cycle.number, started_on=detail.cycle.started_on, closed_on=detail.cycle.closed_on,
        plan=plan_line,
        signals=tuple(PackSignal(o.observed_on, o.source.label, _short(o.text))
                      for o in hidden.keep(detail.observations)),
        needs=tuple(need_sentence(n.goal_text, {n.slot: n.text}) for n in hidden.keep(detail.needs)),
        goals=tuple(PackGoal(g.description, g.result.label if g.result else "", g.evaluated_on,
                             g.evaluation_note) for g in hidden.keep(detail.goals)),
        measures=tuple(PackMeasure(x.category.label, x.description,
                                   owner_label(x.responsible_role, x.responsible_staff_id, names))
                       for x in hidden.keep(detail.measures)),
        notes=tuple(f"{format_date(n.noted_on)}: {_short(n.text)}" for n in hidden.keep(detail.notes)),
    )


def _voices(details: list[CycleDetail], hidden: _Withheld) -> tuple[PackVoice, ...]:
    """The newest view of the parents and of the pupil, then the talks with their agreements."""
    voices: list[PackVoice] = []
    newest: dict = {}
    for detail in details:
        for view in hidden.keep(detail.views):
            newest[view.holder] = view
    for holder in ViewHolder:  # the parents first
        if holder not in newest:
            continue
        view = newest[holder]
        when = f" ({format_date(view.recorded_on)})" if view.recorded_on else ""
        voices.append(PackVoice(f"{holder.label}{when}", view.text))
    for detail in details:
        for talk in hidden.keep(detail.conversations):
            text = f"Met: {talk.participants}. {_short(talk.said, 300)}"
            if talk.agreements.strip():
                text += f"\nAfspraken: {talk.agreements.strip()}"
            voices.append(PackVoice(f"{talk.kind.label} van {format_date(talk.held_on)}", text))
    return tuple(voices)


def _changes_since(details: list[CycleDetail], trajectory, since: date, hidden: _Withheld) -> tuple[str, ...]:
    """What changed after the previous request: phases, cycles, evaluations, new measures, views."""
    lines = [f"Naar {p.phase.label.lower()} op {format_date(p.start_date)}"
             for p in trajectory.phases if p.start_date > since]
    for detail in details:
        cycle = detail.cycle
        if cycle.started_on > since:
            lines.append(f"Cyclus {cycle.number} gestart op {format_date(cycle.started_on)}")
        signals = [o for o in hidden.keep(detail.observations) if o.observed_on > since]
        if signals:
            lines.append(f"{len(signals)} nieuw(e) signaal/signalen in cyclus {cycle.number} "
                         f"(zie hieronder)")
        if cycle.closed_on and cycle.closed_on > since:
            lines.append(f"Cyclus {cycle.number} geëvalueerd en afgesloten op {format_date(cycle.closed_on)}")
        for goal in hidden.keep(detail.goals):
            if goal.result and goal.evaluated_on and goal.evaluated_on > since:
                lines.append(f"Doel ‘{_short(goal.description, 80)}’: {goal.result.label.lower()} "
                             f"({format_date(goal.evaluated_on)})")
        if detail.plan is not None and detail.plan.start_date > since:
            for measure in hidden.keep(detail.measures):
                lines.append(f"Maatregel sinds {format_date(detail.plan.start_date)}: "
                             f"{_short(measure.description, 80)}")
        for view in hidden.keep(detail.views):
            if view.recorded_on and view.recorded_on > since:
                lines.append(f"Nieuwe {view.holder.label.lower()} ({format_date(view.recorded_on)})")
    return tuple(lines)


def printable_pack(store: Store, kind: str, request_id: int, today: date | None = None) -> RequestPackContent:
    """The content of the aanmeldingsdossier for one CLB request (``kind`` "clb") or leersteun
    request ("leersteun"), without anything vertrouwelijk. Raises :class:`PackNotPossible` for
    a request that is not about one pupil or has no consent recorded."""
    today = today or date.today()
    with store.transaction() as session:
        request = records.load(session, KINDS[kind], request_id)
        team = kind == LEERSTEUN and request.kind is not LeersteunKind.LEERLINGGERICHT
        if request.trajectory_id is None or team:
            raise PackNotPossible("Een aanmeldingsdossier hoort bij één leerling; deze leersteun is voor een "
                                  "leraar of het team.", "Kies een leerlinggerichte aanvraag.")
        trajectory = _load_trajectory(session, request.trajectory_id)
        if trajectory.pupil_id is None:
            raise PackNotPossible("Een aanmeldingsdossier hoort bij één leerling, niet bij een klas.",
                                  "Open het traject van de leerling in het leerlingendossier.")
        pupil = records.load(session, Pupil, trajectory.pupil_id)
        consent = _consent(session, trajectory.id, pupil.id, request)
        hidden = _Withheld()
        cycles = records.all_of(session, Cycle, m.CycleRecord.trajectory_id == trajectory.id,
                                order_by=m.CycleRecord.number)
        details = [_cycle_detail(session, c) for c in cycles]
        names = staff_names_in(session)
        school = school_in(session)
        year = SchoolYear.containing(request.requested_on)
        group = class_in(session, pupil.id, year) or class_in(session, pupil.id, SchoolYear.containing(today))
        contact = next((s for s in list_staff_in(session) if s.role is Role.ZORGCOORDINATOR), None)
        if kind == CLB:
            question = "" if request.question_confidential else request.question
            hidden.any = hidden.any or (request.question_confidential and bool(request.question.strip()))
            facts = [("Status", request.status.label)]
            if request.diagnostic_phase:
                facts.append(("Fase diagnostisch traject", request.diagnostic_phase.label))
        else:
            question = "" if request.note_confidential else request.note
            hidden.any = hidden.any or (request.note_confidential and bool(request.note.strip()))
            facts = [("Soort leersteun", request.kind.label), ("Thema", request.theme),
                     ("Status", request.status.label)]
        earlier = [r for r in _pupil_requests(session, kind, pupil.id)
                   if SchoolYear.containing(r.requested_on) < year and r.id != request.id]
        previous = None
        if earlier:
            last = earlier[-1]
            summary = (f"{last.kind.label}, thema {last.theme or '–'}; status {last.status.label.lower()}"
                       if kind == LEERSTEUN else f"status {last.status.label.lower()}")
            previous = PackPrevious(
                requested_on=last.requested_on, school_year=SchoolYear.containing(last.requested_on).label,
                summary=summary, changes=_changes_since(details, trajectory, last.requested_on, hidden))
        subtheme = f", {trajectory.sub_theme.label.lower()}" if trajectory.sub_theme else ""
        phase = trajectory.phase_on(today) or trajectory.current_phase
        return RequestPackContent(
            kind=kind, partner=school.clb if kind == CLB else school.leersteuncentrum,
            pupil_name=pupil.full_name, birth_year=pupil.birth_year,
            class_name=group.name if group else "", school_name=school.name,
            institution_number=school.institution_number, school_year=year.label,
            requested_on=request.requested_on, request_facts=tuple(facts), question=question,
            consent=consent,
            trajectory=f"{trajectory.title} · {trajectory.domain.label}{subtheme}"
                       + (f" · {phase.label}" if phase is not None else ""),
            cycles=tuple(_pack_cycle(d, names, hidden) for d in details),
            voices=_voices(details, hidden),
            contact=(f"{contact.name} (zorgcoördinator), {school.name}" if contact
                     else f"De zorgcoördinator van {school.name}"),
            printed_on=today, previous=previous, withheld=hidden.any,
        )


def pack_owner(store: Store, kind: str, request_id: int) -> int | None:
    """The pupil the request is about (None for a teacher's or team's leersteun)."""
    with store.transaction() as session:
        request = records.load(session, KINDS[kind], request_id)
        if request.trajectory_id is None:
            return None
        return _load_trajectory(session, request.trajectory_id).pupil_id
