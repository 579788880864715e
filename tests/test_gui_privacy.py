"""The Privacy section walked as a coordinator would: backup, restore, purge, passphrase, key."""

from __future__ import annotations

from datetime import date

import pytest
from gui_user import type_date
from test_gui_lock import PASS, _school

from go_hgw_desktop.services import backup, pupils, security
from go_hgw_desktop.services.workspace import PassphraseRequiredError, open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.dialogs import PassphraseDialog, RecoveryKeyDialog

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


class Person:
    def __init__(self, tmp_path):
        self.tmp_path, self.errors, self.questions, self.open = tmp_path, [], [], []
        self.confirmed: list = []  # files the person was told about
        self.passphrases: list[str] = []
        self.recovery_keys: list[str] = []

    def dialog(self, dialog) -> bool:
        if isinstance(dialog, PassphraseDialog):
            text = self.passphrases.pop(0)
            dialog.ui.passphraseEdit.setText(text)
            dialog.ui.repeatEdit.setText(text)
            dialog.setResult(1)
            return True
        if isinstance(dialog, RecoveryKeyDialog):
            self.recovery_keys.append(dialog.ui.keyLabel.text().replace("\n", ""))
            dialog.ui.copiedCheck.setChecked(True)
            return True
        raise AssertionError(type(dialog))

    def interaction(self) -> Interaction:
        return Interaction(open_dialog=self.dialog, today=lambda: TODAY,
                           ask=lambda _p, _t, text: self.questions.append(text) or True,
                           confirm=lambda _p, _n, text: self.questions.append(text) or True,
                           notify=lambda _p, e: self.errors.append(e.message),
                           save_path=lambda _p, _t, name, _f: self.tmp_path / name,
                           file_saved=lambda _p, path: self.confirmed.append(path),
                           open_paths=lambda *_: list(self.open))


def _privacy(qtbot, data_dir, key_store, person, run_dialog=None):
    options = {"run_dialog": run_dialog} if run_dialog else {}
    window, main = build_main_window(data_dir, lambda: key_store, interaction=person.interaction(), **options)
    qtbot.addWidget(window)
    main.show_section(5)
    return window, main, main._section(5)


def test_backup_reminder_backup_and_restore(qtbot, data_dir, key_store, tmp_path):
    store, _pupil, _ = _school(data_dir, key_store)
    store.close()
    person = Person(tmp_path)
    window, main, privacy = _privacy(qtbot, data_dir, key_store, person)
    assert main._reminder.isVisibleTo(window)  # no backup yet
    path = privacy.make_backup()
    assert path.exists() and not main._reminder.isVisibleTo(window)
    assert "Laatste reservekopie" in privacy.page.ui.backupStatusLabel.text()
    pupils.create_pupil(main.store, pupils.Pupil(first_name="Later", last_name="Erbij", birth_year=2017))
    person.open = [path]
    assert privacy.restore_backup()
    assert person.errors == []
    names = [p.first_name for p in pupils.list_pupils(main.store, pupils.SchoolYear(2026))]
    assert names == ["Ayşe"]  # the state of the backup
    assert list((data_dir / "backups").glob("voor-herstel-*.db"))
    main.close_store()


def test_purge_from_the_privacy_page(qtbot, data_dir, key_store, tmp_path):
    store, pupil, _ = _school(data_dir, key_store)
    pupils.mark_left(store, pupil.id, date(2025, 6, 30))
    store.close()
    person = Person(tmp_path)
    _window, main, privacy = _privacy(qtbot, data_dir, key_store, person)
    assert privacy.page.ui.leaversTable.rowCount() == 1
    assert privacy.purge() >= 3
    assert "voorgoed gewist" in person.questions[0]
    assert privacy.page.ui.leaversTable.rowCount() == 0
    main.close_store()


def test_passphrase_and_new_key_from_the_privacy_page(qtbot, data_dir, key_store, tmp_path):
    store, _pupil, _ = _school(data_dir, key_store)
    store.close()
    person = Person(tmp_path)
    _window, main, privacy = _privacy(qtbot, data_dir, key_store, person,
                                      run_dialog=lambda d: person.dialog(d))
    person.passphrases = [PASS]
    assert privacy.set_passphrase()
    assert security.has_passphrase(data_dir, key_store)
    person.passphrases = [PASS, PASS]  # asked for the rotation, then again to reopen
    assert privacy.rotate_key()
    assert person.errors == [] and len(person.recovery_keys) == 1
    assert main.store is not None
    main.close_store()
    with pytest.raises(PassphraseRequiredError):
        open_workspace(data_dir, key_store)
    reopened = open_workspace(data_dir, key_store, passphrase=PASS).store
    assert backup.last_backup(reopened) is None
    reopened.close()


def test_the_trail_viewer_filters_and_exports_an_access_request(qtbot, data_dir, key_store, tmp_path):
    store, pupil, _ = _school(data_dir, key_store)
    store.close()
    person = Person(tmp_path)
    window, main, privacy = _privacy(qtbot, data_dir, key_store, person)
    main.open_pupil(pupil.id)
    ui = privacy.page.ui
    ui.pupilCombo.set_value(pupil.id)
    window.show()
    ui.tabs.setCurrentWidget(ui.trailTab)
    today = date.today()  # the trail is written in real time; the test's TODAY is fixed
    type_date(qtbot, ui.untilEdit, today, style=3)  # typed over the date there, digits only
    assert ui.untilEdit.text() == today.strftime("%d/%m/%Y")
    lines = {ui.trailTable.item(r, 2).text() for r in range(ui.trailTable.rowCount())}
    assert {f"Leerling {pupil.code} toegevoegd", f"Dossier van {pupil.code} geopend"} <= lines
    assert {ui.trailTable.item(r, 3).text() for r in range(ui.trailTable.rowCount())} == {
        f"Demir, Ayşe ({pupil.code})"}
    assert "in orde" in ui.chainLabel.text()
    pdf = privacy.export_access()
    assert pdf is not None, person.errors
    assert pdf.exists() and pdf.with_suffix(".json").exists()
    main.close_store()


def test_a_backup_from_before_a_new_key_asks_its_recovery_key(qtbot, data_dir, key_store, tmp_path):
    from go_hgw_desktop.ui.views.dialogs import EnterRecoveryKeyDialog

    opened = open_workspace(data_dir, key_store)
    old_recovery = opened.recovery_key
    old_backup = backup.make_backup(opened.store, tmp_path / "oud.db").path
    pending = security.prepare_rotation(opened.store)
    opened.store = security.complete_rotation(opened.store, key_store, pending)
    opened.store.close()
    person = Person(tmp_path)
    asked = []

    def dialog(d):
        if isinstance(d, EnterRecoveryKeyDialog):
            asked.append(d)
            d.ui.keyEdit.setText(old_recovery)
            return True
        return person.dialog(d)

    person.dialog = dialog
    _window, main, privacy = _privacy(qtbot, data_dir, key_store, person)
    person.open = [old_backup]
    assert privacy.restore_backup()
    assert asked and person.errors == []
    assert "teruggezet" in main.window.statusBar().currentMessage()
    main.close_store()
