"""Where the database key lives: the OS keyring, behind a small key-store interface.

The key is 32 random bytes used as a *raw* SQLCipher key (no passphrase derivation on
every connection). The recovery key is the same 32 bytes written as 64 hexadecimal
digits in groups of four; with the dashes removed it is exactly what a standard
SQLCipher 4 shell needs: ``PRAGMA key = "x'<64 hex digits>'";``.

The key is never logged and never written to disk by this module; production code
refuses keyring backends that would store it in plain text or not at all.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from typing import Protocol

from go_hgw_desktop.errors import UserError

KEY_BYTES = 32
SERVICE_NAME = "GO! HGW Desktop"
_HEX_ONLY = re.compile(r"[^0-9A-Fa-f]")

# Backends that "work" but keep the key in a plain file or nowhere at all.
REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
}


class KeyStoreUnavailableError(UserError):
    """No safe place for the database key (no usable OS keyring)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Er is geen veilige sleutelbewaarplaats beschikbaar op deze computer"
            + (f" ({detail})" if detail else "")
            + ". De versleutelde database kan zonder sleutel niet open.",
            "Op Windows gebruikt het programma Windows Referentiebeheer, op macOS de "
            "Sleutelhanger, op Linux GNOME Keyring of KWallet. Meld je aan met je eigen "
            "account en probeer opnieuw, of vraag je ICT-verantwoordelijke om hulp.",
        )


class RecoveryKeyFormatError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "Dat is geen geldige herstelsleutel.",
            "Een herstelsleutel bestaat uit 64 tekens (cijfers 0-9 en letters A-F), "
            "meestal in 16 groepjes van 4. Streepjes en spaties mag je weglaten.",
        )


# A startup passphrase wraps the database key; the keyring then holds this blob instead of
# the key: magic | opslimit | memlimit | salt | nonce + ciphertext (PyNaCl secretbox).
WRAP_MAGIC = b"GOHGW-W1"
# Format 2 also holds the trail's keys and head and the school's signing key (storage/vault.py).
ENTRY_MAGIC = b"GOHGW-E2"
PASSPHRASE_MIN = 10


