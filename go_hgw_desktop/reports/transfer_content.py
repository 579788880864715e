"""What an overdracht to another school holds (format ``go-hgw-overdracht``, version 1), checked.

The content is plain JSON (``docs/transfer-file.md`` shows it whole): the pupil's identity,
classes, trajectories with their phases and cycles (observations, factors, needs, plan,
goals, measures, follow-up notes), CLB and leersteun requests, and the verslagen, which the
law always sends. The sending service leaves out what is vertrouwelijk and what the parents
objected to before this module sees it; this module only checks what arrives (every field,
its type, every code against the vocabularies) and says it in words, for the PDF and the
read-only section of the receiving pupil file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    DiagnosticPhase,
    FactorContext,
    FactorKind,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    RequestStatus,
    Role,
    SubTheme,
    TrajectoryStatus,
    VerslagStatus,
    VerslagType,
)

FORMAT, VERSION = "go-hgw-overdracht", 1
TEXT_MAX = 100_000  # the longest free text the app stores in one field, with room
LIST_MAX = 5_000


class Invalid(ValueError):
    """The content does not follow the schema; ``str()`` says where, for the file's message."""


# A field's type: str, int, bool, "date", an enum (its stored value), or a nested object or
# list of objects; "?" in OPTIONAL marks fields that may be null.
OBSERVATION = {"observed_on": "date", "source": ObservationSource, "text": str, "author_role": Role}
FACTOR = {"kind": FactorKind, "context": FactorContext, "text": str}
NEED = {"slot": NeedSlot, "text": str, "goal_text": str}
PLAN = {
    "plan_type": PlanType,
    "start_date": "date",
    "end_date": "date?",
    "evaluation_date": "date",
    "starting_situation": str,
    "approach": str,
}
GOAL = {
    "description": str,
    "criterion": str,
    "deadline": "date?",
    "result": (GoalResult, None),
    "evaluated_on": "date?",
    "evaluation_note": str,
}
MEASURE = {"category": MeasureCategory, "description": str, "responsible_role": Role, "frequency": str}
NOTE = {"noted_on": "date", "text": str, "author_role": Role}
CYCLE = {
    "number": int,
    "started_on": "date",
    "step": HgwStep,
    "closed_on": "date?",
    "observations": [OBSERVATION],
    "factors": [FACTOR],
    "needs": [NEED],
    "plan": (PLAN, None),
    "goals": [GOAL],
    "measures": [MEASURE],
    "notes": [NOTE],
}
PHASE = {"phase": Phase, "start_date": "date", "end_date": "date?", "reason": str}
CLB_REQUEST = {
    "requested_on": "date",
    "question": str,
    "consent_by": (ConsentBy, None),
    "consent_on": "date?",
    "diagnostic_phase": (DiagnosticPhase, None),
    "status": RequestStatus,
    "started_on": "date?",
    "outcome": str,
    "closed_on": "date?",
}
LEERSTEUN = {
    "kind": LeersteunKind,
    "status": LeersteunStatus,
    "requested_on": "date",
    "started_on": "date?",
    "ended_on": "date?",
    "theme": str,
    "note": str,
}
TRAJECTORY = {
    "title": str,
    "domain": CareDomain,
    "sub_theme": (SubTheme, None),
    "status": TrajectoryStatus,
    "start_date": "date",
    "end_date": "date?",
    "phases": [PHASE],
    "cycles": [CYCLE],
    "clb_requests": [CLB_REQUEST],
    "leersteun": [LEERSTEUN],
}
VERSLAG = {
    "kind": VerslagType,
    "issued_on": "date",
    "status": VerslagStatus,
    "reference": str,
    "trajectory": str,
}
SCHEMA = {
    "format": str,
    "version": int,
    "sent_on": "date",
    "app_version": str,
    "from_school": {"name": str, "institution_number": str},
    "pupil": {
        "first_name": str,
        "last_name": str,
        "birth_year": int,
        "number": str,
        "entry_date": "date?",
        "leave_date": "date?",
    },
    "parents": {"informed_on": "date", "inspected": bool, "objected": bool},
    "classes": [{"school_year": str, "name": str}],
    "trajectories": [TRAJECTORY],
    "verslagen": [VERSLAG],
}


