"""Icons from resources/icons (SVG), loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from go_hgw_desktop import paths


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(paths.icons_dir() / f"{name}.svg"))
