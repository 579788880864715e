"""Keeping the recovery key: printed on paper, or copied by hand from a large view. Never a file.

The key is shown once (first run, a new database key). Printing goes straight to a
printer: the print dialog offers no "print to file", and a printer that makes a file
anyway (a PDF or XPS printer, a file name set in the dialog) is refused, because a PDF of
the key on disk is the key in plain text. When there is no printer, or printing fails,
is refused or is cancelled, the coordinator is told so in Dutch and offered the key large
on screen; *afgedrukt* can then not be confirmed, only *overgeschreven*.

What stays out of reach: the operating system's print queue holds the job until the
printer took it (CUPS and Windows delete the spooled file afterwards).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from go_hgw_desktop.ui.views.dialogs import RecoveryKeyDialog, RecoveryKeyLargeDialog

RunDialog = Callable[[QDialog], bool]
Ask = Callable[[QWidget, str, str], bool]

# Printers that write a file instead of paper: Windows' own, CUPS-PDF, "Print to File".
FILE_PRINTER = re.compile(r"pdf|xps|onenote|document writer|print to file|naar bestand|fax", re.IGNORECASE)


class Printed(Enum):
    """How an attempt to print ended; every outcome but PRINTED has a Dutch reason."""

    PRINTED = ""
    NO_PRINTER = ("er is geen printer gevonden op deze computer (of alleen printers die een bestand "
                  "maken, zoals ‘Microsoft Print to PDF’).")
    CANCELLED = "het afdrukken werd geannuleerd; er is niets afgedrukt."
    TO_FILE = ("deze printer maakt een bestand (zoals een PDF) in plaats van een blad papier, en de "
               "herstelsleutel mag niet als bestand op de computer staan. Er is niets bewaard.")
    FAILED = ("de printer gaf een fout (staat hij aan, is hij verbonden, heeft hij papier?). Er is "
              "misschien niets afgedrukt.")


@dataclass(frozen=True)
class PrintResult:
    outcome: Printed
    printer: str = ""


def recovery_sheet_html(school: str, recovery_key: str, statement: str) -> str:
    """The printed page: the key in four rows of four numbered groups (as on screen, easy to
    type again), what it is for, and how experts open the file."""
    groups = recovery_key.split("-")
    rows = "".join(
        "<tr>" + "".join(
            f'<td style="padding: 6px 18px"><span style="font-size: 9pt; color: #555">{n + 1}.</span><br>'
            f'<span style="font-family: monospace; font-size: 22pt; font-weight: bold">{escape(groups[n])}'
            "</span></td>"
            for n in range(row, min(row + 4, len(groups))))
        + "</tr>"
        for row in range(0, len(groups), 4))
    return f"""
    <h2>GO! HGW Desktop – herstelsleutel</h2>
    <p>School: <b>{escape(school)}</b></p>
    <table cellspacing="0">{rows}</table>
    <p>Bewaar dit blad op een veilige plaats, niet bij de laptop. Met deze sleutel open je de
    versleutelde database opnieuw op een nieuwe laptop of na een nieuw gebruikersprofiel
    (kies ‘Herstelsleutel invoeren’ en typ de 16 groepen; streepjes en spaties mag je weglaten).</p>
    <p>Voor ICT: in elk SQLCipher 4-programma opent het databasebestand met<br>
    <span style="font-family: monospace; font-size: 7pt">{escape(statement)}</span></p>
    """


def paper_printers() -> list[str]:
    """The printers that put ink on paper (file-making printers left out)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [info.printerName() for info in QPrinterInfo.availablePrinters()
            if not FILE_PRINTER.search(f"{info.printerName()} {info.makeAndModel()}")]


def writes_a_file(printer) -> bool:
    """Whether this printer, as the print dialog left it, would write a file."""
    from PySide6.QtPrintSupport import QPrinter

    return (printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or bool(printer.outputFileName())
            or bool(FILE_PRINTER.search(printer.printerName())))


def new_printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("GO! HGW herstelsleutel")  # the name in the print queue: never the key
    return printer


def print_sheet(html: str, parent: QWidget, run_dialog: RunDialog) -> PrintResult:
    """Ask which printer, then print the sheet on it; never to a file."""
    from PySide6.QtPrintSupport import QPrintDialog

    if not paper_printers():
        return PrintResult(Printed.NO_PRINTER)
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Herstelsleutel afdrukken")
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if not run_dialog(dialog):
        return PrintResult(Printed.CANCELLED)
    if writes_a_file(printer):
        printer.setOutputFileName("")  # nothing may be written, not even an empty file
        return PrintResult(Printed.TO_FILE, printer.printerName())
    return PrintResult(Printed.PRINTED if paint(printer, html) else Printed.FAILED, printer.printerName())


def paint(printer, html: str) -> bool:
    """Lay the sheet out on the printer's page and send it; False when the printer refused."""
    from PySide6.QtGui import QPainter, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)  # point sizes at the printer's resolution
        document.setDocumentMargin(56)  # about 1.5 cm inside the printable area (in points, scaled)
        document.setHtml(html)
        document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
        document.drawContents(painter)
    finally:
        ended = painter.end()
    failed = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)
    return ended and printer.printerState() not in failed


class RecoveryKeyKeeper:
    """Wires the recovery key dialog: print (and say how it went), or show the key large.

    ``run_dialog`` opens the print dialog and the large view (tests answer them); ``ask``
    offers the large view after printing did not work.
    """

    def __init__(self, dialog: RecoveryKeyDialog, recovery_key: str, sheet_html: str,
                 run_dialog: RunDialog, ask: Ask) -> None:
        self.dialog, self.recovery_key, self.sheet_html = dialog, recovery_key, sheet_html
        self.run_dialog, self.ask = run_dialog, ask
        self.results: list[PrintResult] = []
        dialog.ui.printButton.clicked.connect(self.print)
        dialog.ui.largeButton.clicked.connect(self.show_large)

    def print(self) -> PrintResult:
        result = print_sheet(self.sheet_html, self.dialog, self.run_dialog)
        self.results.append(result)
        if result.outcome is Printed.PRINTED:
            self.dialog.mark_printed(result.printer)
            return result
        self.dialog.mark_not_printed(_capital(result.outcome.value))
        if self.ask(self.dialog, "Herstelsleutel niet afgedrukt",
                    f"{_capital(result.outcome.value)}\n\nJe kunt de herstelsleutel niet als afgedrukt "
                    "bevestigen. Wil je hem groot op het scherm zien, om hem met de hand over te schrijven?"):
            self.show_large()
        return result

    def show_large(self) -> None:
        self.run_dialog(RecoveryKeyLargeDialog(self.recovery_key, self.dialog))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def keep_recovery_key(recovery_key: str, sheet_html: str, parent: QWidget | None, run_dialog: RunDialog,
                      ask: Ask) -> RecoveryKeyKeeper:
    """Show the recovery key until the person confirms they printed or copied it."""
    dialog = RecoveryKeyDialog(recovery_key, parent)
    keeper = RecoveryKeyKeeper(dialog, recovery_key, sheet_html, run_dialog, ask)
    run_dialog(dialog)
    return keeper
