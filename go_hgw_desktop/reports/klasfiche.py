"""The klasfiche: what the teachers of a class apply in the lesson, per pupil (A4 landscape, .xlsx).

For the klasleraar and every vakleerkracht: the measures in force (STICORDI category,
text, since when), the educational needs one line each, the goals being worked on with
their evaluation date, and the phase as a badge. Not the reasons, not the history: those
stay in the dossier. Identifiable by design (it names pupils) and says so on every page.
The service that fills :class:`KlasficheBook` leaves every vertrouwelijk item out, so this
module cannot print what it was never given. One class per page; a class that runs over
repeats its heading and the column headers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.domain.choices import MeasureCategory, Phase
from go_hgw_desktop.reports.pdf import ACCENT, FONT_BOLD, MUTED, styles, write_pdf, written

PAGE = landscape(A4)
WIDTH = PAGE[0] - 36 * mm  # the margins of write_pdf
COLUMNS = (36 * mm, 84 * mm, 78 * mm)  # pupil, measures, needs; the goals take the rest
ROW_SHADE = colors.HexColor("#f5f7fa")
# Light backgrounds with dark text, as the screens show the phases; readable in grey too.
PHASE_COLOURS = {
    Phase.BREDE_BASISZORG: ("#d9ead3", "#274e13"),
    Phase.VERHOOGDE_ZORG: ("#fff2cc", "#7f6000"),
    Phase.UITBREIDING_VAN_ZORG: ("#fce5cd", "#783f04"),
    Phase.IAC_OF_BUITENGEWOON: ("#f4cccc", "#660000"),
}
FOOTER = ("Klasfiche · bevat persoonsgegevens van leerlingen · alleen voor het schoolteam: "
          "niet doorgeven, niet laten rondslingeren")
NOTE = ("Wat je in de les toepast. De redenen en de voorgeschiedenis staan in het dossier bij de "
        "zorgcoördinator; vertrouwelijke gegevens staan nooit op deze fiche.")


@dataclass(frozen=True)
class FicheMeasure:
    category: MeasureCategory
    text: str
    since: date


@dataclass(frozen=True)
class FicheGoal:
    text: str
    evaluation: date | None


@dataclass(frozen=True)
class FichePupil:
    """A pupil with something to apply in the lesson."""

    name: str  # "Achternaam, Voornaam", as the class lists sort
    phase: Phase | None
    measures: tuple[FicheMeasure, ...] = ()
    needs: tuple[str, ...] = ()
    goals: tuple[FicheGoal, ...] = ()


@dataclass(frozen=True)
class ClassFiche:
    class_name: str
    teacher: str  # the klasleraar's name, or ""
    pupils: tuple[FichePupil, ...]
    others: tuple[str, ...] = ()  # pupils with nothing listed, by name (when asked for)
    others_left_out: int = 0  # how many such pupils were left out by choice


@dataclass(frozen=True)
class KlasficheBook:
    """Every klasfiche of one print, already stripped of vertrouwelijke items."""

    school_name: str
    school_year: str
    printed_on: date
    classes: tuple[ClassFiche, ...]

    @property
    def title(self) -> str:
        if len(self.classes) == 1:
            return f"Klasfiche {self.classes[0].class_name}"
        return f"Klasfiches ({len(self.classes)} klassen)"


# ------------------------------------------------------------------ text, shared by PDF and XLSX


def measure_line(measure: FicheMeasure) -> str:
    return f"{measure.category.label}: {measure.text} (sinds {format_date(measure.since)})"


def goal_line(goal: FicheGoal) -> str:
    when = f" (evaluatie {format_date(goal.evaluation)})" if goal.evaluation else ""
    return goal.text + when


def others_line(fiche: ClassFiche) -> str:
    if fiche.others:
        return (f"Zonder maatregelen, onderwijsbehoeften of doelen op deze fiche ({len(fiche.others)}): "
                + "; ".join(fiche.others) + ".")
    if fiche.others_left_out:
        return (f"{fiche.others_left_out} andere leerling(en) van de klas staan niet op deze fiche: "
                "voor hen geldt de gewone aanpak van de klas.")
    return ""


def heading_line(book: KlasficheBook, fiche: ClassFiche) -> str:
    parts = [book.school_name, f"schooljaar {book.school_year}"]
    if fiche.teacher:
        parts.append(f"klasleraar {fiche.teacher}")
    parts.append(f"afgedrukt op {format_date(book.printed_on)}")
    return " · ".join(parts)


# ------------------------------------------------------------------ PDF


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    cell = ParagraphStyle("fiche", parent=s["cell"], fontSize=7.5, leading=8.8)
    return {
        **s,
        "cell": cell,
        "class": ParagraphStyle("class", parent=s["body"], fontName=FONT_BOLD, fontSize=15, leading=18,
                                textColor=ACCENT),
        "meta": ParagraphStyle("meta", parent=cell, textColor=MUTED),
        "others": ParagraphStyle("others", parent=cell, fontSize=7.8, leading=9.4),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


MUTED_HEX = "#5a6470"
NONE = f'<font color="{MUTED_HEX}">–</font>'


# One paragraph per cell, lines joined by <br/>: a whole school prints in one go, and each
# reportlab Paragraph costs its own parse and line breaking.
def _cell(lines: list[str], s) -> Paragraph:
    return Paragraph("<br/>".join(lines) or NONE, s["cell"])


def _pupil_cell(pupil: FichePupil, s) -> Paragraph:
    lines = [f"<b>{escape(pupil.name)}</b>"]
    if pupil.phase is not None:
        background, foreground = PHASE_COLOURS[pupil.phase]
        lines.append(f'<font color="{foreground}" backColor="{background}"><b>&nbsp;'
                     f"{pupil.phase.short_label}&nbsp;</b></font>")
    return _cell(lines, s)


def _measures_cell(pupil: FichePupil, s) -> Paragraph:
    return _cell([f"<b>{escape(m.category.label)}</b>: {escape(m.text)} "
                  f'<font color="{MUTED_HEX}">(sinds {format_date(m.since)})</font>'
                  for m in pupil.measures], s)


def _needs_cell(pupil: FichePupil, s) -> Paragraph:
    return _cell([f"• {escape(need)}" for need in pupil.needs], s)


def _goals_cell(pupil: FichePupil, s) -> Paragraph:
    """The goals under their evaluation date: a plan's goals share it, so it stands once."""
    lines, shown = [], object()
    for goal in sorted(pupil.goals, key=lambda g: g.evaluation or date.max):
        if goal.evaluation != shown:
            shown = goal.evaluation
            when = (f"evaluatie {format_date(goal.evaluation)}" if goal.evaluation
                    else "nog geen evaluatiedatum")
            lines.append(f'<font size="7" color="{MUTED_HEX}"><b>{when}</b></font>')
        lines.append(f"• {escape(goal.text)}")
    return _cell(lines, s)


