"""The transfer file (``.hgwo``): a pupil's overdracht to another school, sealed with a one-time code.

Layout (``docs/transfer-file.md``): a fixed 54-byte header, then one PyNaCl ``SecretBox``
(XSalsa20-Poly1305: nonce, tag, ciphertext) whose plaintext is the header again followed by
the content's JSON. The key comes from the one-time code by Argon2id (``nacl.pwhash``) with
the random salt of the header; the derivation also gives a 16-byte check value, so a wrong
code is told apart from a changed file. The header's copy inside the box makes every byte of
the file authenticated: a changed byte anywhere is refused, nothing is decrypted for use.
No crypto of our own here: only PyNaCl's primitives, used as documented.
"""

from __future__ import annotations

import hmac
import json
import secrets
import struct
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.secret
import nacl.utils

from go_hgw_desktop.errors import UserError

MAGIC = b"GO-HGWO\n"
VERSION = 1
HEADER = struct.Struct(">8sHII16sI16s")  # magic, version, opslimit, memlimit, salt, length, check
OPSLIMIT = argon2id.OPSLIMIT_MODERATE  # 3 passes
MEMLIMIT = argon2id.MEMLIMIT_MODERATE  # 256 MiB: about 0.7 s on a laptop, per guess
# What a reader accepts from a header: a file cannot make the receiving laptop spend more.
OPS_RANGE = (argon2id.OPSLIMIT_MIN, 10)
MEM_RANGE = (argon2id.MEMLIMIT_MIN, 1 << 30)
MAX_BYTES = 20_000_000  # a pupil's history is tens of kB; refuse to decrypt anything huge

# The one-time code: 16 characters from the pupil codes' alphabet (no 0/O, 1/I/L: read aloud
# by phone), in four groups of four. 31**16 ≈ 2**79 codes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_CHARS = 16
GROUP = 4

HINT = (
    "Vraag de vorige school om het bestand opnieuw te maken en ongewijzigd door te sturen; de code "
    "krijg je apart, bv. telefonisch."
)


class TransferFileError(UserError):
    """A transfer file that cannot be opened; the message names the file and says why."""

    exit_code = 2

    def __init__(self, name: str, problem: str, hint: str = HINT) -> None:
        super().__init__(f"{name}: {problem} Er is niets ingelezen.", hint)


class WrongCode(TransferFileError):
    def __init__(self, name: str) -> None:
        super().__init__(
            name,
            "de code klopt niet.",
            "Controleer de code bij de vorige school (16 tekens, in groepjes van vier) en "
            "probeer opnieuw. Hoofdletters, spaties en streepjes maken niet uit.",
        )


def new_code() -> str:
    """A random one-time code, e.g. ``K7QM-2XPD-9HTR-4WBN``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(raw[i : i + GROUP] for i in range(0, CODE_CHARS, GROUP))


def normalised_code(code: str) -> bytes:
    """The code as typed, without spaces or dashes and in capitals; refused if it cannot be one."""
    raw = "".join(code.split()).replace("-", "").upper()
    if len(raw) != CODE_CHARS or any(c not in CODE_ALPHABET for c in raw):
        raise UserError(
            "Dit is geen geldige overdrachtscode.",
            f"De code heeft {CODE_CHARS} tekens (letters en cijfers, in groepjes van vier), bv. "
            "K7QM-2XPD-9HTR-4WBN. Er is niets ingelezen.",
        )
    return raw.encode("ascii")


def derive(code: bytes, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """Argon2id: 32 bytes of box key and 16 bytes of check value from the code."""
    return argon2id.kdf(48, code, salt, opslimit=opslimit, memlimit=memlimit)


def seal(content: dict[str, Any], code: str) -> bytes:
    """The transfer file's bytes for ``content`` (JSON-able), locked with ``code``."""
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    salt = nacl.utils.random(argon2id.SALTBYTES)
    derived = derive(normalised_code(code), salt, OPSLIMIT, MEMLIMIT)
    length = (
        HEADER.size
        + nacl.secret.SecretBox.NONCE_SIZE
        + nacl.secret.SecretBox.MACBYTES
        + HEADER.size
        + len(payload)
    )
    header = HEADER.pack(MAGIC, VERSION, OPSLIMIT, MEMLIMIT, salt, length, derived[32:])
    box = nacl.secret.SecretBox(derived[:32]).encrypt(header + payload)
    return header + bytes(box)


def unseal(data: bytes, code: str, name: str = "Het bestand") -> dict[str, Any]:
    """The content of a transfer file, only when every byte is as written and the code is right.
    Refused with a Dutch message otherwise: not a transfer file, from a newer version,
    incomplete, a wrong code, or changed."""
    secret = normalised_code(code)
    if len(data) < len(MAGIC) or not data.startswith(MAGIC):
        raise TransferFileError(
            name,
            "dit is geen overdrachtsbestand van GO! HGW Desktop.",
            "Kies het .hgwo-bestand dat de vorige school je stuurde.",
        )
    if len(data) < HEADER.size:
        raise TransferFileError(
            name, "het bestand is onvolledig (afgebroken tijdens het kopiëren of downloaden)."
        )
    _magic, version, opslimit, memlimit, salt, length, check = HEADER.unpack_from(data)
    if version > VERSION:
        raise TransferFileError(
            name,
            f"dit bestand is gemaakt met een nieuwere versie van GO! HGW Desktop (formaat {version}; "
            f"deze versie leest formaat {VERSION}).",
            "Werk GO! HGW Desktop bij naar de nieuwste versie en lees het bestand dan opnieuw in.",
        )
    if (
        version != VERSION
        or not (OPS_RANGE[0] <= opslimit <= OPS_RANGE[1])
        or not (MEM_RANGE[0] <= memlimit <= MEM_RANGE[1])
    ):
        raise TransferFileError(name, "het bestand is gewijzigd of beschadigd.")
    if len(data) < length:
        raise TransferFileError(
            name, "het bestand is onvolledig (afgebroken tijdens het kopiëren of downloaden)."
        )
    if len(data) > length:
        raise TransferFileError(name, "het bestand is gewijzigd of beschadigd (er staat iets achteraan bij).")
    derived = derive(secret, salt, opslimit, memlimit)
    if not hmac.compare_digest(derived[32:], check):
        raise WrongCode(name)
    try:
        plain = nacl.secret.SecretBox(derived[:32]).decrypt(data[HEADER.size :])
    except nacl.exceptions.CryptoError:
        raise TransferFileError(name, "het bestand is gewijzigd of beschadigd.") from None
    if not hmac.compare_digest(plain[: HEADER.size], data[: HEADER.size]):
        raise TransferFileError(name, "het bestand is gewijzigd of beschadigd.")
    try:
        content = json.loads(plain[HEADER.size :].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise TransferFileError(name, "de inhoud is onleesbaar.") from None
    if not isinstance(content, dict):
        raise TransferFileError(name, "de inhoud is onleesbaar.")
    return content


def read(path: Path, code: str) -> dict[str, Any]:
    """Read and unseal the transfer file at ``path`` (bounded, regular files only)."""
    from go_hgw_desktop import files

    path = Path(path)
    data = files.read_limited(path, MAX_BYTES, "een overdrachtsbestand")
    return unseal(data, code, path.name)
