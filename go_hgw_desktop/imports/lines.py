"""From the rows of a class list to pupil lines: cleaned, checked, and minimal.

Of a birth date only the year is kept; unmapped columns are never looked at. Every row
that cannot be used becomes a :class:`RowProblem` with its row number and a Dutch reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.text import NAME_MAX, clean_name, fold_accents, has_control_characters
from go_hgw_desktop.imports.columns import Role
from go_hgw_desktop.imports.source import ClassListError, Progress, SourceTable, Value

NUMBER_MAX = 40
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_ERRORS = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#WAARDE!",
                "#VERW!", "#DEEL/0!", "#GETAL!", "#NAAM?", "#LEEG!", "#N/B")
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "januari", "january", "janvier"), ("feb", "februari", "february", "fevrier", "febr"),
    ("mrt", "maart", "mar", "march", "mars", "maa"), ("apr", "april", "avril"),
    ("mei", "may", "mai"), ("jun", "juni", "june", "juin"), ("jul", "juli", "july", "juillet"),
    ("aug", "augustus", "august", "aout"), ("sep", "sept", "september", "septembre"),
    ("okt", "oktober", "oct", "october", "octobre"), ("nov", "november", "novembre"),
    ("dec", "december", "decembre")), start=1) for name in names}
_NUMERIC_DATE = re.compile(  # with an optional time, as spreadsheets write a date cell as text
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s.\-/]*([a-z]+)\.?[\s.\-/]*(\d{2,4})$")


@dataclass(frozen=True)
class PupilLine:
    """One usable row: a pupil as the class list names them."""

    row: int
    first_name: str
    last_name: str
    class_name: str
    birth_year: int
    number: str | None  # the school administration's pupil number, if the list has one

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def name_key(self) -> tuple[str, str, int]:
        return name_key(self.first_name, self.last_name, self.birth_year)


@dataclass(frozen=True)
class RowProblem:
    row: int
    reason: str
    name: str = ""  # what the row calls the pupil, when it says
    number: str | None = None  # lets a pupil with a broken row stay out of the leavers
    key: tuple[str, str, int] | None = None
    blocking: bool = True  # False: a row that is no pupil at all (a title or a total), left out


_SAME_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "-": " ", "‐": " ", "–": " "})


def name_key(first_name: str, last_name: str, birth_year: int) -> tuple[str, str, int]:
    """Names compared without accents, case, apostrophe shapes or hyphens: exports drop the Ş
    of Şeyma, write D’Hondt as D'Hondt and Jan-Willem as Jan Willem."""
    def fold(name: str) -> str:
        return " ".join(fold_accents(name).translate(_SAME_MARKS).split())

    return fold(first_name), fold(last_name), birth_year


def read_lines(table: SourceTable, mapping: dict[int, Role], today: date,
               progress: Progress | None = None) -> tuple[list[PupilLine], list[RowProblem]]:
    """Every data row of ``table`` as a pupil line or a problem, in file order."""
    column = {role: index for index, role in mapping.items()}
    missing = [role.label for role in (Role.FIRST_NAME, Role.LAST_NAME, Role.CLASS, Role.BIRTH)
               if role not in column]
    if missing:
        raise ClassListError(f"In {table.name} is niet bekend welke kolom dit is: {', '.join(missing)}.",
                             "Koppel de kolommen, of geef ze een kop als Voornaam, Familienaam, Klas "
                             "en Geboortedatum.")
    if Role.NUMBER in column:
        _refuse_national_numbers(table, column[Role.NUMBER])
    lines, problems = [], []
    required = [column[r] for r in (Role.FIRST_NAME, Role.LAST_NAME, Role.CLASS, Role.BIRTH)]
    for done, (number, cells) in enumerate(table.rows, start=1):
        if progress and done % 2000 == 0:
            progress(done, len(table.rows))
        filled = [c for c in cells if _filled(c)]
        # Nothing in the pupil's columns, or one lone cell ("Totaal: 412 leerlingen"): a title
        # or a total, not a pupil; a pupil's row always fills several columns.
        if len(filled) <= 1 or not any(_filled(cells[i]) for i in required):
            text = " ".join(str(c).strip() for c in filled)
            problems.append(RowProblem(row=number, reason=f"Geen leerling (‘{text[:60]}’): overgeslagen.",
                                       blocking=False))
            continue
        try:
            lines.append(_line(table, number, cells, column, today))
        except _RowError as error:
            problems.append(_problem(number, cells, column, str(error)))
    return lines, problems


