"""Gathering the school's facts for a schoolfoto, and the foto's own free text.

Only counts-to-be leave this module: kinds, phases, dates and statuses. Items marked
vertrouwelijk are left out of every count and every text.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import ConsultationType, TrajectoryStatus
from go_hgw_desktop.domain.partners import (
    ClbRequest,
    LeersteunRequest,
    VerslagReference,
    clb_on,
    leersteun_on,
    verslag_on,
)
from go_hgw_desktop.domain.school import canonical_institution_number, valid_institution_number
from go_hgw_desktop.domain.screening import codes_in, names_in
from go_hgw_desktop.domain.text import clean_text
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.schoolfoto import (
    Agreement,
    ClbFact,
    LeersteunFact,
    PlanFact,
    SchoolFacts,
    SchoolFoto,
    SchoolIdentity,
    TrajectoryFact,
    build_schoolfoto,
)
from go_hgw_desktop.services import records
from go_hgw_desktop.services.partners import recorded_changes
from go_hgw_desktop.services.school import get_setting, put_setting, school_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

POINTS_SETTING = "schoolfoto_points:{year}"


def _on(reference: date, start, end):
    """SQL: the period [start, end) contains the reference date."""
    return and_(start <= reference, or_(end.is_(None), end > reference))


def _classes(session: Session, year: SchoolYear, reference: date) -> tuple[tuple[str, str, int], ...]:
    active = and_(
        or_(m.PupilRecord.entry_date.is_(None), m.PupilRecord.entry_date <= reference),
        or_(m.PupilRecord.leave_date.is_(None), m.PupilRecord.leave_date > reference),
    )
    rows = session.execute(
        select(m.ClassGroupRecord.grade, m.ClassGroupRecord.name, func.count(m.PupilRecord.id))
        .join(m.ClassMembershipRecord, m.ClassMembershipRecord.group_id == m.ClassGroupRecord.id)
        .join(m.PupilRecord, and_(m.PupilRecord.id == m.ClassMembershipRecord.pupil_id, active))
        .where(m.ClassGroupRecord.school_year == year)
        .group_by(m.ClassGroupRecord.id)
    ).all()
    return tuple(sorted(((grade, name, count) for grade, name, count in rows),
                        key=lambda row: (_grade_order(row[0]), row[1])))


def _grade_order(grade: str) -> tuple[int, int, str]:
    """Kleuterklassen (K1..K3) before the leerjaren, and 2 before 10."""
    digits = "".join(ch for ch in grade if ch.isdigit())
    return (0 if grade[:1].upper() == "K" else 1, int(digits) if digits else 99, grade)


def _trajectories(session: Session, reference: date) -> tuple[TrajectoryFact, ...]:
    t = m.TrajectoryRecord
    running = and_(
        t.start_date <= reference,
        or_(t.end_date > reference, and_(t.end_date.is_(None), t.status != TrajectoryStatus.AFGESLOTEN)),
    )
    phases = dict(session.execute(
        select(m.PhaseChangeRecord.trajectory_id, m.PhaseChangeRecord.phase)
        .where(_on(reference, m.PhaseChangeRecord.start_date, m.PhaseChangeRecord.end_date))
    ).all())
    steps = dict(session.execute(
        select(m.CycleRecord.trajectory_id, m.CycleRecord.step)
        .where(_on(reference, m.CycleRecord.started_on, m.CycleRecord.closed_on))
    ).all())
    return tuple(
        TrajectoryFact(phases[tid], steps.get(tid), domain, theme.label if theme else None, pupil is None)
        for tid, domain, theme, pupil in session.execute(
            select(t.id, t.domain, t.sub_theme, t.pupil_id).where(running)
        )
        if tid in phases
    )


def _plans(session: Session, year: SchoolYear, reference: date) -> tuple[PlanFact, ...]:
    p = m.PlanRecord
    plans = session.execute(
        select(p.id, p.plan_type, p.evaluation_date, m.CycleRecord.closed_on)
        .join(m.CycleRecord, m.CycleRecord.id == p.cycle_id)
        .where(p.start_date >= year.first_day, p.start_date <= reference, p.confidential.is_(False))
    ).all()
    ids = [row[0] for row in plans]
    goals: dict[int, list] = defaultdict(list)
    measures: dict[int, list] = defaultdict(list)
    if ids:
        for plan_id, result, evaluated in session.execute(
            select(m.GoalRecord.plan_id, m.GoalRecord.result, m.GoalRecord.evaluated_on)
            .where(m.GoalRecord.plan_id.in_(ids), m.GoalRecord.confidential.is_(False))
        ):
            counted = evaluated is not None and evaluated <= reference
            goals[plan_id].append((result if counted else None, evaluated if counted else None))
        for plan_id, category in session.execute(
            select(m.MeasureRecord.plan_id, m.MeasureRecord.category)
            .where(m.MeasureRecord.plan_id.in_(ids), m.MeasureRecord.confidential.is_(False))
        ):
            measures[plan_id].append(category)
    facts = []
    for plan_id, plan_type, evaluation_date, closed_on in plans:
        evaluated = [when for _, when in goals[plan_id] if when] + ([closed_on] if closed_on else [])
        facts.append(PlanFact(
            plan_type, evaluation_date, min(evaluated) if evaluated else None,
            tuple(result for result, _ in goals[plan_id]), tuple(measures[plan_id]),
        ))
    return tuple(facts)


def _last_micro(session: Session, reference: date) -> tuple[date | None, tuple[Agreement, ...]]:
    c = m.ConsultationRecord
    last = session.execute(
        select(c.id, c.held_on).where(c.kind == ConsultationType.MICRO, c.held_on <= reference)
        .order_by(c.held_on.desc(), c.id.desc()).limit(1)
    ).first()
    if last is None:
        return None, ()
    items = session.scalars(
        select(m.ActionItemRecord).where(m.ActionItemRecord.consultation_id == last.id)
        .order_by(m.ActionItemRecord.due_on.is_(None), m.ActionItemRecord.due_on, m.ActionItemRecord.id)
    )
    return last.held_on, tuple(
        Agreement(a.description, a.owner_role.label, a.due_on,
                  a.done_on is not None and a.done_on <= reference)
        for a in items
    )


def _clb_requests(session: Session, year: SchoolYear, reference: date) -> tuple[ClbFact, ...]:
    """CLB requests of the year as they stood on ``reference`` (``domain.partners.clb_on``)."""
    clb = m.ClbRequestRecord
    changes = recorded_changes(session, ClbRequest)
    facts = []
    for request in records.all_of(session, ClbRequest, clb.requested_on <= reference,
                                  or_(clb.closed_on.is_(None), clb.closed_on >= year.first_day)):
        status, phase = clb_on(request, changes.get(request.id, []), reference)
        started = request.started_on if request.started_on and request.started_on <= reference else None
        facts.append(ClbFact(status, request.requested_on, started, phase))
    return tuple(facts)


def _leersteun(session: Session, year: SchoolYear, reference: date) -> tuple[LeersteunFact, ...]:
    lsc = m.LeersteunRequestRecord
    changes = recorded_changes(session, LeersteunRequest)
    facts = []
    for request in records.all_of(session, LeersteunRequest, lsc.requested_on <= reference,
                                  or_(lsc.ended_on.is_(None), lsc.ended_on >= year.first_day)):
        status = leersteun_on(request, changes.get(request.id, []), reference)
        started = request.started_on if request.started_on and request.started_on <= reference else None
        facts.append(LeersteunFact(request.kind, status, request.requested_on, started))
    return tuple(facts)


def _verslagen(session: Session, year: SchoolYear, reference: date) -> tuple:
    changes = recorded_changes(session, VerslagReference)
    return tuple(
        (verslag.kind, verslag_on(verslag, changes.get(verslag.id, []), reference))
        for verslag in records.all_of(session, VerslagReference,
                                      m.VerslagReferenceRecord.issued_on.between(year.first_day, reference))
    )


def pupil_names(session: Session) -> frozenset[tuple[str, str]]:
    """Every pupil's (first name, last name) in the store, to screen free text that is about to
    leave it (``domain.screening.names_in``: each name, and the two side by side)."""
    return frozenset((first, last) for first, last in session.execute(
        select(m.PupilRecord.first_name, m.PupilRecord.last_name)))


def gather_facts(store: Store, year: SchoolYear, reference: date) -> SchoolFacts:
    """The school's facts for the foto of ``year`` on ``reference`` (one transaction)."""
    with store.transaction() as session:
        school = school_in(session)
        micro_on, agreements = _last_micro(session, reference)
        return SchoolFacts(
            # The number as it is meant (a store from before the six-digit rule may hold ３ or ٣).
            school=SchoolIdentity(school.name, canonical_institution_number(school.institution_number),
                                  school.scholengroep),
            school_year=year.label,
            reference_date=reference,
            classes=_classes(session, year, reference),
            trajectories=_trajectories(session, reference),
            plans=_plans(session, year, reference),
            support_themes=tuple(session.scalars(
                select(m.TeacherSupportNeedRecord.theme).where(
                    m.TeacherSupportNeedRecord.confidential.is_(False),
                    or_(m.TeacherSupportNeedRecord.recorded_on.is_(None),
                        m.TeacherSupportNeedRecord.recorded_on.between(year.first_day, reference)),
                )
            )),
            # Counted by their status on the peildatum, not today's (see domain.partners).
            clb_requests=_clb_requests(session, year, reference),
            verslagen=_verslagen(session, year, reference),
            leersteun=_leersteun(session, year, reference),
            last_micro_on=micro_on,
            agreements=agreements,
            points=get_setting(session, POINTS_SETTING.format(year=year.label)) or "",
            pupil_names=pupil_names(session),
        )


