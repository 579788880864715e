"""Schools' signing keys: this school signs its data files; a scholengroep remembers each
school's key the first time it sees it and refuses a file signed by another key unless the
user confirms (trust on first use, as SSH does with hosts).

The school's own key is an Ed25519 seed in its keyring entry (``storage/vault.py``), made the
first time a data file or a foto's cover needs it. The memory of other schools' keys does not
belong to any store (the scholengroepfoto needs no school database): a small, non-secret JSON
file in the user's config directory, keyed on what the data file says identifies the school
(:func:`~go_hgw_desktop.reports.scholengroep.identity_key`: the instellingsnummer as it is
meant, else the skeleton of the name), with the school's name, number and the date the key was
first seen or accepted.

A key that is new to this computer is not simply trusted when its school *looks like* a known
one (the same name skeleton as a remembered school or another file of the same combination,
say a name with a Cyrillic о, or the same name under another number): that is the forger's
way past "trust on first use", so it is refused like a changed key until the user confirms.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from go_hgw_desktop import files, paths
from go_hgw_desktop.domain.school import (
    canonical_institution_number,
    name_skeleton,
    school_identity,
    valid_institution_number,
)
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.data_file import fingerprint, public_key_of
from go_hgw_desktop.reports.scholengroep import SchoolFile, identity_key
from go_hgw_desktop.services import audit_trail
from go_hgw_desktop.storage.store import Store

MEMORY_FILE = "schoolsleutels.json"
FORMAT = "go-hgw-schoolsleutels"
MAX_BYTES = 2_000_000
NEW, KNOWN, CHANGED, LOOKALIKE = "nieuw", "bekend", "gewijzigd", "lijkt op een bekende school"
ASK = (CHANGED, LOOKALIKE)  # the user must confirm these before the file is used


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
    status: str  # NEW, KNOWN, CHANGED or LOOKALIKE
    previous: str | None = None  # the fingerprint remembered before, when it changed
    resembles: str | None = None  # LOOKALIKE: the known school (or other file) it looks like
    number: str = ""  # the instellingsnummer, as it is meant

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def accept_name(self) -> str:
        """How to name this school to ``--accept-new-key``."""
        return self.number or self.path.name  # a name may hold invisible or look-alike letters

    def describe(self) -> str:
        """One line for the user: the school, its fingerprint, and what that means."""
        text = {NEW: "nieuw, nu onthouden", KNOWN: "zoals vroeger",
                CHANGED: f"NIEUWE SLEUTEL aanvaard (vroeger {self.previous})",
                LOOKALIKE: f"NIEUWE SCHOOL aanvaard, die lijkt op {self.resembles}"}[self.status]
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


class LookalikeSchoolError(UserError):
    """A school new to this computer, signed by a new key, that looks like a known school."""

    exit_code = 2

    def __init__(self, check: KeyCheck, how_to_accept: str) -> None:
        super().__init__(
            f"{check.path.name}: LET OP, {check.school} is nieuw voor deze computer, maar lijkt op "
            f"{check.resembles} (een naam die er hetzelfde uitziet) en is ondertekend met een andere sleutel "
            f"({check.fingerprint}). Het kan een vervalst bestand zijn dat zich voor die school uitgeeft.",
            "Vraag de school (niet via het bestand zelf) welk instellingsnummer en welke vingerafdruk op de "
            f"voorpagina van haar schoolfoto staan. Klopt het met {check.fingerprint}, {how_to_accept}")
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
    """The remembered schools by identity. Entries written before identities were normalised
    (a number with a stray space, a name folded by case only) are keyed again as they are meant."""
    try:
        if not path.exists():
            return {}
        content = json.loads(files.read_limited(path, MAX_BYTES, "een geheugen van schoolsleutels"))
    except files.InputFileError as error:
        raise KeyMemoryError(path, error.problem) from None
    except OSError as error:
        raise KeyMemoryError(path, f"kan niet gelezen worden ({error.strerror or error}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise KeyMemoryError(path, "is beschadigd (geen leesbare JSON).") from None
    ours = isinstance(content, dict) and content.get("format") == FORMAT
    schools = content.get("schools") if ours else None
    if not isinstance(schools, dict) or not all(
            isinstance(v, dict) and all(isinstance(v.get(field, ""), str) for field in
                                        ("public_key", "name", "institution_number")) and v.get("public_key")
            for v in schools.values()):
        raise KeyMemoryError(path, "is geen geheugen van schoolsleutels.")
    keyed: dict[str, dict] = {}
    for identity, entry in schools.items():
        number = canonical_institution_number(entry.get("institution_number") or identity)
        number = number if valid_institution_number(number) else ""
        keyed.setdefault(school_identity(entry.get("name", identity), number),
                         {**entry, "institution_number": number})
    return keyed


def _resembling(item: SchoolFile, identity: str, remembered: dict[str, dict],
                files_: Sequence[SchoolFile]) -> str | None:
    """A known school, or another file of this combination, that this new school looks like:
    the same name skeleton under another identity, with another key."""
    skeleton, key = name_skeleton(item.foto.school.name), item.public_key.hex()
    for other_identity, entry in remembered.items():
        if other_identity != identity and name_skeleton(entry.get("name", "")) == skeleton \
                and entry["public_key"] != key:
            number = entry.get("institution_number")
            return f"{entry.get('name', '?')}{f' ({number})' if number else ''}, bekend met vingerafdruk " \
                   f"{fingerprint(bytes.fromhex(entry['public_key']))}"
    for other in files_:
        school = other.foto.school
        if other is not item and identity_key(school) != identity and name_skeleton(school.name) == skeleton \
                and other.public_key is not None and other.public_key.hex() != key:
            return f"{school.name}{f' ({school.institution_number})' if school.institution_number else ''} " \
                   f"in {other.path.name}"
    return None


def review(files_: Sequence[SchoolFile], path: Path | None = None) -> list[KeyCheck]:
    """Each file's key against the remembered one (nothing is remembered yet)."""
    remembered = _read(path or memory_path())
    checks = []
    for item in files_:
        if item.public_key is None:  # refused by the combination itself, with its own message
            continue
        school = item.foto.school
        identity = identity_key(school)
        known = remembered.get(identity)
        resembles = None
        if known is None:
            resembles = _resembling(item, identity, remembered, files_)
            status, previous = (LOOKALIKE if resembles else NEW), None
        elif known["public_key"] == item.public_key.hex():
            status, previous = KNOWN, None
        else:
            status, previous = CHANGED, fingerprint(bytes.fromhex(known["public_key"]))
        checks.append(KeyCheck(item.path, school.name, identity, item.public_key, status, previous, resembles,
                               school.institution_number))
    return checks


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def accepted_by(check: KeyCheck, names: Iterable[str]) -> bool:
    """Does one of ``names`` (as given to ``--accept-new-key``) name this file's school? A name
    counts by what it looks like, a number as it is meant."""
    names = list(names)
    wanted = {_fold(name) for name in names} | {school_identity(name, "") for name in names} \
        | {canonical_institution_number(name) for name in names}
    return bool(wanted & {check.identity, _fold(check.school), _fold(check.path.name)})


