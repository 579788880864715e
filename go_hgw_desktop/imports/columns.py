"""The columns of a class list: what each one holds, recognised from its header.

Only five kinds of column are ever read (data minimisation): first name, family name,
class, birth date or year (of which only the year is kept) and the pupil's number in the
school administration. Everything else (addresses, parents, national register numbers)
stays in the file.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum

from go_hgw_desktop.domain.text import fold_accents


class Role(StrEnum):
    FIRST_NAME = "voornaam"
    LAST_NAME = "familienaam"
    CLASS = "klas"
    BIRTH = "geboorte"
    NUMBER = "nummer"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Role.FIRST_NAME: "Voornaam",
    Role.LAST_NAME: "Familienaam",
    Role.CLASS: "Klas",
    Role.BIRTH: "Geboortedatum of -jaar",
    Role.NUMBER: "Leerlingnummer (stamboeknummer)",
}

REQUIRED = (Role.FIRST_NAME, Role.LAST_NAME, Role.CLASS, Role.BIRTH)

# Headers as the Flemish administration packages (Smartschool, Informat, Wisa, Broekx) and
# hand-made lists write them, most specific first: "Familienaam" beats a plain "Naam".
_HEADERS: dict[Role, tuple[str, ...]] = {
    Role.FIRST_NAME: ("voornaam", "voornaam leerling", "roepnaam", "voornamen", "first name",
                      "firstname", "given name", "prenom"),
    Role.LAST_NAME: ("familienaam", "familienaam leerling", "achternaam", "naam leerling", "naam",
                     "last name", "lastname", "surname", "family name", "nom"),
    Role.CLASS: ("klas", "klascode", "klasnaam", "klas leerling", "klasgroep", "officiele klas",
                 "administratieve groep", "groep", "klas groep", "class", "classe"),
    Role.BIRTH: ("geboortedatum", "geb datum", "gebdatum", "geboren op", "geboren", "geboortejaar",
                 "geb jaar", "date of birth", "birth date", "birthdate", "date de naissance"),
    # Never a bare "Nr" or "Nummer": in a hand-made list that is the number within the class.
    Role.NUMBER: ("stamboeknummer", "stamboeknr", "stamboek nr", "stamnummer", "stamnr", "stam nr",
                  "leerlingnummer", "leerlingnr", "leerling nr", "intern nummer", "internnummer",
                  "intern nr", "leerling id", "leerlingid", "inschrijvingsnummer",
                  "administratief nummer"),
}

# Never read, whatever the user maps: the brief forbids the national register number.
FORBIDDEN_HEADERS = ("rijksregisternummer", "rijksregister", "rijksregisternr", "insz", "insz nummer",
                     "rrn", "rr nummer", "bisnummer", "national number", "numero national")


def normalise_header(header: str) -> str:
    """Accent-, case- and punctuation-free form: ``Geb. datum`` → ``geb datum``."""
    folded = fold_accents(header or "")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def is_forbidden(header: str) -> bool:
    return normalise_header(header) in FORBIDDEN_HEADERS


def role_of(header: str) -> tuple[Role, int] | None:
    """The role a header names and how specific the name is (0 = most), or None."""
    name = normalise_header(header)
    for role, names in _HEADERS.items():
        if name in names:
            return role, names.index(name)
    return None


def recognise(headers: list[str] | tuple[str, ...]) -> dict[int, Role]:
    """Column index → role, for the headers that name one; each role at most once."""
    best: dict[Role, tuple[int, int]] = {}
    for index, header in enumerate(headers):
        found = role_of(header)
        if found and (found[0] not in best or found[1] < best[found[0]][0]):
            best[found[0]] = (found[1], index)
    return {index: role for role, (_, index) in best.items()}


def known_header_count(cells: list[str]) -> int:
    """How many cells of a row read as class-list headers (to find the header row)."""
    return sum(1 for cell in cells if isinstance(cell, str) and (role_of(cell) or is_forbidden(cell)))


def missing_roles(mapping: dict[int, Role]) -> list[Role]:
    return [role for role in REQUIRED if role not in mapping.values()]


def check_mapping(mapping: dict[int, Role], headers: list[str] | tuple[str, ...]) -> list[str]:
    """What is wrong with a mapping, in Dutch (empty when it can be used)."""
    problems = []
    for role in Role:
        columns = [headers[i] for i, r in mapping.items() if r is role]
        if len(columns) > 1:
            problems.append(f"‘{role.label}’ is aan meer dan één kolom gekoppeld: "
                            + ", ".join(f"‘{c}’" for c in columns) + ".")
    problems += [f"De kolom ‘{headers[i]}’ is een rijksregisternummer en wordt nooit ingelezen."
                 for i in mapping if is_forbidden(headers[i])]
    missing = missing_roles(mapping)
    if missing:
        problems.append("Koppel nog: " + ", ".join(role.label for role in missing) + ".")
    return problems


def fingerprint(headers: list[str] | tuple[str, ...]) -> str:
    """Identifies a source by its header layout, so its mapping can be remembered."""
    text = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def mapping_to_text(mapping: dict[int, Role]) -> str:
    return json.dumps({str(i): role.value for i, role in sorted(mapping.items())})


def mapping_from_text(text: str | None, column_count: int) -> dict[int, Role] | None:
    """A remembered mapping, or None when it is missing or no longer fits the columns."""
    try:
        raw = json.loads(text or "")
        mapping = {int(i): Role(value) for i, value in raw.items()}
    except (ValueError, TypeError, AttributeError):
        return None
    if not all(0 <= i < column_count for i in mapping):
        return None
    return mapping
