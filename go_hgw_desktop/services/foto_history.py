"""What the school year's earlier foto exports published, kept in the store (labels only).

Every export of a schoolfoto (PDF, data file, the copy frozen with a MICRO-overleg) is
remembered as its pattern: which entries it published and hid, and which categories it
merged (``reports/history.py`` says why and what the next export does with it). Never a
count.

The history is per school year, except for the tables whose counts run on over 1 September
(``reports.schoolfoto.CARRIED_OVER``: running trajectories, CLB, leersteun, verslagen): for
those, the exports of the school years either side count as well. The last foto of June and
the first of September describe nearly the same trajectories; were September's computed
afresh, the two side by side would tell what each hides, as two exports of one year would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import FIRST_YEAR, LAST_YEAR, SchoolYear
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.reports.history import ExportHistory, pattern_of, pattern_of_data, restricted
from go_hgw_desktop.reports.schoolfoto import CARRIED_OVER, SchoolFoto
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.db import StoreOpenError, connect
from go_hgw_desktop.storage.store import Store


def _patterns(session: Session, year: SchoolYear) -> list[dict]:
    """The patterns of the exports of ``year`` and of the fotos frozen with its
    MICRO-overleggen (also those frozen before exports were remembered)."""
    patterns = [json.loads(text) for text in session.scalars(
        select(m.FotoExportRecord.pattern).where(m.FotoExportRecord.school_year == year)
        .order_by(m.FotoExportRecord.id))]
    for content in session.scalars(select(m.ConsultationFotoRecord.content)
                                   .where(m.ConsultationFotoRecord.school_year == year)):
        try:
            patterns.append(pattern_of_data(json.loads(content)))
        except (ValueError, KeyError, TypeError, IndexError):
            continue  # a damaged copy: the Overleg page says so when it is opened
    return patterns


def history_in(session: Session, year: SchoolYear) -> ExportHistory:
    """What the exports of ``year`` published, and what the exports of the school years
    before and after it published about the tables whose counts run on (``CARRIED_OVER``)."""
    neighbours = [restricted(pattern, CARRIED_OVER)
                  for other in (year.start_year - 1, year.start_year + 1) if FIRST_YEAR <= other <= LAST_YEAR
                  for pattern in _patterns(session, SchoolYear(other))]
    return ExportHistory.of(_patterns(session, year) + neighbours)


def export_history(store: Store, year: SchoolYear) -> ExportHistory:
    """What the exports of ``year`` published (see :func:`history_in`)."""
    with store.transaction() as session:
        return history_in(session, year)


def record_export_in(session: Session, foto: SchoolFoto, exported_on: date) -> None:
    """Remember what ``foto`` publishes, for the next export of its school year."""
    session.add(m.FotoExportRecord(
        school_year=SchoolYear.parse(foto.school_year), reference_date=foto.reference_date,
        threshold=foto.threshold, exported_on=exported_on,
        pattern=json.dumps(pattern_of(foto.tables), ensure_ascii=False, sort_keys=True),
    ))


def record_export(store: Store, foto: SchoolFoto, exported_on: date | None = None) -> None:
    """Remember a school's foto that leaves the store (a scholengroepfoto is not the school's)."""
    if foto.kind != "schoolfoto":
        return
    with store.transaction() as session:
        record_export_in(session, foto, exported_on or date.today())


def carry_over(store: Store, replaced: Path, keys: Iterable[bytes]) -> int:
    """After a restore: remember in ``store`` the exports that the store it replaced (moved to
    ``replaced``) remembered and the restored copy does not, the exports made after the backup;
    how many. ``keys`` are tried in turn on ``replaced`` (the key of the copy, the key the
    keyring held before the restore).

    What left the app is out there whatever was restored: without this, the next export
    would be computed afresh and, read beside the one made before the restore, tell what
    each hides. A replaced store that cannot be read (damaged, another key) gives nothing.
    """
    rows = _exports_in(replaced, keys)
    if not rows:
        return 0
    with store.transaction() as session:
        known = {(r.school_year.label, r.reference_date.isoformat(), r.threshold, r.exported_on.isoformat(),
                  r.pattern) for r in session.scalars(select(m.FotoExportRecord))}
        added = 0
        for row in rows:
            if row in known:
                continue
            try:
                year, reference, threshold, exported, pattern = (
                    SchoolYear.parse(row[0]), date.fromisoformat(row[1]), int(row[2]),
                    date.fromisoformat(row[3]), row[4])
                json.loads(pattern)
            except (ValueError, TypeError, ValidationError):
                continue  # not a row this version wrote: nothing to learn from it
            session.add(m.FotoExportRecord(school_year=year, reference_date=reference, threshold=threshold,
                                           exported_on=exported, pattern=pattern))
            known.add(row)
            added += 1
    return added


def _exports_in(path: Path, keys: Iterable[bytes]) -> list[tuple]:
    """The ``foto_export`` rows of the store file at ``path`` (as stored: texts and numbers), or
    none when no key opens it or it has no such table."""
    for key in keys:
        try:
            conn = connect(path, key)
        except StoreOpenError:
            continue
        try:
            return [tuple(row) for row in conn.execute(
                "SELECT school_year, reference_date, threshold, exported_on, pattern FROM foto_export "
                "ORDER BY id")]
        except sqlcipher.Error:
            return []
        finally:
            conn.close()
    return []
