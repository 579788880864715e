"""Compile ``resources/ui/*.ui`` into ``go_hgw_desktop/ui/forms/`` with pyside6-uic.

``python -m go_hgw_desktop.ui.uic`` rewrites the compiled forms, and compiles
``resources/translations/*.ts`` into ``.qm`` with pyside6-lrelease; ``--check`` fails when
a committed form or catalogue no longer matches its source (``make test`` runs it). The
header line naming the uic version is ignored in the comparison.

uic imports some thirty Qt classes in every form, whether the form uses them or not; the
compiled forms keep only the ones they use. Touching a PySide6 class the first time builds
its Python type and enums, and the unused ones cost 8 ms of the first screen.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from go_hgw_desktop import paths

FORMS_DIR = Path(__file__).resolve().parent / "forms"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (make test does)")
    return found


def _uic() -> str:
    return _tool("pyside6-uic")


def compile_catalogue(source: Path) -> bytes:
    """The ``.qm`` that pyside6-lrelease makes of a ``.ts`` catalogue (same input, same bytes)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / source.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True)
        return target.read_bytes()


def compiled_name(source: Path) -> str:
    return f"ui_{source.stem}.py"


def compile_form(source: Path) -> str:
    result = subprocess.run(
        [_uic(), "--no-autoconnection", str(source)],
        check=True, capture_output=True, text=True, encoding="utf-8",
    )
    return prune_imports(result.stdout)


def _spelled(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


def prune_imports(code: str) -> str:
    """``code`` with its ``from PySide6.… import (…)`` lines cut to the names it uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(tree.body):  # from the end: earlier line numbers stay valid
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [_spelled(alias) for alias in node.names if (alias.asname or alias.name) in used]
        statement = f"from {node.module} import ({', '.join(names)})"
        wrapped = textwrap.wrap(statement, 100, subsequent_indent="    ", break_on_hyphens=False)
        kept = ["\n".join(wrapped) + "\n"] if names else []
        lines[node.lineno - 1:node.end_lineno] = kept
    return "".join(lines)


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
    for catalogue in sorted(paths.translations_dir().glob("*.ts")):
        target = catalogue.with_suffix(".qm")
        fresh_qm = compile_catalogue(catalogue)
        if not target.exists() or target.read_bytes() != fresh_qm:
            stale.append(target.name)
            if not check:
                target.write_bytes(fresh_qm)
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
