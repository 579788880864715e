"""List the unnamed buttons, fields, lists and tables of the running app, as a screen reader sees them.

The tests walk Qt's own accessibility tree (tests/test_gui_accessibility.py); this walks what
actually reaches an assistive technology on Linux, over AT-SPI. Run the app with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 inside a D-Bus session with the AT-SPI bus running, then,
with Debian's python3-gi and gir1.2-atspi-2.0 (system Python, not the venv):

    /usr/bin/python3 tools/atspi_walk.py

It prints, per application whose name holds "HGW", how many interactive elements are showing
and which have no name; exit status 1 when any is unnamed.
"""

import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "entry", "table",
               "list", "tree table", "page tab", "spin button", "tree", "list box", "password text",
               "toggle button", "slider"}
LISTS = {"table", "tree table", "list", "list box"}  # their cells are not widgets of their own


def walk(node, path: str, found: list[tuple[str, str]], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    try:
        role, name = node.get_role_name(), node.get_name() or ""
        showing = node.get_state_set().contains(Atspi.StateType.SHOWING)
    except Exception:  # an element that went away while walking
        return
    if role in INTERACTIVE and showing:
        found.append((f"{path}/{role}", name.strip()))
    if role not in LISTS:
        for i in range(min(node.get_child_count(), 400)):
            walk(node.get_child_at_index(i), f"{path}/{role}:{name[:20]}", found, depth + 1)


def main() -> int:
    desktop = Atspi.get_desktop(0)
    apps = [desktop.get_child_at_index(i) for i in range(desktop.get_child_count())]
    unnamed = 0
    for app in apps:
        if app is None or "hgw" not in (app.get_name() or "").lower():
            continue
        found: list[tuple[str, str]] = []
        walk(app, app.get_name(), found)
        missing = [path for path, name in found if not name]
        unnamed += len(missing)
        print(f"{app.get_name()}: {len(found)} interactive elements showing, {len(missing)} without a name")
        for path in missing:
            print("  ", path)
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
