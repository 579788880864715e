"""``go-hgw selftest`` and ``--quit-when-ready``: the checks a frozen bundle runs on itself.

From the source tree every check but the keyring's passes (the tests have no Secret Service;
.ci/run runs the self-test of the installed package inside one). Each check is also shown to
fail, in Dutch, when its part is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring import backend
from keyring.backends import fail

from go_hgw_desktop import paths, selftest
from go_hgw_desktop.storage.migrate import KNOWN_REVISIONS

SUPPORT = Path(__file__).parent / "support"


def _results() -> dict[str, selftest.Result]:
    return {r.name: r for r in selftest.run_checks()}


def test_every_check_but_the_keyring_passes_from_source(qapp):
    results = _results()
    assert set(results) == {name for name, _, _ in selftest.CHECKS}
    failed = {name: r.detail for name, r in results.items() if not r.ok and name != "sleutelbewaarplaats"}
    assert failed == {}
    assert "0001–" in results["database"].detail and "SQLCipher" in results["database"].detail


def test_the_shipped_migrations_are_the_known_revisions():
    assert selftest.shipped_revisions() == KNOWN_REVISIONS


def test_a_missing_migration_or_icon_is_reported(tmp_path, monkeypatch, qapp):
    root = tmp_path / "bundle"
    shutil.copytree(paths.install_root() / "resources", root / "resources")
    shutil.copytree(paths.migrations_dir(), root / "migrations")
    last = sorted((root / "migrations" / "versions").glob("*.py"))[-1]
    last.unlink()
    (root / "resources" / "icons" / "groepen.svg").write_text("<svg", encoding="utf-8")
    monkeypatch.setattr(paths, "install_root", lambda: root)
    results = _results()
    assert not results["database"].ok and KNOWN_REVISIONS[-1] in results["database"].detail
    assert not results["pictogrammen"].ok and "groepen.svg" in results["pictogrammen"].detail
    assert results["lettertypen"].ok


def test_missing_translations_and_fonts_are_reported(tmp_path, monkeypatch, qapp):
    root = tmp_path / "bundle"
    shutil.copytree(paths.install_root() / "resources", root / "resources",
                    ignore=shutil.ignore_patterns("*.qm", "DejaVuSans-Bold.ttf"))
    monkeypatch.setattr(paths, "install_root", lambda: root)
    results = _results()
    dutch = results["Qt in het Nederlands"]
    assert not dutch.ok and "qt_aanvulling" in dutch.detail
    assert not results["lettertypen"].ok and "DejaVuSans-Bold.ttf" in results["lettertypen"].detail


class SecretService(fail.Keyring):
    """Stands in for the Secret Service backend: only its name matters to the check."""

    priority = 5


SecretService.__module__ = "keyring.backends.SecretService"
SecretService.__name__ = SecretService.__qualname__ = "Keyring"


def test_keyring_check_ignores_python_keyring_backend(monkeypatch):
    monkeypatch.setattr(selftest, "PLATFORM_BACKENDS", ("keyring.backends.SecretService.Keyring",))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    # Only the refused fallback is found (a bundle without the service, or without metadata).
    monkeypatch.setattr(backend, "get_all_keyring", lambda: [fail.Keyring()])
    with pytest.raises(selftest.CheckFailed, match="antwoordt niet"):
        selftest._keyring()
    monkeypatch.setattr(backend, "get_all_keyring", lambda: [fail.Keyring(), SecretService()])
    assert selftest._keyring() == "zonder PYTHON_KEYRING_BACKEND: keyring.backends.SecretService.Keyring"


def test_keyring_check_fails_without_entry_points(monkeypatch):
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points", lambda **_: ())
    with pytest.raises(selftest.CheckFailed, match="metadata ontbreekt"):
        selftest._keyring()


def test_selftest_command_is_hidden_and_reports_each_check(monkeypatch, capsys):
    from go_hgw_desktop.cli import run

    with pytest.raises(SystemExit):
        run(["--help"])
    shown = capsys.readouterr().out
    assert "opdrachten" in shown and "selftest" not in shown and "quit" not in shown
    monkeypatch.setattr(selftest, "run_checks", lambda: [
        selftest.Result("lettertypen", True, "DejaVu"), selftest.Result("database", False, "geen SQLCipher")])
    assert run(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "in orde  lettertypen: DejaVu" in out and "FOUT     database: geen SQLCipher" in out
    assert "1 van de 2 controles mislukt" in out


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PYTHON_KEYRING_BACKEND": "file_keyring.TestFileKeyring", "PYTHONPATH": str(SUPPORT),
                "GO_HGW_TEST_KEYRING": str(tmp_path / "keyring.json"),
                "GO_HGW_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"})
    return env


def _go_hgw(env, *args):
    return subprocess.run([sys.executable, "-m", "go_hgw_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_quit_when_ready_leaves_once_the_window_is_populated(tmp_path):
    env = _env(tmp_path)
    assert _go_hgw(env, "demo", "--pupils", "20").returncode == 0
    started = _go_hgw(env, "--quit-when-ready")
    assert started.returncode == 0, started.stderr
    assert "in orde: hoofdvenster met" in started.stdout and started.stdout.startswith("READY ")
