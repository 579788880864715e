"""Nothing readable on disk: names and note texts never appear in the data directory."""

from __future__ import annotations

from sqlalchemy import select

from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage import models as m


def _needles(store) -> set[bytes]:
    """Every pupil's full name, long surnames and every free text, as stored (UTF-8)."""
    found: set[str] = set()
    with store.transaction() as session:
        for first, last in session.execute(select(m.PupilRecord.first_name, m.PupilRecord.last_name)):
            found.add(f"{first} {last}")
            found.add(last)
        for column in (m.ObservationRecord.text, m.FactorRecord.text, m.EducationalNeedRecord.text,
                       m.FollowUpNoteRecord.text, m.GoalRecord.description, m.PlanRecord.approach,
                       m.SchoolRecord.name):
            found.update(session.scalars(select(column)))
    # Short strings would match encrypted bytes by chance; 6 bytes is ~1 in 2^48 per place.
    return {s.encode("utf-8") for s in found if len(s.encode("utf-8")) >= 6}


def _files(directory):
    return [p for p in directory.rglob("*") if p.is_file()]


def _hits(directory, needles) -> list[tuple[str, bytes]]:
    hits = []
    for path in _files(directory):
        data = path.read_bytes()
        hits += [(path.name, n) for n in needles if n in data]
    return hits


def test_data_directory_holds_no_plaintext(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=300, seed=11)
    needles = _needles(opened.store)
    assert len(needles) > 300

    # While the store is open, the WAL holds recent pages: it must be encrypted too.
    assert any(p.name.endswith("-wal") for p in _files(data_dir))
    assert _hits(data_dir, needles) == []
    opened.store.close()
    assert _hits(data_dir, needles) == []
    for path in _files(data_dir):
        assert not path.read_bytes().startswith(b"SQLite format 3")
