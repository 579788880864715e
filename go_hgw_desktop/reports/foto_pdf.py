"""The schoolfoto and scholengroepfoto as a printed A4 report (Dutch)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.reports.pdf import ACCENT, FONT, FONT_BOLD, HIDDEN_FILL, MUTED, styles, write_pdf
from go_hgw_desktop.reports.schoolfoto import SECTION_TITLES, SchoolFoto
from go_hgw_desktop.reports.tables import ProtectedTable, dutch_number

WIDTH = 174 * mm  # A4 minus margins


# Where long Dutch words in column headers may break (soft hyphens), so a narrow column
# reads "Onderwijs-/loopbaan" instead of reportlab cutting the word anywhere.
_BREAKS = {
    "Onderwijsloopbaan": "Onderwijs\u00adloopbaan", "gezondheidszorg": "gezondheids\u00adzorg",
    "functioneren": "functio\u00adneren", "geëvalueerd": "geëva\u00adlueerd",
    "achterstallig": "achter\u00adstallig", "handelingsplan": "handelings\u00adplan",
    "Organiseren": "Organi\u00adseren", "Realiseren": "Reali\u00adseren", "Waarnemen": "Waar\u00adnemen",
}


def _header(text: str, style, width: float | None = None) -> Paragraph:
    """A column header; a word too wide for its column gets a smaller font (down to 6 pt)
    before it may break, and then only where a hyphen shows."""
    if width is not None:
        widest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
        if widest > width:
            size = max(6.0, style.fontSize * width / widest)
            style = ParagraphStyle(f"{style.name}-{size:.1f}", parent=style, fontSize=size,
                                   leading=size * 1.2, embeddedHyphenation=1)
    return _p(" ".join(_BREAKS.get(word, word) for word in text.split(" ")), style)


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _kind_title(foto: SchoolFoto) -> str:
    return "Scholengroepfoto" if foto.kind == "scholengroepfoto" else "Schoolfoto"


def _cover(foto: SchoolFoto, s, key_fingerprint: str | None = None) -> list:
    rows = [
        ("School" if foto.kind == "schoolfoto" else "Scholengroep", foto.school.name),
        ("Instellingsnummer", foto.school.institution_number or "–") if foto.kind == "schoolfoto" else None,
        ("Scholengroep", foto.school.scholengroep or "–") if foto.kind == "schoolfoto" else None,
        ("Aantal scholen", str(len(foto.schools))) if foto.kind != "schoolfoto" else None,
        ("Schooljaar", foto.school_year),
        ("Peildatum", format_date(foto.reference_date)),
        ("Drempel (k)", str(foto.threshold)),
        ("Vingerafdruk sleutel", key_fingerprint) if key_fingerprint else None,
    ]
    table = Table([[_p(a, s["head"]), _p(b, s["body"])] for a, b in filter(None, rows)],
                  colWidths=[45 * mm, WIDTH - 45 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    purpose = (
        "Het gedeelde beeld voor het MICRO-overleg van school, leersteuncentrum en CLB."
        if foto.kind == "schoolfoto" else
        "Het gecombineerde beeld van de scholen voor het MACRO-overleg van de scholengroep."
    )
    below = foto.marks_below
    raised = (f" Bij drempel {foto.threshold} is ook een aantal van {below} tot {foto.threshold - 1} "
              "een ‘x’." if foto.threshold > below else "")
    legend = (
        f"Dit rapport bevat alleen aantallen, nooit namen of notities. Een aantal van 1 tot "
        f"{below - 1} staat er als ‘&lt; {below}’; een cel met ‘x’ is verborgen omdat je er anders "
        f"een kleine telling mee zou kunnen terugrekenen.{raised} Verborgen cellen zijn "
        "paars gekleurd. Op de laatste pagina staat wat er verborgen is en waarom."
    )
    signed = [Spacer(1, 4 * mm), _p(
        "Het gegevensbestand van deze schoolfoto is ondertekend met de sleutel van de school. De "
        "scholengroep ziet bij het inlezen dezelfde vingerafdruk; een andere vingerafdruk betekent een "
        "vervalst bestand of een nieuwe sleutel (na een nieuwe laptop of de herstelsleutel).",
        s["small"])] if key_fingerprint else []
    return [
        Spacer(1, 30 * mm), Paragraph(_kind_title(foto), s["title"]), _p(purpose, s["subtitle"]),
        Spacer(1, 10 * mm), table, Spacer(1, 10 * mm), Paragraph(legend, s["body"]), *signed, PageBreak(),
    ]


LONG_TABLE = 60


def _fit(text: str, width: float, style) -> str:
    """``text`` cut with an ellipsis to fit ``width`` in the style's font."""
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return text
    while text and stringWidth(text + "…", style.fontName, style.fontSize) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _table(t: ProtectedTable, marks_below: int, s) -> list:
    single = len(t.columns) == 1
    count_columns = len(t.columns) + (0 if single else 1)
    label_width = (70 if count_columns <= 3 else 56) * mm if count_columns > 1 else 100 * mm
    number_width = (WIDTH - label_width) / count_columns if count_columns > 1 else 30 * mm
    room = number_width - 13  # reportlab's cell padding: 6 pt on either side
    header = [_p(t.row_header, s["head"])] + [_header(c, s["headnum"], room) for c in t.columns]
    if not single:
        header.append(_p("Totaal", s["headnum"]))
    data = [header]
    labels = (*t.rows, "Totaal")
    # A per-school comparison of a whole network has a thousand rows: plain, shortened labels
    # there, because wrapping Paragraphs would make the 1,100-school foto several times slower.
    long_table = len(t.rows) > LONG_TABLE
    for r, line in enumerate(t.grid):
        cells = line[:-1] if single else line
        style = s["head"] if r == len(t.rows) else s["cell"]
        label = _fit(labels[r], label_width - 4 * mm, style) if long_table else _p(labels[r], style)
        data.append([label] + [cell.text(marks_below) for cell in cells])
    table = Table(data, colWidths=[label_width] + [number_width] * count_columns, repeatRows=1,
                  hAlign="LEFT")
    commands = [
        ("FONT", (0, 1), (-1, -1), FONT, 8.5),
        ("FONT", (1, -1), (-1, -1), FONT_BOLD, 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.grey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f5f7fa")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for r, line in enumerate(t.grid):
        for c, cell in enumerate(line[:-1] if single else line):
            if cell.hidden:
                commands.append(("BACKGROUND", (c + 1, r + 1), (c + 1, r + 1), HIDDEN_FILL))
    table.setStyle(TableStyle(commands))
    parts = [Paragraph(escape(t.title), s["h2"]), table]
    notes = [t.note] if t.note else []
    if t.merged_count:
        notes.append(f"‘Overige’ voegt {t.merged_count} categorie(ën) samen die elk minder dan "
                     f"{marks_below} keer voorkomen (of eerder dit schooljaar zo weinig).")
    parts += [Spacer(1, 1.5 * mm)] + [_p(n, s["small"]) for n in notes]
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 4 * mm)]


