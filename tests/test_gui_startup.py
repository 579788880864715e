"""The GUI start-up as a new user meets it: create, keep the recovery key, list, lock, recover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.pupils_controller import EMPTY_STORE_TEXT
from go_hgw_desktop.ui.text import fold
from go_hgw_desktop.ui.views.dialogs import EnterRecoveryKeyDialog, FirstRunDialog, RecoveryKeyDialog


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


class Answers:
    """Plays the user in front of each start-up dialog."""

    def __init__(self, **handlers):
        self.handlers = handlers
        self.seen: list[str] = []

    def __call__(self, dialog) -> bool:
        name = type(dialog).__name__
        self.seen.append(name)
        return self.handlers[name](dialog)


def test_first_run_creates_the_store_and_shows_the_recovery_key(qtbot, data_dir, key_store):
    shown = {}

    def first_run(dialog: FirstRunDialog) -> bool:
        assert str(data_dir) in dialog.ui.locationLabel.text()
        # QtTest cannot type non-ASCII keys; the rest of the name is set directly.
        qtbot.keyClicks(dialog.ui.schoolNameEdit, "GO! Basisschool ")
        dialog.ui.schoolNameEdit.setText(dialog.ui.schoolNameEdit.text() + "Łąka")
        return True

    def recovery(dialog: RecoveryKeyDialog) -> bool:
        shown["key"] = dialog.ui.keyLabel.text().replace("\n", "")
        assert not dialog.ui.continueButton.isEnabled()
        dialog.reject()  # Escape must not skip the key
        assert not dialog.ui.continueButton.isEnabled()
        assert not dialog.ui.printedCheck.isEnabled()  # nothing printed yet
        qtbot.mouseClick(dialog.ui.copiedCheck, Qt.MouseButton.LeftButton)
        assert dialog.ui.continueButton.isEnabled()
        return True

    answers = Answers(FirstRunDialog=first_run, RecoveryKeyDialog=recovery)
    window, controller = build_main_window(data_dir, lambda: key_store, run_dialog=answers)
    qtbot.addWidget(window)
    assert answers.seen == ["FirstRunDialog", "RecoveryKeyDialog"]
    assert window.ui.schoolLabel.text() == "GO! Basisschool Łąka"
    page = controller.pupils.page.ui
    assert page.listStack.currentWidget() is page.emptyLabel
    assert page.emptyLabel.text() == EMPTY_STORE_TEXT
    # The key shown is the store's key: it opens the store on a fresh key store.
    controller.close_store()
    fresh = MemoryKeyStore()
    from go_hgw_desktop.services.workspace import recover_key

    recover_key(data_dir, fresh, shown["key"])
    open_workspace(data_dir, fresh).store.close()


def test_first_run_offers_the_passphrase_and_never_forces_it(qtbot, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services import security
    from go_hgw_desktop.ui.views.dialogs import PassphraseDialog

    offered = {}

    def first_run(dialog: FirstRunDialog) -> bool:
        offered["unchecked"] = not dialog.ui.passphraseCheck.isChecked()  # never forced
        offered["advice"] = dialog.ui.passphraseLabel.text()
        dialog.grab().save(str(tmp_path / "first-run.png"))  # looked at by hand when it changes
        dialog.ui.passphraseCheck.setChecked(True)
        return True

    tries = iter([("kort", "kort"), ("een lange zin om te onthouden", "een andere zin"),
                  ("een lange zin om te onthouden", "een lange zin om te onthouden")])

    def passphrase(dialog: PassphraseDialog) -> bool:
        typed, again = next(tries)
        offered.setdefault("errors", []).append(dialog.ui.errorLabel.text())
        dialog.ui.passphraseEdit.setText(typed)
        dialog.ui.repeatEdit.setText(again)
        return True

    def recovery(dialog: RecoveryKeyDialog) -> bool:
        dialog.ui.copiedCheck.setChecked(True)
        return True

    answers = Answers(FirstRunDialog=first_run, RecoveryKeyDialog=recovery, PassphraseDialog=passphrase)
    window, controller = build_main_window(data_dir, lambda: key_store, run_dialog=answers)
    qtbot.addWidget(window)
    assert answers.seen == ["FirstRunDialog", "RecoveryKeyDialog"] + ["PassphraseDialog"] * 3
    assert offered["unchecked"] and "domeinbeheerder" in offered["advice"]
    assert offered["errors"][1].startswith("Kies een wachtwoord van minstens 10 tekens")
    assert offered["errors"][2].startswith("De twee wachtwoorden zijn niet gelijk")
    assert security.has_passphrase(data_dir, key_store)
    controller.close_store()


def test_the_passphrase_offer_can_be_declined_at_first_run(qtbot, data_dir, key_store):
    from go_hgw_desktop.services import security

    answers = Answers(FirstRunDialog=lambda d: True, RecoveryKeyDialog=lambda d: True)
    window, controller = build_main_window(data_dir, lambda: key_store, run_dialog=answers)
    qtbot.addWidget(window)
    assert "PassphraseDialog" not in answers.seen and not security.has_passphrase(data_dir, key_store)
    controller.close_store()


def test_cancelling_the_first_run_creates_nothing(data_dir, key_store):
    answers = Answers(FirstRunDialog=lambda d: False)
    assert build_main_window(data_dir, lambda: key_store, run_dialog=answers) is None
    assert not data_dir.exists()


@pytest.fixture
def demo_dir(data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=120, seed=5)
    opened.store.close()
    return data_dir


def test_main_window_lists_and_searches_pupils(qtbot, demo_dir, key_store):
    window, main = build_main_window(demo_dir, lambda: key_store)
    qtbot.addWidget(window)
    window.show()
    controller = main.pupils
    page = controller.page
    assert controller.model.rowCount() == controller.model.total > 100
    assert window.ui.schoolYearCombo.currentText().count("-") == 1

    # A pupil with a non-ASCII name, found by typing it without accents.
    target = next(
        row for row in controller.model.visible_rows()
        if not f"{row.first_name}{row.last_name}".isascii() and fold(row.last_name).isascii()
        and fold(row.first_name).isascii()
    )
    query = f"{fold(target.first_name)[:3]} {fold(target.last_name)}"
    qtbot.keyClicks(page.ui.searchEdit, query)
    names = {controller.model.index(r, 0).data() for r in range(controller.model.rowCount())}
    assert any(target.last_name in n for n in names)
    assert controller.model.rowCount() < controller.model.total

    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, target.code)
    assert controller.model.rowCount() == 1

    page.ui.searchEdit.setText("zzzz-geen-leerling")
    assert page.ui.listStack.currentWidget() is page.ui.emptyLabel
    assert "Geen leerling gevonden" in page.ui.emptyLabel.text()


def test_lock_hides_every_pupil_and_closes_the_store(qtbot, demo_dir, key_store):
    window, controller = build_main_window(demo_dir, lambda: key_store)
    qtbot.addWidget(window)
    file = controller.open_pupil(controller.pupils.model.row_at(0).id)
    window.ui.actionLock.trigger()
    assert controller.store is None and controller.pupils is None
    assert window.ui.sectionStack.count() == 0  # the pages holding pupil data are gone
    assert not file.view.isVisible() and controller.pupil_files == {}
    assert window.ui.pages.currentWidget() is window.ui.lockedPage
    assert window.ui.schoolLabel.text() == ""
    qtbot.mouseClick(window.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert controller.store is not None
    assert controller.pupils.model.rowCount() > 100
    controller.close_store()


def test_lost_keyring_entry_is_recovered_with_the_recovery_key(qtbot, data_dir, key_store):
    opened = open_workspace(data_dir, key_store)
    recovery = opened.recovery_key
    pupil_service.create_pupil(
        opened.store,
        pupil_service.Pupil(first_name="Nguyễn Anh", last_name="Trần", birth_year=2016),
    )
    opened.store.close()
    attempts = iter(["0000-" * 15 + "0000", "geen sleutel", recovery.lower()])
    errors = []

    def enter(dialog: EnterRecoveryKeyDialog) -> bool:
        if dialog.ui.errorLabel.text():
            errors.append(dialog.ui.errorLabel.text())
        dialog.ui.keyEdit.setText(next(attempts))
        return True

    new_profile = MemoryKeyStore()
    window, controller = build_main_window(
        data_dir, lambda: new_profile, run_dialog=Answers(EnterRecoveryKeyDialog=enter)
    )
    qtbot.addWidget(window)
    assert len(errors) == 2
    assert "past niet" in errors[0] and "geen geldige herstelsleutel" in errors[1]
    assert controller.pupils.model.rowCount() == 1
    controller.close_store()


def test_giving_up_on_recovery_reports_nothing_and_opens_nothing(data_dir, key_store):
    open_workspace(data_dir, key_store).store.close()
    errors = []
    result = build_main_window(
        data_dir, MemoryKeyStore, run_dialog=Answers(EnterRecoveryKeyDialog=lambda d: False),
        notify=errors.append,
    )
    assert result is None and errors == []


def test_unreadable_store_is_explained_in_dutch(data_dir, key_store):
    open_workspace(data_dir, key_store).store.close()
    (data_dir / "go-hgw.db").write_bytes(b"dit is geen database" * 500)
    errors = []
    assert build_main_window(data_dir, lambda: key_store, notify=errors.append) is None
    assert len(errors) == 1 and "niet gewijzigd" in errors[0].hint


def test_a_hidden_list_catches_up_when_it_is_shown_again(qtbot, demo_dir, key_store):
    window, main = build_main_window(demo_dir, lambda: key_store)
    qtbot.addWidget(window)
    model = main.pupils.model
    listed = model.total
    window.ui.navList.setCurrentRow(0)  # Overzicht on screen, the pupil list hidden
    pupil_service.create_pupil(
        main.store, pupil_service.Pupil(first_name="Łucja", last_name="Şahin", birth_year=2015)
    )
    main.refresh()
    assert model.total == listed  # not re-read while nobody looks at it
    window.ui.navList.setCurrentRow(1)
    assert model.total == listed + 1
    main.close_store()


def test_a_store_laundered_through_a_faked_upgrade_raises_the_alarm_and_offers_a_restore(qtbot, data_dir,
                                                                                        key_store, tmp_path):
    """No Privacy page without an open store: the restore is offered at start-up itself."""
    from test_services import add_pupil
    from test_trail_laundering import EDIT, FAKE_MIGRATION, _in_shell

    from go_hgw_desktop.services import backup
    from go_hgw_desktop.services.workspace import check_store
    from go_hgw_desktop.storage.keys import parse_recovery_key

    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool")
    add_pupil(opened.store, first="Ana", last="Peeters")
    backup.make_backup(opened.store, tmp_path / "kopie.db")
    opened.store.close()
    _in_shell(data_dir, parse_recovery_key(opened.recovery_key), EDIT, *FAKE_MIGRATION)

    errors, questions = [], []
    options = dict(notify=errors.append, choose_backup=lambda parent: tmp_path / "kopie.db",
                   ask=lambda parent, title, text: questions.append(text) or answer)
    answer = False
    assert build_main_window(data_dir, lambda: key_store, **options) is None
    assert "ALARM" in errors[0].message and "reservekopie terugzetten" in questions[0]
    answer = True
    window, controller = build_main_window(data_dir, lambda: key_store, **options)
    qtbot.addWidget(window)
    assert "kopie.db" in questions[-1] and "1 leerlingen" in questions[-1]
    assert check_store(controller.store).ok
    assert pupil_service.get_pupil(controller.store, 1).last_name == "Peeters"
    controller.close_store()
