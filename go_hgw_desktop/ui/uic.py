"""Compile ``resources/ui/*.ui`` into ``go_hgw_desktop/ui/forms/`` with pyside6-uic.

``python -m go_hgw_desktop.ui.uic`` rewrites the compiled forms; ``--check`` fails when
a committed form no longer matches its ``.ui`` source (``make test`` runs it). The
header line naming the uic version is ignored in the comparison.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from go_hgw_desktop import paths

FORMS_DIR = Path(__file__).resolve().parent / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        sys.exit("pyside6-uic not found: install the project (make test does)")
    return found


def compiled_name(source: Path) -> str:
    return f"ui_{source.stem}.py"


def compile_form(source: Path) -> str:
    result = subprocess.run(
        [_uic(), "--no-autoconnection", str(source)],
        check=True, capture_output=True, text=True, encoding="utf-8",
    )
    return result.stdout


def _comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by:")]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    sources = sorted(paths.ui_sources_dir().glob("*.ui"))
    for source in sources:
        target = FORMS_DIR / compiled_name(source)
        fresh = compile_form(source)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if _comparable(fresh) != _comparable(current):
            stale.append(target.name)
            if not check:
                target.write_text(fresh, encoding="utf-8")
    expected = {compiled_name(s) for s in sources} | {"__init__.py"}
    orphans = sorted(p.name for p in FORMS_DIR.glob("*.py") if p.name not in expected)
    if check and (stale or orphans):
        print("Compiled forms are out of date: " + ", ".join(stale + orphans), file=sys.stderr)
        print("Run `make forms` and commit the result.", file=sys.stderr)
        return 1
    for orphan in orphans:
        (FORMS_DIR / orphan).unlink()
    if not check:
        print(f"{len(stale)} of {len(sources)} forms recompiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
