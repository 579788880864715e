"""Checking the audit trail: the chain, the signatures, this computer's keys, every record.

:func:`verify_trail` walks the whole trail once and says, in Dutch, what is wrong, what the
check could prove and what it cannot. :func:`problems_before_baseline` is the same check run
before the app fingerprints every record afresh (a schema upgrade), so an edit made outside
the app is never absorbed into a new baseline; :func:`verify_copy_trail` checks a backup
against its own trail before a restore accepts it. See ``audit.py`` for how the trail is
written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from go_hgw_desktop.storage import audit, audit_rows, migrate
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.vault import Vault, public_key

MAX_PROBLEMS = 20
COLUMNS = (*audit.FIELDS_2, "prev_hash", "hash", "signature")


@dataclass
class TrailReport:
    """What is wrong, what the check proves, and what it cannot prove (all Dutch)."""

    problems: list[str] = field(default_factory=list)
    proven: list[str] = field(default_factory=list)
    unproven: list[str] = field(default_factory=list)
    records_checked: int = 0
    records_matched: int = 0

    def add(self, problem: str) -> bool:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
            return True
        if len(self.problems) == MAX_PROBLEMS:
            self.problems.append("Nog meer fouten; de controle toont alleen de eerste.")
        return False


def _verifies(public_hex: str | None, signature: str | None, entry_hash: str) -> bool:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        key = VerifyKey(bytes.fromhex(public_hex))
        key.verify(audit.signed_message(entry_hash), bytes.fromhex(signature))
        return True
    except (BadSignatureError, ValueError, TypeError):
        return False


def _day(entry: dict) -> str:
    try:
        return datetime.fromisoformat(entry["at"]).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return "?"


@dataclass
class _Walk:
    """State while walking the trail in id order."""

    known: dict[int, str] = field(default_factory=dict)  # key period -> public key (this chain)
    anchors: list[dict] = field(default_factory=list)
    expected: dict[tuple[str, str], str | None] = field(default_factory=dict)
    baseline: dict | None = None
    legacy_until: int = 0
    last: dict | None = None
    ids: dict[int, str] = field(default_factory=dict)  # id -> hash
    revision: str | None = None  # the schema revision the trail recorded last
    key_check: str | None = None  # which row key made the newest baseline (audit_rows.key_check)


def _walk(session: Session, report: TrailReport) -> _Walk:
    walk = _Walk()
    carried: dict[int, list[tuple[str, str, str | None]]] = {}
    for entry_id, table, key, mac in session.execute(
            select(m.AuditRowRecord.entry_id, m.AuditRowRecord.tbl, m.AuditRowRecord.row_key,
                   m.AuditRowRecord.mac).order_by(m.AuditRowRecord.entry_id)):
        carried.setdefault(entry_id, []).append((table, key, mac))
    prev, previous_id = audit.GENESIS, 0
    columns = [getattr(m.AuditEntryRecord, c) for c in COLUMNS]
    for row in session.execute(select(*columns).order_by(m.AuditEntryRecord.id)):
        entry = dict(zip(COLUMNS, row, strict=True))
        ident = entry["id"]
        if ident > previous_id + 1:
            missing = (f"regel {previous_id + 1}" if ident == previous_id + 2
                       else f"regels {previous_id + 1} tot {ident - 1}")
            report.add(f"Logboek: vóór regel {ident} ontbreekt iets ({missing}): weggeknipt, of de database "
                       "werd buiten het programma vervangen door een oudere kopie.")
        elif ident != previous_id + 1 or entry["prev_hash"] != prev:
            report.add(f"Logboek: vóór regel {ident} ontbreekt iets of is iets gewijzigd.")
        if audit.digest(entry["prev_hash"], entry) != entry["hash"]:
            report.add(f"Logboek: regel {ident} is gewijzigd na het schrijven.")
        prev, previous_id, walk.last = entry["hash"], ident, entry
        walk.ids[ident] = entry["hash"]
        rows = carried.pop(ident, [])
        if entry["epoch"] is None:
            if walk.anchors:
                report.add(f"Logboek: regel {ident} is niet ondertekend, terwijl het logboek dat al was.")
            else:
                walk.legacy_until = ident
            if rows:
                report.add(f"Logboek: bij regel {ident} staan vingerafdrukken die er niet horen.")
            continue
        _check_entry(entry, rows, walk, report)
    for entry_id in carried:
        report.add(f"Logboek: er staan vingerafdrukken bij regel {entry_id}, die niet (meer) bestaat.")
    if walk.anchors and walk.last is not None and not walk.last["signature"]:
        report.add(f"Logboek: de laatste regel ({walk.last['id']}) is niet ondertekend.")
    return walk


def _check_entry(entry: dict, rows: list, walk: _Walk, report: TrailReport) -> None:
    ident, epoch, action = entry["id"], entry["epoch"], entry["action"]
    carries = rows or entry["rows_digest"] is not None  # a baseline of an empty store carries nothing
    if (audit_rows.rows_digest(rows) if carries else None) != entry["rows_digest"]:
        report.add(f"Logboek: de vingerafdrukken van de gegevens bij regel {ident} zijn gewijzigd.")
    signer = None
    if action == audit.ANCHOR and entry["public_key"]:
        walk.anchors.append(entry)
        walk.known = {epoch: entry["public_key"]}
        signer = entry["public_key"]
    elif action == audit.PERIOD and entry["public_key"]:
        signer = walk.known.get(epoch - 1)
        if signer is None:
            report.add(f"Logboek: regel {ident} begint tijdvak {epoch}, maar tijdvak {epoch - 1} ontbreekt: "
                       "er is een stuk van het logboek weg (een oudere kopie teruggezet buiten het "
                       "programma, of regels gewist).")
        if walk.known.setdefault(epoch, entry["public_key"]) != entry["public_key"]:
            report.add(f"Logboek: regel {ident} kondigt voor tijdvak {epoch} een andere sleutel aan.")
    else:
        signer = walk.known.get(epoch)
        if signer is None:
            report.add(f"Logboek: regel {ident} hoort bij tijdvak {epoch}, dat het logboek niet kent.")
    if entry["signature"] and signer and not _verifies(signer, entry["signature"], entry["hash"]):
        report.add(f"Logboek: de handtekening van regel {ident} klopt niet (de regel of een regel ervoor "
                   "is herschreven).")
    if action == audit.BASELINE:
        walk.expected, walk.baseline, walk.key_check = {}, entry, None
    elif action == audit.SCHEMA:
        walk.revision = entry["detail"]
    for table, key, mac in rows:
        if (table, key) == audit_rows.KEY_CHECK:
            walk.key_check = mac
        else:
            walk.expected[(table, key)] = mac


def _against_this_computer(walk: _Walk, vault: Vault, report: TrailReport, newest_id: int) -> bool:
    """Compare with the head and keys this computer keeps; True when the trail is the one it wrote."""
    fits = True
    if vault.head_untrusted:
        report.add("De gegevens over het logboek in de sleutelbewaarplaats zijn gewijzigd buiten het "
                   "programma.")
        fits = False
    trail = vault.trail
    if trail is not None:
        anchor = walk.anchors[-1] if walk.anchors else None
        ours = (trail.anchor_id, trail.anchor_key.hex())
        if anchor is None or (anchor["id"], anchor["public_key"]) != ours:
            report.add("Het logboek hoort niet bij de sleutels van deze computer: de database is buiten het "
                       "programma vervangen (door een oudere kopie of een andere database) of het logboek "
                       "is herschreven.")
            return False
        newest = max(walk.known)
        if newest < trail.epoch:
            report.add(f"Het logboek stopt in tijdvak {newest}, maar deze computer schreef al in tijdvak "
                       f"{trail.epoch}: de database is buiten het programma vervangen door een oudere kopie "
                       "(wat sindsdien gewijzigd of gewist werd, kan terug zijn).")
            fits = False
        elif walk.known.get(trail.epoch) != public_key(trail.seed).hex():
            report.add(f"Tijdvak {trail.epoch} in het logboek heeft niet de sleutel van deze computer: het "
                       "logboek is herschreven.")
            fits = False
    head = vault.head
    if head is not None and head.id > newest_id:
        report.add(f"Het logboek eindigt bij regel {newest_id}, maar deze computer schreef al regel "
                   f"{head.id}: de database is buiten het programma vervangen door een oudere kopie, "
                   "of het einde is weggeknipt.")
        fits = False
    elif head is not None and walk.ids.get(head.id) != head.hash:
        report.add(f"Regel {head.id} van het logboek is niet meer zoals deze computer ze schreef: het "
                   "logboek is herschreven.")
        fits = False
    return fits


def _label(table: str) -> str:
    return audit.RECORD_LABELS.get(table, table)


def _show_key(key: str) -> str:
    return key.strip("[]").replace('"', "")


def _records(session: Session, walk: _Walk, row_key: bytes, report: TrailReport) -> int:
    """Every record against its fingerprint in the trail; how many were checked. Also on a
    store of an older schema (before an upgrade): a table it does not have holds no records,
    so every record the trail expects there was removed."""
    expected = dict(walk.expected)
    checked = 0
    present = audit_rows.present_tables(session)
    for table in audit_rows.guarded_tables():
        if table.name not in present:
            continue
        for key, names, values in audit_rows.select_rows(session, table):
            checked += 1
            mac = expected.pop((table.name, key), "missing")
            what = f"{_label(table.name)} {_show_key(key)}"
            if mac == "missing":
                report.add(f"Gegevens: {what} staat niet in het logboek: buiten het programma toegevoegd.")
            elif mac is None:
                report.add(f"Gegevens: {what} is volgens het logboek verwijderd, maar staat er weer: buiten "
                           "het programma teruggezet.")
            elif audit_rows.fingerprint(row_key, table.name, key, names, values) != mac:
                report.add(f"Gegevens: {what} is gewijzigd buiten het programma.")
            else:
                report.records_matched += 1
    for (table, key), mac in expected.items():
        if mac is not None:
            report.add(f"Gegevens: {_label(table)} {_show_key(key)} is verwijderd buiten het programma.")
    return checked


def _schema(session: Session) -> str | None:
    if "alembic_version" not in audit_rows.present_tables(session):
        return None
    return session.scalar(text("SELECT version_num FROM alembic_version"))


def _revision_went_back(current: str | None, walk: _Walk, vault: Vault | None, report: TrailReport) -> bool:
    """The store's schema revision is older than the one its trail, or this computer, recorded:
    someone set it back outside the app (so that the app would migrate again and take every
    record, an edited one too, as a new baseline)."""
    for recorded, where in ((walk.revision, "het logboek"),
                            (vault.head.revision if vault is not None and vault.head else None,
                             "deze computer")):
        if migrate.went_back(current, recorded):
            report.add(f"De database staat op schemaversie {current or '(geen)'}, maar {where} schreef al "
                       f"met schemaversie {recorded}: de versie is buiten het programma teruggezet (om het "
                       "programma elk gegeven, ook een gewijzigd, opnieuw te laten vastleggen).")
            return True
    return False


def _empty_trail(session: Session, walk: _Walk, report: TrailReport) -> int:
    newest_id = walk.last["id"] if walk.last else 0
    if not newest_id and session.execute(select(m.SchoolRecord.id).limit(1)).first() is not None:
        report.add("Logboek: het logboek is leeg, terwijl de database gegevens bevat: het is gewist.")
    return newest_id


def verify_trail(session: Session, data_dir: Path, vault: Vault | None) -> TrailReport:
    """The whole trail checked, with what that proves and what it cannot, in Dutch."""
    report = TrailReport()
    walk = _walk(session, report)
    newest_id = _empty_trail(session, walk, report)
    recorded = audit.read_head(data_dir)
    if recorded and walk.ids.get(recorded.id) != recorded.hash:
        report.add(f"Logboek: de regels tot {recorded.id} zijn er niet (meer) zoals ze geschreven werden "
                   "(het einde is weggeknipt of gewijzigd).")
    current = _schema(session)
    went_back = _revision_went_back(current, walk, vault, report)
    fits = _against_this_computer(walk, vault, report, newest_id) if vault is not None else False
    if vault is not None and vault.row_key and walk.baseline is not None and fits:
        report.records_checked = _records(session, walk, bytes(vault.row_key), report)
    _statements(walk, vault, fits, report)
    if not report.problems and not went_back and current and walk.revision == current:
        report.proven.append(
            f"De schemaversie van de database ({current}) is die van het logboek: een versie die buiten "
            "het programma teruggezet werd, is een alarm, en het programma legt nooit opnieuw elk gegeven "
            "vast over een gegeven dat niet klopt met zijn vingerafdruk (het weigert dan bij te werken).")
    return report


def problems_before_baseline(session: Session, data_dir: Path, vault: Vault | None) -> list[str]:
    """What stands in the way of fingerprinting every record afresh (before a schema upgrade):
    any problem the check finds, a record that does not match its fingerprint above all, and a
    schema revision older than the one recorded. Empty when this computer has nothing to
    compare with (no trail keys: a store from before signing, or one opened with the recovery
    key alone), which the trail then says itself."""
    if vault is None or vault.trail is None or not vault.row_key:
        return []
    current = _schema(session)
    if "audit_row" not in audit_rows.present_tables(session):  # fingerprints came with revision 0005
        report = TrailReport()
        recorded = vault.head.revision if vault.head and vault.head.revision else migrate.KNOWN_REVISIONS[4]
        report.add(f"De database staat op schemaversie {current or '(geen)'}, van vóór de vingerafdrukken, "
                   f"maar deze computer ondertekende haar logboek al (schemaversie {recorded}): de versie "
                   "is buiten het programma teruggezet.")
        return report.problems
    return verify_trail(session, data_dir, vault).problems


def verify_copy_trail(session: Session, row_key: bytes | None) -> TrailReport:
    """A backup checked against its own trail, before a restore accepts it: the chain, the
    signatures, the schema revision and, with this computer's row key, every record against
    its newest fingerprint. Not compared with this computer's head (a backup is older by
    nature). ``records_checked`` stays 0 when the records could not be checked; ``unproven``
    then says why."""
    report = TrailReport()
    if "audit_row" not in audit_rows.present_tables(session):
        report.unproven.append("de reservekopie is van vóór de vingerafdrukken (een oudere versie van het "
                               "programma): haar gegevens kunnen niet nagekeken worden")
        return report
    walk = _walk(session, report)
    _empty_trail(session, walk, report)
    _revision_went_back(_schema(session), walk, None, report)
    if walk.baseline is None:
        report.unproven.append("het logboek van de reservekopie heeft geen vingerafdrukken van haar gegevens")
    elif row_key is None or (walk.key_check is not None and walk.key_check != audit_rows.key_check(row_key)):
        report.unproven.append("haar vingerafdrukken zijn gemaakt met een sleutel die deze computer niet "
                               "(meer) heeft (een reservekopie van een andere computer, of van vóór het "
                               "gebruik van de herstelsleutel)")
    else:
        found = TrailReport()
        found.records_checked = _records(session, walk, row_key, found)
        if walk.key_check is None and found.records_checked and not found.records_matched:
            # A baseline from before the key check: not one record fits, so they were made
            # with another row key, not edited one by one.
            report.unproven.append("haar vingerafdrukken passen bij geen enkel gegeven: ze zijn gemaakt met "
                                   "een sleutel die deze computer niet (meer) heeft")
        else:
            report.problems += found.problems
            report.records_checked = found.records_checked
    return report


def _statements(walk: _Walk, vault: Vault | None, fits: bool, report: TrailReport) -> None:
    # With a problem found, nothing is claimed as proven: the problems say what is wrong.
    proven = report.proven if not report.problems else []
    unproven = report.unproven
    if walk.anchors:
        anchor = walk.anchors[-1]
        proven.append(
            f"Elke regel sinds {_day(anchor)} (regel {anchor['id']}) is ondertekend. De sleutel wisselt "
            "bij elke sessie en elke dag, en de vorige wordt gewist: regels van een vroegere sessie kan "
            "niemand nog wijzigen of weglaten zonder dat deze controle het ziet, ook niet wie nu de "
            "sleutel heeft.")
    if fits and vault is not None and vault.head is not None:
        proven.append("Het logboek sluit aan bij wat deze computer het laatst schreef: er is geen "
                      "oudere kopie van de database teruggezet buiten het programma.")
    if report.records_checked:
        proven.append(f"Alle {report.records_checked} gegevens in de database zijn vergeleken met hun "
                      "vingerafdruk in het logboek.")
    if walk.legacy_until > 1:
        unproven.append(f"Regels 1 tot {walk.legacy_until} zijn van vóór de ondertekening: alleen de "
                        "hashketen beschermt ze; wie toen de databasesleutel had, kon ze herschrijven.")
    if len(walk.anchors) > 1:
        unproven.append(f"Het logboek begon {len(walk.anchors) - 1} keer opnieuw met nieuwe sleutels "
                        "(na het terugzetten van een reservekopie of met de herstelsleutel): wat vóór "
                        f"regel {walk.anchors[-1]['id']} staat, klopt op zichzelf, maar deze computer kan "
                        "niet meer bewijzen dat het niet vervangen werd.")
    if walk.anchors and walk.anchors[-1]["detail"]:
        unproven.append(f"Het huidige stuk van het logboek begon met: {walk.anchors[-1]['detail']}.")
    unproven.append("Wat in de lopende sessie geschreven werd, kan wie nu de sleutels heeft nog "
                    "herschrijven; een wijziging buiten het programma die ook in het logboek werd "
                    "bijgeschreven, staat er als een gewone wijziging.")
    if vault is not None and not vault.sealed:
        unproven.append("Er is geen opstartwachtwoord: elk programma dat onder jouw account draait, "
                        "kan de sleutels lezen en zo de lopende sessie herschrijven.")
    unproven.append("Wie de database én de sleutelbewaarplaats van deze computer samen terugzet naar "
                    "een vroegere toestand, valt niet op.")
