"""The overdracht to another school on paper: what the new school receives, for reading (A4).

Identifiable by design and saying so on every page. It prints exactly the content of the
transfer file (``reports/transfer_content.py``): the service left out what is vertrouwelijk
and what the parents objected to before this module was called.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.reports.pdf import FONT, register_fonts, styles, write_pdf
from go_hgw_desktop.reports.transfer_content import Section, in_words

WIDTH = 174 * mm
FOOTER_SIZE = 7.5
LABEL_WIDTH = 42 * mm
NOTE_FILL = colors.HexColor("#fdf6e3")


def footer(pupil_name: str) -> str:
    """One line for every page; a very long name is shortened so it fits."""
    register_fonts()
    name = pupil_name
    while True:
        line = f"Overdracht van {name} · bevat persoonsgegevens · alleen voor de nieuwe school"
        if len(name) <= 8 or stringWidth(line, FONT, FOOTER_SIZE) <= WIDTH:
            return line
        name = name[:-2].rstrip() + "…"


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _section(section: Section, s) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(35 * mm), _p(section.title, s["h1"])]
    if section.note:
        out += [_p(section.note, s["small"]), Spacer(1, 2 * mm)]
    for entry in section.entries:
        rows = [[_p(entry.title, s["head"]), ""]]
        rows += [[_p(label, s["small"]), _p(value, s["cell"])] for label, value in entry.fields]
        table = Table(rows, colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.lightgrey),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        out += [KeepTogether([table]), Spacer(1, 2 * mm)]  # a short entry never splits
    return out


def transfer_story(content: dict[str, Any], printed_on: date) -> list[Flowable]:
    s = styles()
    school, pupil = content["from_school"], content["pupil"]
    sent_on = format_date(date.fromisoformat(content["sent_on"]))
    intro = Table(
        [
            [
                _p(
                    f"{school['name']} geeft deze gegevens door bij de overstap van de leerling naar "
                    f"een andere school (verzonden op {sent_on}). "
                    "Ze gaan over de schoolloopbaan en de begeleiding. Wat vertrouwelijk is en wat de ouders "
                    "na inzage niet wilden doorgeven, staat er niet in; een verslag gaat altijd mee.",
                    s["body"],
                )
            ]
        ],
        colWidths=[WIDTH],
        hAlign="LEFT",
    )
    intro.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#d9c68c")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [
        _p("Overdracht naar een andere school", s["title"]),
        _p(f"{pupil['first_name']} {pupil['last_name']} · geboren in {pupil['birth_year']}", s["subtitle"]),
        Spacer(1, 2 * mm),
        intro,
        Spacer(1, 2 * mm),
    ]
    for section in in_words(content):
        story += _section(section, s)
    if not content["trajectories"]:
        story.append(_p("Er is geen traject om door te geven.", s["body"]))
    story += [
        Spacer(1, 6 * mm),
        _p(
            f"Afgedrukt op {format_date(printed_on)} met GO! HGW Desktop. Dit document bevat "
            "persoonsgegevens van een leerling: bewaar het zorgvuldig en geef het alleen aan de nieuwe "
            "school.",
            s["small"],
        ),
    ]
    return story


def write_transfer_pdf(
    content: dict[str, Any], path: Path, printed_on: date, invariant: bool = False
) -> None:
    """Write the overdracht's PDF to ``path`` (atomically; ``ReportWriteError`` in Dutch on failure)."""
    pupil = content["pupil"]
    name = f"{pupil['first_name']} {pupil['last_name']}"
    write_pdf(
        path,
        transfer_story(content, printed_on),
        title=f"Overdracht – {name}",
        footer=footer(name),
        invariant=invariant,
    )
