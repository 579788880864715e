"""Reading a class list file into a table of cells: CSV (any usual encoding and delimiter)
or Excel ``.xlsx``.

The file's *content* decides how it is read, not its extension: an Excel workbook renamed
to ``.csv`` is read as Excel, a PDF or an image renamed to ``.csv`` is refused. Nothing is
written anywhere while reading: no temporary files, no logs of cell values.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from go_hgw_desktop import files
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.imports.columns import known_header_count

Value = str | int | float | date | datetime | bool | None
Progress = Callable[[int, int], None]  # (done, total); may raise ImportCancelled

MAX_BYTES = 50_000_000  # a school's class list is a few hundred kB
MAX_UNZIPPED = 400_000_000  # an .xlsx that inflates beyond this is not a class list
MAX_ROWS = 100_000  # ten times the largest school
HEADER_SEARCH_ROWS = 30  # exports often put a title and a blank line above the headers
DELIMITERS = (";", ",", "\t", "|")  # ';' first: what Excel writes on a Belgian computer
DELIMITER_NAMES = {";": "puntkomma", ",": "komma", "\t": "tab", "|": "verticale streep"}


class ClassListError(UserError):
    """The file cannot be used as a class list; nothing was changed."""

    exit_code = 2


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Het importeren is gestopt.", "Er is niets gewijzigd.")


@dataclass
class SourceTable:
    """The cells of one sheet or CSV file, the header row found, and how it was read."""

    name: str  # the file's name, for messages
    kind: str  # "csv" or "xlsx"
    description: str  # Dutch: how it was read ("CSV, UTF-8, puntkomma")
    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[Value, ...]]]  # (row number as a spreadsheet shows it, cells)
    header_row: int = 1
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    formula_cells: frozenset[tuple[int, int]] = field(default_factory=frozenset)  # (row, column)
    similar_sheets: tuple[str, ...] = ()  # other sheets with the same headers (a sheet per class)

    @property
    def column_count(self) -> int:
        return len(self.headers)

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column, as text (for the mapping screen)."""
        found = []
        for _, cells in self.rows:
            value = cells[column] if column < len(cells) else None
            if value not in (None, ""):
                found.append(value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value))
                if len(found) == count:
                    break
        return found


def read_source(path: Path | str, sheet: str | None = None, progress: Progress | None = None) -> SourceTable:
    """Read a class list. Raises :class:`ClassListError` with a Dutch message for any file
    that is not a usable table."""
    path = Path(path)
    try:
        data = files.read_limited(path, MAX_BYTES, "een klaslijst")
    except files.InputFileError as error:
        hint = ("Exporteer alleen de leerlingen met naam, klas en geboortedatum."
                if error.too_big else error.hint)
        raise ClassListError(error.message, hint) from None
    if not data.strip():
        raise ClassListError(f"{path.name} is leeg.", "Exporteer de klaslijst opnieuw.")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data, sheet, progress)
    _refuse_other_formats(path, data)
    if sheet:
        raise ClassListError(f"{path.name} is een CSV-bestand en heeft geen bladen.")
    return _read_csv(path, data, progress)


_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0", "een oud Excel-bestand (.xls) of een bestand met een wachtwoord",
     "Open het in Excel, haal het wachtwoord weg en bewaar het als .xlsx of als CSV."),
    (b"%PDF", "een PDF", "Exporteer de klaslijst als CSV of Excel in plaats van als PDF."),
    (b"\x89PNG", "een afbeelding", "Exporteer de klaslijst als CSV of Excel."),
    (b"\xff\xd8\xff", "een afbeelding", "Exporteer de klaslijst als CSV of Excel."),
    (b"{\\rtf", "een tekstdocument (RTF)", "Exporteer de klaslijst als CSV of Excel."),
)


def _refuse_other_formats(path: Path, data: bytes) -> None:
    for signature, what, hint in _SIGNATURES:
        if data.startswith(signature):
            raise ClassListError(f"{path.name} is {what}, geen klaslijst.", hint)
    start = data[:512].lstrip(codecs.BOM_UTF8 + b" \r\n\t").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        # Some packages "export to Excel" as a web page with an .xls name.
        raise ClassListError(f"{path.name} is een webpagina (HTML of XML), geen echt Excel- of CSV-bestand.",
                             "Open het in Excel en bewaar het als Excel-werkmap (.xlsx) of als CSV UTF-8.")
    head = data[:65536]
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in head:
        raise ClassListError(f"{path.name} is geen tekstbestand (het lijkt een programma- of "
                             "afbeeldingsbestand met een andere extensie).",
                             "Exporteer de klaslijst als CSV of Excel (.xlsx).")


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        candidates = (("utf-8-sig", "bewaard als ‘CSV UTF-8’"),)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = (("utf-16", "bewaard als ‘Unicode-tekst’"),)
    else:
        # The labels say what the coordinator chose in Excel, not the encoding's name.
        candidates = (("utf-8", "bewaard als ‘CSV UTF-8’"), ("cp1252", "bewaard als gewone ‘CSV’"))
    for encoding, label in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t")
        if controls > 2 + len(text[:20000]) // 200:
            break
        return text, label
    raise ClassListError(f"{path.name} is geen leesbaar tekstbestand (geen UTF-8 en geen Windows-1252).",
                         "Bewaar de klaslijst in Excel als ‘CSV UTF-8’ of als .xlsx en probeer opnieuw.")


