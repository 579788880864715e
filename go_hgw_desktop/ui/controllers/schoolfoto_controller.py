"""The Schoolfoto section: preview, points for the consultation, exports, the scholengroepfoto."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from go_hgw_desktop.domain.calendar import SchoolYear, format_date
from go_hgw_desktop.reports.scholengroep import SchoolFile, combine, read_school_file
from go_hgw_desktop.reports.schoolfoto import SchoolFoto
from go_hgw_desktop.services import exports, school_keys
from go_hgw_desktop.services import schoolfoto as service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.workspace import Store
from go_hgw_desktop.ui.controllers.interaction import FAILED, Interaction
from go_hgw_desktop.ui.views.schoolfoto_page import SchoolfotoPage

PDF_FILTER = "PDF-bestanden (*.pdf)"
JSON_FILTER = "Schoolfoto-gegevens (*.json)"


class SchoolfotoController(QObject):
    def __init__(self, page: SchoolfotoPage, store: Store, interaction: Interaction) -> None:
        super().__init__(page)
        self.page, self.store, self.interaction = page, store, interaction
        self.year: SchoolYear | None = None
        self.foto: SchoolFoto | None = None
        self.group: SchoolFoto | None = None  # a scholengroepfoto on screen instead of the school's
        self._group_files: list[SchoolFile] = []
        ui = page.ui
        self._points_timer = QTimer(self, singleShot=True, interval=500)
        self._points_timer.timeout.connect(self.save_points)
        self.reference = interaction.today()
        ui.referenceDateEdit.date_changed.connect(self._reference_typed)
        ui.thresholdSpin.valueChanged.connect(lambda _k: self.reload())
        ui.pointsEdit.textChanged.connect(self._points_timer.start)
        ui.pdfButton.clicked.connect(self.export_pdf)
        ui.jsonButton.clicked.connect(self.export_json)
        ui.groupButton.clicked.connect(self.make_group)
        ui.backButton.clicked.connect(self.back_to_school)

    # ------------------------------------------------------------------ school foto

    @property
    def reference(self) -> date:
        """The peildatum: the last readable date in its field (the foto keeps it while typing)."""
        return self._reference

    @reference.setter
    def reference(self, day: date) -> None:
        self._reference = day
        self.page.ui.referenceDateEdit.set_value(day)

    def _reference_typed(self, day: date | None) -> None:
        if day is not None:
            self._reference = day
            self.reload()

    @property
    def threshold(self) -> int:
        return self.page.ui.thresholdSpin.value()

    def set_year(self, year: SchoolYear) -> None:
        self.save_points()
        self.year = year
        self.page.ui.referenceDateEdit.set_range(year.first_day, year.last_day)
        today = self.interaction.today()
        self.reference = today if year.contains(today) else year.last_day
        points = self.page.ui.pointsEdit
        points.blockSignals(True)
        points.setPlainText(service.foto_points(self.store, year))
        points.blockSignals(False)
        self._check_names()
        self.reload()

    def reload(self) -> None:
        """Recompute the school's foto for the chosen year, reference date and threshold."""
        if self._group_files:  # the threshold changed while the scholengroepfoto is shown
            self.group = combine(self._group_files, self.threshold)
            self.page.show_foto(self.group)
            return
        if self.year is None:
            return
        kept = service.frozen_micro_foto(self.store, self.year, self.reference, self.threshold)
        self.foto = kept[0] if kept else service.schoolfoto(self.store, self.year, self.reference,
                                                            self.threshold, frozen=False)
        self.page.show_foto(self.foto)
        self.page.ui.modeLabel.setText(
            f"Schoolfoto {self.year.label}: de foto bewaard bij het MICRO-overleg van "
            f"{format_date(kept[1])}" if kept else f"Schoolfoto {self.year.label}")

    def _store_points(self) -> bool:
        """Store the points if they changed; True when they did."""
        self._points_timer.stop()
        if self.year is None or self.group is not None:
            return False
        text = self.page.ui.pointsEdit.toPlainText()
        if text.strip() == service.foto_points(self.store, self.year).strip():
            return False
        service.save_foto_points(self.store, self.year, text)
        return True

    def save_points(self) -> None:
        """Autosave the points (nothing typed is lost), then warn about names."""
        if self._store_points():
            self.reload()
        self._check_names()

    def flush(self) -> None:
        """Save what is still waiting for the autosave timer (before a lock or closing)."""
        if self._points_timer.isActive():
            self._store_points()

    def _check_names(self) -> list[str]:
        named = service.names_in_points(self.store, self.page.ui.pointsEdit.toPlainText())
        self.page.warn_names(len(named))
        return named

    # ------------------------------------------------------------------ exports

    def _shown(self) -> SchoolFoto | None:
        return self.group or self.foto

    def _suggested(self, suffix: str) -> str:
        foto = self._shown()
        kind = "scholengroepfoto" if self.group else "schoolfoto"
        return suggested_file_name(self.store, f"{kind} {foto.school_year}", foto.reference_date,
                                   suffix=suffix)

    def _may_export(self) -> bool:
        """Refused, as on the command line, while the points or agreements name a pupil: there
        is no "export anyway" (the export service refuses it too)."""
        self.save_points()
        if self.group is None and self.foto is not None and self.interaction.attempt(
                self.page, lambda: service.refuse_pupils_named(self.store, self.foto)) is FAILED:
            return False
        return self._shown() is not None

    def export_pdf(self) -> Path | None:
        if not self._may_export():
            return None
        chosen = self.interaction.save_path(self.page, "Foto bewaren als PDF", self._suggested(".pdf"),
                                            PDF_FILTER)
        if chosen is None:
            return None
        path = chosen.with_suffix(".pdf")
        return self._run(lambda: exports.schoolfoto_pdf(self.store, self._shown(), path,
                                                        self.interaction.today()), path)

    def export_json(self) -> Path | None:
        if not self._may_export():
            return None
        chosen = self.interaction.save_path(self.page, "Gegevensbestand bewaren", self._suggested(".json"),
                                            JSON_FILTER)
        if chosen is None:
            return None
        path = chosen.with_suffix(".json")
        return self._run(lambda: exports.schoolfoto_data(self.store, self._shown(), path,
                                                         self.interaction.today()), path)

    def _run(self, work, path: Path) -> Path | None:
        if self.interaction.attempt(self.page, work, busy=True) is FAILED:
            return None
        self.page.ui.disclosureLabel.setText(f"Bewaard: {path}")
        self.interaction.file_saved(self.page, path)
        return path

    # ------------------------------------------------------------------ scholengroepfoto

    def make_group(self) -> SchoolFoto | None:
        """Read schools' data files, combine them and show the scholengroepfoto."""
        paths = self.interaction.open_paths(self.page, "Gegevensbestanden van de scholen kiezen",
                                            JSON_FILTER)
        if not paths:
            return None
        progress = QProgressDialog("Bestanden lezen …", "Stoppen", 0, len(paths), self.page)
        progress.setWindowTitle("Scholengroepfoto")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        files = []

        def read_and_combine() -> tuple[SchoolFoto, list] | None:
            for number, path in enumerate(paths):
                if progress.wasCanceled():
                    return None
                progress.setValue(number)
                files.append(read_school_file(path))
            checks = school_keys.review(files)
            progress.close()
            if not self._accept_new_keys(checks):
                return None
            progress.setLabelText("Combineren en opnieuw beschermen …")
            return combine(files, self.threshold), checks

        try:
            done = self.interaction.attempt(self.page, read_and_combine)
        finally:
            progress.close()
        if not done:
            return None
        group, checks = done
        self.group, self._group_files = group, files
        self._show_keys(checks)
        self.page.show_foto(group)
        # Only once the foto is on screen: a file that cannot be combined or shown leaves no key behind.
        if self.interaction.attempt(self.page, lambda: school_keys.remember(checks)) is FAILED:
            return None
        self.page.ui.referenceDateEdit.setEnabled(False)
        schools = "1 school" if len(files) == 1 else f"{len(files)} scholen"
        self.page.ui.modeLabel.setText(f"Scholengroepfoto: {schools}, {group.school_year}")
        self.page.ui.backButton.show()
        self.page.ui.pointsEdit.setEnabled(False)
        return group

    def _accept_new_keys(self, checks: list[school_keys.KeyCheck]) -> bool:
        """Ask, per school whose key changed or that looks like a known school under a new key,
        whether to accept it."""
        for check in checks:
            if check.status == school_keys.CHANGED and not self.interaction.ask(
                self.page, "Andere sleutel",
                f"{check.path.name}: {check.school} ondertekende vroeger met de sleutel {check.previous}, "
                f"dit bestand met {check.fingerprint}.\n\nDat gebeurt na een nieuwe laptop of de "
                "herstelsleutel, maar het kan ook een vervalst bestand zijn. Vraag de school (niet via het "
                "bestand zelf) welke vingerafdruk op de voorpagina van haar schoolfoto staat.\n\n"
                f"Is het {check.fingerprint}? Dan aanvaard je hier de nieuwe sleutel.",
            ):
                return False
            if check.status == school_keys.LOOKALIKE and not self.interaction.ask(
                    self.page, "LET OP: een school die op een andere lijkt", _lookalike_question(check)):
                return False
        return True

    def _show_keys(self, checks: list[school_keys.KeyCheck]) -> None:
        label = self.page.ui.keysLabel
        label.setText("Sleutels van de scholen (vergelijk met de voorpagina van hun schoolfoto): "
                      + "; ".join(check.describe() for check in checks) + ".")
        label.show()

    def back_to_school(self) -> None:
        self.group, self._group_files = None, []
        self.page.ui.keysLabel.hide()
        self.page.ui.backButton.hide()
        self.page.ui.referenceDateEdit.setEnabled(True)
        self.page.ui.pointsEdit.setEnabled(True)
        self.reload()


def _lookalike_question(check: school_keys.KeyCheck) -> str:
    number = f" met instellingsnummer {check.number}" if check.number else ""
    return (f"{check.path.name}: {check.school}{number} is nieuw voor deze computer, maar lijkt op "
            f"{check.resembles}. Dit bestand is ondertekend met een andere sleutel "
            f"({check.fingerprint}).\n\nHet kan een vervalst bestand zijn dat zich voor die school uitgeeft "
            "(een naam met een letter uit een ander alfabet ziet er hetzelfde uit). Vraag de school (niet "
            "via het bestand zelf) welk instellingsnummer en welke vingerafdruk op de voorpagina van haar "
            f"schoolfoto staan.\n\nKlopt het met {check.fingerprint}? Dan aanvaard je hier deze school.")
