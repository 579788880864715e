"""Entry point: ``go-hgw`` and ``python -m go_hgw_desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from go_hgw_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
