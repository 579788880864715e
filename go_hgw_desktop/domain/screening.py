"""Screening text that is about to leave the store: folding that cannot be dodged.

Before a name, a pupil code or a vertrouwelijk text is looked for, both sides are folded to
one *skeleton*:

0. what a right-to-left override (U+202E) shows reversed is put back in reading order;
1. NFKC: full-width letters, ligatures (``ﬁ``), superscripts and the like become plain letters;
2. invisible characters go: every Unicode format character (category Cf: zero-width space
   and joiners, the soft hyphen, bidirectional marks, the BOM …) and the other default-ignorable
   code points (variation selectors, fillers);
3. look-alikes whose lower case looks like another letter become their Latin letter first
   (Greek ``Ν`` → ``n``: its ``ν`` looks like v; ``Β``, ``Η``, ``Υ``, the lunate sigma ``Ϲ``);
4. case folding (``ß`` → ``ss``), then accents and other combining marks are removed;
5. look-alike letters become the Latin letters they imitate (Cyrillic ``а`` → ``a``, Greek
   ``ο`` → ``o``, ``ı`` → ``i``, ``ł`` → ``l``, small capitals ``ʙ`` → ``b``, letters with a
   stroke or hook ``ɓ`` → ``b``), by the tables generated from Unicode's confusables.txt
   (UTS #39) and character names (``domain/lookalikes.py``).

Text is then cut into words (letters and digits); a run of three or more one-letter words is
also read as one word, so ``J.a.n.s.s.e.n.s`` is ``janssens``. How names, codes and
vertrouwelijk texts are then looked for: :func:`names_in`, :func:`codes_in`, :class:`Secrets`.

Not caught, on purpose: digits for letters (``P33ters``), a capital I written as a small L,
a name split inside a word (``Jans sens``) and misspellings; see docs/privacy.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from go_hgw_desktop.domain.lookalikes import CAPITALS, LOOKALIKES

RUN = 6  # a vertrouwelijk text is caught by any run of this many consecutive words
MIN_LENGTH = 8  # a shorter vertrouwelijk text ("ja", "moe") would match innocent words
SENTENCE_WORDS = 3  # a sentence of a vertrouwelijk text is looked for on its own from 3 words
SHORT = 2  # a name of this many letters or fewer ("Lê", "Võ") has rules of its own (names_in)
LAST_PART = 4  # the last word of a name of several words ("Velde") is looked for from 4 letters

# Short words of Dutch, French and English texts and school abbreviations: a short name that
# folds to one of these ("Lê" to "le", "Đỗ" to "do", "Bo"), or to a single letter, is only taken
# for a name where it cannot be that word (see names_in).
COMMON_SHORT = frozenset((
    "a", "aa", "af", "al", "as", "au", "bo", "bs", "bv", "ca", "ce", "da", "de", "di", "do", "du",
    "eh", "en", "er", "et", "ga", "gc", "ha", "he", "hi", "ho", "id", "ik", "il", "in", "is", "it",
    "ja", "je", "ka", "ko", "la", "le", "lo", "lk", "ma", "me", "mi", "mr", "my", "na", "ne", "ni",
    "no", "nt", "nu", "of", "oh", "ok", "om", "on", "op", "or", "ou", "ov", "pa", "pc", "sa", "se",
    "si", "so", "ta", "te", "to", "tu", "tv", "uw", "un", "up", "us", "va", "vb", "vr", "vu", "we",
    "wo", "za", "ze", "zo",
))

_SKELETON = {ord(char): latin for latin, chars in LOOKALIKES.items() for char in chars}
_CAPITALS = {ord(char): latin for char, latin in CAPITALS.items()}
# Default-ignorable code points that are not format characters (Cf): invisible, so removed.
_IGNORABLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0,
              *range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


# Text after a right-to-left override (U+202E) is shown reversed, up to the end of the override
# (U+202C) or of the line: "\u202eirahkuoB" reads as "Boukhari".
_OVERRIDDEN = re.compile("\u202e([^\u202c\n\u2029]*)")


def _visible(ch: str) -> bool:
    return unicodedata.category(ch) != "Cf" and ord(ch) not in _IGNORABLE


def _cased(text: str) -> str:
    """``text`` as seen, before case folding: what a right-to-left override shows reversed
    put back in reading order, NFKC, invisible characters removed, and the look-alikes whose
    lower case looks like another letter replaced (before NFKC too: it makes the lunate sigma
    a plain one)."""
    text = _OVERRIDDEN.sub(lambda shown: shown.group(1)[::-1], text or "")
    text = unicodedata.normalize("NFKC", text.translate(_CAPITALS))
    return "".join(ch for ch in text if _visible(ch)).translate(_CAPITALS)


def _unmarked(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Mn", "Me"))


def fold(text: str) -> str:
    """The skeleton of ``text``: what it looks like, not how it was typed."""
    return _unmarked(_cased(text).casefold()).translate(_SKELETON)


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


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name (the same names are looked for in every text of a foto)."""
    return tuple(words(name))


