"""Inzage: everything stored about one pupil, for a pupil or parent who asks (GDPR).

Identifiable by design and marked so on every page. Unlike every other export it holds the
items marked vertrouwelijk too, each clearly labelled, so the coordinator can judge what to
show: the app does not decide that for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from go_hgw_desktop.domain.calendar import format_date
from go_hgw_desktop.reports.pdf import ACCENT, styles, write_pdf

CONFIDENTIAL_MARK = "VERTROUWELIJK"
WARN = colors.HexColor("#b00020")


@dataclass(frozen=True)
class DossierField:
    label: str
    text: str
    confidential: bool = False


@dataclass(frozen=True)
class DossierRecord:
    title: str
    fields: tuple[DossierField, ...]
    confidential: bool = False


@dataclass(frozen=True)
class DossierSection:
    title: str
    records: tuple[DossierRecord, ...]


@dataclass(frozen=True)
class AccessDossier:
    pupil_name: str
    code: str
    school_name: str
    made_on: date
    sections: tuple[DossierSection, ...] = field(default_factory=tuple)

    @property
    def confidential_items(self) -> int:
        return sum(1 for s in self.sections for r in s.records
                   if r.confidential or any(f.confidential for f in r.fields))


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _record(record: DossierRecord, s) -> list:
    title = record.title + (f"  [{CONFIDENTIAL_MARK}]" if record.confidential else "")
    rows = [[_p(f.label, s["small"]),
             _p(f.text + (f"  [{CONFIDENTIAL_MARK}]" if f.confidential else ""), s["cell"])]
            for f in record.fields if f.text]
    parts = [_p(title, s["head"])]
    if rows:
        table = Table(rows, colWidths=[42 * mm, 132 * mm], hAlign="LEFT", splitInRow=1)
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        if record.confidential:
            commands.append(("BOX", (0, 0), (-1, -1), 1.2, WARN))
        table.setStyle(TableStyle(commands))
        parts.append(table)
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 3 * mm)]


def access_story(dossier: AccessDossier) -> list:
    s = styles()
    story = [
        Paragraph("Inzage in het leerlingendossier", s["title"]),
        _p(f"{dossier.pupil_name} ({dossier.code}) · {dossier.school_name}", s["subtitle"]),
        _p(f"Alles wat GO! HGW Desktop over deze leerling bewaart, op {format_date(dossier.made_on)}.",
           s["body"]),
        Spacer(1, 3 * mm),
        _p(f"Onderdelen gemarkeerd als {CONFIDENTIAL_MARK} ({dossier.confidential_items}) zijn "
           "vertrouwelijk genoteerd. De zorgcoördinator beoordeelt welke daarvan aan de leerling of "
           "de ouders getoond kunnen worden (bijvoorbeeld wanneer ze over een derde gaan).", s["body"]),
        Spacer(1, 6 * mm),
    ]
    for section in dossier.sections:
        story.append(Paragraph(escape(f"{section.title} ({len(section.records)})"), s["h1"]))
        for record in section.records:
            story += _record(record, s)
    return story


def write_access_pdf(dossier: AccessDossier, path: Path, invariant: bool = False) -> None:
    footer = (f"Inzage {dossier.pupil_name} · bevat persoonsgegevens van één leerling: vertrouwelijk "
              "behandelen, niet doorsturen")
    write_pdf(Path(path), access_story(dossier), title=f"Inzage {dossier.code}", footer=footer,
              invariant=invariant)


__all__ = ["ACCENT", "AccessDossier", "DossierField", "DossierRecord", "DossierSection", "write_access_pdf"]