def schoolfoto(store: Store, year: SchoolYear, reference: date, threshold: int = 5,
               frozen: bool = True) -> SchoolFoto:
    """The anonymised schoolfoto of ``year`` on ``reference`` with threshold ``threshold``.

    A peildatum whose foto was frozen with a MICRO-overleg (at this threshold) gives exactly
    that foto (unless ``frozen`` is False): a fresh one beside it, after a correction, would
    tell what changed. Otherwise the foto is kept consistent with what the year's earlier
    exports published (``services.foto_history``).
    """
    from go_hgw_desktop.services.foto_history import export_history

    if frozen and (kept := frozen_micro_foto(store, year, reference, threshold)) is not None:
        return kept[0]
    facts = gather_facts(store, year, reference)
    return build_schoolfoto(facts, threshold, export_history(store, year))


def frozen_micro_foto(store: Store, year: SchoolYear, reference: date,
                      threshold: int) -> tuple[SchoolFoto, date] | None:
    """The foto frozen for this peildatum and threshold, with the date of its MICRO-overleg."""
    from go_hgw_desktop.services.consultations import frozen_foto  # it builds on this module

    kept = frozen_foto(store, year, reference, threshold)
    return None if kept is None else (kept.foto, kept.held_on)


def foto_points(store: Store, year: SchoolYear) -> str:
    """The free-text points written for this school year's foto (section 9)."""
    with store.transaction() as session:
        return get_setting(session, POINTS_SETTING.format(year=year.label)) or ""


