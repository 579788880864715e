"""A store's keyring entry, opened: the database key and the keys that guard the trail.

The entry (format 2) holds, besides the database key:

* the **row key**: HMAC key for the fingerprint of every record's content in the trail;
* the **trail keys**: the seed of the current key period's Ed25519 signing key, its number,
  and where the unbroken chain of those keys starts in the trail (the anchor);
* the school's **signing key** for data files (created the first time one is signed);
* the trail's **head** (newest entry's number and hash, the key period it was written in,
  and the store's schema revision then), so a store copied back from an older backup, or one
  whose schema revision was set back to make the app fingerprint every record afresh, no
  longer matches this computer.

Everything but the head is sealed with the startup passphrase when there is one (Argon2id,
XSalsa20-Poly1305, as for format 1); the head is MACed with the row key, so it cannot be
changed without the secrets either. Without a passphrase the OS keyring alone protects it.

Layout: ``GOHGW-E2 | sealed (1) | head kind (1) | [head + MAC 16] | body``, where the head is
44 bytes (kind 1, written before the schema revision was kept) or 48 bytes with the revision
(kind 2), and the body is the secrets, or ``opslimit | memlimit | salt | secretbox(secrets)``
when sealed. Entries of format 1 (the raw key, or ``GOHGW-W1`` wrapped) are read as before and
written as format 2 the next time the entry is saved.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets as random
import struct
import threading
from dataclasses import dataclass, field
from datetime import date

from go_hgw_desktop.storage.keys import (
    ENTRY_MAGIC,
    KEY_BYTES,
    WRAP_MAGIC,
    KeyStore,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_passphrase,
    derive_kek,
    unwrap_key,
)

_SEALED_FLAG, _ROW, _TRAIL, _SIGNING = 1, 1, 2, 4
_HEAD = struct.Struct(">Q32sI")
_HEAD_REVISION = struct.Struct(">Q32sI4s")  # kind 2: with the schema revision ("0006")
_HEAD_KINDS = {1: _HEAD, 2: _HEAD_REVISION}
_TRAIL_STATE = struct.Struct(">32sIQ32s")
NEXT_PERIOD = b"go-hgw logboek: volgend tijdvak"


class DamagedEntryError(Exception):
    """The keyring entry is not one this program wrote (damaged or from elsewhere)."""


def _wipe(buffer: bytearray | None) -> None:
    if buffer is not None:
        for index in range(len(buffer)):
            buffer[index] = 0


def next_seed(seed: bytes) -> bytes:
    """The next key period's seed: a one-way step (HMAC-SHA256), so a later seed never gives
    an earlier one back."""
    return hmac.new(bytes(seed), NEXT_PERIOD, hashlib.sha256).digest()


def public_key(seed: bytes) -> bytes:
    """The Ed25519 public key of a signing seed."""
    from nacl.signing import SigningKey

    return bytes(SigningKey(bytes(seed)).verify_key)


@dataclass
class Kek:
    """The key derived from the startup passphrase, kept while the store is open so the entry
    can be sealed again when a key period starts (Argon2id runs once per opening)."""

    key: bytearray
    salt: bytes
    opslimit: int
    memlimit: int

    @classmethod
    def derive(cls, passphrase: str, salt: bytes | None = None, opslimit: int | None = None,
               memlimit: int | None = None) -> Kek:
        from nacl import pwhash

        salt = salt or random.token_bytes(pwhash.argon2id.SALTBYTES)
        opslimit = opslimit or pwhash.argon2id.OPSLIMIT_MODERATE
        memlimit = memlimit or pwhash.argon2id.MEMLIMIT_INTERACTIVE
        return cls(bytearray(derive_kek(passphrase, salt, opslimit, memlimit)), salt, opslimit, memlimit)

    def seal(self, plain: bytes) -> bytes:
        from nacl import secret

        return (struct.pack(">II", self.opslimit, self.memlimit) + self.salt
                + bytes(secret.SecretBox(bytes(self.key)).encrypt(plain)))


@dataclass
class TrailKeys:
    """The current key period: its seed (secret), number, and where its chain is anchored."""

    seed: bytearray
    epoch: int
    anchor_id: int
    anchor_key: bytes

    def pack(self) -> bytes:
        return _TRAIL_STATE.pack(bytes(self.seed), self.epoch, self.anchor_id, self.anchor_key)


@dataclass(frozen=True)
class Head:
    """The trail's newest entry as this computer last saw it written."""

    id: int
    hash: str
    generation: int  # the key period it was written in
    revision: str = ""  # the store's schema revision when it was written ("" before it was kept)


