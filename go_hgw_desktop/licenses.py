"""The parts the app is built with and their licences, for Help → Over GO! HGW Desktop.

``resources/licenses/index.json`` names each part, what it does, its licence and the files
with the full text (relative to ``resources/``); versions come from the installed packages.
Read only when the dialog is opened, never at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from go_hgw_desktop import paths

INDEX = "index.json"
TEXT_LIMIT = 2_000_000  # bytes per licence text: a damaged installation shows a note, not a hang


@dataclass(frozen=True)
class Component:
    name: str
    what: str  # what it does for the app, in Dutch
    license: str
    dists: tuple[str, ...]  # the Python distributions it comes in (for the version)
    files: tuple[str, ...]  # relative to resources/
    where: str = ""  # where the full text is, when it is not shipped

    @property
    def version(self) -> str:
        for dist in self.dists:
            try:
                return metadata.version(dist)
            except metadata.PackageNotFoundError:
                continue
        return ""

    def text(self) -> str:
        """The full licence text(s), or where they are."""
        parts = []
        for name in self.files:
            path = paths.resources_dir() / name
            try:
                with path.open("rb") as handle:
                    data = handle.read(TEXT_LIMIT)
                parts.append(data.decode("utf-8", errors="replace"))
            except OSError:
                parts.append(f"De licentietekst ontbreekt in deze installatie ({path}). "
                             "Installeer het programma opnieuw.")
        if self.where:
            parts.append(self.where)
        return ("\n\n" + "=" * 40 + "\n\n").join(parts)


def components(index: Path | None = None) -> list[Component]:
    """Every part in ``index.json``, in its order."""
    raw = json.loads((index or paths.licenses_dir() / INDEX).read_text(encoding="utf-8"))
    return [Component(name=c["name"], what=c.get("what", ""), license=c["license"],
                      dists=tuple(c.get("dists", ())), files=tuple(c.get("files", ())),
                      where=c.get("where", "")) for c in raw["components"]]