def _line(items: Iterable[str]) -> str:
    return f" {' '.join(items)} "


@dataclass(frozen=True)
class _Token:
    """A word of a text as typed, for the names that are also ordinary words."""

    skeleton: str  # folded: case, accents and look-alikes gone
    accented: str  # case folded, accents kept
    capitalised: bool  # written as a name: "Le", "Velde" (not "le", "LE")
    opens_sentence: bool  # the first word of the text, a line or a sentence


def _accented(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold()).translate(_SKELETON)


def _tokens(text: str) -> list[_Token]:
    """The words of ``text`` (letters, digits and their accents), each with how it is written."""
    cased = _cased(text)
    found: list[_Token] = []
    start, opens = None, True
    for index, ch in enumerate([*cased, " "]):
        if ch.isalnum() or (start is not None and unicodedata.category(ch).startswith("M")):
            start = index if start is None else start
            continue
        if start is not None:
            word = cased[start:index]
            letters = [c for c in word if c.isalpha()]
            capitalised = bool(letters) and letters[0].isupper() and not (len(letters) > 1 and word.isupper())
            found.append(_Token(fold(word), _accented(word), capitalised, opens))
            start, opens = None, False
        if ch in ".!?:;\n":
            opens = True
    return found


def _written_as_a_name(skeleton: str, tokens: list[_Token]) -> bool:
    """Whether a word that folds to ``skeleton`` is written as a name is: capitalised ("Le",
    not "le" or "LE"), and not the first word of a sentence or line (where any word is)."""
    return any(t.skeleton == skeleton and t.capitalised and not t.opens_sentence for t in tokens)


def _short_name_in(name: str, tokens: list[_Token]) -> bool:
    """A name of two letters or fewer as a word of its own. One that is also a short word of
    the language ("Lê" is "le") or a single letter only where it cannot be that word: written
    with the name's own accents ("lê"), or written as a name (:func:`_written_as_a_name`)."""
    skeleton = "".join(_name_words(name))
    if len(skeleton) > 1 and skeleton not in COMMON_SHORT:
        return any(t.skeleton == skeleton for t in tokens)
    accented = _accented(_cased(name).replace(" ", ""))
    return (accented != skeleton and any(t.accented == accented for t in tokens)) \
        or _written_as_a_name(skeleton, tokens)


def _long_name_in(parts: tuple[str, ...], folded: list[str], tokens: list[_Token]) -> bool:
    """A name of three letters or more: its words in sequence. A name of several words ("Van
    de Velde") also glued together or split elsewhere ("VandeVelde", "vande velde"), and by
    its last word alone when that has :data:`LAST_PART` letters or more and is written as a
    name ("Velde", not "groot" for "De Groot")."""
    if _line(parts) in _line(folded):
        return True
    if len(parts) == 1:
        return False
    glued = "".join(parts)
    return any(_glued_at(folded, start, glued) for start in range(len(folded))) \
        or (len(parts[-1]) >= LAST_PART and _written_as_a_name(parts[-1], tokens))


