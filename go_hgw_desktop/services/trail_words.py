"""The audit trail in words: what each line is about, in Dutch, said when it is shown.

A stored entry holds ids only (record type, record id, pupil id; never a text or a name:
the trail outlives a purge, see docs/privacy.md). This module looks up the records those
ids point to *as they are now* and says what they are: "Doel ‘Leest AVI-M4 vlot’ gewijzigd
(traject Lezen, LL-7K2P9Q)". A record deleted since says so ("Doel (verwijderd)"), a purged
pupil is "gewiste leerling nr. 5". Nothing here is written anywhere.

Two things are derived from the trail itself:

* the pupils a consultation discussed *at the time of a line*: today's list, with every
  later change the trail recorded (``consultation_pupil`` lines) undone, newest first;
* the consultation of a participant or agreement deleted since: the consultation line of
  the same transaction (a form saves one consultation; the service writes that line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import DiagnosticPhase, LeersteunStatus, RequestStatus, VerslagStatus
from go_hgw_desktop.domain.text import fold_accents
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m

# Records looked up by their id (a table keyed otherwise, like class_teacher, says its kind).
MODELS = {mapper.class_.__tablename__: mapper.class_ for mapper in m.Base.registry.mappers
          if "id" in mapper.class_.__table__.columns}
CONSULTATION_PUPIL = "consultation_pupil"
# Where each record hangs: (column, parent table), in the order tried.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "goal": (("plan_id", "plan"),), "measure": (("plan_id", "plan"),),
    **{table: (("cycle_id", "cycle"),) for table in (
        "plan", "observation", "factor", "educational_need", "follow_up_note", "teacher_support_need",
        "conversation", "partner_view")},
    **{table: (("trajectory_id", "trajectory"),) for table in (
        "cycle", "phase_change", "clb_request", "verslag_reference", "leersteun_request")},
    "trajectory": (("group_id", "class_group"), ("subgroup_id", "subgroup")),
    "subgroup": (("group_id", "class_group"),), "class_membership": (("group_id", "class_group"),),
    "consultation_participant": (("consultation_id", "consultation"),),
    "action_item": (("consultation_id", "consultation"),),
    "status_change": (("clb_request_id", "clb_request"), ("verslag_id", "verslag_reference"),
                      ("leersteun_id", "leersteun_request")),
}
CONSULTATION_CHILDREN = {"consultation_participant", "action_item"}
# Lines for many rows at once (bulk writes, cascades) name the rows in the plural.
PLURALS = {
    "subgroup_member": "Leden van subgroepen", "consultation_pupil": "Besproken leerlingen bij overleggen",
    "consultation_group": "Klassen bij overleggen", "class_membership": "Klasindelingen",
    "consultation_participant": "Deelnemers aan overleggen", "action_item": "Afspraken",
}
EXCERPT = 40


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of a text on one line, cut at a word: enough to recognise it on screen."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:.-") + "…"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class _Pupil:
    code: str
    first_name: str
    last_name: str
    left: bool


class TrailWords:
    """Says the lines of one listing; built inside the transaction that read them.

    ``names``: pupils in a consultation's list are named beside their code (the viewer);
    without it only codes appear (the inzage export holds one pupil's own lines).
    """

    def __init__(self, session: Session, rows: list[m.AuditEntryRecord], *, names: bool = True,
                 today: date | None = None) -> None:
        self.session, self.names, self.today = session, names, today or date.today()
        self._records: dict[tuple[str, int], object | None] = {}
        self._batch_ends: dict[int, int] = {}
        self._batch_starts: dict[int, int] = {}
        self.pupils = {
            ident: _Pupil(code, first, last, left is not None and left <= self.today)
            for ident, code, first, last, left in session.execute(select(
                m.PupilRecord.id, m.PupilRecord.code, m.PupilRecord.first_name, m.PupilRecord.last_name,
                m.PupilRecord.leave_date))}
        self.purged = set(session.scalars(select(m.AuditEntryRecord.pupil_id).where(
            m.AuditEntryRecord.action == audit.PURGED, m.AuditEntryRecord.record_type == "pupil")))
        wanted: dict[str, set[int]] = {}
        for row in rows:
            if row.record_id is not None and row.record_type in MODELS:
                wanted.setdefault(row.record_type, set()).add(row.record_id)
            if row.record_type == CONSULTATION_PUPIL and row.record_id is not None:
                wanted.setdefault("consultation", set()).add(row.record_id)
        self._load(wanted)
        self._discussed_now, self._discussed_changes = self._discussions(wanted.get("consultation", set()))

    # ------------------------------------------------------------------ loading

    def _load(self, wanted: dict[str, set[int]]) -> None:
        """The records, then their parents, a level at a time (a goal's plan, cycle, trajectory)."""
        while wanted:
            found: dict[str, set[int]] = {}
            for table, ids in wanted.items():
                model = MODELS[table]
                todo = sorted(i for i in ids if (table, i) not in self._records)
                for start in range(0, len(todo), 500):
                    chunk = todo[start:start + 500]
                    for record in self.session.scalars(select(model).where(model.id.in_(chunk))):
                        self._records[(table, record.id)] = record
                    for ident in chunk:
                        self._records.setdefault((table, ident), None)
                for ident in ids:
                    record = self._records.get((table, ident))
                    for column, parent in PARENTS.get(table, ()):
                        ident_of_parent = getattr(record, column, None) if record is not None else None
                        if ident_of_parent is not None and (parent, ident_of_parent) not in self._records:
                            found.setdefault(parent, set()).add(ident_of_parent)
            wanted = found

    def record(self, table: str, ident: int | None):
        """The record as it is now (an ORM row, read only), or None when it is gone."""
        if ident is None:
            return None
        if (table, ident) not in self._records:
            self._load({table: {ident}})
        return self._records[(table, ident)]

    def _parent(self, table: str, record) -> tuple[str, object] | None:
        for column, parent in PARENTS.get(table, ()):
            ident = getattr(record, column, None)
            if ident is not None:
                found = self.record(parent, ident)
                return (parent, found) if found is not None else None
        return None

    def _discussions(self, consultation_ids: set[int]):
        if not consultation_ids:
            return {}, []
        now: dict[int, set[int]] = {}
        table = m.consultation_pupil
        ids = sorted(consultation_ids)
        for start in range(0, len(ids), 500):
            for cid, pid in self.session.execute(select(table.c.consultation_id, table.c.pupil_id).where(
                    table.c.consultation_id.in_(ids[start:start + 500]))):
                now.setdefault(cid, set()).add(pid)
        changes = []  # (entry id, action, consultation id, pupil id), newest first
        for start in range(0, len(ids), 500):
            changes.extend(self.session.execute(
                select(m.AuditEntryRecord.id, m.AuditEntryRecord.action, m.AuditEntryRecord.record_id,
                       m.AuditEntryRecord.pupil_id).where(
                    m.AuditEntryRecord.record_type == CONSULTATION_PUPIL,
                    m.AuditEntryRecord.record_id.in_(ids[start:start + 500]))).all())
        changes.sort(key=lambda change: change[0], reverse=True)
        return now, changes

    # ------------------------------------------------------------------ transactions

    def _batch_end(self, row: m.AuditEntryRecord) -> int:
        """The last entry of the transaction that wrote ``row``: the next signed entry (every
        transaction signs its last one), and never past a change of time or user (entries from
        before signing)."""
        if row.id not in self._batch_ends:
            signed = self.session.scalar(select(func.min(m.AuditEntryRecord.id)).where(
                m.AuditEntryRecord.id >= row.id, m.AuditEntryRecord.signature.is_not(None)))
            other = self.session.scalar(select(func.min(m.AuditEntryRecord.id)).where(
                m.AuditEntryRecord.id > row.id,
                (m.AuditEntryRecord.at != row.at) | (m.AuditEntryRecord.os_user != row.os_user)))
            ends = [e for e in (signed, other - 1 if other is not None else None) if e is not None]
            self._batch_ends[row.id] = min(ends) if ends else row.id
        return self._batch_ends[row.id]

    def _batch_start(self, row: m.AuditEntryRecord) -> int:
        if row.id not in self._batch_starts:
            signed = self.session.scalar(select(func.max(m.AuditEntryRecord.id)).where(
                m.AuditEntryRecord.id < row.id, m.AuditEntryRecord.signature.is_not(None)))
            other = self.session.scalar(select(func.max(m.AuditEntryRecord.id)).where(
                m.AuditEntryRecord.id < row.id,
                (m.AuditEntryRecord.at != row.at) | (m.AuditEntryRecord.os_user != row.os_user)))
            starts = [s + 1 for s in (signed, other) if s is not None]
            self._batch_starts[row.id] = max(starts) if starts else row.id
        return self._batch_starts[row.id]

    def _consultation_in_batch(self, row: m.AuditEntryRecord) -> object | None:
        """The one consultation the transaction of ``row`` was about, if it still exists."""
        start, end = self._batch_start(row), self._batch_end(row)
        found: set[int] = set()
        for table, ident in self.session.execute(select(
                m.AuditEntryRecord.record_type, m.AuditEntryRecord.record_id).where(
                m.AuditEntryRecord.id.between(start, end), m.AuditEntryRecord.record_id.is_not(None),
                m.AuditEntryRecord.record_type.in_(("consultation", CONSULTATION_PUPIL,
                                                    *CONSULTATION_CHILDREN)))):
            if table in ("consultation", CONSULTATION_PUPIL):
                found.add(ident)
            else:
                child = self.record(table, ident)
                if child is not None:
                    found.add(child.consultation_id)
        if len(found) != 1:
            return None
        return self.record("consultation", found.pop())

    def discussed(self, row: m.AuditEntryRecord) -> list[int]:
        """The pupils the consultation of ``row`` discussed once that line's transaction was
        done (for a deletion: just before it)."""
        cid = row.record_id
        state = set(self._discussed_now.get(cid, set()))
        after = self._batch_end(row) if row.action != audit.DELETED else self._batch_start(row) - 1
        for ident, action, consultation, pupil in self._discussed_changes:
            if ident <= after:
                break
            if consultation != cid:
                continue
            if action == audit.ADDED:
                state.discard(pupil)
            elif action == audit.DELETED:
                state.add(pupil)
        return sorted(state, key=self._by_name)

    def _by_name(self, pupil_id: int) -> tuple:
        """Pupils in the store by name (as in every list), those gone after them by number."""
        pupil = self.pupils.get(pupil_id)
        if pupil is None:
            return (1, "", "", pupil_id)
        return (0, fold_accents(pupil.last_name), fold_accents(pupil.first_name), pupil_id)

    # ------------------------------------------------------------------ pupils

    def pupil_ref(self, pupil_id: int) -> str:
        """How a sentence names a pupil: the code, or what became of them."""
        pupil = self.pupils.get(pupil_id)
        if pupil is not None:
            return pupil.code
        return f"gewiste leerling nr. {pupil_id}" if pupil_id in self.purged else \
            f"verwijderde leerling nr. {pupil_id}"

    def pupil_label(self, pupil_id: int | None) -> str:
        """The Leerling column: name and code, leavers marked; a purged pupil by number."""
        if pupil_id is None:
            return ""
        pupil = self.pupils.get(pupil_id)
        if pupil is None:
            return self.pupil_ref(pupil_id)
        if not self.names:
            return pupil.code
        left = " (vertrokken)" if pupil.left else ""
        return f"{pupil.last_name}, {pupil.first_name} ({pupil.code}){left}"

    def _named(self, pupil_id: int) -> str:
        pupil = self.pupils.get(pupil_id)
        if pupil is None or not self.names:
            return self.pupil_ref(pupil_id)
        return f"{pupil.code} ({pupil.last_name}, {pupil.first_name})"

    # ------------------------------------------------------------------ sentences

    def sentence(self, row: m.AuditEntryRecord) -> str:
        """The whole line in Dutch: what, what happened to it, and where it belongs."""
        table, action = row.record_type, row.action
        special = self._special(row)
        if special is not None:
            return special
        record = self.record(table, row.record_id) if table in MODELS else None
        if record is None:
            label = _capital(audit.RECORD_LABELS.get(table, table))
            thing = label if action == audit.DELETED else f"{label} (verwijderd)"
            context = self._gone_context(row)
        else:
            thing, context = self._thing(table, record), self._context(table, record, row)
        text = f"{thing} {action}" + (f" ({context})" if context else "")
        if table == "consultation":
            pupils = self.discussed(row)
            if pupils:
                text += ": besproken " + ", ".join(self._named(p) for p in pupils)
        return text

    def _special(self, row: m.AuditEntryRecord) -> str | None:
        table, action = row.record_type, row.action
        if table == "store":
            return {audit.DELETED: "Reservekopieën verwijderd", "reservekopie": "Reservekopie gemaakt",
                    "hersteld": "Reservekopie teruggezet", "beveiligd": "Beveiliging gewijzigd",
                    }.get(action, f"Database: {action}")
        if table == audit.TRAIL:
            return {audit.ANCHOR: "Logboek: ondertekening met een nieuwe sleutel begonnen",
                    audit.BASELINE: "Logboek: elk gegeven vastgelegd",
                    audit.SCHEMA: f"Logboek: versie van de database ({row.detail}) vastgelegd",
                    }.get(action, f"Logboek: {action}")
        if table == "setting":
            return f"Instellingen {action}"
        if table in ("schoolfoto", "scholengroepfoto", "klasfiche"):
            return f"{_capital(audit.RECORD_LABELS[table])} {action}"
        if table in ("pupil_plan", "access_export", "transfer"):
            noun = {"pupil_plan": "Plan", "access_export": "Inzage", "transfer": "Overdracht"}[table]
            owner = f" van {self.pupil_ref(row.pupil_id)}" if row.pupil_id is not None else ""
            return f"{noun}{owner} {action}"
        if table == "pupil":
            ref = self.pupil_ref(row.pupil_id if row.pupil_id is not None else row.record_id)
            if action in (audit.OPENED, audit.PURGED):
                return f"Dossier van {ref} {action}"
            if action == audit.CHANGED:
                return f"Gegevens van leerling {ref} gewijzigd"
            return f"Leerling {ref} {action}"
        if table == CONSULTATION_PUPIL and row.record_id is not None:
            consultation = self.record("consultation", row.record_id)
            where = (self._consultation_name(consultation) if consultation is not None
                     else "overleg (verwijderd)")
            ref = self.pupil_ref(row.pupil_id) if row.pupil_id is not None else "leerling"
            if action == audit.ADDED:
                return f"Leerling {ref} toegevoegd aan {where}"
            return f"Leerling {ref} weggehaald uit {where}"
        if row.record_id is None:  # many rows at once (bulk writes, cascades)
            return f"{PLURALS.get(table, _capital(audit.RECORD_LABELS.get(table, table)))} {action}"
        return None

    def _consultation_name(self, consultation) -> str:
        """"overleg ‘Leerlingenbespreking 3A’ (Leerlingenbespreking van 08/10/2026)", or without a
        title "Multidisciplinair overleg (MDO) van 08/10/2026"."""
        when = f"{consultation.kind.label} van {format_date(consultation.held_on)}"
        return f"overleg ‘{consultation.title}’ ({when})" if consultation.title else when

    def _consultation_ref(self, consultation) -> str:
        when = format_date(consultation.held_on)
        if consultation.title:
            return f"{consultation.kind.label} ‘{consultation.title}’ van {when}"
        return f"{consultation.kind.label} van {when}"

    def _thing(self, table: str, r) -> str:
        secret = bool(getattr(r, "confidential", False))
        if table == "school":
            return "Schoolgegevens"
        if table == "class_group":
            return f"Klas {r.name}"
        if table == "subgroup":
            return f"Subgroep ‘{r.name}’"
        if table == "class_membership":
            group = self.record("class_group", r.group_id)
            return f"Inschrijving in klas {group.name if group else '(verwijderd)'} ({r.school_year.label})"
        if table == "trajectory":
            return f"Traject ‘{r.title}’"
        if table == "phase_change":
            return r.phase.label
        if table == "cycle":
            return f"Cyclus {r.number}"
        if table == "observation":
            return f"Waarneming ‘{r.source.label}’ van {format_date(r.observed_on)}"
        if table == "factor":
            return f"{r.kind.label}e factor ‘{r.context.label}’"
        if table == "educational_need":
            return f"Onderwijsbehoefte ‘{r.slot.label} …’"
        if table == "teacher_support_need":
            return f"Ondersteuningsbehoefte ‘{r.theme}’" if r.theme else "Ondersteuningsbehoefte"
        if table == "plan":
            return f"{r.plan_type.label} van {format_date(r.start_date)}"
        if table in ("goal", "measure", "action_item"):
            noun = {"goal": "Doel", "measure": "Maatregel", "action_item": "Afspraak"}[table]
            return f"{noun} (vertrouwelijk)" if secret else f"{noun} ‘{excerpt(r.description)}’"
        if table == "follow_up_note":
            return f"Opvolgnotitie van {format_date(r.noted_on)}"
        if table == "conversation":
            return f"{r.kind.label} van {format_date(r.held_on)}"
        if table == "partner_view":
            return _capital(r.holder.label)
        if table == "clb_request":
            return f"CLB-aanvraag van {format_date(r.requested_on)}"
        if table == "verslag_reference":
            return f"{r.kind.label} van {format_date(r.issued_on)}"
        if table == "leersteun_request":
            return f"{r.kind.label}e leersteun van {format_date(r.requested_on)}"
        if table == "status_change":
            return self._status_change(r)
        if table == "consultation":
            return f"Overleg ‘{r.title}’" if r.title else "Overleg"
        if table == "consultation_participant":
            return f"Deelnemer ‘{r.role.label}’"
        if table == "staff_member":  # a colleague's name: staff data, shown to the coordinator
            return f"Personeelslid ‘{r.name}’ ({r.role.label.lower()})"
        return _capital(audit.RECORD_LABELS.get(table, table))

    def _status_change(self, r) -> str:
        parent = self._parent("status_change", r)
        item = self._thing(*parent) if parent else "een verwijderde aanvraag"
        kinds = {"clb_request_id": (RequestStatus, DiagnosticPhase), "verslag_id": (VerslagStatus, None),
                 "leersteun_id": (LeersteunStatus, None)}
        status, phase = next((k for column, k in kinds.items() if getattr(r, column) is not None),
                             (None, None))
        kind = phase if r.field == "diagnostic_phase" else status
        try:
            value = kind(r.value).label if (kind and r.value) else "geen"
        except ValueError:
            value = r.value
        what = "Fase onderzoek" if r.field == "diagnostic_phase" else "Status"
        if item[1:2].islower():  # "CLB-aanvraag" keeps its capitals
            item = item[:1].lower() + item[1:]
        return f"{what} ‘{value}’ van {item}"

    def _context(self, table: str, r, row: m.AuditEntryRecord) -> str:
        if table == "status_change":
            parent = self._parent(table, r)
            return self._context(*parent, row) if parent else ""
        if table in CONSULTATION_CHILDREN or table == "consultation_foto":
            consultation = self.record("consultation", r.consultation_id)
            return self._consultation_ref(consultation) if consultation else "overleg (verwijderd)"
        if table == "consultation":
            return f"{r.kind.label} van {format_date(r.held_on)}"
        if table == "class_group":
            return r.school_year.label
        if table == "subgroup":
            group = self.record("class_group", r.group_id)
            return f"klas {group.name}" if group else ""
        parts = []
        trajectory = self._trajectory_of(table, r)
        if trajectory is not None and table != "trajectory":
            parts.append(f"traject {trajectory.title}")
        if row.pupil_id is not None:
            parts.append(self.pupil_ref(row.pupil_id))
        elif trajectory is not None:
            parts.append(self._owner(trajectory))
        elif getattr(r, "school_id", None) is not None and table != "school":
            parts.append("hele school")
        return ", ".join(p for p in parts if p)

    def _trajectory_of(self, table: str, r):
        while r is not None and table != "trajectory":
            if table == "status_change":
                found = self._parent(table, r)
            else:
                found = next(((parent, self.record(parent, getattr(r, column)))
                              for column, parent in PARENTS.get(table, ())
                              if parent in ("plan", "cycle", "trajectory") and getattr(r, column, None)),
                             None)
            if not found:
                return None
            table, r = found
        return r

    def _owner(self, trajectory) -> str:
        if trajectory.pupil_id is not None:
            return self.pupil_ref(trajectory.pupil_id)
        if trajectory.subgroup_id is not None:
            subgroup = self.record("subgroup", trajectory.subgroup_id)
            if subgroup is not None:
                return f"subgroep {subgroup.name}"
        if trajectory.group_id is not None:
            group = self.record("class_group", trajectory.group_id)
            if group is not None:
                return f"klas {group.name}"
        return ""

    def _gone_context(self, row: m.AuditEntryRecord) -> str:
        if row.record_type in CONSULTATION_CHILDREN:
            consultation = self._consultation_in_batch(row)
            if consultation is not None:
                return self._consultation_ref(consultation)
        return self.pupil_ref(row.pupil_id) if row.pupil_id is not None else ""


def describe(session: Session, rows: Iterable[m.AuditEntryRecord], *, names: bool = True,
             today: date | None = None) -> list[tuple[str, str]]:
    """(sentence, pupil label) for each row, in order."""
    rows = list(rows)
    words = TrailWords(session, rows, names=names, today=today)
    return [(words.sentence(row), words.pupil_label(row.pupil_id)) for row in rows]
