"""Every print and export of store data leaves through here.

One enforcement point for the promise that a vertrouwelijk item never leaves the store:
before anything is written, the content is searched for every item marked vertrouwelijk
(any run of six consecutive words of it, or the whole of a short one, folded by
``domain/screening.py`` so case, accents, invisible characters and look-alike letters do
not hide it); if one is found nothing is written and the user gets a Dutch message. A
schoolfoto is also refused when its points or agreements name a pupil or a pupil code.
The builders (schoolfoto, pupil plan) already leave those items out; this check is the
net under them, independent of how each builder does it. Every export is then recorded
in the audit trail. The access request export is the one deliberate exception: it holds
everything about one pupil, vertrouwelijke items marked as such.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Enum, String, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain import screening
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.schoolfoto import SchoolFoto
from go_hgw_desktop.services import audit_trail, foto_history
from go_hgw_desktop.storage import audit
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store


class ConfidentialInExport(UserError):
    def __init__(self, found: str = "") -> None:
        super().__init__(
            "Dit bestand zou tekst bevatten die als vertrouwelijk gemarkeerd is; er is niets bewaard.",
            (f"Herschrijf deze tekst: ‘{found}’. " if found else "")
            + "Een vertrouwelijke tekst staat dan ook ergens zonder die markering (een doel, een "
            "afspraak, de punten voor de foto …): pas die plek aan, of vraag hulp. Vertrouwelijke "
            "gegevens verlaten de database nooit.")


def _is_free_text(column) -> bool:
    """Text and plain String columns hold what a person typed; a vocabulary (Enum, itself a
    String) holds codes that every export prints as labels."""
    return isinstance(column.type, String) and not isinstance(column.type, Enum)


def _confidential_columns() -> list[tuple[type, list, Any]]:
    """(record, free-text columns, flag column) for every ``confidential`` / ``<field>_confidential``."""
    found = []
    for mapper in m.Base.registry.mappers:
        table = mapper.local_table
        for column in table.columns:
            if column.name == "confidential":
                texts = [c for c in table.columns if _is_free_text(c)]
                found.append((mapper.class_, texts, column))
            elif column.name.endswith("_confidential"):
                text = table.columns[column.name.removesuffix("_confidential")]
                found.append((mapper.class_, [text], column))
    return found


def confidential_texts(session: Session, *, cleared: bool = True) -> screening.Secrets:
    """What of every item marked vertrouwelijk must not leave: each run of six consecutive
    words and each whole short text or line (folded: case, accents, invisible characters and
    look-alike letters do not matter), except what an item not marked vertrouwelijk also
    holds (a plan copied from the last cycle): printing that gives nothing away.
    ``cleared=False`` skips that exception: a superset, cheap to build."""
    secrets = screening.Secrets()
    columns = _confidential_columns()
    for marked in (True, False) if cleared else (True,):
        for _record, texts, flag in columns:
            if not secrets and not marked:
                return secrets  # nothing (left) to look for
            for row in session.execute(select(*texts).where(flag.is_(marked))):
                for text in row:
                    if text:
                        (secrets.add if marked else secrets.clear)(text)
    return secrets


def _strings(value: Any) -> list[str]:
    """Every text inside an export's content (dicts, lists, dataclasses), as written."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple | set):
        return [s for v in value for s in _strings(v)]
    return []


def guard(store: Store, content: Any) -> None:
    """Refuse ``content`` (an export's data) when any of its texts holds a vertrouwelijk text,
    however it is written: one sentence of it, in capitals, with invisible characters."""
    texts = list(dict.fromkeys(_strings(content)))
    with store.transaction() as session:
        # Reading every unmarked text to clear what it also holds is the costly part; clearing
        # only removes secrets, so it is needed only when the marked texts alone find something.
        secrets = confidential_texts(session, cleared=False)
        if not any(secrets.found_in(text) for text in texts):
            return
        secrets = confidential_texts(session)
    for text in texts:
        found = secrets.found_in(text)
        if found:
            # The words as they stand in the export (folded): what the user typed there.
            raise ConfidentialInExport(found[0])


def _anonymous(store: Store, foto: SchoolFoto) -> None:
    """A schoolfoto never names a pupil: refused, as on the command line, without a way around."""
    from go_hgw_desktop.services.schoolfoto import refuse_pupils_named

    refuse_pupils_named(store, foto)


