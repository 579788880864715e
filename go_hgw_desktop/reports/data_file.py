"""The schoolfoto data file (JSON): what a school sends to its scholengroep.

Format and fields: ``docs/schoolfoto-data.md`` and ``docs/schoolfoto-data.schema.json``.
Reading validates everything before anything is used, and names the file in every
message: a file from a newer version, a damaged or hand-edited file, or one whose
tables would let a reader recover a hidden count, is refused.

A school's file is signed (Ed25519, PyNaCl) with the school's own key from its keyring; the
public key travels in the file and its short **fingerprint** is printed on the foto's cover,
so the scholengroep can tell a file changed after signing (refused here) from one signed by
another key (``services/school_keys.py`` remembers each school's key).
"""

from __future__ import annotations

import hashlib
import json
import math
from datetime import date
from pathlib import Path
from typing import Any

from go_hgw_desktop import files
from go_hgw_desktop.domain.choices import (
    CareDomain,
    DiagnosticPhase,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    Phase,
    PlanType,
    RequestStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.school import canonical_institution_number, valid_institution_number
from go_hgw_desktop.domain.text import TEXT_MAX
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.bounds import proven_bounds
from go_hgw_desktop.reports.disclosure import Reason, find_bridges, lines_of
from go_hgw_desktop.reports.pdf import ReportWriteError
from go_hgw_desktop.reports.schoolfoto import (
    PLAN_STATUSES,
    SHARED_FIGURES,
    Agreement,
    SchoolFoto,
    SchoolIdentity,
)
from go_hgw_desktop.reports.tables import (
    MIN_THRESHOLD,
    Cell,
    DisclosureReport,
    ProtectedTable,
    Statistic,
    joint_system,
    link_positions,
)

FORMAT = "go-hgw-schoolfoto"
# Version 2: a school's file carries a signature; "< n" (primary) holds 1..marks_below-1
# (always 1..4) whatever the threshold; "carried" added. Version 1 (still read, if it is
# not a school's own file, which must be signed): primary held 1..threshold-1.
VERSION = 2
SIGNED = b"go-hgw-schoolfoto\n"
SIGNATURE_ALGORITHM = "Ed25519"
MAX_BYTES = 5_000_000  # a real foto is a few tens of kB; refuse to parse anything huge
NAME_MAX = 200  # a school's name, as the store allows it
LABEL_MAX = 250  # a table's title, row or column label (the longest the app makes: a school's name)

# The largest table of each kind this version makes (rows, columns; totals not counted), so a
# signed file cannot bring a table the report cannot lay out (32 columns crashed it). Rows that
# depend on the school (classes, themes, schools of a scholengroepfoto) get a generous bound.
MANY_ROWS = 2000
_SHAPES = {
    "population_grade": (MANY_ROWS, 1), "population_class": (MANY_ROWS, 1),
    "phase_step": (len(Phase), len(HgwStep) + 1), "phase_kind": (len(Phase), 2),
    "domain_theme": (MANY_ROWS, len(CareDomain)), "measures": (len(MeasureCategory) + 1, len(PlanType)),
    "plans": (len(PlanType), len(PLAN_STATUSES)), "goals": (len(PlanType), len(GoalResult) + 1),
    "support_themes": (MANY_ROWS, 1), "clb_requests": (len(RequestStatus), 1),
    "clb_diagnostics": (len(DiagnosticPhase) + 1, 1),
    "verslagen": (len(VerslagType) + 1, len(VerslagStatus)),
    "leersteun": (len(LeersteunKind), len(LeersteunStatus)),
    # the scholengroepfoto's comparisons: one row per school
    "school_phase": (MANY_ROWS, len(Phase) + 1), "school_domain": (MANY_ROWS, len(CareDomain) + 1),
    "school_clb": (MANY_ROWS, len(RequestStatus) + 1),
    "school_leersteun": (MANY_ROWS, len(LeersteunStatus) + 1),
    "school_agreements": (MANY_ROWS, 2),
}
OTHER_TABLE = (MANY_ROWS, 6)  # a table this version does not make (from a newer one)


def table_shape(key: str) -> tuple[int, int]:
    """The most rows and columns a table of this kind may have (``OTHER_TABLE`` when unknown)."""
    return _SHAPES.get(key, OTHER_TABLE)
REASON_CODES = {Reason.PRIMARY: "primary", Reason.SECONDARY: "secondary", Reason.CARRIED: "carried",
                Reason.INCOMPLETE: "incomplete", Reason.WITHHELD: "withheld"}
REASONS = {code: reason for reason, code in REASON_CODES.items()}


class DataFileError(UserError):
    """A data file that cannot be used; the message names the file."""

    exit_code = 2

    def __init__(self, path: Path | str, problem: str, hint: str = "") -> None:
        super().__init__(f"{Path(path).name}: {problem}", hint or (
            "Vraag de school om de schoolfoto opnieuw te exporteren met GO! HGW Desktop en "
            "het bestand ongewijzigd door te sturen."))
        self.path = Path(path)


# ------------------------------------------------------------------------------ writing


def _cell(cell: Cell) -> dict[str, Any]:
    if not cell.hidden:
        return {"value": cell.value}
    out: dict[str, Any] = {"hidden": REASON_CODES[cell.reason]}
    if cell.at_least is not None:
        out["at_least"] = cell.at_least
    return out


def foto_to_dict(foto: SchoolFoto, signing_seed: bytes | None = None) -> dict[str, Any]:
    """The data file's content, signed with ``signing_seed`` (the school's key) when given;
    the checksum covers everything else in it, the signature too."""
    content: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "kind": foto.kind,
        "school": _school(foto.school),
        "school_year": foto.school_year,
        "reference_date": foto.reference_date.isoformat(),
        "threshold": foto.threshold,
        "marks_below": foto.marks_below,
        "tables": [
            {
                "key": t.key, "title": t.title, "section": t.section, "row_header": t.row_header,
                "rows": list(t.rows), "columns": list(t.columns),
                "cells": [[_cell(c) for c in line] for line in t.grid],
                "merged_count": t.merged_count, "note": t.note,
            }
            for t in foto.tables
        ],
        "statistics": [
            {"key": s.key, "label": s.label, "section": s.section, "unit": s.unit,
             "value": s.value, "basis": s.basis, "reason": s.reason}
            for s in foto.statistics
        ],
        "agreements": {
            "micro_on": foto.last_micro_on.isoformat() if foto.last_micro_on else None,
            "items": [
                {"description": a.description, "owner_role": a.owner_role,
                 "due_on": a.due_on.isoformat() if a.due_on else None, "done": a.done}
                for a in foto.agreements
            ],
        },
        "points": foto.points,
        "disclosure": {
            "threshold": foto.disclosure.threshold, "primary": foto.disclosure.primary,
            "secondary": foto.disclosure.secondary, "incomplete": foto.disclosure.incomplete,
            "withheld": foto.disclosure.withheld, "carried": foto.disclosure.carried,
            "merged": list(foto.disclosure.merged), "dropped": list(foto.disclosure.dropped),
            "statistics_hidden": list(foto.disclosure.statistics_hidden),
            "notes": list(foto.disclosure.notes),
        },
        "schools": [_school(s) for s in foto.schools],
    }
    if signing_seed is not None:
        content["signature"] = sign(content, signing_seed)
    content["checksum"] = checksum(content)
    return content


