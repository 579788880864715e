"""Dutch messages for argparse: the command line speaks the user's language too.

argparse looks its texts up through a module-level ``_`` (gettext) at call time; we
give it a Dutch catalogue for the messages a user can meet.
"""

from __future__ import annotations

import argparse

_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "one of the arguments %s is required": "één van deze argumenten is nodig: %s",
    "not allowed with argument %s": "niet samen met %s",
    "ignored explicit argument %r": "waarde %r genegeerd",
}


def install() -> None:
    argparse._ = lambda text: _DUTCH.get(text, text)  # type: ignore[attr-defined]