def _record(store: Store, action: str, what: str, path: Path, pupil_id: int | None = None) -> None:
    # A pupil's file name may hold their name: the trail must not (it outlives a purge).
    detail = path.suffix[1:].upper() + ("" if pupil_id is not None else f" {path.name}")
    audit_trail.record(store, action, what, pupil_id=pupil_id, detail=detail)


def schoolfoto_pdf(store: Store, foto: SchoolFoto, path: Path, today: date | None = None) -> Path:
    """The printed schoolfoto (aggregates only), checked and logged; a school's foto shows the
    fingerprint of the key that signs its data file on the cover. What it hid is remembered
    for the school year's next export."""
    from go_hgw_desktop.reports.data_file import foto_to_dict
    from go_hgw_desktop.reports.foto_pdf import write_foto_pdf
    from go_hgw_desktop.services import school_keys

    _anonymous(store, foto)
    guard(store, foto_to_dict(foto))
    key = school_keys.own_fingerprint(store) if foto.kind == "schoolfoto" else None
    write_foto_pdf(foto, path, key_fingerprint=key)
    _record(store, audit.EXPORTED, foto.kind, path)
    foto_history.record_export(store, foto, today)
    return path


def schoolfoto_data(store: Store, foto: SchoolFoto, path: Path, today: date | None = None) -> Path:
    """The data file the school sends to its scholengroep, checked, signed with the school's
    key (a school's foto) and logged; what it hid is remembered for the school year's next
    export."""
    from go_hgw_desktop.reports.data_file import foto_to_dict, write_data_file
    from go_hgw_desktop.services import school_keys
    from go_hgw_desktop.services.schoolfoto import refuse_invalid_number

    _anonymous(store, foto)
    refuse_invalid_number(foto)
    guard(store, foto_to_dict(foto))
    seed = school_keys.signing_seed(store) if foto.kind == "schoolfoto" else None
    write_data_file(foto, path, seed)
    _record(store, audit.EXPORTED, foto.kind, path)
    foto_history.record_export(store, foto, today)
    return path


def pupil_plan_pdf(store: Store, cycle_id: int, path: Path, today: date | None = None):
    """The printed plan of a pupil's cycle, for the talk with parents; returns its content."""
    from go_hgw_desktop.reports.pupil_plan import write_pupil_plan_pdf
    from go_hgw_desktop.services.pupil_plan import plan_owner, printable_plan

    content = printable_plan(store, cycle_id, today)
    guard(store, asdict(content))
    write_pupil_plan_pdf(content, path)
    _record(store, audit.PRINTED, "pupil_plan", path, plan_owner(store, cycle_id))
    return content


def access_request(store: Store, pupil_id: int, pdf: Path, data: Path | None = None):
    """Everything about one pupil for an access request: the deliberate exception to the
    guard above (vertrouwelijke items are in it, marked), and logged like every export."""
    from go_hgw_desktop.reports.access_pdf import write_access_pdf
    from go_hgw_desktop.services.access_request import dossier, write_dossier_json

    content = dossier(store, pupil_id)
    write_access_pdf(content, pdf)
    _record(store, audit.EXPORTED, "access_export", pdf, pupil_id)
    if data is not None:
        write_dossier_json(content, data)
        _record(store, audit.EXPORTED, "access_export", data, pupil_id)
    return content


# ------------------------------------------------------------------ meeting documents


def groepsplan_pdf(store: Store, group_id: int, path: Path, today: date | None = None):
    """The class's groepsoverzicht and its groepsplannen on paper, checked and logged; returns
    its content."""
    from go_hgw_desktop.reports.groepsplan import write_groepsplan_pdf
    from go_hgw_desktop.services.groepsplan import printable_groepsplan

    content = printable_groepsplan(store, group_id, today)
    guard(store, asdict(content))
    write_groepsplan_pdf(content, path)
    _record(store, audit.PRINTED, "groepsplan", path)
    return content