def save_foto_points(store: Store, year: SchoolYear, text: str) -> None:
    with store.transaction() as session:
        put_setting(session, POINTS_SETTING.format(year=year.label), clean_text(text))


def pupil_codes(session: Session) -> frozenset[str]:
    """Every pupil code in the store (``LL-7K3Q9M``): a pseudonym, still never in a foto."""
    return frozenset(session.scalars(select(m.PupilRecord.code)))


def names_in_points(store: Store, text: str) -> list[str]:
    """Pupil names and codes from the store that occur in ``text`` (however typed: case,
    accents, invisible characters, look-alike letters)."""
    with store.transaction() as session:
        return names_in(text, pupil_names(session)) + codes_in(text, pupil_codes(session))


class PupilNamedError(UserError):
    """A schoolfoto whose free text names a pupil: never exported, never attached."""

    def __init__(self, count: int, where: str, change: str = "") -> None:
        super().__init__(
            f"{where} noemen {'een leerling' if count == 1 else f'{count} leerlingen'} (naam of "
            "leerlingcode); er is niets bewaard.",
            (change or "Pas de tekst aan in het programma (Schoolfoto, of de afspraken van het overleg) en "
             "probeer opnieuw")
            + ": een schoolfoto noemt nooit leerlingen.")


class StaffNamedError(UserError):
    """A schoolfoto whose free text names someone of the staff list: it counts by role only."""

    def __init__(self, names: list[str], where: str) -> None:
        super().__init__(
            f"{where} noemen iemand van het personeel ({', '.join(names)}); er is niets bewaard.",
            "Een schoolfoto noemt geen personen: schrijf de rol (bv. ‘de klasleraar’, ‘de zorgleraar’) in "
            "plaats van de naam, in Schoolfoto of in de afspraken van het overleg, en probeer opnieuw.")