@dataclass
class Vault:
    """The opened keyring entry of one store; :meth:`wipe` forgets the secrets."""

    key_store: KeyStore
    store_id: str
    database_key: bytearray
    row_key: bytearray | None = None
    trail: TrailKeys | None = None
    signing_seed: bytearray | None = None
    head: Head | None = None
    kek: Kek | None = None
    head_untrusted: bool = False  # the entry's head did not carry a valid MAC
    upgraded: bool = False  # read from an entry of format 1: to be written as format 2
    period_day: date | None = None  # when this session's key period started (not stored)
    # A background thread and the GUI thread may write one after the other: the seed one
    # transaction signs with is never the one another is replacing.
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    # ------------------------------------------------------------------ reading

    @classmethod
    def open(cls, key_store: KeyStore, store_id: str, entry: bytes, passphrase: str | None) -> Vault:
        """The entry's secrets (the passphrase is needed when they are sealed)."""
        if entry.startswith(ENTRY_MAGIC):
            return cls._open_v2(key_store, store_id, entry, passphrase)
        if entry.startswith(WRAP_MAGIC):
            if passphrase is None:
                raise PassphraseRequiredError()
            body = entry[len(WRAP_MAGIC):]
            opslimit, memlimit = struct.unpack(">II", body[:8])
            from nacl import pwhash

            kek = Kek.derive(passphrase, body[8:8 + pwhash.argon2id.SALTBYTES], opslimit, memlimit)
            key = unwrap_key(entry, passphrase)
            return cls(key_store, store_id, bytearray(key), kek=kek, upgraded=True)
        if len(entry) != KEY_BYTES:
            raise DamagedEntryError()
        return cls(key_store, store_id, bytearray(entry), upgraded=True)

    @classmethod
    def _open_v2(cls, key_store: KeyStore, store_id: str, entry: bytes, passphrase: str | None) -> Vault:
        try:
            at = len(ENTRY_MAGIC)
            sealed, head_kind = entry[at] & _SEALED_FLAG, entry[at + 1]
            at += 2
            head_bytes = mac = None
            if head_kind:
                size = _HEAD_KINDS[head_kind].size
                head_bytes, mac = entry[at:at + size], entry[at + size:at + size + 16]
                at += size + 16
            body, kek = entry[at:], None
            if sealed:
                if passphrase is None:
                    raise PassphraseRequiredError()
                from nacl import exceptions, pwhash, secret

                opslimit, memlimit = struct.unpack(">II", body[:8])
                salt = body[8:8 + pwhash.argon2id.SALTBYTES]
                kek = Kek.derive(passphrase, salt, opslimit, memlimit)
                try:
                    body = secret.SecretBox(bytes(kek.key)).decrypt(body[8 + len(salt):])
                except exceptions.CryptoError:
                    _wipe(kek.key)
                    raise WrongPassphraseError() from None
            vault = cls._unpack(key_store, store_id, body)
        except (IndexError, KeyError, struct.error, ValueError):
            raise DamagedEntryError() from None
        vault.kek = kek
        if head_bytes is not None:
            if vault.row_key is not None and hmac.compare_digest(mac, vault._head_mac(head_bytes)):
                ident, digest, generation, *revision = _HEAD_KINDS[head_kind].unpack(head_bytes)
                vault.head = Head(ident, digest.hex(), generation,
                                  revision[0].rstrip(b"\0").decode("ascii", "replace") if revision else "")
            else:
                vault.head_untrusted = True
        return vault

    @classmethod
    def _unpack(cls, key_store: KeyStore, store_id: str, body: bytes) -> Vault:
        if body[:1] != b"\x02" or len(body) < 34:
            raise ValueError("unknown secrets")
        vault = cls(key_store, store_id, bytearray(body[1:33]))
        flags, at = body[33], 34
        if flags & _ROW:
            vault.row_key, at = bytearray(body[at:at + 32]), at + 32
        if flags & _TRAIL:
            seed, epoch, anchor_id, anchor_key = _TRAIL_STATE.unpack(body[at:at + _TRAIL_STATE.size])
            vault.trail, at = TrailKeys(bytearray(seed), epoch, anchor_id, anchor_key), at + _TRAIL_STATE.size
        if flags & _SIGNING:
            vault.signing_seed, at = bytearray(body[at:at + 32]), at + 32
        if at != len(body):
            raise ValueError("trailing bytes")
        return vault

    # ------------------------------------------------------------------ writing

    def _secrets(self, database_key: bytes | None = None) -> bytes:
        flags = ((_ROW if self.row_key else 0) | (_TRAIL if self.trail else 0)
                 | (_SIGNING if self.signing_seed else 0))
        parts = [b"\x02", bytes(database_key or self.database_key), bytes([flags])]
        if self.row_key:
            parts.append(bytes(self.row_key))
        if self.trail:
            parts.append(self.trail.pack())
        if self.signing_seed:
            parts.append(bytes(self.signing_seed))
        return b"".join(parts)

    def _head_mac(self, packed: bytes) -> bytes:
        return hmac.new(bytes(self.row_key), b"go-hgw head" + packed, hashlib.sha256).digest()[:16]

    def entry(self, database_key: bytes | None = None) -> bytes:
        """The keyring entry for these secrets (with another database key for a rotation)."""
        plain = self._secrets(database_key)
        body = self.kek.seal(plain) if self.kek else plain
        head = b""
        if self.head is not None and self.row_key:
            revision = self.head.revision.encode("ascii", "replace")[:4].ljust(4, b"\0")
            packed = _HEAD_REVISION.pack(self.head.id, bytes.fromhex(self.head.hash), self.head.generation,
                                         revision)
            head = packed + self._head_mac(packed)
        return ENTRY_MAGIC + bytes([_SEALED_FLAG if self.kek else 0, 2 if head else 0]) + head + body

    def save(self) -> None:
        """Write the entry to the keyring (format 2)."""
        with self.lock:
            entry = self.entry()
        self.key_store.save(self.store_id, entry)
        self.upgraded = False

    @property
    def sealed(self) -> bool:
        return self.kek is not None

    def set_passphrase(self, passphrase: str) -> None:
        """Seal the secrets with ``passphrase`` from now on (saved)."""
        check_passphrase(passphrase)
        old, self.kek = self.kek, Kek.derive(passphrase)
        self.save()
        if old:
            _wipe(old.key)

    def remove_passphrase(self) -> None:
        """Back to the keyring alone (saved)."""
        old, self.kek = self.kek, None
        self.save()
        if old:
            _wipe(old.key)

    def ensure_row_key(self) -> bytes:
        if self.row_key is None:
            self.row_key = bytearray(random.token_bytes(32))
        return bytes(self.row_key)

    def signing_seed_or_new(self) -> bytes:
        """The school's data-file signing seed, created and saved the first time it is needed."""
        if self.signing_seed is None:
            self.signing_seed = bytearray(random.token_bytes(32))
            self.ensure_row_key()
            self.save()
        return bytes(self.signing_seed)

    def commit(self, head: Head, trail: TrailKeys | None, period_seed: bytes | None,
               period: int | None) -> None:
        """A transaction committed: take on its head and, if it began one, its new key chain or
        key period, erasing the seed it replaces (the caller saves the entry)."""
        if trail is not None:
            if self.trail is not None:
                _wipe(self.trail.seed)
            self.trail, self.period_day = trail, date.today()
        elif period_seed is not None and self.trail is not None:
            _wipe(self.trail.seed)
            self.trail.seed, self.trail.epoch, self.period_day = bytearray(period_seed), period, date.today()
        if self.head is None or head.id >= self.head.id:
            self.head = head

    def wipe(self) -> None:
        """Overwrite every secret this object kept (as far as Python allows)."""
        with self.lock:
            self._wipe_all()

    def _wipe_all(self) -> None:
        for buffer in (self.database_key, self.row_key, self.signing_seed,
                       self.trail.seed if self.trail else None, self.kek.key if self.kek else None):
            _wipe(buffer)
        self.trail = self.kek = self.row_key = self.signing_seed = None


def database_key_from_entry(entry: bytes, passphrase: str | None) -> bytes:
    """The database key a keyring entry holds (any format; the passphrase when sealed)."""
    from go_hgw_desktop.storage.keys import MemoryKeyStore

    vault = Vault.open(MemoryKeyStore(), "", entry, passphrase)
    try:
        return bytes(vault.database_key)
    finally:
        vault.wipe()