def _filled(value: Value) -> bool:
    return value not in (None, "") and not (isinstance(value, str) and not value.strip())


def _refuse_national_numbers(table: SourceTable, index: int) -> None:
    for row, cells in table.rows:
        value = cells[index]
        if value is not None and looks_like_national_number(str(value)):
            raise ClassListError(
                f"De kolom ‘{table.headers[index]}’ bevat rijksregisternummers (rij {row}). Die "
                "worden nooit bewaard.",
                "Koppel die kolom niet als leerlingnummer; gebruik het stamboeknummer of laat het "
                "nummer weg.")


class _RowError(Exception):
    pass


def _line(table: SourceTable, row: int, cells: tuple[Value, ...], column: dict[Role, int],
          today: date) -> PupilLine:
    reasons = []

    def text(role: Role, label: str) -> str:
        index = column[role]
        value = cells[index]
        if value is None and (row, index) in table.formula_cells:
            reasons.append(f"{label}: de cel bevat een formule zonder berekende waarde (open het "
                           "bestand in Excel en bewaar het opnieuw)")
            return ""
        try:
            return _text(value, label)
        except _RowError as error:
            reasons.append(str(error))
            return ""

    first, last, klass = (text(Role.FIRST_NAME, "voornaam"), text(Role.LAST_NAME, "familienaam"),
                          text(Role.CLASS, "klas"))
    for value, label in ((first, "voornaam"), (last, "familienaam"), (klass, "klas")):
        if not value and not any(r.startswith(label) for r in reasons):
            reasons.append(f"{label} ontbreekt")
    birth_year = None
    birth_index = column[Role.BIRTH]
    try:
        if cells[birth_index] is None and (row, birth_index) in table.formula_cells:
            raise _RowError("geboortedatum: de cel bevat een formule zonder berekende waarde (open "
                            "het bestand in Excel en bewaar het opnieuw)")
        birth_year = birth_year_of(cells[birth_index])
    except _RowError as error:
        reasons.append(str(error))
    number = None
    if Role.NUMBER in column:
        try:
            number = _number(cells[column[Role.NUMBER]])
        except _RowError as error:
            reasons.append(str(error))
    if not reasons and birth_year is not None:
        try:
            Pupil(first_name=first, last_name=last, birth_year=birth_year).validate(today)
        except ValidationError as error:
            reasons.extend(p.rstrip(".") for p in error.problems)
    if reasons:
        raise _RowError("; ".join(reasons) + ".")
    return PupilLine(row=row, first_name=first, last_name=last, class_name=klass,
                     birth_year=birth_year, number=number)


def _problem(row: int, cells, column: dict[Role, int], reason: str) -> RowProblem:
    """A broken row, with as much of its pupil's identity as can still be read."""
    def safe(read, value):
        try:
            return read(value)
        except _RowError:
            return None

    first = safe(lambda v: _text(v, ""), cells[column[Role.FIRST_NAME]]) or ""
    last = safe(lambda v: _text(v, ""), cells[column[Role.LAST_NAME]]) or ""
    year = safe(birth_year_of, cells[column[Role.BIRTH]])
    number = safe(_number, cells[column[Role.NUMBER]]) if Role.NUMBER in column else None
    key = name_key(first, last, year) if first and last and year else None
    return RowProblem(row=row, reason=reason[0].upper() + reason[1:], name=f"{first} {last}".strip(),
                      number=number, key=key)


def _text(value: Value, label: str) -> str:
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value)
    if isinstance(value, (date, datetime)):
        raise _RowError(f"{label}: de cel bevat een datum in plaats van tekst")
    if isinstance(value, float):
        value = str(int(value)) if value.is_integer() else str(value)
    text = clean_name(str(value))
    if text.startswith("="):
        raise _RowError(f"{label}: de cel bevat een formule ({text[:30]})")
    if text.upper() in EXCEL_ERRORS:
        raise _RowError(f"{label}: de cel bevat een Excel-fout ({text})")
    if "?" in text or "\ufffd" in text:
        # What Excel writes for a letter its "CSV" encoding lacks (Ş, ễ, ł …): the name is lost.
        raise _RowError(f"{label} ‘{text}’ bevat een ‘?’ waar een letter hoort; bewaar de lijst als "
                        "‘CSV UTF-8’ of als .xlsx")
    if has_control_characters(text):
        raise _RowError(f"{label}: bevat onzichtbare tekens")
    if len(text) > NAME_MAX:
        raise _RowError(f"{label}: te lang (max. {NAME_MAX} tekens)")
    return text