def _bar_chart(title: str, bars: list[tuple[str, float | None]], k: int, unit: str = "") -> Drawing | None:
    """A horizontal bar chart of the visible values; hidden ones are named, not drawn."""
    visible = [(label, value) for label, value in bars if value is not None]
    if not visible or not any(value for _, value in visible):
        return None
    height = 26 + 16 * len(bars)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 80 * mm, 6, WIDTH - 80 * mm - 16 * mm, height - 24
    chart.data = [[value or 0 for _, value in reversed(bars)]]
    chart.categoryAxis.categoryNames = [
        _short(label if value is not None else f"{label} (verborgen)") for label, value in reversed(bars)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = lambda v: f"{dutch_number(v)}{unit}" if v else ""
    chart.barLabels.boxAnchor = "w"  # the value just right of its bar, never on it
    chart.barLabels.nudge = 3
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=MUTED))
    return drawing


def _short(label: str, room: int = 58) -> str:
    """A category label that fits the 80 mm beside the chart (7.5 pt): cut at a word, with …"""
    if len(label) <= room:
        return label
    return label[:room - 1].rsplit(" ", 1)[0] + " …"


def _charts(foto: SchoolFoto, section: int) -> list:
    k = foto.threshold
    found = []

    def have(key: str) -> ProtectedTable | None:
        return next((t for t in foto.tables if t.key == key and t.section == section), None)

    if table := have("phase_step"):
        found.append(_bar_chart("Lopende trajecten per fase", [
            (label.split(" – ")[0], table.row_total(r).value)
            for r, label in enumerate(table.rows)], k))
    if table := have("domain_theme"):
        found.append(_bar_chart("Lopende trajecten per domein", [
            (label, table.column_total(c).value) for c, label in enumerate(table.columns)], k))
    if table := have("measures"):
        found.append(_bar_chart("Maatregelen per categorie", [
            (label, table.row_total(r).value) for r, label in enumerate(table.rows)], k))
    stats = [s for s in foto.statistics if s.section == section and s.unit == "dagen"]
    if stats:
        found.append(_bar_chart("Mediane wachttijd (dagen)", [(s.label, s.value) for s in stats], k, " d"))
    return [item for chart in found if chart for item in (chart, Spacer(1, 4 * mm))]


