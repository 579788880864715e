"""What every printed report shares: the embedded font, styles, "Pagina X van Y", safe writing.

The font is DejaVu Sans, shipped in ``resources/fonts`` and embedded in every PDF, so
é, ë, Ş, Ł and ễ print on any reader; reportlab's own Helvetica has none of the last three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, LayoutError, Paragraph, SimpleDocTemplate, Table, TableStyle

from go_hgw_desktop import files
from go_hgw_desktop.paths import fonts_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ACCENT = colors.HexColor("#1f5c99")
MUTED = colors.HexColor("#5a6470")
HIDDEN_FILL = colors.HexColor("#ece7f5")
ROW_SHADE = colors.HexColor("#f5f7fa")


class ReportWriteError(files.FileWriteError):
    """The report could not be written; the message says what to do, in Dutch."""


def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir() / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "headnum": ParagraphStyle("headnum", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9,
                                  alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30,
                                textColor=ACCENT, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=6, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=4, keepWithNext=True),
    }


def numbered_canvas(footer: str) -> type[canvas.Canvas]:
    """A canvas that prints ``footer`` and "Pagina X van Y" once it knows Y."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Start every page in the embedded font, so not even an unused Helvetica is referenced.
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(18 * mm, 12 * mm, footer)
                self.drawRightString(self._pagesize[0] - 18 * mm, 8 * mm,
                                     f"Pagina {self._pageNumber} van {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(path: Path, story: list[Flowable], *, title: str, footer: str,
              invariant: bool = False, on_page: Callable | None = None,
              pagesize: tuple[float, float] = A4) -> None:
    """Build ``story`` into ``path`` atomically: a failed build leaves no half-written file.

    ``pagesize`` is A4 upright unless a report asks for ``landscape(A4)``. ``invariant``
    makes the output byte-for-byte reproducible (no creation date, fixed document id), for
    golden tests.
    """
    register_fonts()
    try:
        with written(path) as temporary:
            document = SimpleDocTemplate(
                str(temporary), pagesize=pagesize, title=title, author="GO! HGW Desktop",
                creator="GO! HGW Desktop", leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                bottomMargin=20 * mm, invariant=1 if invariant else 0,
            )
            document.build(story, canvasmaker=numbered_canvas(footer),
                           **({"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}))
    except LayoutError as error:
        raise ReportWriteError(
            "Het rapport kon niet opgemaakt worden: een onderdeel past niet op een pagina.",
            "Maak de langste tekst korter en probeer opnieuw.",
        ) from error


@contextmanager
def written(path: Path | str) -> Iterator[Path]:
    """A private temporary file beside ``path`` that replaces it when the block ends well (a
    PDF or a workbook alike); a missing folder or a failed write is a ``ReportWriteError`` in
    Dutch and leaves nothing behind."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ReportWriteError(f"De map {directory} bestaat niet. Kies een bestaande map.")
    try:
        with files.replacing(path) as temporary:
            yield temporary
    except files.FileWriteError as error:
        raise ReportWriteError(error.message, error.hint) from None


# ------------------------------------------------------------------ shared table parts
# Used by the pupil plan and the meeting documents (groepsplan, verslag, bespreking).


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (never markup) as a paragraph; line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def grid(data: list[list], widths: list[float], shaded: bool = True) -> Table:
    """A table with a header row repeated on every page and light row lines.

    ``splitInRow``: a long text in one cell may run onto the next page instead of failing."""
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ROW_SHADE] if shaded else [colors.white]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
