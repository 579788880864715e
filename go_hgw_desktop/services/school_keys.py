"""Schools' signing keys: this school signs its data files; a scholengroep remembers each
school's key the first time it sees it and refuses a file signed by another key unless the
user confirms (trust on first use, as SSH does with hosts).

The school's own key is an Ed25519 seed in its keyring entry (``storage/vault.py``), made the
first time a data file or a foto's cover needs it. The memory of other schools' keys does not
belong to any store (the scholengroepfoto needs no school database): a small, non-secret JSON
file in the user's config directory, keyed on what the data file says identifies the school
(:func:`~go_hgw_desktop.reports.scholengroep.identity_key`: the instellingsnummer, else the
name), with the school's name and the date the key was first seen or accepted.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from go_hgw_desktop import paths
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.data_file import fingerprint, public_key_of
from go_hgw_desktop.reports.scholengroep import SchoolFile, identity_key
from go_hgw_desktop.services import audit_trail
from go_hgw_desktop.storage.store import Store

MEMORY_FILE = "schoolsleutels.json"
FORMAT = "go-hgw-schoolsleutels"
MAX_BYTES = 2_000_000
NEW, KNOWN, CHANGED = "nieuw", "bekend", "gewijzigd"


# ------------------------------------------------------------------ this school's key


def signing_seed(store: Store) -> bytes:
    """The school's key for signing its data files, made (and recorded) the first time."""
    vault = store.vault
    if vault is None:
        raise UserError("Deze database is zonder haar sleutelbewaarplaats geopend; er kan niet "
                        "ondertekend worden.", "Start het programma opnieuw.")
    made = vault.signing_seed is None
    seed = vault.signing_seed_or_new()
    if made:
        audit_trail.record(store, "beveiligd", "store", detail="sleutel voor gegevensbestanden "
                           f"aangemaakt (vingerafdruk {fingerprint(public_key_of(seed))})")
    return seed


def own_fingerprint(store: Store) -> str:
    """The fingerprint of the school's signing key, as printed on the foto's cover."""
    return fingerprint(public_key_of(signing_seed(store)))


# ------------------------------------------------------------------ other schools' keys


@dataclass(frozen=True)
class KeyCheck:
    """One data file's key against what this computer remembers for its school."""

    path: Path
    school: str
    identity: str
    public_key: bytes
    status: str  # NEW, KNOWN or CHANGED
    previous: str | None = None  # the fingerprint remembered before, when it changed

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def describe(self) -> str:
        """One line for the user: the school, its fingerprint, and what that means."""
        text = {NEW: "nieuw, nu onthouden", KNOWN: "zoals vroeger",
                CHANGED: f"NIEUWE SLEUTEL aanvaard (vroeger {self.previous})"}[self.status]
        return f"{self.school} ({self.path.name}): vingerafdruk {self.fingerprint}, {text}"


class KeyChangedError(UserError):
    """A school's file is signed by another key than the one remembered."""

    exit_code = 2

    def __init__(self, check: KeyCheck, how_to_accept: str) -> None:
        super().__init__(
            f"{check.path.name}: {check.school} ondertekende vroeger met de sleutel {check.previous}, dit "
            f"bestand met {check.fingerprint}. Het kan vervalst zijn, of de school heeft een nieuwe "
            "laptop of gebruikte haar herstelsleutel.",
            "Vraag de school (niet via het bestand zelf) welke vingerafdruk op de voorpagina van haar "
            f"schoolfoto staat. Klopt die met {check.fingerprint}, {how_to_accept}")
        self.check = check


class KeyMemoryError(UserError):
    exit_code = 2

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}",
                         "Verwijder dit bestand; de scholengroepfoto onthoudt de sleutels van de scholen "
                         "dan opnieuw bij het volgende gebruik.")


def memory_path() -> Path:
    return paths.config_dir() / MEMORY_FILE


def _read(path: Path) -> dict[str, dict]:
    try:
        if not path.exists():
            return {}
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            raise KeyMemoryError(path, "is geen geheugen van schoolsleutels.")
        content = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KeyMemoryError(path, f"kan niet gelezen worden ({error.strerror or error}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyMemoryError(path, "is beschadigd (geen leesbare JSON).") from None
    ours = isinstance(content, dict) and content.get("format") == FORMAT
    schools = content.get("schools") if ours else None
    if not isinstance(schools, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("public_key"), str) for v in schools.values()):
        raise KeyMemoryError(path, "is geen geheugen van schoolsleutels.")
    return schools


def review(files: Sequence[SchoolFile], path: Path | None = None) -> list[KeyCheck]:
    """Each file's key against the remembered one (nothing is remembered yet)."""
    remembered = _read(path or memory_path())
    checks = []
    for item in files:
        if item.public_key is None:  # refused by the combination itself, with its own message
            continue
        identity = identity_key(item.foto.school)
        known = remembered.get(identity)
        if known is None:
            status, previous = NEW, None
        elif known["public_key"] == item.public_key.hex():
            status, previous = KNOWN, None
        else:
            status, previous = CHANGED, fingerprint(bytes.fromhex(known["public_key"]))
        checks.append(KeyCheck(item.path, item.foto.school.name, identity, item.public_key, status, previous))
    return checks


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def accepted_by(check: KeyCheck, names: Iterable[str]) -> bool:
    """Does one of ``names`` (as given to ``--accept-new-key``) name this file's school?"""
    wanted = {_fold(name) for name in names}
    return bool(wanted & {_fold(check.identity), _fold(check.school), _fold(check.path.name)})


def refuse_changed(checks: Sequence[KeyCheck], accepted: Iterable[str], how_to_accept: str) -> None:
    """:class:`KeyChangedError` for the first school whose key changed and was not accepted."""
    accepted = list(accepted)
    for check in checks:
        if check.status == CHANGED and not accepted_by(check, accepted):
            raise KeyChangedError(check, how_to_accept)


def remember(checks: Sequence[KeyCheck], path: Path | None = None, today: date | None = None) -> None:
    """Remember the keys seen for the first time and the ones accepted (written atomically)."""
    path = path or memory_path()
    changes = [c for c in checks if c.status != KNOWN]
    if not changes:
        return
    schools = _read(path)
    for check in changes:
        schools[check.identity] = {"name": check.school, "public_key": check.public_key.hex(),
                                   "fingerprint": check.fingerprint,
                                   "since": (today or date.today()).isoformat()}
    text = json.dumps({"format": FORMAT, "version": 1, "schools": schools}, ensure_ascii=False, indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(prefix=".go-hgw-", suffix=".json.tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        raise KeyMemoryError(path, f"kan niet bewaard worden ({error.strerror or error}).") from None