class PassphraseRequiredError(UserError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__("Deze database is beveiligd met een opstartwachtwoord.",
                         "Geef het wachtwoord (in het programma, of met GO_HGW_PASSPHRASE voor scripts).")


class WrongPassphraseError(UserError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("Dat wachtwoord is niet juist.",
                         "Let op hoofdletters en spaties. Vergeten? Gebruik je herstelsleutel "
                         "(‘Herstelsleutel invoeren’ of go-hgw recover-key); daarna is het wachtwoord weg.")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < PASSPHRASE_MIN:
        raise UserError(f"Kies een wachtwoord van minstens {PASSPHRASE_MIN} tekens.",
                        "Een zin van een paar woorden is sterk en makkelijk te onthouden.")


def derive_kek(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """The key-encryption key for ``passphrase`` (Argon2id, memory-hard)."""
    from nacl import pwhash

    return pwhash.argon2id.kdf(32, passphrase.encode("utf-8"), salt, opslimit=opslimit, memlimit=memlimit)


def wrap_key(key: bytes, passphrase: str) -> bytes:
    """The key sealed with a key derived from ``passphrase`` (Argon2id, memory-hard)."""
    import nacl.utils
    from nacl import pwhash, secret

    check_passphrase(passphrase)
    opslimit, memlimit = pwhash.argon2id.OPSLIMIT_MODERATE, pwhash.argon2id.MEMLIMIT_INTERACTIVE
    salt = nacl.utils.random(pwhash.argon2id.SALTBYTES)
    sealed = secret.SecretBox(derive_kek(passphrase, salt, opslimit, memlimit)).encrypt(bytes(key))
    return WRAP_MAGIC + opslimit.to_bytes(4, "big") + memlimit.to_bytes(4, "big") + salt + bytes(sealed)


def is_wrapped(blob: bytes | None) -> bool:
    """Does this keyring entry need the startup passphrase?"""
    if not blob:
        return False
    if blob.startswith(ENTRY_MAGIC):
        return len(blob) > len(ENTRY_MAGIC) and bool(blob[len(ENTRY_MAGIC)] & 1)
    return blob.startswith(WRAP_MAGIC)


def unwrap_key(blob: bytes, passphrase: str) -> bytes:
    from nacl import exceptions, pwhash, secret

    body = blob[len(WRAP_MAGIC):]
    opslimit, memlimit = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
    salt, sealed = body[8:8 + pwhash.argon2id.SALTBYTES], body[8 + pwhash.argon2id.SALTBYTES:]
    try:
        return secret.SecretBox(derive_kek(passphrase, salt, opslimit, memlimit)).decrypt(sealed)
    except exceptions.CryptoError:
        raise WrongPassphraseError() from None


def key_from_entry(entry: bytes, passphrase: str | None) -> bytes:
    """The database key a keyring entry holds: the entry itself, or unsealed with the startup
    passphrase (:class:`PassphraseRequiredError` without one, :class:`WrongPassphraseError`)."""
    if entry.startswith(ENTRY_MAGIC):
        from go_hgw_desktop.storage.vault import database_key_from_entry

        return database_key_from_entry(entry, passphrase)
    if not is_wrapped(entry):
        return entry
    if passphrase is None:
        raise PassphraseRequiredError()
    return unwrap_key(entry, passphrase)


def new_database_key() -> bytes:
    """A fresh random 256-bit key from the OS's CSPRNG."""
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """``3F2A-09C1-…``: 16 groups of 4 hex digits, easy to copy on paper."""
    digits = key.hex().upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed: dashes, spaces and an ``x'…'`` wrapper are allowed."""
    cleaned = (text or "").strip()
    if cleaned.lower().startswith("x'") and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    digits = _HEX_ONLY.sub("", cleaned) if re.fullmatch(r"[0-9A-Fa-f\s\-]+", cleaned) else ""
    if len(digits) != KEY_BYTES * 2:
        raise RecoveryKeyFormatError()
    return bytes.fromhex(digits)


def sqlcipher_key_statement(key: bytes) -> str:
    """The exact statement that opens the store in any SQLCipher 4 tool."""
    return f"PRAGMA key = \"x'{key.hex().upper()}'\";"


class KeyStore(Protocol):
    """Keeps database keys by store id. Tests inject their own implementation."""

    def load(self, store_id: str) -> bytes | None: ...

    def save(self, store_id: str, key: bytes) -> None: ...

    def delete(self, store_id: str) -> None: ...


class MemoryKeyStore:
    """Keys in this process only: for tests and throw-away stores (benchmarks)."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def load(self, store_id: str) -> bytes | None:
        return self._keys.get(store_id)

    def save(self, store_id: str, key: bytes) -> None:
        self._keys[store_id] = bytes(key)

    def delete(self, store_id: str) -> None:
        self._keys.pop(store_id, None)


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _leaf_backends(backend: object) -> list[object]:
    return list(getattr(backend, "backends", None) or [backend])


BACKEND_ENV = "PYTHON_KEYRING_BACKEND"


class KeyringBackendNameError(UserError):
    """``PYTHON_KEYRING_BACKEND`` (or keyring's own settings file) names a backend that cannot load."""

    def __init__(self, name: str, where: str) -> None:
        super().__init__(
            f"De sleutelbewaarplaats ‘{name}’ uit {where} bestaat niet op deze computer of werkt niet.",
            f"Verwijder {where}, dan kiest het programma zelf de sleutelbewaarplaats van het "
            "besturingssysteem, of vraag je ICT-verantwoordelijke om hulp.",
        )


def _configured_backend() -> object:
    """keyring's choice of backend, with a Dutch error for a chosen one that does not load.

    keyring imports a backend named in ``PYTHON_KEYRING_BACKEND`` or in its settings file and
    lets the ImportError (or AttributeError, ValueError for a malformed name, RuntimeError for
    a backend that is not viable here) escape; without this they ended as an unexpected error.
    """
    import keyring

    try:
        return keyring.get_keyring()
    except (ImportError, AttributeError, ValueError, RuntimeError):
        name = os.environ.get(BACKEND_ENV)
        if name:
            raise KeyringBackendNameError(name, f"de omgevingsvariabele {BACKEND_ENV}") from None
        from keyring.util import platform_

        settings = platform_.config_root() / "keyringrc.cfg"
        raise KeyringBackendNameError("default-keyring", f"het bestand {settings}") from None


class KeyringKeyStore:
    """The OS keyring: Windows Credential Manager, macOS Keychain, Secret Service.

    ``keyring`` picks the backend (``PYTHON_KEYRING_BACKEND`` may choose one for
    scripted runs); backends that cannot keep a secret safely are refused.
    """

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend or _configured_backend()
        usable = [
            b for b in _leaf_backends(self._backend) if _backend_name(b) not in REFUSED_BACKENDS
        ]
        if not usable:
            raise KeyStoreUnavailableError(f"gevonden: {_backend_name(self._backend)}")
        for leaf in usable:
            # Windows: keep the credential for this user on this machine only, so it
            # survives logging off but does not roam to other machines with the profile.
            if _backend_name(leaf).startswith("keyring.backends.Windows"):
                leaf.persist = "local machine"  # type: ignore[attr-defined]

    @property
    def backend_name(self) -> str:
        return _backend_name(self._backend)

    @staticmethod
    def _account(store_id: str) -> str:
        return f"database-{store_id}"

    def load(self, store_id: str) -> bytes | None:
        text = self._call("get_password", store_id)
        if not text:
            return None
        try:
            key = bytes.fromhex(text)
        except ValueError:
            return None  # a damaged entry behaves like a missing one: ask the recovery key
        return key if len(key) == KEY_BYTES or key.startswith((WRAP_MAGIC, ENTRY_MAGIC)) else None

    def save(self, store_id: str, key: bytes) -> None:
        self._call("set_password", store_id, key.hex())

    def delete(self, store_id: str) -> None:
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            self._call("delete_password", store_id)

    def _call(self, method: str, store_id: str, *args: str):
        from keyring.errors import PasswordDeleteError

        try:
            return getattr(self._backend, method)(SERVICE_NAME, self._account(store_id), *args)
        except PasswordDeleteError:
            raise
        except Exception as error:  # KeyringError, D-Bus and OS errors: many types
            # Only the type is shown: the message of some backends echoes arguments.
            raise KeyStoreUnavailableError(type(error).__name__) from None