def _class_table(book: KlasficheBook, fiche: ClassFiche, s) -> Table:
    title = [[_p(f"Klasfiche {fiche.class_name}", s["class"]), _p(heading_line(book, fiche), s["meta"]),
              _p(NOTE, s["meta"])], "", "", ""]
    header = [_p(text, s["head"]) for text in (
        "Leerling", "Maatregelen in de les (STICORDI)", "Onderwijsbehoeften", "Doelen waaraan gewerkt wordt")]
    rows = [title, header]
    for pupil in fiche.pupils:
        rows.append([_pupil_cell(pupil, s), _measures_cell(pupil, s), _needs_cell(pupil, s),
                     _goals_cell(pupil, s)])
    spans = []
    if not fiche.pupils:
        empty = ("Geen leerlingen in deze klas." if not (fiche.others or fiche.others_left_out) else
                 "Geen leerlingen met maatregelen, onderwijsbehoeften of doelen.")
        spans.append(len(rows))
        rows.append([_p(empty, s["cell"]), "", "", ""])
    if others_line(fiche):
        spans.append(len(rows))
        rows.append([_p(others_line(fiche), s["others"]), "", "", ""])
    # splitInRow: a pupil with very much may run onto the next page instead of failing.
    table = Table(rows, colWidths=[*COLUMNS, WIDTH - sum(COLUMNS)], repeatRows=2, hAlign="LEFT",
                  splitInRow=1)
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
        ("LINEBELOW", (0, 2), (-1, -1), 0.3, colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, ROW_SHADE]),
        ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in spans:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.white)]
    table.setStyle(TableStyle(commands))
    return table


def klasfiche_story(book: KlasficheBook) -> list[Flowable]:
    """Every class's fiche as reportlab flowables, one class per page."""
    s = _styles()
    story: list[Flowable] = []
    for number, fiche in enumerate(book.classes):
        if number:
            story.append(PageBreak())
        story.append(_class_table(book, fiche, s))
    return story


def write_klasfiche_pdf(book: KlasficheBook, path: Path, invariant: bool = False) -> None:
    """Write the klasfiches to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    write_pdf(path, klasfiche_story(book), title=book.title, footer=FOOTER, invariant=invariant,
              pagesize=PAGE)


# ------------------------------------------------------------------ XLSX

XLSX_HEADER = ("Leerling", "Fase", "Maatregelen in de les (STICORDI)", "Onderwijsbehoeften",
               "Doelen waaraan gewerkt wordt")
XLSX_WIDTHS = (28, 9, 70, 50, 50)


def _sheet_title(name: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip("' ") or "Klas"
    title, n = cleaned[:31], 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = cleaned[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def _fill_sheet(sheet, book: KlasficheBook, fiche: ClassFiche) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([f"Klasfiche {fiche.class_name}"])
    sheet["A1"].font = Font(bold=True, size=14, color="1F5C99")
    sheet.append([heading_line(book, fiche)])
    sheet.append([FOOTER])
    sheet["A3"].font = Font(italic=True, color="5A6470")
    sheet.append([])
    sheet.append(list(XLSX_HEADER))
    for cell in sheet[5]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E3ECF5")
    for pupil in fiche.pupils:
        sheet.append([
            pupil.name, pupil.phase.short_label if pupil.phase is not None else "",
            "\n".join(measure_line(m) for m in pupil.measures),
            "\n".join(pupil.needs), "\n".join(goal_line(g) for g in pupil.goals),
        ])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    if not fiche.pupils:
        sheet.append(["Geen leerlingen met maatregelen, onderwijsbehoeften of doelen."])
    if others_line(fiche):
        sheet.append([])
        sheet.append([others_line(fiche)])
    for column, width in zip("ABCDE", XLSX_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "B6"
    sheet.print_title_rows = "5:5"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.left.text = "Alleen voor het schoolteam"
    sheet.oddFooter.right.text = "Pagina &P van &N"


def write_klasfiche_xlsx(book: KlasficheBook, path: Path) -> None:
    """The same klasfiches as an Excel workbook, one sheet per class, for the school's own
    platform; written atomically (``ReportWriteError`` in Dutch on failure)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for fiche in book.classes:
        _fill_sheet(workbook.create_sheet(_sheet_title(fiche.class_name, taken)), book, fiche)
    if not book.classes:
        workbook.create_sheet("Klasfiche").append(["Geen klassen gekozen."])
    workbook.properties.title = book.title
    workbook.properties.creator = "GO! HGW Desktop"
    with written(path) as temporary:
        workbook.save(temporary)