def verslag_pdf(store: Store, consultation_id: int, path: Path, today: date | None = None):
    """The verslag of one consultation, checked and logged; a MICRO- or MACRO-overleg's is
    refused when its decisions or agreements name a pupil. Returns its content."""
    from go_hgw_desktop.reports.verslag import write_verslag_pdf
    from go_hgw_desktop.services.verslag import printable_verslag, refuse_pupils_named

    content = printable_verslag(store, consultation_id, today)
    if not content.kind.is_about_pupils:
        refuse_pupils_named(store, content)
    guard(store, asdict(content))
    write_verslag_pdf(content, path)
    _record(store, audit.PRINTED, "overleg_verslag", path)
    return content


def bespreking_pdf(store: Store, group_id: int, path: Path, today: date | None = None):
    """The preparation sheet for a leerlingenbespreking or klassenraad of one class, checked
    and logged; returns its content."""
    from go_hgw_desktop.reports.bespreking import write_bespreking_pdf
    from go_hgw_desktop.services.bespreking import printable_bespreking

    content = printable_bespreking(store, group_id, today)
    guard(store, asdict(content))
    write_bespreking_pdf(content, path)
    _record(store, audit.PRINTED, "bespreking", path)
    return content


# ------------------------------------------------------------------ aanmeldingsdossier (issue 16)


def request_pack_pdf(store: Store, kind: str, request_id: int, path: Path, today: date | None = None):
    """The aanmeldingsdossier for a CLB request (``kind`` "clb") or a leersteun request
    ("leersteun"): checked, written and logged for the pupil. Returns its content."""
    from go_hgw_desktop.reports.request_pack import write_request_pack_pdf
    from go_hgw_desktop.services.request_pack import pack_owner, printable_pack

    content = printable_pack(store, kind, request_id, today)
    guard(store, asdict(content))
    write_request_pack_pdf(content, path)
    _record(store, audit.PRINTED, "request_pack", path, pack_owner(store, kind, request_id))
    return content


# ------------------------------------------------------------------ overdracht to another school


def transfer_out(store: Store, pupil_id: int, pdf: Path, sealed: Path, today: date | None = None):
    """The overdracht to another school: what may go (the parents' step recorded first), checked
    by the guard, as a PDF for reading and as a transfer file sealed with a new one-time code;
    both logged. Returns (content, code): the code is shown once and never stored."""
    from go_hgw_desktop import files
    from go_hgw_desktop.reports.transfer_file import new_code, seal
    from go_hgw_desktop.reports.transfer_pdf import write_transfer_pdf
    from go_hgw_desktop.services import transfers

    today = today or date.today()
    content = transfers.transferable(store, pupil_id, today)
    guard(store, content)
    code = new_code()
    data = seal(content, code)  # sealed before anything is written: a failure leaves no file
    write_transfer_pdf(content, pdf, today)
    _record(store, audit.EXPORTED, "transfer", pdf, pupil_id)
    files.write_bytes(sealed, data)
    _record(store, audit.EXPORTED, "transfer", sealed, pupil_id)
    transfers.mark_sent(store, pupil_id, today)
    return content, code


# ------------------------------------------------------------------ klasfiche (issue 15)


def klasfiche(store: Store, book, pdf: Path | None = None, xlsx: Path | None = None) -> None:
    """The klasfiches for the teachers (names pupils; nothing vertrouwelijk), as PDF and/or
    .xlsx, checked and logged. Both are checked before either is written."""
    from go_hgw_desktop.reports.klasfiche import write_klasfiche_pdf, write_klasfiche_xlsx

    guard(store, asdict(book))
    if pdf is not None:
        write_klasfiche_pdf(book, pdf)
        _record(store, audit.PRINTED, "klasfiche", pdf)
    if xlsx is not None:
        write_klasfiche_xlsx(book, xlsx)
        _record(store, audit.EXPORTED, "klasfiche", xlsx)
# ------------------------------------------------------------------ overdracht to next year


def overdracht_pdf(store: Store, group_id: int, path: Path, today: date | None = None):
    """The overdrachtsfiche of a class for next year's teacher, checked and logged; returns its
    content."""
    from go_hgw_desktop.reports.overdracht import write_overdracht_pdf
    from go_hgw_desktop.services.overdracht import printable_overdracht

    content = printable_overdracht(store, group_id, today)
    guard(store, asdict(content))
    write_overdracht_pdf(content, path)
    _record(store, audit.PRINTED, "overdrachtsfiche", path)
    return content
