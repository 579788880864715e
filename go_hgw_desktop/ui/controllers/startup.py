"""Start-up: create the store on first run, unlock it, or recover its key.

Which dialog comes next is decided here; the dialogs only hold their layout. Tests pass
``run_dialog`` to answer dialogs without a human, ``notify`` to read errors and
``choose_backup`` to pick a file.

A store that does not match its own trail when it is about to be upgraded is not opened
(``TamperedStoreError``): after the alarm the coordinator is offered to restore a backup made
through the app, right here, since there is no open store to reach the Privacy page from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services.workspace import (
    KeyMissingError,
    KeyStore,
    PassphraseRequiredError,
    Store,
    TamperedStoreError,
    WrongPassphraseError,
    open_workspace,
    recover_key,
    workspace_exists,
)
from go_hgw_desktop.ui.controllers.interaction import ask_yes_no
from go_hgw_desktop.ui.controllers.messages import show_error

RunDialog = Callable[[QDialog], bool]
Notify = Callable[[UserError], None]
ChooseFile = Callable[[QWidget | None], Path | None]


def _exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def _choose_backup(parent: QWidget | None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(parent, "Reservekopie kiezen", "", "Reservekopieën (*.db)")
    return Path(name) if name else None


class StartupController:
    def __init__(
        self,
        data_dir: Path,
        key_store_factory: Callable[[], KeyStore],
        *,
        parent: QWidget | None = None,
        run_dialog: RunDialog = _exec,
        notify: Notify | None = None,
        ask: Callable[[QWidget, str, str], bool] = ask_yes_no,
        choose_backup: ChooseFile = _choose_backup,
    ) -> None:
        self.data_dir = data_dir
        self.key_store_factory = key_store_factory
        self.parent = parent
        self.run_dialog = run_dialog
        self.ask = ask
        self.choose_backup = choose_backup
        self.notify = notify or (lambda error: show_error(parent, error))
        self._key_store: KeyStore | None = None
        self._forgot = False
        self._typed: str | None = None  # the passphrase of the opening under way (for a restore)

    @property
    def key_store(self) -> KeyStore:
        if self._key_store is None:
            self._key_store = self.key_store_factory()
        return self._key_store

    def open_store(self) -> Store | None:
        """The unlocked store, or ``None`` when the user gave up (after a Dutch message)."""
        try:
            if self._key_store is None:
                self._key_store = self.key_store_factory()
            if not workspace_exists(self.data_dir):
                return self._first_run(self._key_store)
            while True:
                try:
                    return open_workspace(self.data_dir, self._key_store).store
                except KeyMissingError as missing:
                    if not self._ask_recovery_key(self._key_store, missing):
                        return None
                except PassphraseRequiredError:
                    store = self._ask_passphrase(self._key_store)
                    if store is not None:
                        return store
                    if not self._forgot:
                        return None
                except TamperedStoreError as alarm:
                    if not self._restore_after(alarm, self._key_store):
                        return None
        except UserError as error:
            self.notify(error)
            return None
        finally:
            self._typed = None

    def _first_run(self, key_store: KeyStore) -> Store | None:
        # The dialogs are imported when needed: an everyday start opens none of them, and
        # building their four forms' classes cost 10 ms of it.
        from go_hgw_desktop.ui.controllers.recovery_key import keep_recovery_key, recovery_sheet_html
        from go_hgw_desktop.ui.views.dialogs import FirstRunDialog

        dialog = FirstRunDialog(str(self.data_dir), self.parent)
        if not self.run_dialog(dialog):
            return None
        school = dialog.school_name()
        opened = open_workspace(self.data_dir, key_store, school_name=school)
        key = opened.recovery_key or ""
        keep_recovery_key(key, recovery_sheet_html(school or "(nog geen naam)", key,
                                                   opened.recovery_statement or ""),
                          self.parent, self.run_dialog, self.ask)
        if dialog.wants_passphrase():
            self._first_passphrase(opened.store, key_store)
        return opened.store

    def _first_passphrase(self, store: Store, key_store: KeyStore) -> bool:
        """The opstartwachtwoord offered at first run: asked twice until it is usable, or
        skipped (it can be set later in Privacy). The recovery key was shown first: it opens
        the store when the passphrase is forgotten."""
        from go_hgw_desktop.services import security
        from go_hgw_desktop.ui.views.dialogs import PassphraseDialog

        dialog = PassphraseDialog(
            "Kies een opstartwachtwoord van minstens 10 tekens (een zin van een paar woorden is sterk en "
            "makkelijk te onthouden). Het programma vraagt het bij elke start en bij het ontgrendelen; "
            "vergeten, dan opent de herstelsleutel de database.", repeat=True, parent=self.parent)
        while self.run_dialog(dialog):
            try:
                if dialog.passphrase() != dialog.repeated():
                    raise UserError("De twee wachtwoorden zijn niet gelijk.")
                security.set_passphrase(store, key_store, dialog.passphrase())
                return True
            except UserError as error:
                dialog.show_error(f"{error.message} {error.hint}".strip())
        return False

    def _ask_passphrase(self, key_store: KeyStore) -> Store | None:
        """The store opened with the typed passphrase; None when cancelled, or when the person
        chose the recovery key instead (``_forgot``; the loop then asks for it)."""
        from go_hgw_desktop.ui.views.dialogs import PassphraseDialog

        self._forgot = False
        dialog = PassphraseDialog(parent=self.parent)
        while True:
            accepted = self.run_dialog(dialog)
            if dialog.result() == PassphraseDialog.FORGOT:
                self._forgot = True
                explained = KeyMissingError()
                explained.message = ("Zonder het opstartwachtwoord opent alleen de herstelsleutel de "
                                     "database. Daarna is er geen opstartwachtwoord meer; stel gerust een "
                                     "nieuw in bij Privacy.")
                if self._ask_recovery_key(key_store, explained):
                    return None  # the key is back in the keyring without a passphrase: open again
                self._forgot = False
                return None
            if not accepted:
                return None
            try:
                self._typed = dialog.passphrase()
                return open_workspace(self.data_dir, key_store, passphrase=self._typed).store
            except WrongPassphraseError as error:
                dialog.show_error(f"{error.message} {error.hint}")
            except TamperedStoreError as alarm:
                if not self._restore_after(alarm, key_store):
                    return None
                return open_workspace(self.data_dir, key_store, passphrase=self._typed).store

    def _restore_after(self, alarm: TamperedStoreError, key_store: KeyStore) -> bool:
        """The alarm, then the offer to restore a backup made through the app; True when one was
        restored (the store can be opened again)."""
        from go_hgw_desktop.services import backup

        self.notify(alarm)
        if not self.ask(self.parent, "Reservekopie terugzetten",
                        "Het programma opent deze database niet. Wil je nu een reservekopie terugzetten die "
                        "met het programma gemaakt werd? De database van nu wordt eerst apart bewaard in de "
                        "map ‘backups’, voor de ondersteuning.\n\nZonder reservekopie: neem contact op met "
                        "de ondersteuning en werk niet verder in deze database."):
            return False
        recovery: str | None = None
        while (source := self.choose_backup(self.parent)) is not None:
            try:
                checked = backup.check_backup(self.data_dir, key_store, source, recovery, self._typed)
            except backup.WrongBackupKeyError as error:
                recovery = self._backup_recovery_key(source, error)
                if recovery is None:
                    return False
                continue
            except UserError as error:
                self.notify(error)
                continue
            note = (f"\n\nLet op: de gegevens van deze reservekopie konden niet nagekeken worden tegen haar "
                    f"logboek ({checked.unverified})." if checked.unverified else "")
            pupils = checked.counts.get("pupil", 0)
            if not self.ask(self.parent, "Reservekopie terugzetten",
                            f"De database wordt vervangen door {source.name} ({pupils} leerlingen).{note}"
                            "\n\nDoorgaan?"):
                continue
            try:
                backup.restore_backup(self.data_dir, key_store, source, recovery, passphrase=self._typed)
            except UserError as error:
                self.notify(error)
                continue
            return True
        return False

    def _backup_recovery_key(self, source: Path, error: UserError) -> str | None:
        from go_hgw_desktop.ui.views.dialogs import EnterRecoveryKeyDialog

        dialog = EnterRecoveryKeyDialog(
            f"{error.message}\n\nTyp de herstelsleutel die bij {source.name} hoort.", self.parent)
        return dialog.key_text() if self.run_dialog(dialog) else None

    def _ask_recovery_key(self, key_store: KeyStore, missing: KeyMissingError) -> bool:
        from go_hgw_desktop.ui.views.dialogs import EnterRecoveryKeyDialog

        dialog = EnterRecoveryKeyDialog(
            f"{missing.message}\n\nTyp de herstelsleutel die je kreeg toen de database werd "
            "aangemaakt (op papier of afgedrukt). De sleutel wordt eerst op de database "
            "geprobeerd; een verkeerde sleutel verandert niets.",
            self.parent,
        )
        while self.run_dialog(dialog):
            try:
                recover_key(self.data_dir, key_store, dialog.key_text())
                return True
            except UserError as error:
                dialog.show_error(f"{error.message} {error.hint}".strip())
        return False
