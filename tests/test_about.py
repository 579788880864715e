"""What ships with the app for Help: every dependency's licence, and a handleiding page for every
screen whose links and anchors all lead somewhere."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from go_hgw_desktop import paths
from go_hgw_desktop.licenses import components
from go_hgw_desktop.ui.controllers.main_controller import MANUAL_PAGES, PUPIL_FILE_PAGE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from collect_licenses import normalise, runtime_closure


def test_every_runtime_dependency_has_its_licence_in_the_about_dialog():
    named = {normalise(dist) for part in components() for dist in part.dists}
    missing = sorted(set(runtime_closure()) - named)
    assert not missing, f"add these to resources/licenses/index.json (tools/collect_licenses.py): {missing}"


def test_every_licence_file_named_is_there_and_readable():
    for part in components():
        assert part.files or part.where, part.name
        for name in part.files:
            path = paths.resources_dir() / name
            assert path.is_file(), f"{part.name}: {path} is missing"
        assert "ontbreekt" not in part.text()
    qt = next(p for p in components() if "PySide6-Essentials" in p.dists)
    assert "LGPL-3.0" in qt.license and "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "a" and values.get("name"):
            self.anchors.add(values["name"])


def _read(page: str) -> _Page:
    parser = _Page()
    parser.feed((paths.manual_dir() / f"{page}.html").read_text(encoding="utf-8"))
    return parser


def test_a_handleiding_page_for_every_screen_and_every_step_of_the_pupil_file():
    from go_hgw_desktop.domain.choices import HgwStep
    from go_hgw_desktop.ui.views.trajectory_view import PARTNERS_PAGE

    for page in (*MANUAL_PAGES, PUPIL_FILE_PAGE, "index", "schoolgegevens"):
        assert (paths.manual_dir() / f"{page}.html").is_file(), page
    anchors = _read(PUPIL_FILE_PAGE).anchors
    assert {step.value for step in HgwStep} | {PARTNERS_PAGE} <= anchors
    assert "vergrendelen" in _read("index").anchors  # F1 while locked


def test_every_link_in_the_handleiding_leads_somewhere():
    for path in sorted(paths.manual_dir().glob("*.html")):
        page = _read(path.stem)
        for link in page.links:
            if re.match(r"https?://", link):
                continue
            target, _, anchor = link.partition("#")
            target_page = Path(target).stem if target else path.stem
            assert (paths.manual_dir() / f"{target_page}.html").is_file(), f"{path.name}: {link}"
            if anchor:
                assert anchor in _read(target_page).anchors, f"{path.name}: {link}"
