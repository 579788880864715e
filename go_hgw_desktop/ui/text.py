"""Search text folding shared by the item models' filters."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents, so ‘seyma’ finds Şeyma and ‘lukasz’ finds Łukasz."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters with a stroke have no decomposition; map the common ones by hand.
    return stripped.translate(_STROKES)


_STROKES = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae"})
