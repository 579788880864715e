"""The Schoolfoto page: settings, a preview of every protected table, the points, exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from go_hgw_desktop.reports.schoolfoto import SECTION_TITLES, SchoolFoto
from go_hgw_desktop.reports.tables import ProtectedTable
from go_hgw_desktop.ui.forms.ui_schoolfoto_page import Ui_SchoolfotoPage

HIDDEN = QColor("#ece7f5")
WARNING = "color: #b00020;"
TABLE_ROLE = Qt.ItemDataRole.UserRole + 20


class SchoolfotoPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolfotoPage()
        self.ui.setupUi(self)
        self.ui.referenceDateEdit.set_label("Peildatum")
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.3)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        bold = QFont(self.font())
        bold.setBold(True)
        self.ui.tableTitleLabel.setFont(bold)
        self.ui.namesWarningLabel.setStyleSheet(WARNING)
        self.ui.namesWarningLabel.hide()
        self.ui.backButton.hide()
        self.ui.keysLabel.hide()
        self.ui.splitter.setStretchFactor(1, 3)
        self.foto: SchoolFoto | None = None
        self.ui.tableList.currentItemChanged.connect(self._show_current)

    def show_foto(self, foto: SchoolFoto) -> None:
        """Fill the list of tables (grouped by section) and show the first one."""
        keep = self.ui.tableList.currentItem().data(TABLE_ROLE) if self.ui.tableList.currentItem() else None
        self.foto = foto
        listing = self.ui.tableList
        listing.blockSignals(True)
        listing.clear()
        first = None
        for section, title in SECTION_TITLES.items():
            tables = [t for t in foto.tables if t.section == section]
            if not tables:
                continue
            header = QListWidgetItem(f"{section}. {title}")
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            listing.addItem(header)
            for table in tables:
                item = QListWidgetItem(f"   {table.title}")
                item.setData(TABLE_ROLE, table.key)
                item.setToolTip(table.title)
                listing.addItem(item)
                if first is None or table.key == keep:
                    first = item
        listing.blockSignals(False)
        d = foto.disclosure
        below = foto.marks_below
        self.ui.disclosureLabel.setText(
            f"Drempel {d.threshold}: {d.primary} kleine aantallen verborgen (‘< {below}’), "
            + (f"{d.secondary} cellen onder de drempel of ter bescherming verborgen (‘x’)"
               if d.threshold > below else f"{d.secondary} cellen verborgen om ze te beschermen (‘x’)")
            + (f", {d.carried} verborgen omdat een eerdere export van dit schooljaar ze al toonde of "
               "verborg (‘x’)" if d.carried else "")
            + (f", {d.incomplete} onvolledig door verborgen schoolcijfers" if d.incomplete else "")
            + (f", {d.withheld} in tabellen die te klein zijn om iets te tonen" if d.withheld else "")
            + ". Vertrouwelijke items en namen staan nergens in de foto."
        )
        population = next((t for t in foto.tables if t.key == "population_grade"), None)
        if foto.kind == "schoolfoto" and population is not None and population.total.value == 0:
            # A fresh store: a page of zeros says nothing; say what to do first.
            self.ui.disclosureLabel.setText(
                "Deze schoolfoto is nog leeg: er zijn geen leerlingen in dit schooljaar. Lees eerst de "
                "klaslijst in (Leerlingen → Klaslijst importeren…) en start trajecten; de foto telt "
                "ze dan vanzelf, zonder namen.")
        if first is not None:
            listing.setCurrentItem(first)
            self._show_current(first)

    def _show_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or self.foto is None or item.data(TABLE_ROLE) is None:
            return
        self.show_table(self.foto.table(item.data(TABLE_ROLE)), self.foto.marks_below)

    def show_table(self, table: ProtectedTable, marks_below: int) -> None:
        view = self.ui.previewTable
        single = len(table.columns) == 1
        columns = [*table.columns] + ([] if single else ["Totaal"])
        view.clear()
        view.setRowCount(len(table.rows) + 1)
        view.setColumnCount(len(columns))
        view.setHorizontalHeaderLabels(columns)
        view.setVerticalHeaderLabels([*table.rows, "Totaal"])
        for r, line in enumerate(table.grid):
            for c, cell in enumerate(line[:len(columns)]):
                item = QTableWidgetItem(cell.text(marks_below))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.hidden:
                    item.setBackground(QBrush(HIDDEN))
                    item.setToolTip(f"Verborgen: {cell.reason.value}")
                if r == len(table.rows) or c == len(table.columns):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                view.setItem(r, c, item)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = f"\n{table.note}" if table.note else ""
        if table.merged_count:
            note += (f"\n‘Overige’ voegt {table.merged_count} categorie(ën) samen die elk minder dan "
                     f"{marks_below} keer voorkomen (of eerder dit schooljaar zo weinig).")
        self.ui.tableTitleLabel.setText(table.title + note)

    def warn_names(self, count: int) -> None:
        label = self.ui.namesWarningLabel
        label.setVisible(count > 0)
        label.setText(
            f"Let op: deze tekst bevat {'een naam of code' if count == 1 else f'{count} namen of codes'} "
            "van leerlingen uit de database. Een schoolfoto noemt nooit leerlingen: zo kan ze niet "
            "bewaard worden. Herschrijf de tekst in algemene termen."
        )
