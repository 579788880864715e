"""The app's own copies in backups/ expire, and a purge takes the copies that still hold the
purged pupils with it (after the same confirmation)."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

from test_services import add_group, add_pupil

from go_hgw_desktop.services import backup, pupils
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage.backup import make_verified_copy


def _copy(store, name: str, key: bytes | None = None):
    return make_verified_copy(store.engine, key or store.key, store.path.parent / "backups" / name)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S")


def test_only_the_three_newest_copies_younger_than_90_days_are_kept(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    folder = data_dir / "backups"
    folder.mkdir()
    now = datetime.now()
    ages = [1, 2, 3, 4, 100]  # days
    for age in ages:
        (folder / f"voor-update-0003-{_stamp(now - timedelta(days=age))}.db").write_bytes(b"x")
    old_restore = folder / f"voor-herstel-{_stamp(now - timedelta(days=95))}.db"
    old_restore.write_bytes(b"x")
    opened.store.close()
    open_workspace(data_dir, key_store).store.close()  # the retention runs when the store opens
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted(f"voor-update-0003-{_stamp(now - timedelta(days=age))}.db" for age in (1, 2, 3))
    assert [c.made.date() for c in backup.app_copies(data_dir)] == [
        (now - timedelta(days=age)).date() for age in (1, 2, 3)]


def _school_with_a_leaver(data_dir, key_store):
    store = open_workspace(data_dir, key_store).store
    group = add_group(store)
    stayer = add_pupil(store, first="Blijft", group=group)
    before = _copy(store, f"voor-update-0002-{_stamp(datetime.now() - timedelta(days=3))}.db")
    leaver = add_pupil(store, first="Vertrekt", last="Oud", group=group)
    pupils.mark_left(store, leaver.id, date(2025, 6, 30))
    holding = _copy(store, f"voor-update-0003-{_stamp(datetime.now() - timedelta(days=2))}.db")
    other_key = _copy(store, f"voor-herstel-{_stamp(datetime.now() - timedelta(days=1))}.db", os.urandom(32))
    code = pupils.get_pupil(store, leaver.id).code
    return store, stayer, code, before, holding, other_key


def test_a_purge_lists_and_removes_the_copies_that_hold_the_pupil(cli, data_dir, key_store):
    store, _stayer, code, before, holding, other_key = _school_with_a_leaver(data_dir, key_store)
    held = backup.copies_holding(store, [code])
    assert [(c.path, c.certain) for c in held] == [(other_key, False), (holding, True)]
    store.close()
    result, out, err = cli("purge", "--dry-run")
    assert result == 0, err
    assert f"backups/{holding.name}" in out and "bevat hen nog" in out
    assert f"backups/{other_key.name}" in out and "oudere sleutel" in out
    assert before.name not in out and holding.exists()
    result, out, err = cli("purge", "--yes")
    assert result == 0 and "2 reservekopie(ën) in de map ‘backups’ verwijderd" in out, err
    assert before.exists() and not holding.exists() and not other_key.exists()


def test_the_privacy_page_purge_names_the_copies_and_removes_them(qtbot, data_dir, key_store, tmp_path):
    from test_gui_privacy import Person, _privacy

    store, _stayer, _code, before, holding, other_key = _school_with_a_leaver(data_dir, key_store)
    store.close()
    person = Person(tmp_path)
    _window, main, privacy = _privacy(qtbot, data_dir, key_store, person)
    assert privacy.purge() >= 1
    question = person.questions[0]
    assert holding.name in question and other_key.name in question and before.name not in question
    assert before.exists() and not holding.exists() and not other_key.exists()
    main.close_store()


def test_copies_are_not_touched_when_the_purge_is_not_confirmed(cli, data_dir, key_store):
    store, _stayer, _code, _before, holding, _other = _school_with_a_leaver(data_dir, key_store)
    store.close()
    result, _out, err = cli("purge")  # no terminal, no --yes: refused before anything happens
    assert result == 1 and "bevestiging" in err
    assert holding.exists()