def _basis_text(foto: SchoolFoto, basis: int | None) -> str:
    if not basis:
        return ""
    if foto.kind == "schoolfoto":
        return f"op minstens {basis} aanvragen"
    return "over 1 school" if basis == 1 else f"over {basis} scholen"


def _statistics(foto: SchoolFoto, section: int, s) -> list:
    stats = [x for x in foto.statistics if x.section == section]
    if not stats:
        return []
    rows = [[_p(x.label, s["cell"]), _p(x.text(), s["cell"]),
             _p(_basis_text(foto, x.basis), s["small"])] for x in stats]
    table = Table(rows, colWidths=[90 * mm, 45 * mm, WIDTH - 135 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table, Spacer(1, 4 * mm)]


def _agreements(foto: SchoolFoto, s) -> list:
    if foto.last_micro_on is None:
        return [_p("Er is nog geen MICRO-overleg geregistreerd vóór de peildatum.", s["body"])]
    intro = _p(f"MICRO-overleg van {format_date(foto.last_micro_on)}.", s["body"])
    if not foto.agreements:
        return [intro, _p("Op dat overleg zijn geen afspraken genoteerd.", s["body"])]
    rows = [[_p(h, s["head"]) for h in ("Afspraak", "Wie", "Tegen", "Stand")]] + [
        [_p(a.description, s["cell"]), _p(a.owner_role, s["cell"]),
         _p(format_date(a.due_on) if a.due_on else "–", s["cell"]),
         _p("Gedaan" if a.done else "Open", s["cell"])]
        for a in foto.agreements
    ]
    table = Table(rows, colWidths=[90 * mm, 40 * mm, 22 * mm, WIDTH - 152 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.lightgrey),
    ]))
    return [intro, Spacer(1, 2 * mm), table]


