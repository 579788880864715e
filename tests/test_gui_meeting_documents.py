"""Groepsplan afdrukken (Groepen), Verslag and Voorbereiding (Overleg), clicked as a person would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import TODAY
from meeting_school import SECRETS, SUBGROUP_MEASURE, build
from pypdf import PdfReader
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.choices import ConsultationType
from go_hgw_desktop.services import consultations as service
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.schoolfoto import pupil_names
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window
from go_hgw_desktop.ui.controllers.interaction import Interaction

SHOTS = os.environ.get("GO_HGW_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    yield


class Answers:
    def __init__(self, tmp_path: Path) -> None:
        self.saved_to = tmp_path / "uit"
        self.saved_to.mkdir()
        self.suggested: list[str] = []
        self.confirmed: list[Path] = []
        self.errors: list[str] = []
        self.offered: list[list[str]] = []
        self.pick = 0

    def _save(self, _parent, _title, suggested, _filter):
        self.suggested.append(suggested)
        return self.saved_to / suggested

    def _choose(self, _parent, _title, _label, options):
        self.offered.append(options)
        return self.pick

    def interaction(self) -> Interaction:
        return Interaction(today=lambda: TODAY, save_path=self._save, choose=self._choose,
                           file_saved=lambda _parent, path: self.confirmed.append(path),
                           notify=lambda _parent, error: self.errors.append(error.message))


@pytest.fixture
def app(qtbot, data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    school = build(opened.store, TODAY)
    with opened.store.transaction() as session:
        names = sorted(pupil_names(session))
    opened.store.close()
    answers = Answers(tmp_path)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=answers.interaction())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, main, answers, school, names
    main.close_store()


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _no_secrets(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def test_groepsplan_afdrukken_prints_the_selected_class(app, qtbot):
    window, main, answers, school, _names = app
    main.show_section(2)
    groups = main.groups
    groups.reload_classes(select_id=school.group.id)
    button = groups.page.ui.printGroepsplanButton
    assert button.isVisible() and button.isEnabled()
    _shot(window, "groepen")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert answers.errors == []
    [path] = answers.confirmed
    assert path.parent == answers.saved_to and path.suffix == ".pdf"
    assert f"groepsplan-{school.group.name}" in path.name and TODAY.isoformat() in path.name
    text = _text(path)
    assert f"Klas {school.group.name}" in text and SUBGROUP_MEASURE in text
    assert "Groepsplan subgroep Intensief" in text
    _no_secrets(text)


def test_verslag_of_a_micro_and_of_an_mdo(app, qtbot):
    window, main, answers, school, names = app
    main.show_section(3)
    page = main.consultations
    ui = page.page.ui
    page.select(school.micro_id)
    assert ui.verslagButton.isVisible() and ui.verslagButton.isEnabled()
    _shot(window, "overleg")
    qtbot.mouseClick(ui.verslagButton, Qt.MouseButton.LeftButton)
    page.select(school.mdo_id)
    qtbot.mouseClick(ui.verslagButton, Qt.MouseButton.LeftButton)

    assert answers.errors == []
    micro, mdo = answers.confirmed
    micro_on = service.get_consultation(page.store, school.micro_id).held_on
    assert micro.name.endswith(f" verslag-MICRO-overleg {micro_on.isoformat()}.pdf")
    assert " verslag-MDO " in mdo.name
    micro_text, mdo_text = _text(micro), _text(mdo)
    assert "Verslag: MICRO-overleg" in micro_text and "noemt geen leerlingen" in micro_text
    for first, last in names:  # a MICRO verslag never names a pupil of the store
        assert f"{first} {last}" not in micro_text and f"{last}, {first}" not in micro_text
    discussed = service.get_consultation(page.store, school.mdo_id).pupil_ids
    assert discussed and "Besproken leerlingen" in mdo_text
    _no_secrets(micro_text)
    _no_secrets(mdo_text)


def test_voorbereiding_offers_the_discussed_class_first_and_prints_its_sheet(app, qtbot):
    _window, main, answers, school, _names = app
    main.show_section(3)
    page = main.consultations
    ui = page.page.ui
    groepsbespreking = next(c for c in service.list_consultations(page.store)
                            if c.kind is ConsultationType.GROEPSBESPREKING)
    page.select(groepsbespreking.id)
    discussed = page.current.group_ids[0]
    from go_hgw_desktop.services.school import get_group

    qtbot.mouseClick(ui.preparationButton, Qt.MouseButton.LeftButton)
    assert answers.errors == []
    [offered] = answers.offered
    assert offered[0] == get_group(page.store, discussed).name
    [path] = answers.confirmed
    assert f"bespreking-{offered[0]}" in path.name
    text = _text(path)
    assert "Voorbereiding leerlingenbespreking / klassenraad" in text and f"Klas {offered[0]}" in text
    _no_secrets(text)

    # The class with the secrets: chosen from the list.
    answers.pick = offered.index(school.group.name)
    qtbot.mouseClick(ui.preparationButton, Qt.MouseButton.LeftButton)
    text = _text(answers.confirmed[-1])
    assert "Sommige doelen zijn vertrouwelijk" in text
    _no_secrets(text)


def test_a_cancelled_save_dialog_writes_nothing(app, qtbot):
    _window, main, answers, school, _names = app
    main.show_section(3)
    page = main.consultations
    page.interaction = Interaction(today=lambda: TODAY, save_path=lambda *_: None,
                                   file_saved=lambda _p, path: answers.confirmed.append(path))
    page.select(school.mdo_id)
    qtbot.mouseClick(page.page.ui.verslagButton, Qt.MouseButton.LeftButton)
    assert answers.confirmed == [] and list(answers.saved_to.iterdir()) == []


# ------------------------------------------------------------------ overdrachtsfiche (issue 16)


def test_overdrachtsfiche_prints_the_selected_class_for_next_year(app, qtbot):
    window, main, answers, school, _names = app
    main.show_section(2)
    groups = main.groups
    groups.reload_classes(select_id=school.group.id)
    button = groups.page.ui.printOverdrachtButton
    assert button.isVisible() and button.isEnabled() and "Overdrachtsfiche" in button.text().replace("&", "")
    _shot(window, "groepen-overdracht")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert answers.errors == []
    [path] = answers.confirmed
    assert path.parent == answers.saved_to and path.suffix == ".pdf"
    assert f"overdrachtsfiche-{school.group.name}" in path.name and TODAY.isoformat() in path.name
    text = _text(path)
    assert "Overdrachtsfiche" in text and f"Klas {school.group.name}" in text
    assert "alleen voor het schoolteam" in text and "Wat werkte" in text
    _no_secrets(text)
