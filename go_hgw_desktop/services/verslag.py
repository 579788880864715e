"""The verslag of a consultation: what of it may go on paper.

Participants are printed by role, with the person where the consultation names one, or
where the staff list holds exactly one person with that role (a school's one
zorgcoördinator); with several (klasleraars) the role alone is printed: a wrong name on a
verslag is worse than none. Vertrouwelijke decisions are left out (the report says that
they were). A MICRO- or MACRO-overleg's verslag names no pupil: it has no pupils by
construction, and :func:`refuse_pupils_named` refuses one whose decisions or agreements
name a pupil or a pupil code, as the schoolfoto does.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.screening import codes_in, names_in
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.verslag import VerslagAction, VerslagContent, VerslagParticipant
from go_hgw_desktop.services import records
from go_hgw_desktop.services.consultations import _load
from go_hgw_desktop.services.pupils import class_in
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.services.schoolfoto import pupil_codes, pupil_names
from go_hgw_desktop.services.staff import list_staff_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store


class UnknownConsultationError(UserError):
    exit_code = 2

    def __init__(self, number: int) -> None:
        super().__init__(f"Er is geen overleg met nummer {number}.",
                         "‘go-hgw overleg’ toont de overleggen met hun nummer.")


class PupilNamedInVerslagError(UserError):
    """A MICRO- or MACRO-overleg whose decisions or agreements name a pupil: never printed."""

    def __init__(self, count: int, where: str) -> None:
        super().__init__(
            f"{where} van dit overleg noemen {'een leerling' if count == 1 else f'{count} leerlingen'} "
            "(naam of leerlingcode); er is niets bewaard.",
            "Op een MICRO- of MACRO-overleg worden geen leerlingen besproken: pas de tekst aan in "
            "Overleg (schrijf bv. ‘een leerling van het 3de leerjaar’) en probeer opnieuw.")


def printable_verslag(store: Store, consultation_id: int, today: date | None = None) -> VerslagContent:
    """The printable verslag of one consultation (``UnknownConsultationError`` when there is
    none with that number)."""
    today = today or date.today()
    with store.transaction() as session:
        if session.get(m.ConsultationRecord, consultation_id) is None:
            raise UnknownConsultationError(consultation_id)
        consultation = _load(session, consultation_id)
        staff = list_staff_in(session)
        names = {s.id: s.name for s in staff}
        only = {role: next(s.name for s in staff if s.role is role)
                for role, n in Counter(s.role for s in staff).items() if n == 1}
        year = SchoolYear.containing(consultation.held_on)
        pupils = []
        if consultation.kind.is_about_pupils:  # a MICRO or MACRO has none, and prints none
            for pupil_id in consultation.pupil_ids:
                pupil = records.load(session, Pupil, pupil_id)
                group = class_in(session, pupil_id, year)
                where = f" ({group.name})" if group else ""
                pupils.append(f"{pupil.last_name}, {pupil.first_name}{where}")
        classes = [records.load(session, ClassGroup, g).name for g in consultation.group_ids]
        actions = session.scalars(select(m.ActionItemRecord)
                                  .where(m.ActionItemRecord.consultation_id == consultation_id)
                                  .order_by(m.ActionItemRecord.due_on.is_(None), m.ActionItemRecord.due_on,
                                            m.ActionItemRecord.id)).all()
        return VerslagContent(
            school_name=school_in(session).name, kind=consultation.kind, held_on=consultation.held_on,
            printed_on=today, title=consultation.title,
            participants=tuple(VerslagParticipant(p.role, p.name or only.get(p.role, ""))
                               for p in consultation.participants),
            pupils=tuple(sorted(pupils)), classes=tuple(classes),
            decisions="" if consultation.decisions_confidential else consultation.decisions,
            decisions_withheld=consultation.decisions_confidential and bool(consultation.decisions.strip()),
            actions=tuple(VerslagAction(a.description, a.owner_role, names.get(a.owner_staff_id, ""),
                                        a.due_on, a.done_on) for a in actions),
        )


def refuse_pupils_named(store: Store, content: VerslagContent) -> None:
    """Raise :class:`PupilNamedInVerslagError` when the decisions, the agreements or the title
    of this (MICRO or MACRO) verslag name a pupil of the store or a pupil code, however typed."""
    with store.transaction() as session:
        names, codes = pupil_names(session), pupil_codes(session)

    def named_in(text: str) -> set[str]:
        return set(names_in(text, names)) | set(codes_in(text, codes))

    for where, texts in (("De titel", [content.title]), ("De beslissingen", [content.decisions]),
                         ("De afspraken", [a.description for a in content.actions])):
        named = set().union(*(named_in(text) for text in texts))
        if named:
            raise PupilNamedInVerslagError(len(named), where)


def consultation_list(store: Store) -> list[tuple[int, date, str, str]]:
    """(number, date, kind, title) of every consultation, newest first: what ``go-hgw overleg``
    lists and ``go-hgw verslag NUMMER`` takes."""
    with store.transaction() as session:
        rows = session.execute(select(m.ConsultationRecord.id, m.ConsultationRecord.held_on,
                                      m.ConsultationRecord.kind, m.ConsultationRecord.title)
                               .order_by(m.ConsultationRecord.held_on.desc(), m.ConsultationRecord.id.desc()))
        return [(cid, held_on, kind.label, title) for cid, held_on, kind, title in rows]
