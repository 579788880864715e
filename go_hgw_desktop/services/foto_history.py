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
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import FIRST_YEAR, LAST_YEAR, SchoolYear
from go_hgw_desktop.reports.history import ExportHistory, pattern_of, pattern_of_data, restricted
from go_hgw_desktop.reports.schoolfoto import CARRIED_OVER, SchoolFoto
from go_hgw_desktop.storage import models as m
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