def _check(value: Any, kind: Any, where: str) -> None:
    if isinstance(kind, tuple):  # (kind, None): may be null
        if value is not None:
            _check(value, kind[0], where)
        return
    if kind == "date?":
        if value is not None:
            _check(value, "date", where)
        return
    if kind == "date":
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            raise Invalid(f"{where}: geen datum") from None
    elif kind is str:
        if not isinstance(value, str) or len(value) > TEXT_MAX:
            raise Invalid(f"{where}: geen tekst")
    elif kind is bool or kind is int:
        if type(value) is not kind:
            raise Invalid(f"{where}: verkeerd type")
    elif isinstance(kind, list):
        if not isinstance(value, list) or len(value) > LIST_MAX:
            raise Invalid(f"{where}: geen lijst")
        for number, item in enumerate(value, start=1):
            _check(item, kind[0], f"{where}[{number}]")
    elif isinstance(kind, dict):
        if not isinstance(value, dict) or set(value) != set(kind):
            raise Invalid(f"{where}: andere velden dan verwacht")
        for field, field_kind in kind.items():
            _check(value[field], field_kind, f"{where}.{field}" if where else field)
    elif isinstance(kind, type) and issubclass(kind, Enum):
        if value not in {member.value for member in kind}:
            raise Invalid(f"{where}: onbekende waarde")
    else:  # pragma: no cover - a schema mistake, not a file's
        raise TypeError(kind)


def validate(content: Any) -> dict[str, Any]:
    """``content`` when it is an overdracht of this version, field by field; :class:`Invalid` else."""
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise Invalid("geen overdracht")
    if content.get("version") != VERSION:
        raise Invalid(f"formaat {content.get('version')}")
    _check(content, SCHEMA, "")
    return content


# ------------------------------------------------------------------------------ in words


@dataclass(frozen=True)
class Entry:
    title: str
    fields: tuple[tuple[str, str], ...]  # (label, value), empty values left out


@dataclass(frozen=True)
class Section:
    title: str
    entries: tuple[Entry, ...]
    note: str = ""


def _day(value: str | None) -> str:
    return format_date(date.fromisoformat(value)) if value else ""


def _label(kind: type[Enum], value: Any) -> str:
    if value is None:
        return ""
    member = kind(value)
    return getattr(member, "label", str(value))


def _entry(title: str, *fields: tuple[str, str]) -> Entry:
    return Entry(title, tuple((label, value) for label, value in fields if value))


def _cycle(cycle: dict[str, Any]) -> list[Entry]:
    head = f"Cyclus {cycle['number']}"
    out = [
        _entry(
            head,
            ("Gestart op", _day(cycle["started_on"])),
            ("Stap", _label(HgwStep, cycle["step"])),
            ("Afgesloten op", _day(cycle["closed_on"])),
        )
    ]
    out += [
        _entry(
            f"{head} · waarneming van {_day(o['observed_on'])}",
            ("Bron", _label(ObservationSource, o["source"])),
            ("Door", _label(Role, o["author_role"])),
            ("Wat", o["text"]),
        )
        for o in cycle["observations"]
    ]
    out += [
        _entry(
            f"{head} · {_label(FactorKind, f['kind']).lower()} factor",
            ("Context", _label(FactorContext, f["context"])),
            ("Wat", f["text"]),
        )
        for f in cycle["factors"]
    ]
    out += [
        _entry(
            f"{head} · onderwijsbehoefte",
            ("Om het doel", n["goal_text"]),
            (_label(NeedSlot, n["slot"]), n["text"]),
        )
        for n in cycle["needs"]
    ]
    plan = cycle["plan"]
    if plan:
        out.append(
            _entry(
                f"{head} · {_label(PlanType, plan['plan_type'])}",
                ("Van", _day(plan["start_date"])),
                ("Tot", _day(plan["end_date"])),
                ("Evaluatie op", _day(plan["evaluation_date"])),
                ("Beginsituatie", plan["starting_situation"]),
                ("Aanpak", plan["approach"]),
            )
        )
    out += [
        _entry(
            f"{head} · doel",
            ("Doel", g["description"]),
            ("Zo zien we dat het lukt", g["criterion"]),
            ("Tegen", _day(g["deadline"])),
            ("Resultaat", _label(GoalResult, g["result"])),
            ("Geëvalueerd op", _day(g["evaluated_on"])),
            ("Evaluatie", g["evaluation_note"]),
        )
        for g in cycle["goals"]
    ]
    out += [
        _entry(
            f"{head} · maatregel ({_label(MeasureCategory, m['category']).lower()})",
            ("Wat", m["description"]),
            ("Wie", _label(Role, m["responsible_role"])),
            ("Hoe vaak", m["frequency"]),
        )
        for m in cycle["measures"]
    ]
    out += [
        _entry(
            f"{head} · opvolgnotitie van {_day(n['noted_on'])}",
            ("Door", _label(Role, n["author_role"])),
            ("Wat", n["text"]),
        )
        for n in cycle["notes"]
    ]
    return out


