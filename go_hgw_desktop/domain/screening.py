"""Screening text that is about to leave the store: folding that cannot be dodged.

Before a name, a pupil code or a vertrouwelijk text is looked for, both sides are folded to
one *skeleton*:

1. NFKC: full-width letters, ligatures (``ﬁ``), superscripts and the like become plain letters;
2. invisible characters go: every Unicode format character (category Cf: zero-width space
   and joiners, the soft hyphen, bidirectional marks, the BOM …) and the other default-ignorable
   code points (variation selectors, fillers);
3. case folding (``ß`` → ``ss``), then accents and other combining marks are removed;
4. look-alike letters become the Latin letters they imitate (Cyrillic ``а`` → ``a``, Greek
   ``ο`` → ``o``, ``ı`` → ``i``, ``ł`` → ``l``), by the table generated from Unicode's
   confusables.txt (UTS #39, ``domain/lookalikes.py``).

Text is then cut into words (letters and digits); a run of three or more one-letter words is
also read as one word, so ``J.a.n.s.s.e.n.s`` is ``janssens``.

Not caught, on purpose: digits for letters (``P33ters``), a capital I written as a small L,
and misspellings; see docs/privacy.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from go_hgw_desktop.domain.lookalikes import LOOKALIKES

RUN = 6  # a vertrouwelijk text is caught by any run of this many consecutive words
MIN_LENGTH = 8  # a shorter vertrouwelijk text ("ja", "moe") would match innocent words

_SKELETON = {ord(char): latin for latin, chars in LOOKALIKES.items() for char in chars}
# Default-ignorable code points that are not format characters (Cf): invisible, so removed.
_IGNORABLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0,
              *range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


def _visible(ch: str) -> bool:
    return unicodedata.category(ch) != "Cf" and ord(ch) not in _IGNORABLE


def fold(text: str) -> str:
    """The skeleton of ``text``: what it looks like, not how it was typed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if _visible(ch)).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Mn", "Me"))
    return text.translate(_SKELETON)


def words(text: str) -> list[str]:
    """The folded words of ``text``; runs of single letters (``J.a.n``) are joined."""
    found = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    joined: list[str] = []
    run: list[str] = []
    for word in [*found, ""]:
        if len(word) == 1:
            run.append(word)
            continue
        joined.extend(["".join(run)] if len(run) >= 3 else run)
        run = []
        if word:
            joined.append(word)
    return joined


def _line(items: Iterable[str]) -> str:
    return f" {' '.join(items)} "


def names_in(text: str, names: Iterable[str]) -> list[str]:
    """The names from ``names`` that occur in ``text`` as whole words, however they are typed
    (case, accents, invisible characters, look-alike letters).

    Names of two letters or fewer are skipped ("Li", "Ng" would match half the language);
    a name of several words matches when all its words occur in sequence.
    """
    folded = words(text)
    if not folded:
        return []
    joined = _line(folded)
    found = []
    for name in sorted(set(names)):
        parts = words(name)
        if parts and len("".join(parts)) > 2 and _line(parts) in joined:
            found.append(name)
    return found


def codes_in(text: str, codes: Iterable[str]) -> list[str]:
    """The pupil codes (``LL-7K3Q9M``) from ``codes`` that occur in ``text``, with or without
    the ``LL-`` and however the letters are typed."""
    folded = words(text)
    joined, glued = _line(folded), "".join(folded)
    found = []
    for code in sorted(set(codes)):
        parts = words(code)
        if not parts:
            continue
        tail = parts[-1]
        if f" {tail} " in joined or "".join(parts) in glued:
            found.append(code)
    return found


def _runs(folded: list[str]) -> Iterator[str]:
    for start in range(len(folded) - RUN + 1):
        yield " ".join(folded[start:start + RUN])


def _wholes(text: str) -> Iterator[str]:
    """The text and each of its lines, folded, when shorter than a run but long enough."""
    for part in {text, *text.splitlines()}:
        folded = words(part)
        if 0 < len(folded) < RUN and len(" ".join(folded)) >= MIN_LENGTH:
            yield " ".join(folded)


class Secrets:
    """What of the vertrouwelijk texts an export must not hold: every run of :data:`RUN`
    consecutive words, and each whole text or line shorter than that (but at least
    :data:`MIN_LENGTH` characters), all folded.

    A piece that an item *not* marked vertrouwelijk also holds gives nothing away (a plan
    copied from the last cycle, a template sentence): :meth:`clear` takes it out.
    """

    def __init__(self) -> None:
        self.runs: set[str] = set()
        self.wholes: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.runs or self.wholes)

    def add(self, text: str) -> None:
        """A vertrouwelijk text."""
        self.runs.update(_runs(words(text)))
        self.wholes.update(_wholes(text))

    def clear(self, text: str) -> None:
        """A text of an item not marked vertrouwelijk: what it shares is no secret."""
        if self.runs:
            self.runs.difference_update(_runs(words(text)))
        if self.wholes:
            self.wholes.difference_update(_wholes(text))

    def found_in(self, text: str) -> list[str]:
        """The pieces that ``text`` holds (as folded words), in order of appearance."""
        folded = words(text)
        found = [run for run in _runs(folded) if run in self.runs]
        joined = _line(folded)
        found += sorted(whole for whole in self.wholes if f" {whole} " in joined)
        return found
