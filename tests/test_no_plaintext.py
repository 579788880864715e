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


def test_a_whole_session_leaves_plaintext_only_where_it_is_meant_to_be(data_dir, key_store, tmp_path,
                                                                       monkeypatch):
    """Demo, an import, a cycle, every export, a backup and a purge; then the data directory,
    the temp directory and the logs are searched for every name and note in the store."""
    import logging
    import tempfile
    from datetime import date

    from classlists import rows, write_csv

    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services import backup, class_import, exports, pupils, retention, schoolfoto

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # what the app writes as temporary goes here
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    out = tmp_path / "exports"
    out.mkdir()
    try:
        store = open_workspace(data_dir, key_store).store
        fill_demo(store, pupils=150, seed=5, today=date(2026, 11, 25))
        source = write_csv(tmp_path / "klaslijst.csv", rows())
        read = class_import.read_class_list(store, source)
        class_import.apply_import(store, class_import.preview_import(store, read.table, read.mapping,
                                                                     SchoolYear(2026)), skip_unclear=True)
        year = SchoolYear(2026)
        foto = schoolfoto.schoolfoto(store, year, date(2026, 11, 25))
        exports.schoolfoto_pdf(store, foto, out / "foto.pdf")
        exports.schoolfoto_data(store, foto, out / "foto.json")
        someone = pupils.list_pupils(store, year)[0]
        exports.access_request(store, someone.id, out / "inzage.pdf", out / "inzage.json")
        backup.make_backup(store, out / "kopie.db")
        retention.purge(store, [leaver.pupil_id for leaver in retention.purge_plan(store).leavers])
        needles = _needles(store)
        school = schoolfoto.gather_facts(store, year, date(2026, 11, 25)).school.name.encode("utf-8")
        store.close()
    finally:
        logging.getLogger().removeHandler(handler)
    meant = {out / "inzage.pdf", out / "inzage.json"}  # the access request names its pupil, by design
    assert _hits(data_dir, needles) == []
    assert _hits(temp, needles) == []
    # A foto names its school (that is how the scholengroep tells them apart), never a pupil.
    assert [h for h in _hits(out, needles - {school}) if out / h[0] not in meant] == []
    log = "\n".join(records).encode("utf-8")
    assert [n for n in needles if n in log] == []
