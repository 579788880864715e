"""Class-list files for the import tests, shaped like school administration exports.

All names are fictional; every generator writes into a directory the test owns.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

HEADERS = ("Stamboeknummer", "Naam", "Voornaam", "Klas", "Geboortedatum", "Adres", "Rijksregisternummer")

PUPILS = [  # number, family name, first name, class, birth date
    ("1001", "Peeters", "Jan", "3A", date(2017, 3, 14)),
    ("1002", "Şahin", "Şeyma", "3A", date(2017, 5, 2)),
    ("1003", "Nguyễn", "Văn An", "4B", date(2016, 6, 5)),
    ("1004", "Kowalski", "Łukasz", "4B", date(2016, 1, 30)),
    ("1005", "Dubois", "Zoë", "K2A", date(2021, 9, 9)),
    ("1006", "El Amrani", "Yassir", "3A", date(2017, 11, 23)),
    ("1007", "Van den Bossche", "Marie-Louise", "4B", date(2016, 12, 31)),
    ("1008", "Ó Briain", "Aoife", "K2A", date(2021, 2, 28)),
]


def rows(pupils=PUPILS, date_format="%d/%m/%Y") -> list[list[str]]:
    return [[number, last, first, klass, born.strftime(date_format), f"Dorpsstraat {i}", ""]
            for i, (number, last, first, klass, born) in enumerate(pupils, start=1)]


def write_csv(path: Path, body: list[list[str]], headers=HEADERS, delimiter=";", encoding="utf-8",
              preamble: list[str] = (), newline="\r\n") -> Path:
    lines = [*list(preamble), delimiter.join(_quote(c, delimiter) for c in headers)]
    lines += [delimiter.join(_quote(c, delimiter) for c in row) for row in body]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def _quote(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, content in sheets.items():
        sheet = book.create_sheet(name)
        for row in content:
            sheet.append(list(row))
    book.save(path)
    return path


def store_state(store) -> dict[str, list[tuple]]:
    """Every row of the tables an import touches: to prove a refused import changed nothing."""
    with store.transaction() as session:
        return {table: [tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                for table in ("pupil", "class_group", "class_membership", "setting")}
