"""Help: the handleiding in a read-only viewer, and the Over dialog with the licences.

Both are built the first time they are asked for: the handleiding and the licence texts are
read from ``resources/`` then, never at start-up.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem

from go_hgw_desktop import APP_NAME, __version__, paths
from go_hgw_desktop.licenses import Component
from go_hgw_desktop.ui.forms.ui_about_dialog import Ui_AboutDialog
from go_hgw_desktop.ui.forms.ui_manual_window import Ui_ManualWindow
from go_hgw_desktop.ui.window_state import FitsScreen

CONTENTS = "index"


class ManualWindow(FitsScreen, QDialog):
    """The handleiding: HTML pages in ``resources/handleiding``, one per screen, linked."""

    size_name = "handleiding"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ManualWindow()
        self.ui.setupUi(self)
        self.setModal(False)
        ui = self.ui
        ui.browser.setSearchPaths([str(paths.manual_dir())])
        ui.browser.setAccessibleName("Handleiding")
        ui.browser.backwardAvailable.connect(ui.backButton.setEnabled)
        ui.backButton.setEnabled(False)
        ui.backButton.clicked.connect(ui.browser.backward)
        ui.contentsButton.clicked.connect(lambda: self.open(CONTENTS))
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, ui.browser.backward)

    def preferred_size(self) -> QSize:
        return QSize(760, 640)

    def open(self, page: str, anchor: str = "") -> None:
        """Show ``page`` (a file name without .html), at ``anchor`` when given."""
        path = paths.manual_dir() / f"{page}.html"
        if not path.is_file():
            self.ui.browser.setPlainText(
                f"Deze pagina van de handleiding ontbreekt in deze installatie ({path}).\n\n"
                "Installeer het programma opnieuw; je gegevens blijven staan.")
            return
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.ui.browser.setSource(url)

    def page(self) -> str:
        """The page on screen, as ``name`` or ``name#anchor`` (for tests and screen readers)."""
        source = self.ui.browser.source()
        name = source.fileName().removesuffix(".html")
        return f"{name}#{source.fragment()}" if source.hasFragment() else name


class AboutDialog(FitsScreen, QDialog):
    """The version, the app's licence, and every part it is built with with its licence."""

    size_name = "over"

    def __init__(self, components: list[Component], parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.5)
        title.setBold(True)
        ui.titleLabel.setFont(title)
        ui.titleLabel.setText(f"{APP_NAME} {__version__}")
        ui.infoLabel.setText(
            "Handelingsgericht werken langs het zorgcontinuüm, voor zorgcoördinatoren in GO! scholen en "
            "hun CLB. Alle gegevens blijven versleuteld op deze computer.\n\n"
            f"{APP_NAME} valt onder de European Union Public Licence 1.2 (EUPL-1.2): "
            "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12\n"
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        ui.buttonBox.rejected.connect(self.reject)
        ui.componentTable.setAccessibleName("Onderdelen en hun licentie")
        ui.licenseText.setAccessibleName("Licentietekst")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        ui.licenseText.setFont(mono)
        self.components = components
        table = ui.componentTable
        table.setRowCount(len(components))
        for row, part in enumerate(components):
            name = QTableWidgetItem(part.name)
            name.setToolTip(part.what)
            version = "Qt " + qVersion() if part.dists[:1] == ("PySide6-Essentials",) else part.version
            license_item = QTableWidgetItem(part.license)
            license_item.setToolTip(part.license)
            for column, item in enumerate((name, QTableWidgetItem(version or "–"), license_item)):
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.currentCellChanged.connect(lambda row, *_: self.show_license(row))
        ui.splitter.setSizes([480, 480])
        if components:
            table.selectRow(0)

    def preferred_size(self) -> QSize:
        return QSize(1000, 620)

    def show_license(self, row: int) -> None:
        if 0 <= row < len(self.components):
            part = self.components[row]
            self.ui.licenseText.setPlainText(f"{part.name}: {part.what}\nLicentie: {part.license}\n\n"
                                             + part.text())
