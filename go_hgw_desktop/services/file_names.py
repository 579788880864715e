"""The names the app suggests for files it writes."""

from __future__ import annotations

from datetime import date

from go_hgw_desktop.domain.text import file_name
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.storage.store import Store


def suggested_file_name(store: Store, what: str, day: date, *, code: str = "", suffix: str) -> str:
    """A save dialog's suggestion: the school, what the file is, a pupil's code (never a
    name: file names end up in the recent-files lists of the operating system and survive
    a purge) and the date, e.g. ``GO-Atheneum-Brugge plan LL-7K2P9Q 2026-11-25.pdf``."""
    with store.transaction() as session:
        school = school_in(session).name
    return file_name(school, what, code, day.isoformat(), suffix=suffix)