def refuse_changed(checks: Sequence[KeyCheck], accepted: Iterable[str], how_to_accept: str) -> None:
    """:class:`KeyChangedError` for the first school whose key changed, or
    :class:`LookalikeSchoolError` for a new school that looks like a known one, when the user did
    not accept it."""
    accepted = list(accepted)
    for check in checks:
        if check.status in ASK and not accepted_by(check, accepted):
            raise (KeyChangedError if check.status == CHANGED else LookalikeSchoolError)(check, how_to_accept)


def remember(checks: Sequence[KeyCheck], path: Path | None = None, today: date | None = None) -> None:
    """Remember the keys seen for the first time and the ones accepted (written safely through
    ``files.py``: a private temporary file, renamed over the old one)."""
    path = path or memory_path()
    changes = [c for c in checks if c.status != KNOWN]
    if not changes:
        return
    schools = _read(path)
    for check in changes:
        schools[check.identity] = {"name": check.school, "institution_number": check.number,
                                   "public_key": check.public_key.hex(), "fingerprint": check.fingerprint,
                                   "since": (today or date.today()).isoformat()}
    text = json.dumps({"format": FORMAT, "version": 2, "schools": schools}, ensure_ascii=False, indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise KeyMemoryError(path, f"kan niet bewaard worden ({error.strerror or error}).") from None
    try:
        files.write_text(path, text)
    except files.FileWriteError as error:
        raise KeyMemoryError(path, f"kan niet bewaard worden: {error.message}") from None
