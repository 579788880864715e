"""The stamboeknummer (the school administration's pupil number): shown in the list and the
file, typed in the pupil form, searchable; and the pupil form is one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import ScriptedUser
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services.records import NotFoundError
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.models.pupil_table import COLUMNS

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


def test_the_number_is_typed_shown_and_found(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    year = school_service.current_school_year(opened.store, TODAY)
    school_service.set_current_school_year(opened.store, year)
    group = school_service.save_group(opened.store, school_service.ClassGroup(name="5A", school_year=year))
    pupil_service.create_pupil(opened.store, Pupil(first_name="Ana", last_name="Diallo", birth_year=2015,
                                                   external_ref="20150417"), group.id)
    opened.store.close()
    user = ScriptedUser(qtbot)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=user.interaction(TODAY))
    qtbot.addWidget(window)
    window.show()
    main.show_section(1)
    user.will("leerling", first_name="Wiktoria", last_name="Łukasiewicz", birth_year=2015,
              group_id=group.id, external_ref="20150988")
    qtbot.mouseClick(main.pupils.page.ui.newPupilButton, LEFT)
    user.done()

    search = main.pupils.page.ui.searchEdit
    qtbot.keyClicks(search, "988")
    model = main.pupils.model
    assert model.rowCount() == 1
    column = COLUMNS.index("Stamboeknr.")
    assert model.index(0, column).data() == "20150988"
    qtbot.keyClick(search, Qt.Key.Key_Return)  # opens the only one found
    file = main.pupil_files[model.row_at(0).id]
    qtbot.addWidget(file.view)
    assert "stamboeknummer 20150988" in file.view.ui.codeLabel.text()

    # A number that belongs to another pupil is refused in the form, which stays open.
    user.will("leerling", external_ref="20150417", expect_error="hoort al bij een andere leerling")
    qtbot.mouseClick(file.view.ui.editIdentityButton, LEFT)
    user.done()


def test_the_pupil_form_saves_name_and_class_together_or_not_at_all(store):
    year = school_service.current_school_year(store, TODAY)
    group = school_service.save_group(store, school_service.ClassGroup(name="3B", school_year=year))
    pupil = pupil_service.create_pupil(store, Pupil(first_name="Omar", last_name="Benali",
                                                    birth_year=2017), group.id)
    changed = Pupil(id=pupil.id, first_name="Omar", last_name="Benali-Peeters", birth_year=2017)
    with pytest.raises(NotFoundError):  # a class that is not there (deleted meanwhile)
        pupil_service.save_pupil(store, changed, group_id=99999)
    assert pupil_service.get_pupil(store, pupil.id).last_name == "Benali"  # the name did not change
    other = pupil_service.create_pupil(store, Pupil(first_name="Lina", last_name="Ait", birth_year=2017,
                                                    external_ref="777"))
    with pytest.raises(ValidationError, match="777"):
        pupil_service.save_pupil(store, Pupil(id=pupil.id, first_name="Omar", last_name="Benali",
                                              birth_year=2017, external_ref=" 777 "))
    assert other.external_ref == "777"
