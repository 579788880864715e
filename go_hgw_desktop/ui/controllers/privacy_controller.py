"""The Privacy section's decisions: settings, passphrase, key, backups, purge, trail, inzage.

Work that needs the store closed (a restore, a new key) goes through the main window's
``with_store_closed``, which closes every view on the store first and rebuilds them after.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.services import audit_trail, backup, exports, retention, school, security
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.workspace import KeyStore, Store, format_recovery_key
from go_hgw_desktop.ui.controllers.background import run_with_progress
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, FAILED, Interaction
from go_hgw_desktop.ui.controllers.recovery_key import keep_recovery_key, recovery_sheet_html
from go_hgw_desktop.ui.views.dialogs import PassphraseDialog
from go_hgw_desktop.ui.views.privacy_page import PrivacyPage

BACKUP_FILTER = "Reservekopieën (*.db)"
TRAIL_PERIOD = timedelta(days=30)


class _NoCancel(UserError):
    def __init__(self) -> None:
        super().__init__("Dit kan niet halverwege gestopt worden.", "")


class PrivacyController(QObject):
    changed = Signal()

    def __init__(self, page: PrivacyPage, store: Store, key_store: Callable[[], KeyStore],
                 with_store_closed: Callable, interaction: Interaction = DEFAULT) -> None:
        super().__init__(page)
        self.page, self.store, self.interaction = page, store, interaction
        self.key_store, self.with_store_closed = key_store, with_store_closed
        ui = page.ui
        ui.idleSpin.setValue(security.idle_minutes(store))
        ui.idleSpin.valueChanged.connect(self._idle_changed)
        ui.retentionSpin.valueChanged.connect(self._retention_suffix)
        ui.retentionSpin.setValue(retention.retention_years(store))
        self._retention_suffix(ui.retentionSpin.value())
        ui.retentionSpin.valueChanged.connect(self._retention_changed)
        ui.setPassphraseButton.clicked.connect(self.set_passphrase)
        ui.removePassphraseButton.clicked.connect(self.remove_passphrase)
        ui.rotateKeyButton.clicked.connect(self.rotate_key)
        ui.backupButton.clicked.connect(self.make_backup)
        ui.restoreButton.clicked.connect(self.restore_backup)
        ui.purgeButton.clicked.connect(self.purge)
        ui.accessButton.clicked.connect(self.export_access)
        today = interaction.today()
        for edit, day in ((ui.sinceEdit, today - TRAIL_PERIOD), (ui.untilEdit, today)):
            edit.set_value(day)
            edit.date_changed.connect(self.show_trail)
        ui.pupilCombo.currentIndexChanged.connect(self.show_trail)
        self.reload()

    @property
    def data_dir(self) -> Path:
        return self.store.path.parent

    def reload(self) -> None:
        self._show_security()
        self._show_backup()
        self._show_retention()
        # Everyone in the store, leavers too: their trail is asked for most (an inzage after leaving).
        rows = audit_trail.pupils(self.store, self.interaction.today())
        self.page.ui.pupilCombo.set_items(
            [(f"{r.last_name}, {r.first_name} ({r.code})" + (" (vertrokken)" if r.has_left else ""), r.id)
             for r in rows],
            optional=True, empty_label="Alle leerlingen", search=[r.number for r in rows])
        self.page.ui.pupilCombo.set_placeholder("Typ een naam, code of stamboeknummer")
        self.check_trail()
        self.show_trail()

    # ------------------------------------------------------------------ settings and passphrase

    def _idle_changed(self, minutes: int) -> None:
        security.set_idle_minutes(self.store, minutes)
        self.changed.emit()

    def _retention_changed(self, years: int) -> None:
        retention.set_retention_years(self.store, years)
        self._show_retention()

    def _retention_suffix(self, years: int) -> None:
        self.page.ui.retentionSpin.setSuffix(" schooljaar na het vertrek" if years == 1 else
                                             " schooljaren na het vertrek")

    def _show_security(self) -> None:
        ui = self.page.ui
        on = security.has_passphrase(self.data_dir, self.key_store())
        ui.passphraseStatusLabel.setText(
            "Ingesteld: bij het starten en ontgrendelen vraagt het programma het wachtwoord. Vergeten? "
            "Dan opent alleen de herstelsleutel de database nog." if on else
            "Niet ingesteld: de sleutel staat in de sleutelbewaarplaats van je gebruikersaccount. Wie onder "
            "jouw account aan deze computer zit, kan ontgrendelen. Stel een wachtwoord in als anderen deze "
            "laptop gebruiken.")
        ui.setPassphraseButton.setText("Wachtwoord &wijzigen…" if on else "Wachtwoord &instellen…")
        ui.removePassphraseButton.setEnabled(on)

    def _ask(self, text: str, repeat: bool = False) -> PassphraseDialog | None:
        dialog = PassphraseDialog(text, repeat=repeat, parent=self.page)
        return dialog if self.interaction.open_dialog(dialog) else None

    def set_passphrase(self) -> bool:
        key_store = self.key_store()
        current = None
        if security.has_passphrase(self.data_dir, key_store):
            asked = self._ask("Geef eerst het huidige opstartwachtwoord.")
            if asked is None:
                return False
            current = asked.passphrase()
        asked = self._ask("Kies een opstartwachtwoord van minstens 10 tekens (een zin van een paar woorden "
                          "is sterk en makkelijk te onthouden).", repeat=True)
        if asked is None:
            return False
        if asked.passphrase() != asked.repeated():
            self.interaction.notify(self.page, UserError(
                "De twee wachtwoorden zijn niet gelijk; er is niets veranderd."))
            return False
        if self.interaction.attempt(self.page, lambda: security.set_passphrase(
                self.store, key_store, asked.passphrase(), current)) is FAILED:
            return False
        self._show_security()
        return True

    def remove_passphrase(self) -> bool:
        asked = self._ask("Geef het opstartwachtwoord om het te verwijderen.")
        if asked is None:
            return False
        if self.interaction.attempt(self.page, lambda: security.remove_passphrase(
                self.store, self.key_store(), asked.passphrase())) is FAILED:
            return False
        self._show_security()
        return True

    def rotate_key(self) -> bool:
        if not self.interaction.ask(
            self.page, "Nieuwe databasesleutel",
            "De hele database wordt opnieuw versleuteld met een nieuwe sleutel. Je krijgt een nieuwe "
            "herstelsleutel om op te schrijven; de oude herstelsleutel werkt daarna niet meer.\n\nDoorgaan?",
        ):
            return False
        key_store = self.key_store()
        passphrase = None
        if security.has_passphrase(self.data_dir, key_store):
            asked = self._ask("Geef het opstartwachtwoord: het blijft hetzelfde.")
            if asked is None:
                return False
            passphrase = asked.passphrase()
        pending = self.interaction.attempt(self.page, lambda: run_with_progress(
            self.page, "Nieuwe sleutel", "Opnieuw versleutelen en controleren …",
            lambda _p: security.prepare_rotation(self.store), _NoCancel))
        if not pending:
            return False
        # It only closes once the person says they printed or copied the new key.
        keep_recovery_key(pending.recovery_key, recovery_sheet_html(
            school.get_school(self.store).name, pending.recovery_key, pending.statement),
            self.page, self.interaction.open_dialog, self.interaction.ask)
        self.with_store_closed(
            lambda store: security.complete_rotation(store, key_store, pending, passphrase),
            "De database gebruikt nu de nieuwe sleutel; de oude herstelsleutel werkt niet meer.")
        return True

    # ------------------------------------------------------------------ backups

    def _show_backup(self) -> None:
        made = backup.last_backup(self.store)
        now = datetime.combine(self.interaction.today(), datetime.now().time())
        due = backup.backup_due(self.store, now)
        text = (f"Laatste reservekopie: {format_date(made.date())} om {made:%H:%M}." if made
                else "Er is nog geen reservekopie gemaakt.")
        if due:
            text += " Maak een nieuwe: de laatste is ouder dan een week." if made else \
                " Maak er een, en daarna elke week."
        self.page.show_state(self.page.ui.backupStatusLabel, text, due)

    def make_backup(self) -> Path | None:
        suggested = suggested_file_name(self.store, "reservekopie", self.interaction.today(), suffix=".db")
        path = self.interaction.save_path(self.page, "Reservekopie bewaren", suggested, BACKUP_FILTER)
        if path is None:
            return None
        path = path if path.suffix.lower() == ".db" else path.with_name(path.name + ".db")
        if not self.interaction.attempt(self.page, lambda: run_with_progress(
                self.page, "Reservekopie", "Reservekopie maken en controleren …",
                lambda _p: backup.make_backup(self.store, path), _NoCancel)):
            return None
        self._show_backup()
        self.changed.emit()
        self.interaction.file_saved(self.page, path)
        return path

    def restore_backup(self) -> bool:
        chosen = self.interaction.open_paths(self.page, "Reservekopie kiezen", BACKUP_FILTER)
        if not chosen:
            return False
        key_store, data_dir, source = self.key_store(), self.data_dir, chosen[0]
        # The open store's own key is the recovery key of every backup made since its last new key.
        recovery: str | None = format_recovery_key(self.store.key)

        def check() -> backup.BackupCheck | None:
            nonlocal recovery
            try:
                return backup.check_backup(data_dir, key_store, source, recovery, store=self.store)
            except backup.WrongBackupKeyError:  # made before a new key: that day's recovery key
                recovery = self._ask_recovery_key(source)
            return None if recovery is None else backup.check_backup(data_dir, key_store, source, recovery,
                                                                      store=self.store)

        checked = self.interaction.attempt(self.page, check)
        if not checked:
            return False
        warning = (f"\n\nLet op: de gegevens van deze reservekopie konden niet nagekeken worden tegen haar "
                   f"logboek ({checked.unverified}). Zet ze alleen terug als je zeker weet dat ze met het "
                   "programma gemaakt werd en sindsdien niet gewijzigd is." if checked.unverified else "")
        if not self.interaction.ask(
            self.page, "Reservekopie terugzetten",
            f"De database wordt vervangen door {source.name} ({checked.counts.get('pupil', 0)} leerlingen). "
            "Wat sindsdien gewijzigd werd, staat daar niet in. De huidige database wordt eerst apart bewaard "
            f"in de map ‘backups’.{warning}\n\nDoorgaan?",
        ):
            return False
        passphrase = None
        if security.has_passphrase(data_dir, key_store):
            asked = self._ask("Geef het opstartwachtwoord: het blijft ook na het terugzetten.")
            if asked is None:
                return False
            passphrase = asked.passphrase()

        def work(store: Store) -> None:
            store.close()
            backup.restore_backup(data_dir, key_store, source, recovery, passphrase=passphrase)

        self.with_store_closed(work, f"{source.name} is teruggezet; de database van voordien staat apart in "
                                     "de map ‘backups’.")
        return True

    def _ask_recovery_key(self, source: Path) -> str | None:
        from go_hgw_desktop.ui.views.dialogs import EnterRecoveryKeyDialog

        dialog = EnterRecoveryKeyDialog(
            f"{source.name} opent niet met de sleutel van deze database: ze is van vóór een nieuwe sleutel, "
            "of van een andere database. Typ de herstelsleutel die bij deze reservekopie hoort.", self.page)
        return dialog.key_text() if self.interaction.open_dialog(dialog) else None

    # ------------------------------------------------------------------ retention

    def _show_retention(self) -> None:
        plan = retention.purge_plan(self.store, self.interaction.today())
        self.page.fill(self.page.ui.leaversTable, [
            (leaver.name, leaver.code, format_date(leaver.leave_date), str(leaver.records))
            for leaver in plan.leavers])
        years = "1 schooljaar" if plan.years == 1 else f"{plan.years} schooljaren"
        text = (f"{len(plan.leavers)} leerling(en) vertrokken meer dan {years} geleden: samen "
                f"{plan.records} gegevens." if plan.leavers else
                "Er is niemand van wie de bewaartermijn voorbij is.")
        if plan.named_in:
            text += (" Let op: " + ", ".join(plan.named_in) + " noemt een van hen in de beslissingen; "
                     "pas die tekst zelf aan.")
        self.page.show_state(self.page.ui.retentionStatusLabel, text, bool(plan.leavers))
        self.page.ui.purgeButton.setEnabled(bool(plan.leavers))

    def purge(self) -> int:
        plan = retention.purge_plan(self.store, self.interaction.today())
        if not plan.leavers:
            return 0
        held = backup.copies_holding(self.store, [leaver.code for leaver in plan.leavers])
        copies = ""
        if held:
            listed = "\n".join(f"• {copy.path.name} ({format_date(copy.made.date())})" for copy in held)
            copies = (f"\n\nOok {len(held)} reservekopie(ën) die het programma zelf maakte in de map "
                      f"‘backups’ bevatten hen nog (of kunnen hen bevatten) en worden verwijderd:\n{listed}")
        if not self.interaction.confirm(
            self.page, "dossiers",
            f"{len(plan.leavers)} leerling(en) met alles wat over hen bewaard is ({plan.records} gegevens) "
            f"worden voorgoed gewist.{copies}\n\nReservekopieën die je zelf maakte (op een USB-stick of "
            "netwerkschijf) bevatten hen nog: gooi weg wat je niet meer nodig hebt.",
        ):
            return 0
        def purge() -> int:
            removed = retention.purge(self.store, [leaver.pupil_id for leaver in plan.leavers],
                                      self.interaction.today())
            backup.remove_copies(self.store, [copy.path for copy in held])
            return removed

        removed = self.interaction.attempt(self.page, purge)
        if removed is FAILED:
            return 0
        self.reload()
        self.changed.emit()
        return removed

    # ------------------------------------------------------------------ trail and inzage

    def _date(self, edit, fallback: date) -> date:
        """The field's date; while its text is not a date, the default period's end."""
        return edit.value() or fallback

    def check_trail(self) -> audit_trail.TrailReport:
        """The whole check (chain, signatures, this computer's keys, every record): once per
        showing of the section, not on every filter change."""
        report = audit_trail.trail_report(self.store)
        state = (" ".join(report.problems) if report.problems else
                 "Het logboek is in orde: geen regel en geen gegeven is buiten het programma gewijzigd, "
                 "toegevoegd of verwijderd, en er is geen oudere kopie teruggezet.")
        self.page.show_state(self.page.ui.chainLabel, state, bool(report.problems))
        self.page.show_proof(report.proven, report.unproven)
        return report

    def show_trail(self, *_args) -> None:
        ui = self.page.ui
        pupil_id = ui.pupilCombo.value()
        today = self.interaction.today()
        found = audit_trail.entries(self.store, pupil_id=pupil_id,
                                    since=self._date(ui.sinceEdit, today - TRAIL_PERIOD),
                                    until=self._date(ui.untilEdit, today), limit=2000)
        self.page.fill(ui.trailTable, [
            (f"{e.at:%d/%m/%Y %H:%M}", e.os_user, e.what, e.pupil, e.detail) for e in found])
        capped = " (de nieuwste 2000)" if len(found) == 2000 else ""
        ui.trailCountLabel.setText(f"{len(found)} regels{capped}")
        ui.accessButton.setEnabled(pupil_id is not None)

    def export_access(self) -> Path | None:
        pupil_id = self.page.ui.pupilCombo.value()
        if pupil_id is None:
            return None
        pupil = pupil_service.get_pupil(self.store, pupil_id)
        suggested = suggested_file_name(self.store, "inzage", self.interaction.today(), code=pupil.code,
                                        suffix=".pdf")
        path = self.interaction.save_path(self.page, "Inzage bewaren", suggested,
                                          "PDF-bestanden (*.pdf)")
        if path is None:
            return None
        pdf = path.with_suffix(".pdf")
        if self.interaction.attempt(self.page, lambda: exports.access_request(
                self.store, pupil_id, pdf, pdf.with_suffix(".json"))) is FAILED:
            return None
        self.show_trail()
        self.interaction.file_saved(self.page, pdf)
        return pdf

