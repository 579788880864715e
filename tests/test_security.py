"""Startup passphrase and key rotation: the key is rewrapped, the store re-encrypted safely."""

from __future__ import annotations

import pytest
from classlists import store_state
from test_services import add_pupil

from go_hgw_desktop.services import security
from go_hgw_desktop.services.workspace import (
    PassphraseRequiredError,
    WrongPassphraseError,
    open_workspace,
    recover_key,
)
from go_hgw_desktop.storage.store import read_store_info

PASS = "lange zin met spaties"


def test_a_passphrase_is_asked_at_every_opening_and_rewraps_only_the_key(data_dir, key_store):
    store = open_workspace(data_dir, key_store).store
    add_pupil(store)
    before = (data_dir / "go-hgw.db").read_bytes()
    security.set_passphrase(store, key_store, PASS)
    store.close()
    assert security.has_passphrase(data_dir, key_store)
    entry = key_store.load(read_store_info(data_dir).store_id)
    assert len(entry) > 32 and before[:4096] == (data_dir / "go-hgw.db").read_bytes()[:4096]
    with pytest.raises(PassphraseRequiredError):
        open_workspace(data_dir, key_store)
    with pytest.raises(WrongPassphraseError):
        open_workspace(data_dir, key_store, passphrase="verkeerd wachtwoord")
    store = open_workspace(data_dir, key_store, passphrase=PASS).store
    with pytest.raises(WrongPassphraseError):
        security.set_passphrase(store, key_store, "nog een andere zin", current="fout fout fout")
    security.set_passphrase(store, key_store, "nog een andere zin", current=PASS)
    security.remove_passphrase(store, key_store, current="nog een andere zin")
    store.close()
    open_workspace(data_dir, key_store).store.close()


def test_a_short_passphrase_is_refused(store, key_store):
    with pytest.raises(Exception, match="minstens 10 tekens"):
        security.set_passphrase(store, key_store, "kort")


def test_a_forgotten_passphrase_gives_way_to_the_recovery_key(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    security.set_passphrase(opened.store, key_store, PASS)
    opened.store.close()
    recover_key(data_dir, key_store, opened.recovery_key)
    open_workspace(data_dir, key_store).store.close()  # no passphrase any more


def test_key_rotation_reencrypts_and_the_old_recovery_key_no_longer_opens(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    store = opened.store
    add_pupil(store)
    state = store_state(store)
    old_file = (data_dir / "go-hgw.db").read_bytes()
    pending = security.prepare_rotation(store)
    assert (data_dir / "go-hgw.db.rekey").exists()
    store = security.complete_rotation(store, key_store, pending)
    assert store_state(store) == state
    assert (data_dir / "go-hgw.db").read_bytes()[:4096] != old_file[:4096]
    assert not list((data_dir / "backups").glob("voor-sleutelwissel-*"))
    store.close()
    with pytest.raises(Exception, match="past niet"):
        recover_key(data_dir, key_store, opened.recovery_key)
    recover_key(data_dir, key_store, pending.recovery_key)


def test_rotation_keeps_the_passphrase(data_dir, key_store):
    store = open_workspace(data_dir, key_store).store
    security.set_passphrase(store, key_store, PASS)
    store = security.complete_rotation(store, key_store, security.prepare_rotation(store), PASS)
    store.close()
    with pytest.raises(PassphraseRequiredError):
        open_workspace(data_dir, key_store)
    open_workspace(data_dir, key_store, passphrase=PASS).store.close()


class Cut(Exception):
    """The power goes."""


@pytest.mark.parametrize("cut_at", [0, 1, 2, 3, 4])
def test_a_rotation_cut_off_anywhere_leaves_a_store_that_opens(data_dir, key_store, monkeypatch, cut_at):
    """The rotation is interrupted before its n-th file or keyring step; the next opening repairs."""
    from go_hgw_desktop.storage import rekey

    store = open_workspace(data_dir, key_store).store
    add_pupil(store)
    state = store_state(store)
    pending = security.prepare_rotation(store)
    steps = {"n": 0}

    def counted(real):
        def step(*args):
            if steps["n"] == cut_at:
                raise Cut()
            steps["n"] += 1
            return real(*args)
        return step

    monkeypatch.setattr(rekey.os, "replace", counted(rekey.os.replace))
    monkeypatch.setattr(key_store, "save", counted(key_store.save))
    try:
        security.complete_rotation(store, key_store, pending).close()
    except Cut:
        store.close()
    monkeypatch.undo()
    reopened = open_workspace(data_dir, key_store).store
    assert store_state(reopened) == state
    reopened.close()


def test_cli_passphrase_and_rotate_key(cli, data_dir, key_store, monkeypatch):
    cli("init")
    monkeypatch.setenv("GO_HGW_NEW_PASSPHRASE", PASS)
    code, out, err = cli("passphrase")
    assert code == 0 and "ingesteld" in out, err
    monkeypatch.delenv("GO_HGW_NEW_PASSPHRASE")
    code, _, err = cli("check")
    assert code == 4 and "opstartwachtwoord" in err
    monkeypatch.setenv("GO_HGW_PASSPHRASE", PASS)
    code, out, err = cli("rotate-key")
    assert code == 0 and "NIEUWE HERSTELSLEUTEL" in out, err
    assert cli("check")[0] == 0
    code, out, _ = cli("passphrase", "--remove")
    assert code == 0 and "verwijderd" in out
    monkeypatch.delenv("GO_HGW_PASSPHRASE")
    assert cli("check")[0] == 0


def test_init_offers_the_passphrase_and_never_forces_it(cli, data_dir, key_store):
    from go_hgw_desktop.services import security

    code, out, _ = cli("init")
    assert code == 0 and "domeinbeheerder" in out and "go-hgw passphrase" in out
    assert not security.has_passphrase(data_dir, key_store)  # offered, never forced


def test_init_with_passphrase_sets_it_before_anything_else(tmp_path, key_store, monkeypatch):
    from go_hgw_desktop.cli import run
    from go_hgw_desktop.services import security

    target = tmp_path / "nieuw"
    monkeypatch.setenv("GO_HGW_NEW_PASSPHRASE", "kort")
    assert run(["--data-dir", str(target), "init", "--passphrase"], key_store_factory=lambda: key_store) == 1
    assert not target.exists()  # a passphrase too short is refused before the store is made
    monkeypatch.setenv("GO_HGW_NEW_PASSPHRASE", "een lange zin voor de laptop")
    assert run(["--data-dir", str(target), "init", "--passphrase"], key_store_factory=lambda: key_store) == 0
    assert security.has_passphrase(target, key_store)
