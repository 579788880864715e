"""Copy the licence texts of the app's runtime dependencies into resources/licenses/.

    .venv/bin/python tools/collect_licenses.py

Run it after a dependency is added or upgraded, on the machine that builds the release, and
commit the result. Each installed distribution's own licence files (from its ``dist-info``)
become ``resources/licenses/<distribution>.txt``; the texts that no wheel carries (Qt's
LGPL-3.0 and GPL-3.0, SQLCipher's, OpenSSL's Apache-2.0, SQLite's dedication) are kept by hand
in the same folder. ``resources/licenses/index.json`` (kept by hand too) says which texts
belong to which component; ``tests/test_about.py`` fails when an installed runtime
dependency is missing from it or a text it names is missing.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "licenses"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "go-hgw-desktop") -> dict[str, metadata.Distribution]:
    """The installed distributions the app needs to run (extras left out), by normalised name."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = normalise(name)
        if key in found:
            continue
        try:
            found[key] = dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # another platform's dependency
            continue
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.match(r"[A-Za-z0-9_.\-]+", requirement).group(0))
    found.pop(normalise(root), None)
    return found


def licence_text(dist: metadata.Distribution) -> str:
    parts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and LICENCE_FILE.search(file.name):
            text = Path(dist.locate_file(file)).read_text(encoding="utf-8", errors="replace")
            parts.append(f"===== {file.name} =====\n\n{text.strip()}\n")
    return "\n\n".join(parts)


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    missing = []
    for key, dist in sorted(runtime_closure().items()):
        text = licence_text(dist)
        if not text:
            missing.append(key)
            continue
        license_name = dist.metadata.get("License-Expression") or dist.metadata.get("License") or "?"
        header = f"{dist.metadata['Name']} {dist.version}\nLicentie: {license_name}\n\n"
        (TARGET / f"{key}.txt").write_text(header + text, encoding="utf-8")
        print(f"{key}.txt")
    for key in missing:
        print(f"zonder licentiebestand in het wiel: {key} (schrijf de tekst met de hand)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
