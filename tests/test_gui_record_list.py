"""A record list's buttons: Bewerken, Bekijken and Verwijderen wait for a chosen row."""

from __future__ import annotations

from datetime import date

import pytest

from go_hgw_desktop.domain.choices import ObservationSource
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.ui.app import make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.controllers.record_list import RecordListController
from go_hgw_desktop.ui.controllers.record_specs import OBSERVATION
from go_hgw_desktop.ui.views.record_list import RecordListView


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def _observation(text: str) -> Observation:
    return Observation(cycle_id=1, observed_on=date(2026, 11, 20), source=ObservationSource.OBSERVATIE,
                       text=text, id=1)


def test_buttons_act_only_on_a_chosen_row(qtbot):
    view = RecordListView()
    qtbot.addWidget(view)
    opened = []
    controller = RecordListController(
        view, OBSERVATION, new=lambda: _observation(""), save=lambda o: o, delete=lambda o: None,
        interaction=Interaction(open_dialog=lambda dialog: opened.append(dialog) or False))
    ui = view.ui
    view.show()
    controller.set_records([])
    assert not ui.editButton.isEnabled() and not ui.deleteButton.isEnabled()
    controller.set_records([_observation("Leest traag voor.")])
    assert not ui.editButton.isEnabled()  # nothing chosen yet
    ui.table.selectRow(0)
    assert ui.editButton.isEnabled() and ui.deleteButton.isEnabled()
    ui.editButton.click()
    assert len(opened) == 1

    controller.set_records([], read_only=True)  # a closed cycle without any: nothing to look at
    assert not ui.editButton.isVisible() and not ui.addButton.isVisible()
    controller.set_records([_observation("Leest traag voor.")], read_only=True)
    assert ui.editButton.isVisible() and ui.editButton.text() == "Bekijken…"


def test_a_double_click_opens_the_form_once_and_the_row_stays_chosen(qtbot):
    from PySide6.QtCore import Qt

    view = RecordListView()
    qtbot.addWidget(view)
    opened = []
    controller = RecordListController(
        view, OBSERVATION, new=lambda: _observation(""), save=lambda o: o, delete=lambda o: None,
        interaction=Interaction(open_dialog=lambda dialog: opened.append(dialog) or False))
    view.show()
    first, second = _observation("Leest traag voor."), _observation("Slaat regels over.")
    second.id = 2
    controller.set_records([first, second])
    table = view.ui.table
    where = table.visualRect(controller.model.index(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(opened) == 1  # cancelled once: it does not come back
    controller.set_records([first, second])  # the list read again after a save
    assert controller.selected() is second
