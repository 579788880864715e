"""The production key store: refuses unsafe keyring backends, and works on a real one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked

from go_hgw_desktop.storage.keys import KeyringKeyStore, KeyStoreUnavailableError


class _DictBackend(KeyringBackend):
    priority = 1

    def __init__(self):
        self.entries = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


class _LockedBackend(_DictBackend):
    def get_password(self, service, username):
        raise KeyringLocked("Şeyma's keyring is locked")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_unusable_backends_are_refused(backend):
    with pytest.raises(KeyStoreUnavailableError) as raised:
        KeyringKeyStore(backend)
    assert "sleutelbewaarplaats" in raised.value.message


def test_plaintext_file_backend_is_refused():
    plaintext = type("PlaintextKeyring", (_DictBackend,), {"__module__": "keyrings.alt.file"})
    with pytest.raises(KeyStoreUnavailableError):
        KeyringKeyStore(plaintext())


def test_round_trip_stores_hex_under_the_app_service():
    backend = _DictBackend()
    store = KeyringKeyStore(backend)
    key = os.urandom(32)
    store.save("abc", key)
    assert backend.entries == {("GO! HGW Desktop", "database-abc"): key.hex()}
    assert store.load("abc") == key
    store.delete("abc")
    assert store.load("abc") is None
    store.delete("abc")  # deleting twice is harmless


def test_damaged_entry_reads_as_missing():
    backend = _DictBackend()
    backend.entries[("GO! HGW Desktop", "database-abc")] = "not hex"
    assert KeyringKeyStore(backend).load("abc") is None


def test_backend_errors_become_a_dutch_error_without_their_text():
    with pytest.raises(KeyStoreUnavailableError) as raised:
        KeyringKeyStore(_LockedBackend()).load("abc")
    assert "KeyringLocked" in raised.value.message
    assert "Şeyma" not in str(raised.value)


def test_windows_credentials_persist_per_machine():
    windows = type("WinVaultKeyring", (_DictBackend,), {"__module__": "keyring.backends.Windows"})
    backend = windows()
    KeyringKeyStore(backend)
    assert backend.persist == "local machine"


# ------------------------------------------------------------------ real Secret Service

_SCENARIO = textwrap.dedent("""
    import os, subprocess, sys
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"test-password", capture_output=True, timeout=20)
    for line in daemon.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name:
            os.environ[name] = value
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    from go_hgw_desktop.cli import run
    from go_hgw_desktop.services.workspace import production_key_store
    data = sys.argv[1]
    try:
        store = production_key_store()
    except Exception as error:
        print("SKIP:", error)
        sys.exit(0)
    assert run(["--data-dir", data, "init", "--school", "GO! Secret Service"]) == 0
    assert run(["--data-dir", data, "check"]) == 0       # key read back from the keyring
    assert run(["--data-dir", data, "info"]) == 0
    print("OK")
""")


def test_production_key_path_against_a_real_secret_service(tmp_path):
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"Secret Service test needs {', '.join(missing)} (installed by .ci/run)")
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    (home / "run").chmod(0o700)
    env = dict(os.environ)
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "share"),
                "XDG_RUNTIME_DIR": str(home / "run"), "XDG_CONFIG_HOME": str(home / "config")})
    env.pop("PYTHON_KEYRING_BACKEND", None)
    data = tmp_path / "data"
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", _SCENARIO, str(data)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    if "SKIP:" in result.stdout:
        pytest.skip("Secret Service did not start: " + result.stdout.split("SKIP:", 1)[1].strip())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout and "HERSTELSLEUTEL" in result.stdout
    # The key is in the keyring, not on disk: nothing in the data dir holds it.
    recovery = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 15)
    key_hex = recovery.replace("-", "")
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert key_hex.encode() not in blob and key_hex.lower().encode() not in blob
            assert bytes.fromhex(key_hex) not in blob
