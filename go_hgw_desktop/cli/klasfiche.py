"""``go-hgw klasfiche``: the klasfiche of one, several or all classes, as PDF (and .xlsx)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from go_hgw_desktop.cli.fotos import ArgumentError


def today() -> date:
    """Today's date; one place, so tests can fix it."""
    return date.today()


def add_command(commands) -> None:
    parser = commands.add_parser(
        "klasfiche", help="de klasfiche voor de leraren: per leerling wat je in de les toepast (PDF, .xlsx)",
        description="Per klas de leerlingen met maatregelen, onderwijsbehoeften of doelen: wat de "
        "leraren in de les toepassen. Eén klas per pagina, alle klassen in één bestand. Bevat namen: "
        "alleen voor het schoolteam. Vertrouwelijke gegevens staan er nooit op.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--class", dest="classes", nargs="+", metavar="KLAS",
                       help="een of meer klassen, bv. 3A 3B")
    which.add_argument("--all", action="store_true", help="alle klassen van het schooljaar")
    parser.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    parser.add_argument("--xlsx", metavar="BESTAND.xlsx", help="bewaar ook een Excel-bestand")
    parser.add_argument("--school-year", metavar="JJJJ-JJJJ",
                        help="schooljaar (standaard: het huidige schooljaar)")
    parser.add_argument("--without-others", action="store_true",
                        help="laat de leerlingen zonder maatregelen, onderwijsbehoeften of doelen weg "
                        "(standaard staan ze onderaan met hun naam)")


def _check(args) -> None:
    for given, suffix in ((args.out, ".pdf"), (args.xlsx, ".xlsx")):
        if given and Path(given).suffix.lower() != suffix:
            raise ArgumentError(f"‘{given}’ moet eindigen op {suffix}.")
    if args.xlsx and Path(args.xlsx).resolve() == Path(args.out).resolve():
        raise ArgumentError("De PDF en het Excel-bestand moeten twee verschillende bestanden zijn.")


def cmd_klasfiche(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.services import exports
    from go_hgw_desktop.services import klasfiche as service
    from go_hgw_desktop.services.school import current_school_year

    _check(args)
    try:
        year = SchoolYear.parse(args.school_year) if args.school_year else None
    except ValidationError as error:
        raise ArgumentError(error.message) from None
    now = today()
    store = open_store(args)
    try:
        year = year or current_school_year(store, now)
        ids = None if args.all else service.class_ids(store, args.classes, year)
        book = service.build_klasfiches(store, year, ids, with_others=not args.without_others, today=now)
        if not book.classes:
            raise ArgumentError(f"Er zijn geen klassen in schooljaar {year}.", "Importeer eerst de "
                                "klaslijsten, of kies een ander schooljaar met --school-year.")
        pdf, xlsx = Path(args.out), Path(args.xlsx) if args.xlsx else None
        exports.klasfiche(store, book, pdf, xlsx)
    finally:
        store.close()
    listed = sum(len(fiche.pupils) for fiche in book.classes)
    count = len(book.classes)
    classes = f"klas {book.classes[0].class_name}" if count == 1 else f"{count} klassen"
    say(f"Klasfiche van {classes} ({year}) bewaard: {pdf}" + (f" en {xlsx}" if xlsx else "")
        + f"; {listed} leerling(en) met maatregelen, onderwijsbehoeften of doelen.")
    say("Dit bestand bevat namen van leerlingen: alleen voor het schoolteam. Vertrouwelijke gegevens "
        "staan er niet op.")
    return 0
