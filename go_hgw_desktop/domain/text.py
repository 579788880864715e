"""Rules for names and free text shared by every entity."""

from __future__ import annotations

import unicodedata

from go_hgw_desktop.domain.screening import names_in

__all__ = ["NAME_MAX", "TEXT_MAX", "clean_name", "clean_text", "file_name", "fold_accents",
           "has_control_characters",
           "names_in"]

NAME_MAX = 100
TEXT_MAX = 20_000


def clean_name(value: str) -> str:
    """Trim, fold non-breaking and repeated spaces, and normalise to NFC.

    NFC makes ``Nguyễn`` typed on one keyboard equal to the same name pasted from
    another program, so matching and sorting see one name.
    """
    text = unicodedata.normalize("NFC", value or "").replace("\u00a0", " ")
    return " ".join(text.split())


def clean_text(value: str | None) -> str:
    """Normalise free text without touching its line breaks."""
    text = unicodedata.normalize("NFC", value or "").replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in value)


def fold_accents(value: str) -> str:
    """Case- and accent-free form for matching (``Şahin`` and ``sahin`` are one word)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ł", "l")


_NOT_IN_FILE_NAMES = str.maketrans({ch: " " for ch in '<>:"/\\|?*'})


def file_name(*parts: str, suffix: str) -> str:
    """A file name from its parts that every file system takes: ``GO-Atheneum-Brugge
    schoolfoto 2026-11-25.pdf``. Characters Windows refuses, control characters and leading
    or trailing dots and spaces go; an empty part is left out."""
    cleaned = []
    for part in parts:
        text = "".join(ch for ch in unicodedata.normalize("NFC", part or "")
                       if unicodedata.category(ch)[0] != "C").translate(_NOT_IN_FILE_NAMES)
        text = "-".join(text.replace("!", "").split()).strip(" .-")
        if text:
            cleaned.append(text[:60])
    return " ".join(cleaned) + suffix