def _sniff_delimiter(text: str) -> str | None:
    sample = [line for line in text.splitlines()[:80] if line.strip()]
    best, best_score = None, (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        several = [w for w in widths if w > 1]
        if not several:
            continue
        width = Counter(several).most_common(1)[0][0]
        score = (widths.count(width), width)  # most rows of one width, then the widest
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, data: bytes, progress: Progress | None) -> SourceTable:
    text, encoding = _decode(path, data)
    delimiter = _sniff_delimiter(text)
    if delimiter is None:
        raise ClassListError(
            f"{path.name} heeft maar één kolom: er is geen scheidingsteken (; , of tab) gevonden.",
            "Een klaslijst heeft minstens kolommen voor voornaam, familienaam, klas en geboortedatum.")
    csv.field_size_limit(1_000_000)
    rows: list[tuple[int, tuple[Value, ...]]] = []
    total = len(text)
    stream = io.StringIO(text, newline="")
    try:
        for number, cells in enumerate(csv.reader(stream, delimiter=delimiter), start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise ClassListError(f"{path.name} heeft meer dan {MAX_ROWS:,} rijen; dat is geen "
                                     "klaslijst van één school.".replace(",", "."))
            if any(cell.strip() for cell in cells):
                rows.append((number, tuple(_unwrap_text_formula(c) for c in cells)))
            if progress and number % 2000 == 0:
                progress(stream.tell(), total)
    except csv.Error as error:
        raise ClassListError(f"{path.name} is geen geldig CSV-bestand ({error}).",
                             "Exporteer de klaslijst opnieuw als CSV of als Excel (.xlsx).") from None
    description = f"CSV-bestand {encoding}, kolommen gescheiden door een {DELIMITER_NAMES[delimiter]}"
    return _with_header(path.name, "csv", description, rows)


def _unwrap_text_formula(cell: str) -> str:
    """``="00123"`` is the spreadsheet trick that keeps leading zeros: it means the text."""
    stripped = cell.strip()
    if stripped.startswith('="') and stripped.endswith('"') and stripped.count('"') == 2:
        return stripped[2:-1]
    return cell


def _with_header(name: str, kind: str, description: str, rows, sheet=None, sheets=(),
                 formula_cells=frozenset()) -> SourceTable:
    if not rows:
        raise ClassListError(f"{name} bevat geen gegevens" + (f" (blad ‘{sheet}’)." if sheet else "."))
    header_index = _header_index(rows)
    header_number, header_cells = rows[header_index]
    width = max(len(cells) for _, cells in rows[header_index:])
    headers = tuple(_header_text(header_cells[i] if i < len(header_cells) else None, i) for i in range(width))
    body = [(n, tuple(cells) + (None,) * (width - len(cells))) for n, cells in rows[header_index + 1:]]
    return SourceTable(name=name, kind=kind, description=description, headers=headers, rows=body,
                       header_row=header_number, sheet=sheet, sheets=tuple(sheets),
                       formula_cells=frozenset(formula_cells))


def _header_index(rows) -> int:
    """The first row naming at least two known columns; else the first row of two cells or more."""
    candidates = rows[:HEADER_SEARCH_ROWS]
    for index, (_, cells) in enumerate(candidates):
        if known_header_count([c for c in cells if isinstance(c, str)]) >= 2:
            return index
    for index, (_, cells) in enumerate(candidates):
        if sum(1 for c in cells if c not in (None, "")) >= 2:
            return index
    return 0


def _header_text(value: Value, index: int) -> str:
    text = " ".join(str(value).split()) if value not in (None, "") else ""
    return text or f"Kolom {_column_letter(index)}"


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _from_defusedxml(error: BaseException) -> bool:
    """defusedxml refused the XML somewhere in this chain (openpyxl wraps what it catches)."""
    from defusedxml import DefusedXmlException

    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DefusedXmlException):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _unsafe_xml(path: Path) -> ClassListError:
    return ClassListError(f"{path.name} bevat XML-constructies die een Excel-werkmap nooit nodig heeft "
                          "(entiteiten of verwijzingen naar andere bestanden); het is niet gelezen.",
                          "Open het in Excel en bewaar het opnieuw als .xlsx, of exporteer als CSV.")