def _name_in(name: str, folded: list[str], tokens: list[_Token]) -> bool:
    parts = _name_words(name)
    if not parts:
        return False
    if len("".join(parts)) > SHORT:
        return _long_name_in(parts, folded, tokens)
    return _short_name_in(name, tokens)


def names_in(text: str, names: Iterable[str | tuple[str, str]]) -> list[str]:
    """The names from ``names`` that occur in ``text`` as whole words, however they are typed
    (case, accents, invisible characters, look-alike letters).

    ``names`` holds names, or (first name, last name) pairs of one pupil: a pair also matches
    as the two names side by side in either order ("Minh Le", "LE MINH"), reported as
    "first last" when neither name is found alone (one pupil, one hit). On its own, a name
    of two letters or fewer ("Võ", "Lê") matches as a word of its own, but where it is also a
    short word of the language ("le") only where it cannot be that word (see
    :func:`_short_name_in`). A name of several words: see :func:`_long_name_in`.
    """
    folded = words(text)
    if not folded:
        return []
    joined = _line(folded)
    tokens = _tokens(text)
    found = set()
    for item in set(names):
        pair = item if isinstance(item, tuple) else None
        alone = {name for name in pair or (item,) if _name_in(name, folded, tokens)}
        found |= alone
        if pair and not alone and all(_name_words(part) for part in pair):  # one pupil, one hit
            first, last = _name_words(pair[0]), _name_words(pair[1])
            if _line(first + last) in joined or _line(last + first) in joined:
                found.add(f"{pair[0]} {pair[1]}")
    return sorted(found)


def codes_in(text: str, codes: Iterable[str]) -> list[str]:
    """The pupil codes (``LL-7K3Q9M``) from ``codes`` that occur in ``text``, with or without
    the ``LL-``, however the letters are typed, and split by spaces, hyphens or dots
    (``7K3 Q9M``, ``7K3-Q9M``): the words that make up the code exactly."""
    folded = words(text)
    found = []
    for code in sorted(set(codes)):
        parts = words(code)
        if not parts:
            continue
        targets = {parts[-1], "".join(parts)}  # the body, and "ll" with it
        if any(_glued_at(folded, start, target) for start in range(len(folded)) for target in targets):
            found.append(code)
    return found


def _glued_at(folded: list[str], start: int, target: str) -> bool:
    """Whether the words from ``start`` on, glued together, make exactly ``target``."""
    glued = ""
    for word in folded[start:]:
        glued += word
        if glued == target:
            return True
        if not target.startswith(glued):
            return False
    return False


def _runs(folded: list[str]) -> Iterator[str]:
    for start in range(len(folded) - RUN + 1):
        yield " ".join(folded[start:start + RUN])


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")


def _wholes(text: str) -> Iterator[str]:
    """The text, each of its lines and each of its sentences, folded, when shorter than a run
    but long enough: :data:`MIN_LENGTH` characters, and a sentence of a longer text at least
    :data:`SENTENCE_WORDS` words ("Ja." or "Zie verslag." would block innocent texts)."""
    for part in {text, *text.splitlines()}:
        folded = words(part)
        if 0 < len(folded) < RUN and len(" ".join(folded)) >= MIN_LENGTH:
            yield " ".join(folded)
    for sentence in _SENTENCE_END.split(text):
        folded = words(sentence)
        if SENTENCE_WORDS <= len(folded) < RUN and len(" ".join(folded)) >= MIN_LENGTH:
            yield " ".join(folded)


class Secrets:
    """What of the vertrouwelijk texts an export must not hold: every run of :data:`RUN`
    consecutive words, and each whole text, line or sentence shorter than that (but long
    enough, see :func:`_wholes`), all folded.

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