def _canonical(content: dict[str, Any], leave_out: tuple[str, ...]) -> bytes:
    body = {key: value for key, value in content.items() if key not in leave_out}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(content: dict[str, Any], signing_seed: bytes) -> dict[str, str]:
    """The signature of everything but the checksum and the signature itself."""
    from nacl.signing import SigningKey

    key = SigningKey(bytes(signing_seed))
    value = key.sign(SIGNED + _canonical(content, ("checksum", "signature"))).signature
    return {"algorithm": SIGNATURE_ALGORITHM, "public_key": bytes(key.verify_key).hex(), "value": value.hex()}


def public_key_of(signing_seed: bytes) -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey(bytes(signing_seed)).verify_key)


def fingerprint(public_key: bytes) -> str:
    """A key's short, readable fingerprint: ``3F2A-09C1-77D0-1B4E`` (the first 64 bits of its
    SHA-256), to compare on paper or by phone."""
    digits = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return "-".join(digits[i:i + 4] for i in range(0, 16, 4))


def _school(school: SchoolIdentity) -> dict[str, str]:
    return {"name": school.name, "institution_number": school.institution_number,
            "scholengroep": school.scholengroep}


def checksum(content: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of everything but the checksum itself.

    It catches a damaged or hand-edited file; it is not a signature (anyone with the
    format can recompute it): the signature is, and reading also re-checks the tables.
    """
    return "sha256:" + hashlib.sha256(_canonical(content, ("checksum",))).hexdigest()


def write_data_file(foto: SchoolFoto, path: Path, signing_seed: bytes | None = None) -> None:
    """Write the data file safely (private temporary file, synced, then renamed), signed
    when a school's ``signing_seed`` is given."""
    path = Path(path)
    text = json.dumps(foto_to_dict(foto, signing_seed), ensure_ascii=False, indent=1)
    try:
        files.write_text(path, text)
    except files.FileWriteError as error:
        raise ReportWriteError(error.message, error.hint) from None


# ------------------------------------------------------------------------------ reading


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON, and never a count


def read_data_file(path: Path) -> SchoolFoto:
    """Read and validate a data file; :class:`DataFileError` (Dutch, naming the file) if unusable."""
    return read_signed_file(path)[0]


def read_signed_file(path: Path) -> tuple[SchoolFoto, bytes | None]:
    """Read and validate a data file, and the public key that signed it (``None`` for an
    unsigned file); a signature that does not match the content is refused.

    Only a regular file of at most ``MAX_BYTES`` is read; ``NaN``/``Infinity``, numbers
    where text belongs (and the reverse) and nesting deeper than any real foto are refused.
    """
    path = Path(path)
    try:
        raw = files.read_limited(path, MAX_BYTES, "een schoolfoto")
    except files.InputFileError as error:
        raise DataFileError(path, error.problem, error.hint) from None
    try:
        content = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as error:
        raise DataFileError(path, "is geen geldig schoolfoto-bestand (geen leesbare JSON).") from error
    except RecursionError:
        raise DataFileError(path, "is geen geldig schoolfoto-bestand (te diep genest).") from None
    foto = foto_from_dict(content, path)
    return foto, signer_of(content, path)


def signer_of(content: dict[str, Any], path: Path | str = "gegevensbestand") -> bytes | None:
    """The public key whose signature ``content`` carries (checked), or ``None`` if unsigned."""
    signature = content.get("signature")
    if signature is None:
        return None
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        if signature.get("algorithm") != SIGNATURE_ALGORITHM:
            raise ValueError(signature.get("algorithm"))
        public_key = bytes.fromhex(signature["public_key"])
        VerifyKey(public_key).verify(SIGNED + _canonical(content, ("checksum", "signature")),
                                     bytes.fromhex(signature["value"]))
    except (BadSignatureError, ValueError, TypeError, KeyError, AttributeError):
        raise DataFileError(path, "is gewijzigd na het ondertekenen door de school: de handtekening klopt "
                                  "niet bij de inhoud, de cijfers kunnen vervalst zijn.") from None
    return public_key


def _depth(value: Any, limit: int) -> int:
    """How deep ``value`` nests, counted without recursion; stops early past ``limit``."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


MAX_DEPTH = 10  # a foto nests seven levels: file, tables, table, cells, row, cell, value


def foto_from_dict(content: Any, path: Path | str = "gegevensbestand") -> SchoolFoto:
    """Validate ``content`` completely, then build the foto it describes."""
    v = _Validator(path)
    v.require(isinstance(content, dict) and content.get("format") == FORMAT,
              "is geen schoolfoto-bestand van GO! HGW Desktop.")
    v.require(_depth(content, MAX_DEPTH) <= MAX_DEPTH, "is geen geldig schoolfoto-bestand (te diep genest).")
    version = content.get("version")
    v.require(type(version) is int, "heeft geen geldig versienummer.")
    if version > VERSION:
        raise DataFileError(path, f"is gemaakt met een nieuwere versie van GO! HGW Desktop "
                                  f"(formaat {version}).",
                            "Werk GO! HGW Desktop bij en probeer opnieuw.")
    v.require(content.get("checksum") == checksum(content),
              "is gewijzigd na het exporteren (het controlegetal klopt niet).")
    signer_of(content, path)
    k = content.get("threshold")
    v.require(type(k) is int and k >= MIN_THRESHOLD, "heeft een ongeldige drempel (minstens 5).")
    # What "< n" means: 1..4 since version 2, 1..k-1 in version 1 files.
    marks_below = content.get("marks_below") if version >= 2 else k
    v.require(type(marks_below) is int and MIN_THRESHOLD <= marks_below <= k,
              "heeft een ongeldige betekenis voor ‘< n’.")
    v.version = version
    v.require(content.get("kind") in ("schoolfoto", "scholengroepfoto"), "heeft een onbekend soort foto.")
    school = v.school(content.get("school"))
    reference = v.date(content.get("reference_date"), "peildatum")
    year = content.get("school_year")
    v.require(isinstance(year, str) and len(year) == 9 and year[4] == "-", "heeft een ongeldig schooljaar.")
    tables = tuple(v.table(t, k, marks_below) for t in v.list(content.get("tables"), "tabellen"))
    v.require(len({t.key for t in tables}) == len(tables), "bevat een tabel twee keer.")
    v.joint_audit(tables, marks_below)
    statistics = tuple(v.statistic(s, k) for s in v.list(content.get("statistics"), "kengetallen"))
    agreements_part = content.get("agreements")
    v.require(isinstance(agreements_part, dict), "heeft geen geldig deel met afspraken.")
    micro_on = agreements_part.get("micro_on")
    agreements = tuple(v.agreement(a) for a in v.list(agreements_part.get("items"), "afspraken"))
    points = content.get("points", "")
    # Never longer than the app lets anyone type: a forged megabyte of text would keep the PDF
    # busy for minutes (reportlab splits every word of it).
    v.require(isinstance(points, str) and len(points) <= TEXT_MAX,
              f"heeft ongeldige punten voor het overleg (hoogstens {TEXT_MAX} tekens).")
    d = content.get("disclosure")
    v.require(isinstance(d, dict), "heeft geen verantwoording van de anonimisering.")
    texts = {key: v.strings(d.get(key), key) for key in ("merged", "dropped", "statistics_hidden", "notes")}
    counts = {key: d.get(key, 0 if key == "carried" else None)
              for key in ("primary", "secondary", "incomplete", "withheld", "carried")}
    v.require(all(type(n) is int and n >= 0 for n in counts.values()),
              "heeft een ongeldige verantwoording.")
    return SchoolFoto(
        kind=content["kind"], school=school, school_year=year, reference_date=reference, threshold=k,
        tables=tables, statistics=statistics, agreements=agreements,
        last_micro_on=v.date(micro_on, "datum van het MICRO-overleg") if micro_on else None,
        points=points,
        disclosure=DisclosureReport(threshold=k, **counts, **{key: tuple(val) for key, val in texts.items()}),
        schools=tuple(v.school(s) for s in v.list(content.get("schools", []), "scholen")),
        marks_below=marks_below,
    )


class _Validator:
    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.version = VERSION

    def require(self, condition: bool, problem: str) -> None:
        if not condition:
            raise DataFileError(self.path, problem)

    def list(self, value: Any, what: str) -> list:
        self.require(isinstance(value, list), f"heeft geen geldige lijst met {what}.")
        return value

    def strings(self, value: Any, what: str) -> list[str]:
        self.require(isinstance(value, list) and all(isinstance(x, str) for x in value),
                     f"heeft een ongeldige lijst ({what}).")
        return value

    def date(self, value: Any, what: str) -> date:
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise DataFileError(self.path, f"heeft een ongeldige {what}.") from None

    def school(self, value: Any) -> SchoolIdentity:
        """The school, its instellingsnummer as it is meant (six ASCII digits, or none): a number
        typed with other digits or invisible characters is read as the number it looks like, so
        it can pass for no other school; anything else is refused."""
        self.require(isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip(),
                     "noemt geen school.")
        number, group = value.get("institution_number", ""), value.get("scholengroep", "")
        self.require(isinstance(number, str) and isinstance(group, str) and len(value["name"]) <= NAME_MAX,
                     "heeft ongeldige schoolgegevens.")
        number = canonical_institution_number(number)
        if number and not valid_institution_number(number):
            given = value["institution_number"]
            raise DataFileError(self.path, f"heeft een ongeldig instellingsnummer ({given!r}): een "
                                           "instellingsnummer bestaat uit 6 cijfers (0 tot 9).",
                                "Vraag de school haar instellingsnummer na te kijken en de schoolfoto "
                                "opnieuw te exporteren.")
        return SchoolIdentity(value["name"], number, group)

    def table(self, value: Any, k: int, marks_below: int) -> ProtectedTable:
        self.require(isinstance(value, dict), "heeft een ongeldige tabel.")
        name = value.get("title") if isinstance(value.get("title"), str) else "?"
        rows, columns = value.get("rows"), value.get("columns")
        self.require(all(isinstance(x, list) and all(isinstance(s, str) for s in x) for x in (rows, columns))
                     and bool(columns)
                     and isinstance(value.get("key"), str) and isinstance(value.get("row_header"), str)
                     and type(value.get("section")) is int, f"tabel ‘{name}’ is onvolledig.")
        self._shape(value["key"], name, rows, columns, value["row_header"])
        grid_in = value.get("cells")
        self.require(isinstance(grid_in, list) and len(grid_in) == len(rows) + 1
                     and all(isinstance(line, list) and len(line) == len(columns) + 1 for line in grid_in),
                     f"tabel ‘{name}’ heeft niet het juiste aantal cellen.")
        grid = tuple(tuple(self.cell(c, name) for c in line) for line in grid_in)
        self._audit(grid, k, marks_below, name)
        merged = value.get("merged_count", 0)
        self.require(type(merged) is int and merged >= 0, f"tabel ‘{name}’ is onvolledig.")
        note = value.get("note", "")
        self.require(isinstance(note, str), f"tabel ‘{name}’ is onvolledig.")
        return ProtectedTable(value["key"], name, value["row_header"], tuple(rows), tuple(columns), grid,
                              value["section"], merged, note)

    def _shape(self, key: str, title: str, rows: list[str], columns: list[str], row_header: str) -> None:
        """A table no bigger than this version makes one of its kind, with labels of a length
        the report can print (a signed file can still be made by anyone)."""
        name = title if len(title) <= 60 else title[:60] + "…"
        most_rows, most_columns = table_shape(key)
        self.require(len(columns) <= most_columns,
                     f"tabel ‘{name}’ heeft {len(columns)} kolommen; zo’n tabel heeft er hoogstens "
                     f"{most_columns}.")
        self.require(len(rows) <= most_rows,
                     f"tabel ‘{name}’ heeft {len(rows)} rijen; zo’n tabel heeft er hoogstens {most_rows}.")
        self.require(all(len(label) <= LABEL_MAX for label in (title, row_header, *rows, *columns)),
                     f"tabel ‘{name}’ heeft een titel of een rij- of kolomnaam die te lang is "
                     f"(meer dan {LABEL_MAX} tekens).")

    def cell(self, value: Any, table: str) -> Cell:
        if type(value) is dict:
            if len(value) == 1:  # the common case first: {"value": n} or {"hidden": code}
                number = value.get("value")
                if type(number) is int and number >= 0:
                    return Cell(number)
            code = value.get("hidden")
            reason = REASONS.get(code) if isinstance(code, str) else None
            if reason is Reason.CARRIED and self.version < 2:
                reason = None
            bound = value.get("at_least")
            if reason is not None and "value" not in value and (
                    bound is None or (type(bound) is int and bound >= 0)) and len(value) <= 2:
                return Cell(None, reason, bound)
        raise DataFileError(self.path, f"tabel ‘{table}’ heeft een ongeldige cel.")

    def _audit(self, grid, k: int, marks_below: int, name: str) -> None:
        """The published tables themselves must keep their promise, whatever the checksum says."""
        hidden = set()
        for r, line in enumerate(grid):
            for c, cell in enumerate(line):
                if cell.value is None:
                    hidden.add((r, c))
                elif 0 < cell.value < k:
                    raise DataFileError(self.path,
                                        f"tabel ‘{name}’ toont een aantal kleiner dan de drempel {k}.")
        columns = list(zip(*grid, strict=True))
        for *entries, total in [*grid, *columns]:
            if total.value is None:
                continue
            secret = [cell for cell in entries if cell.value is None]
            left = total.value - sum(cell.value for cell in entries if cell.value is not None)
            if not secret:
                self.require(left == 0, f"tabel ‘{name}’ klopt niet: de som is niet gelijk aan het totaal.")
            elif all(cell.reason in (Reason.PRIMARY, Reason.SECONDARY) for cell in secret):
                # What the hidden cells of a line add up to must leave each of them uncertain.
                self.require(left > len(secret) >= 2,
                             f"tabel ‘{name}’ laat toe een verborgen aantal terug te rekenen.")
        self.require(not find_bridges(hidden),
                     f"tabel ‘{name}’ laat toe een verborgen aantal terug te rekenen.")
        reasons = {(r, c): grid[r][c].reason for r, c in hidden}
        if Reason.INCOMPLETE not in reasons.values():
            known = {(r, c): cell.value for r, line in enumerate(grid) for c, cell in enumerate(line)
                     if cell.value is not None}
            proven = proven_bounds(lines_of(len(grid), len(grid[0])), known, reasons, marks_below)
            self.require(proven is not None and not any(low == high > 0 for low, high in proven.values()),
                         f"tabel ‘{name}’ laat toe een verborgen aantal terug te rekenen.")

    def joint_audit(self, tables: tuple[ProtectedTable, ...], marks_below: int) -> None:
        """Tables that print the same figure must not give a hidden count away together."""
        pairs = link_positions(tables, SHARED_FIGURES)
        if not pairs:
            return
        by_key = {t.key: t for t in tables}
        name, lines = joint_system({t.key: (len(t.grid), len(t.grid[0])) for t in tables}, pairs)
        known, reasons = {}, {}
        for key in {entry[0] for line in lines for entry in line}:
            for r, line in enumerate(by_key[key].grid):
                for c, cell in enumerate(line):
                    if cell.value is None:
                        reasons[name(key, (r, c))] = cell.reason
                    else:
                        known[name(key, (r, c))] = cell.value
        if Reason.INCOMPLETE in reasons.values():
            return
        proven = proven_bounds(lines, known, reasons, marks_below)
        self.require(proven is not None and not any(low == high > 0 for low, high in proven.values()),
                     "laat toe een verborgen aantal terug te rekenen uit tabellen die hetzelfde "
                     "cijfer tonen.")

    def statistic(self, value: Any, k: int) -> Statistic:
        self.require(isinstance(value, dict) and all(isinstance(value.get(x), str) for x in
                                                     ("key", "label", "unit", "reason"))
                     and len(value["label"]) <= LABEL_MAX, "heeft een ongeldig kengetal.")
        number, basis, section = value.get("value"), value.get("basis"), value.get("section", 0)
        self.require(((number is None and basis is None) or (
            type(number) in (int, float) and math.isfinite(number) and type(basis) is int and basis >= 1))
            and type(section) is int, f"kengetal ‘{value['label']}’ is ongeldig.")
        return Statistic(value["key"], value["label"], None if number is None else float(number), basis,
                         value["unit"], section, value["reason"])

    def agreement(self, value: Any) -> Agreement:
        self.require(isinstance(value, dict) and isinstance(value.get("description"), str)
                     and len(value["description"]) <= TEXT_MAX and isinstance(value.get("owner_role"), str)
                     and len(value["owner_role"]) <= LABEL_MAX and isinstance(value.get("done"), bool),
                     "heeft een ongeldige afspraak.")
        due = value.get("due_on")
        return Agreement(value["description"], value["owner_role"],
                         self.date(due, "datum bij een afspraak") if due else None, value["done"])