def _read_xlsx(path: Path, data: bytes, sheet: str | None, progress: Progress | None) -> SourceTable:
    import openpyxl  # imported here: start-up of the app does not pay for it

    if not openpyxl.DEFUSEDXML:  # defusedxml missing, or switched off with OPENPYXL_DEFUSEDXML
        raise ClassListError("Excel-bestanden kunnen op deze computer niet veilig gelezen worden.",
                             "Bewaar de klaslijst als CSV, of installeer GO! HGW Desktop opnieuw.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise ClassListError(f"{path.name} is uitgepakt te groot voor een klaslijst.")
            if "xl/workbook.xml" not in archive.namelist():
                raise ClassListError(f"{path.name} is een ZIP-bestand maar geen Excel-werkmap (.xlsx).",
                                     "Exporteer de klaslijst als CSV of als .xlsx.")
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ClassListError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        if _from_defusedxml(error):
            raise _unsafe_xml(path) from None
        raise ClassListError(f"{path.name} is een beschadigd Excel-bestand.",
                             "Open het in Excel en bewaar het opnieuw, of exporteer als CSV.") from None
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ClassListError(f"{path.name} heeft geen blad ‘{sheet}’.",
                                 "Bladen in dit bestand: " + ", ".join(f"‘{n}’" for n in names) + ".")
        chosen = sheet or _likely_sheet(book, names)
        rows = _sheet_rows(path, book[chosen], progress)
        formulas = _formula_cells(data, chosen, rows) if _has_gaps(rows) else frozenset()
        description = f"Excel, blad ‘{chosen}’" + (f" (van {len(names)} bladen)" if len(names) > 1 else "")
        table = _with_header(path.name, "xlsx", description, rows, chosen, names, formulas)
        table.similar_sheets = tuple(name for name in names if name != chosen
                                     and _has_headers(book[name], table.headers))
    except (ClassListError, ImportCancelled):
        raise
    except Exception as error:  # openpyxl reads the sheets' XML lazily, while rows are asked
        if _from_defusedxml(error):
            raise _unsafe_xml(path) from None
        raise ClassListError(f"{path.name} is een beschadigd Excel-bestand.",
                             "Open het in Excel en bewaar het opnieuw, of exporteer als CSV.") from None
    finally:
        book.close()
    return table


def _has_headers(sheet, headers: tuple[str, ...]) -> bool:
    """Does this sheet start like the one read (a workbook with one sheet per class)?"""
    wanted = [h.casefold() for h in headers if not h.startswith("Kolom ")]
    for row in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True):
        cells = [str(c).strip().casefold() for c in row if c not in (None, "")]
        if cells and cells == wanted[:len(cells)] and len(cells) >= 2:
            return True
    return False


def _likely_sheet(book, names: tuple[str, ...]) -> str:
    """The first sheet whose top rows name class-list columns; else the first with data."""
    first_with_data = None
    for name in names:
        top = [tuple(row) for row in book[name].iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)]
        if any(known_header_count([c for c in row if isinstance(c, str)]) >= 2 for row in top):
            return name
        if first_with_data is None and any(any(c not in (None, "") for c in row) for row in top):
            first_with_data = name
    return first_with_data or names[0]


def _sheet_rows(path: Path, sheet, progress: Progress | None) -> list[tuple[int, tuple[Value, ...]]]:
    rows = []
    total = sheet.max_row or 0
    try:
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise ClassListError(f"{path.name} heeft meer dan {MAX_ROWS:,} rijen; dat is geen "
                                     "klaslijst van één school.".replace(",", "."))
            if any(c not in (None, "") and not (isinstance(c, str) and not c.strip()) for c in cells):
                rows.append((number, tuple(cells)))
            if progress and number % 2000 == 0:
                progress(number, max(total, number))
    except ClassListError:
        raise
    except ImportCancelled:
        raise
    except Exception as error:
        if _from_defusedxml(error):
            raise _unsafe_xml(path) from None
        raise ClassListError(f"{path.name} is een beschadigd Excel-bestand.",
                             "Open het in Excel en bewaar het opnieuw, of exporteer als CSV.") from None
    return rows


def _has_gaps(rows) -> bool:
    return any(c is None for _, cells in rows for c in cells)


def _formula_cells(data: bytes, sheet_name: str, rows) -> frozenset[tuple[int, int]]:
    """Cells that hold a formula without a computed value (the file was never opened in a
    spreadsheet after the formula was written): read once more, formulas as text."""
    import openpyxl

    empty = {(n, i) for n, cells in rows for i, c in enumerate(cells) if c is None}
    wanted_rows = {n for n, _ in empty}
    found = set()
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            for number, cells in enumerate(book[sheet_name].iter_rows(values_only=True), start=1):
                if number in wanted_rows:
                    found.update((number, i) for i, c in enumerate(cells)
                                 if (number, i) in empty and isinstance(c, str) and c.startswith("="))
        finally:
            book.close()
    except Exception:
        return frozenset()  # the first reading worked; without this detail a cell reads as empty
    return frozenset(found)
