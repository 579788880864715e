"""Entry point: ``go-hgw`` and ``python -m go_hgw_desktop``."""

from __future__ import annotations

import sys


def utf8_output() -> None:
    """Write the app's own output as UTF-8, wherever it goes.

    With output redirected to a file or a pipe, Python on Windows writes the ANSI code page
    (cp1252): a name such as "Nguyễn" then ended `import` and `purge` with exit 70. A frozen
    build's ``utf8`` option covers only the bundle; this covers every way the app starts.
    A windowed start has no streams at all (None) and is left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    utf8_output()
    from go_hgw_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