def birth_year_of(value: Value) -> int:
    """The year of a birth date or birth year, however the export wrote it."""
    if isinstance(value, (datetime, date)):
        return value.year
    if isinstance(value, bool):
        raise _RowError("geboortedatum is geen datum")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise _RowError(f"geboortedatum ‘{value}’ is geen datum")
        number = int(value)
        if 1900 <= number <= 2100:
            return number
        if 2 <= number <= 80000:  # a spreadsheet's day count, from a cell without date format
            return (EXCEL_EPOCH + timedelta(days=number)).year
        raise _RowError(f"geboortedatum ‘{value}’ is geen datum")
    text = clean_name(str(value or ""))
    if not text:
        raise _RowError("geboortedatum ontbreekt")
    if text.startswith("="):
        raise _RowError(f"geboortedatum: de cel bevat een formule ({text[:30]})")
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if re.fullmatch(r"\d{5}", text) and 10000 <= int(text) <= 80000:
        return birth_year_of(int(text))  # a spreadsheet's day count, saved as text
    if re.fullmatch(r"\d{8}", text):  # 20150314 or 14032015
        year, month, day = _ymd_from_compact(text)
        return _checked(text, year, month, day, year)
    if match := _NUMERIC_DATE.match(text):
        a, b, c = match.groups()
        if len(a) == 4:  # 2015-03-14, 2015/03/14
            return _checked(text, int(a), int(b), int(c), int(a))
        year = int(c) if len(c) == 4 else _two_digit_year(int(c))
        if len(c) not in (2, 4):
            raise _RowError(f"geboortedatum ‘{text}’ is geen datum")
        # Belgian exports write day/month; if that cannot be, a US-style month/day still
        # gives the year, which is all that is kept.
        if _valid(year, int(b), int(a)) or _valid(year, int(a), int(b)):
            return year
        raise _RowError(f"geboortedatum ‘{text}’ bestaat niet")
    if match := _WORD_DATE.match(fold_accents(text)):
        day, month_name, year_text = match.groups()
        month = _MONTHS.get(month_name)
        year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text))
        if month and len(year_text) in (2, 4):
            return _checked(text, year, month, int(day), year)
    raise _RowError(f"geboortedatum ‘{text}’ is geen datum (schrijf bv. 14/03/2015 of 2015)")


def _ymd_from_compact(text: str) -> tuple[int, int, int]:
    if 1900 <= int(text[:4]) <= 2100:
        return int(text[:4]), int(text[4:6]), int(text[6:])
    return int(text[4:]), int(text[2:4]), int(text[:2])


def _two_digit_year(value: int) -> int:
    # Pupils are 2 to 30 years old: '15 is 2015, '98 is 1998.
    this_year = date.today().year % 100
    return 2000 + value if value <= this_year else 1900 + value


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _checked(text: str, year: int, month: int, day: int, result: int) -> int:
    if not _valid(year, month, day):
        raise _RowError(f"geboortedatum ‘{text}’ bestaat niet")
    return result


def _number(value: Value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_name(str(value)).lstrip("'")
    if not text:
        return None
    if text.startswith("="):
        raise _RowError(f"leerlingnummer: de cel bevat een formule ({text[:30]})")
    if len(text) > NUMBER_MAX or has_control_characters(text):
        raise _RowError(f"leerlingnummer ‘{text[:NUMBER_MAX]}…’ is te lang")
    return text


def looks_like_national_number(text: str) -> bool:
    """A Belgian national register number (rijksregisternummer): 11 digits, mod-97 check."""
    digits = re.sub(r"[\s.\-/]", "", text)
    if not re.fullmatch(r"\d{11}", digits):
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - int("2" + digits[:9]) % 97)