def _trajectory(t: dict[str, Any]) -> Section:
    entries = [
        _entry(
            "Traject",
            ("Domein", _label(CareDomain, t["domain"])),
            ("Subthema", _label(SubTheme, t["sub_theme"])),
            ("Status", _label(TrajectoryStatus, t["status"])),
            ("Van", _day(t["start_date"])),
            ("Tot", _day(t["end_date"])),
        )
    ]
    entries += [
        _entry(
            f"{Phase(p['phase']).label}",
            ("Van", _day(p["start_date"])),
            ("Tot", _day(p["end_date"])),
            ("Reden", p["reason"]),
        )
        for p in t["phases"]
    ]
    for cycle in t["cycles"]:
        entries += _cycle(cycle)
    entries += [
        _entry(
            f"CLB-aanvraag van {_day(r['requested_on'])}",
            ("Vraag", r["question"]),
            ("Toestemming door", _label(ConsentBy, r["consent_by"])),
            ("Toestemming op", _day(r["consent_on"])),
            ("Status", _label(RequestStatus, r["status"])),
            ("Fase onderzoek", _label(DiagnosticPhase, r["diagnostic_phase"])),
            ("Gestart op", _day(r["started_on"])),
            ("Uitkomst", r["outcome"]),
            ("Afgesloten op", _day(r["closed_on"])),
        )
        for r in t["clb_requests"]
    ]
    entries += [
        _entry(
            f"Leersteun ({_label(LeersteunKind, r['kind']).lower()})",
            ("Status", _label(LeersteunStatus, r["status"])),
            ("Aangevraagd op", _day(r["requested_on"])),
            ("Gestart op", _day(r["started_on"])),
            ("Afgesloten op", _day(r["ended_on"])),
            ("Thema", r["theme"]),
            ("Notitie", r["note"]),
        )
        for r in t["leersteun"]
    ]
    return Section(f"Traject: {t['title']}", tuple(entries))


def in_words(content: dict[str, Any]) -> list[Section]:
    """A validated overdracht as titled sections of labelled lines, in reading order."""
    pupil, parents = content["pupil"], content["parents"]
    step = (
        "De ouders kregen de gegevens ter inzage"
        if parents["inspected"]
        else "De ouders bekeken de gegevens niet"
    )
    sections = [
        Section(
            "Leerling en schoolloopbaan",
            (
                _entry(
                    f"{pupil['first_name']} {pupil['last_name']}",
                    ("Geboortejaar", str(pupil["birth_year"])),
                    ("Stamboeknummer (vorige school)", pupil["number"]),
                    ("Ingeschreven op", _day(pupil["entry_date"])),
                    ("Vertrokken op", _day(pupil["leave_date"])),
                ),
                *(_entry(f"Schooljaar {c['school_year']}", ("Klas", c["name"])) for c in content["classes"]),
                _entry(
                    "Inzage door de ouders",
                    ("Ingelicht op", _day(parents["informed_on"])),
                    ("Inzage", step),
                    (
                        "Bezwaar",
                        "ja: wat de ouders niet wilden doorgeven, staat hier niet in"
                        if parents["objected"]
                        else "geen",
                    ),
                ),
            ),
        )
    ]
    sections += [_trajectory(t) for t in content["trajectories"]]
    sections.append(
        Section(
            "Verslagen",
            tuple(
                _entry(
                    _label(VerslagType, v["kind"]),
                    ("Datum", _day(v["issued_on"])),
                    ("Status", _label(VerslagStatus, v["status"])),
                    ("Waar staat het", v["reference"]),
                    ("Bij traject", v["trajectory"]),
                )
                for v in content["verslagen"]
            ),
            note="Een verslag of gemotiveerd verslag gaat altijd mee (wettelijk verplicht). Het verslag zelf "
            "staat bij het CLB; hier staat alleen dat het bestaat."
            if content["verslagen"]
            else "Er is geen verslag.",
        )
    )
    return sections
