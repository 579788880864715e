"""The ``go-hgw`` entry itself: UTF-8 output everywhere, a fast --help, a Dutch keyring error.

Found by freezing the app (issue 17): on Windows, output redirected to a file is written in
the ANSI code page; ``--help`` loaded the whole storage stack; a mistyped
``PYTHON_KEYRING_BACKEND`` ended as "onverwachts" (exit 70).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.core

from go_hgw_desktop.cli import run

SUPPORT = Path(__file__).parent / "support"
NAME = "Nguyễn Thị Ánh"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUTF8", "PYTHONIOENCODING")}
    env.update({
        "PYTHON_KEYRING_BACKEND": "file_keyring.TestFileKeyring",
        "PYTHONPATH": str(SUPPORT),
        "GO_HGW_TEST_KEYRING": str(tmp_path / "keyring.json"),
        # What Windows does when the output is redirected: the ANSI code page, no ễ in it.
        "PYTHONIOENCODING": "cp1252",
    })
    env.update(extra)
    return env


def _go_hgw(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "go_hgw_desktop", *args], env=_env(tmp_path, **extra),
                          capture_output=True, timeout=120)


def test_output_and_errors_are_utf8_whatever_the_locale(tmp_path):
    folder = tmp_path / NAME
    shown = _go_hgw(tmp_path, "--data-dir", str(folder), "info")
    assert shown.returncode == 0, shown.stderr.decode("utf-8", "replace")
    assert f"Datamap:    {folder}".encode() in shown.stdout
    refused = _go_hgw(tmp_path, "--data-dir", str(folder), "check")
    assert refused.returncode == 3  # NoStoreError, not the exit 70 of an encoding crash
    assert f"Er is geen database in {folder}".encode() in refused.stderr


def test_help_version_and_bad_arguments_do_not_load_the_storage_stack(tmp_path):
    probe = (
        "import sys\n"
        "from go_hgw_desktop.__main__ import main\n"
        "for argv in (['--help'], ['--version'], ['check', '--nope']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit as stop:\n"
        "        print('exit', stop.code, file=sys.stderr)\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'sqlcipher3', 'go_hgw_desktop.services.workspace',\n"
        "                           'go_hgw_desktop.storage.models', 'PySide6.QtCore', 'keyring')\n"
        "               if m in sys.modules)\n"
        "print('LOADED', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), capture_output=True, timeout=60)
    err = done.stderr.decode("utf-8")
    assert "LOADED []" in err, err
    assert err.count("exit 0") == 2 and "exit 2" in err
    assert b"GO! HGW Desktop 0.1.0" in done.stdout and "zorgcontinuüm".encode() in done.stdout


def test_version_is_printed(tmp_path):
    done = _go_hgw(tmp_path, "--version")
    from go_hgw_desktop import __version__

    assert done.returncode == 0 and done.stdout.decode().strip() == f"GO! HGW Desktop {__version__}"


def test_a_keyring_backend_that_does_not_exist_is_a_dutch_error(data_dir, monkeypatch, capsys):
    for wrong in ("geen_module.Keyring", "keyring.backends.fail.GeenKlasse", "Keyring"):
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", wrong)
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # keyring loads it again
        code = run(["--data-dir", str(data_dir), "demo", "--pupils", "5"])
        _, err = capsys.readouterr()
        assert code == 1, err
        assert f"‘{wrong}’ uit de omgevingsvariabele PYTHON_KEYRING_BACKEND" in err
        assert "Verwijder" in err and "onverwachts" not in err
        assert not data_dir.exists()  # nothing made without a place for the key


def test_a_missing_keyring_backend_is_not_exit_70_in_a_real_process(tmp_path):
    done = _go_hgw(tmp_path, "--data-dir", str(tmp_path / "d"), "demo", "--pupils", "5",
                   PYTHON_KEYRING_BACKEND="geen_module.Keyring")
    assert done.returncode == 1
    assert "PYTHON_KEYRING_BACKEND" in done.stderr.decode("utf-8")