def refuse_invalid_number(foto: SchoolFoto) -> None:
    """A school's data file carries a valid instellingsnummer or none: the scholengroep refuses
    anything else, so the school hears it now rather than from the scholengroep."""
    number = foto.school.institution_number
    if foto.kind == "schoolfoto" and number and not valid_institution_number(number):
        raise UserError(f"Het instellingsnummer van de school (‘{number}’) is geen geldig instellingsnummer: "
                        "het bestaat uit 6 cijfers (0 tot 9). De scholengroep zou dit gegevensbestand "
                        "weigeren; er is niets bewaard.",
                        "Laat het instellingsnummer van de school verbeteren (6 cijfers, bijvoorbeeld "
                        "012345) en exporteer opnieuw.")


def refuse_pupils_named(store: Store, foto: SchoolFoto) -> None:
    """Raise :class:`PupilNamedError` when the foto's points, agreements or the themes of the
    teachers' support needs it prints name a pupil, and :class:`StaffNamedError` when the points
    or agreements name someone of the staff list (by full name).

    The same check for the command line, the Schoolfoto page and the frozen foto of a
    MICRO-overleg: there is no way to export anyway.
    """
    with store.transaction() as session:
        names, codes = pupil_names(session), pupil_codes(session)
        staff = set(session.scalars(select(m.StaffMemberRecord.name)))

    def named_in(text: str) -> set[str]:
        return set(names_in(text, names)) | set(codes_in(text, codes))

    named = named_in(foto.points)
    if named:
        raise PupilNamedError(len(named), "De punten voor het overleg")
    for agreement in foto.agreements:
        named |= named_in(agreement.description)
    if named:
        raise PupilNamedError(len(named), "De afspraken in deze foto")
    # A theme is free text, printed as a row label once five support needs share it.
    themes = [t for t in foto.table("support_themes").rows if named_in(t)] \
        if any(t.key == "support_themes" for t in foto.tables) else []
    if themes:
        named = set().union(*(named_in(t) for t in themes))
        shown = ", ".join(f"‘{t}’" for t in themes)
        raise PupilNamedError(
            len(named), f"De thema’s van de ondersteuningsbehoeften van leraren in deze foto ({shown})",
            "Geef die ondersteuningsbehoeften een thema zonder naam of code (bij de leerling, "
            "‘Ondersteuningsbehoeften van de leraar’, veld ‘Thema (kort)’) en probeer opnieuw")
    if people := names_in(foto.points, staff):
        raise StaffNamedError(people, "De punten voor het overleg")
    if people := sorted({n for a in foto.agreements for n in names_in(a.description, staff)}):
        raise StaffNamedError(people, "De afspraken in deze foto")
