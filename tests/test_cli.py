"""The go-hgw command line: Dutch output, exit codes, no tracebacks for user errors."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from go_hgw_desktop import paths
from go_hgw_desktop.cli import run

SUPPORT = Path(__file__).parent / "support"
RECOVERY = re.compile(r"\b([0-9A-F]{4}(?:-[0-9A-F]{4}){15})\b")


def test_demo_creates_store_shows_recovery_key_once_and_check_passes(cli):
    code, out, err = cli("demo", "--pupils", "40")
    assert code == 0, err
    assert out.count("HERSTELSLEUTEL") == 1 and len(RECOVERY.findall(out)) == 1
    assert "40 leerlingen" in out
    code, out, err = cli("check")
    assert code == 0, err
    assert "In orde" in out and "40 leerlingen" in out
    assert not RECOVERY.findall(out)  # never shown again


def test_demo_refuses_a_store_with_pupils(cli):
    assert cli("demo", "--pupils", "5")[0] == 0
    code, _out, err = cli("demo", "--pupils", "5")
    assert code != 0
    assert "bevat al leerlingen" in err and "Traceback" not in err


def test_init_twice_is_refused(cli):
    assert cli("init", "--school", "GO! Lyceum Ōmura")[0] == 0
    code, _, err = cli("init")
    assert code == 1 and "al een database" in err


def test_wrong_key_is_a_dutch_error_and_changes_nothing(cli, data_dir, key_store):
    assert cli("init")[0] == 0
    db_file = paths.database_path(data_dir)
    digest = hashlib.sha256(db_file.read_bytes()).hexdigest()
    for store_id in list(key_store._keys):
        key_store.save(store_id, os.urandom(32))
    code, _out, err = cli("check")
    assert code == 3
    assert "sleutel past niet" in err and "Traceback" not in err
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == digest


def test_recover_key_from_file(cli, data_dir, key_store, tmp_path):
    code, out, _ = cli("init")
    recovery = RECOVERY.findall(out)[0]
    key_store._keys.clear()  # a new laptop profile
    code, _, err = cli("check")
    assert code == 4 and "herstelsleutel" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("0000-" * 15 + "0000\n")
    code, _, err = cli("recover-key", "--from-file", str(wrong))
    assert code == 3 and "past niet" in err
    right = tmp_path / "key.txt"
    right.write_text(recovery + "\n")
    assert cli("recover-key", "--from-file", str(right))[0] == 0
    assert cli("check")[0] == 0


def test_unusable_keyring_is_refused_without_creating_anything(data_dir, capsys):
    from go_hgw_desktop.storage.keys import KeyringKeyStore

    code = run(["--data-dir", str(data_dir), "demo"], key_store_factory=KeyringKeyStore)
    _, err = capsys.readouterr()
    assert code == 1 and "geen veilige sleutelbewaarplaats" in err
    assert not data_dir.exists()


def test_bad_arguments_are_reported_in_dutch(cli):
    with pytest.raises(SystemExit) as raised:
        cli("demo", "--pupils", "veel")
    assert raised.value.code == 2


def test_unexpected_error_shows_no_traceback(cli, monkeypatch, capsys):
    import go_hgw_desktop.services.demo as demo

    def explode(*args, **kwargs):
        raise RuntimeError("Şeyma Yılmaz, 3A")  # a bug whose message carries data

    monkeypatch.setattr(demo, "fill_demo", explode)
    code, _out, err = cli("demo")
    assert code == 70
    assert "onverwachts" in err and "Traceback" not in err and "Şeyma" not in err


def _subprocess_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "PYTHON_KEYRING_BACKEND": "file_keyring.TestFileKeyring",
        "PYTHONPATH": str(SUPPORT),
        "GO_HGW_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "GO_HGW_DATA_DIR": str(tmp_path / "env-data"),
    })
    return env


def test_console_script_and_module_run_in_separate_processes(tmp_path):
    env = _subprocess_env(tmp_path)
    script = Path(sys.executable).with_name("go-hgw")
    demo = subprocess.run([str(script), "demo", "--pupils", "30"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "env-data" / "go-hgw.db").exists()  # GO_HGW_DATA_DIR honoured
    check = subprocess.run([sys.executable, "-m", "go_hgw_desktop", "check"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "In orde" in check.stdout
    version = subprocess.run([sys.executable, "-m", "go_hgw_desktop", "--version"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and "GO! HGW Desktop" in version.stdout
