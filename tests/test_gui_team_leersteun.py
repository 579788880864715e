"""Leersteun for a teacher or the team has no pupil file: the Overzicht opens and adds it."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.choices import LeersteunKind, LeersteunStatus
from go_hgw_desktop.domain.partners import LeersteunRequest
from go_hgw_desktop.services import partners
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application

TODAY = date(2026, 11, 25)
NOUN = "leersteunaanvraag voor leraar of team"


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def test_team_leersteun_opens_from_the_overzicht_and_can_be_closed(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    partners.save_partner_item(opened.store, LeersteunRequest(
        kind=LeersteunKind.TEAMGERICHT, requested_on=date(2026, 10, 1), theme="Differentiëren"))
    opened.store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    tree = main.dashboard.page.ui.requestsTree
    assert tree.topLevelItem(0).text(1) == "Differentiëren"

    window.show()
    qtbot.waitExposed(window)
    row = tree.visualItemRect(tree.topLevelItem(0)).center()
    # A double-click as the platform sends it: a click, then the double-click. It opens the
    # form once: cancelled, it does not come back.
    user.will(NOUN, cancel=True)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    user.done()
    user.will(NOUN, status=LeersteunStatus.AFGESLOTEN, ended_on=date(2026, 11, 20))
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    user.done()
    assert partners.team_leersteun(main.store)[0].status is LeersteunStatus.AFGESLOTEN
    assert "Geen open aanvragen" in tree.topLevelItem(0).text(0)  # closed: off the list

    user.will(NOUN, kind=LeersteunKind.LERAARGERICHT, theme="Omgaan met gedrag in 5B")
    main.dashboard.page.ui.teamLeersteunButton.click()
    user.done()
    assert tree.topLevelItem(0).text(1) == "Omgaan met gedrag in 5B"