def _disclosure(foto: SchoolFoto, s) -> list:
    d = foto.disclosure
    below = foto.marks_below
    lines = [
        f"Drempel: {d.threshold}. Een aantal van 1 tot {d.threshold - 1} wordt nooit getoond.",
        f"Cellen verborgen omdat ze kleiner zijn dan {below} (‘< {below}’): {d.primary}.",
        (f"Cellen verborgen omdat ze kleiner zijn dan de drempel {d.threshold}, of om een andere "
         f"verborgen cel te beschermen (‘x’): {d.secondary}." if d.threshold > below else
         f"Cellen verborgen om een andere verborgen cel te beschermen (‘x’): {d.secondary}."),
    ]
    if d.carried:
        lines.append("Cellen verborgen omdat een eerdere export van dit schooljaar ze al toonde of "
                     f"verborg (‘x’, elk aantal mogelijk): {d.carried}.")
    if foto.kind != "schoolfoto":
        lines.append(f"Cellen onbekend omdat een school er een verborgen cijfer in had: {d.incomplete}.")
    if d.withheld:
        lines.append(f"Cellen van tabellen die helemaal verborgen zijn omdat ze te klein zijn: {d.withheld}.")
    lines.append(f"Samen: {d.cells_hidden} verborgen cellen.")
    parts = [PageBreak(), Paragraph("Verantwoording van de anonimisering", s["h1"])]
    parts += [_p(line, s["body"]) for line in lines]
    for heading, items in (
        ("Samengevoegde zeldzame categorieën", d.merged),
        ("Weggelaten of samengenomen klassen", d.dropped),
        ("Verborgen mediaanwaarden (te weinig gevallen, of gevallen in een verborgen cel)",
         d.statistics_hidden),
        ("Andere opmerkingen", d.notes),
    ):
        if items:
            parts += [Paragraph(heading, s["h2"])] + [_p(f"• {item}", s["body"]) for item in items]
    parts += [Spacer(1, 6 * mm), _p(
        "Vertrouwelijke items, namen, notities en geboortejaren staan in geen enkele tabel of tekst "
        "van dit rapport. Geen enkele verborgen cel kan worden teruggerekend uit de rij- en "
        "kolomtotalen of uit andere cellen; cijfers die in twee tabellen staan, zijn in beide "
        "verborgen of in beide zichtbaar.", s["small"])]
    if foto.kind == "schoolfoto":
        parts += [Paragraph("Meerdere foto’s naast elkaar", s["h2"])] + [_p(text, s["small"]) for text in (
            "Een foto met een hogere drempel toont nooit meer dan de foto met drempel 5 van dezelfde "
            "dag: dezelfde rijen, dezelfde ‘Overige’, wat bij 5 verborgen is blijft verborgen, en "
            "‘< 5’ betekent altijd 1 tot 4. Foto’s met verschillende drempels naast elkaar leggen "
            "verraadt dus niets. Een mediane wachttijd staat er vanaf 5 gevallen, en alleen als "
            "elke cel die die gevallen telt zichtbaar is; geen, weinig of verborgen gevallen geven "
            "dezelfde melding.",
            "Binnen een schooljaar blijft een cel die één export verborg, in elke latere export "
            "verborgen, en een categorie die in ‘Overige’ zat, blijft daar; voor de tabellen die "
            "over 1 september doorlopen (trajecten, CLB, leersteun, verslagen, thema’s) tellen "
            "ook de exports van het schooljaar ervoor en erna. Een verborgen cel die "
            "al in een eerdere export stond, krijgt een ‘x’, nooit ‘< 5’: anders zou de wissel "
            "van teken tonen dat ze klein werd. Een foto voor de peildatum van een MICRO-overleg "
            "met een bewaarde foto is die bewaarde foto.",
            "Wat blijft: de totalen zijn exact. Wie twee exports van dit schooljaar naast elkaar "
            "legt, ziet in welke rij en kolom iets veranderde en met hoeveel. Veranderde er maar "
            "één cel, dan kan hij raden dat die het verschil draagt; zo’n gok is soms juist "
            "(vooral bij een cel die eerder getoond werd en nu klein is), maar de verborgen "
            "aantallen zelf blijven onzeker. Ruis op de aantallen (de cell-key-methode) zou dat "
            "afdekken, maar dan kloppen de totalen niet meer met de eigen lijsten van school, CLB "
            "en leersteuncentrum; daarom gebeurt dat niet. Deel exports daarom niet vaker dan "
            "nodig.",
        )]
    return parts


def foto_story(foto: SchoolFoto, key_fingerprint: str | None = None) -> list:
    s = styles()
    story = _cover(foto, s, key_fingerprint)
    for section, title in SECTION_TITLES.items():
        story += [CondPageBreak(60 * mm), Paragraph(f"{section}. {escape(title)}", s["h1"])]
        story += _charts(foto, section)
        for table in foto.tables:
            if table.section == section:
                story += _table(table, foto.marks_below, s)
        story += _statistics(foto, section, s)
        if section == 8 and foto.kind == "schoolfoto":
            story += _agreements(foto, s)
        if section == 9:
            story.append(_p(foto.points, s["body"]) if foto.points.strip() else _p(
                "Er zijn geen punten voor het overleg genoteerd.", s["small"]))
        if section == 5 and not any(t.section == 5 and t.total.value for t in foto.tables):
            story.append(_p("Er zijn dit schooljaar geen ondersteuningsbehoeften met een thema genoteerd.",
                            s["small"]))
    story += _disclosure(foto, s)
    return story


def write_foto_pdf(foto: SchoolFoto, path: Path, invariant: bool = False,
                   key_fingerprint: str | None = None) -> None:
    """Write the printed foto to ``path`` (A4, Dutch, fonts embedded, atomically); a school's
    foto shows ``key_fingerprint``, that of the key its data file is signed with."""
    footer = (f"{_kind_title(foto)} {foto.school.name} · {foto.school_year} · peildatum "
              f"{format_date(foto.reference_date)} · geanonimiseerd, drempel {foto.threshold}")
    write_pdf(path, foto_story(foto, key_fingerprint),
              title=f"{_kind_title(foto)} {foto.school.name} {foto.school_year}", footer=footer,
              invariant=invariant)
