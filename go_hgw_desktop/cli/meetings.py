"""``go-hgw groepsplan``, ``overleg``, ``verslag`` and ``bespreking``: the documents of the class
team and of the consultations, printed through the export guard."""

from __future__ import annotations

from pathlib import Path

from go_hgw_desktop.cli.fotos import ArgumentError

YEAR_HELP = "schooljaar van de klas (standaard: het huidige)"
PERSONAL = "Dit bestand bevat persoonsgegevens van leerlingen: geef het alleen aan het schoolteam."


def add_commands(commands) -> None:
    plan = commands.add_parser(
        "groepsplan", help="druk het groepsoverzicht en de groepsplannen van een klas af (PDF)",
        description="Het groepsoverzicht van een klas zoals Groepen het toont, en per subgroep het "
        "groepsplan: doelen, aanpak, maatregelen, looptijd, evaluatie en de resultaten.")
    plan.add_argument("--class", dest="class_name", required=True, metavar="KLAS", help="de klas, bv. 3A")
    plan.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    plan.add_argument("--school-year", metavar="2026-2027", help=YEAR_HELP)
    commands.add_parser("overleg", help="toon de overleggen met hun nummer, datum, soort en titel")
    verslag = commands.add_parser(
        "verslag", help="druk het verslag van een overleg af (PDF)",
        description="Het verslag van een overleg: deelnemers, besproken leerlingen of klassen, "
        "beslissingen en afspraken. Een MICRO- of MACRO-verslag noemt nooit een leerling.")
    verslag.add_argument("number", type=int, metavar="NUMMER",
                         help="het nummer uit ‘go-hgw overleg’")
    verslag.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    sheet = commands.add_parser(
        "bespreking",
        help="druk het voorbereidingsblad voor een leerlingenbespreking of klassenraad af (PDF)",
        description="Per leerling van de klas met een lopend traject: fase, huidige doelen met hun "
        "evaluatiedatum, de laatste evaluatie en de open afspraken.")
    sheet.add_argument("--class", dest="class_name", required=True, metavar="KLAS", help="de klas, bv. 3A")
    sheet.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    sheet.add_argument("--school-year", metavar="2026-2027", help=YEAR_HELP)
    # overdracht to next year (issue 16)
    fiche = commands.add_parser(
        "overdracht",
        help="druk de overdrachtsfiche van een klas af voor de leraar van volgend schooljaar (PDF)",
        description="Per leerling van de klas met een lopend traject of maatregelen die nog gelden: de "
        "onderwijsbehoeften, de maatregelen, wat werkte (doelen met hun resultaat en de maatregelen erbij) "
        "en waar het traject staat. Niets vertrouwelijks.")
    fiche.add_argument("--class", dest="class_name", required=True, metavar="KLAS", help="de klas, bv. 3A")
    fiche.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    fiche.add_argument("--school-year", metavar="2026-2027", help=YEAR_HELP)


def _pdf(given: str) -> Path:
    if Path(given).suffix.lower() != ".pdf":
        raise ArgumentError(f"‘{given}’ moet eindigen op .pdf.")
    return Path(given)


def _class(store, args):
    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services.groepsplan import find_class

    year = SchoolYear.parse(args.school_year) if args.school_year else None
    return find_class(store, args.class_name, year)


def cmd_groepsplan(args, open_store, say) -> int:
    from go_hgw_desktop.services import exports

    path = _pdf(args.out)
    store = open_store(args)
    try:
        content = exports.groepsplan_pdf(store, _class(store, args).id, path)
    finally:
        store.close()
    say(f"Groepsplan van klas {content.class_name} ({content.school_year}) bewaard: {path} "
        f"({len(content.overview)} leerlingen, {len(content.plans)} groepsplan(nen)).")
    say(PERSONAL)
    return 0


def cmd_overleg(args, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import format_date
    from go_hgw_desktop.services.verslag import consultation_list

    store = open_store(args)
    try:
        rows = consultation_list(store)
    finally:
        store.close()
    if not rows:
        say("Nog geen overleg genoteerd. Noteer er een in het programma (Overleg → ‘Nieuw overleg…’).")
        return 0
    say(f"{'Nr':>4}  {'Datum':<10}  {'Soort':<32}  Titel")
    for number, held_on, kind, title in rows:
        say(f"{number:>4}  {format_date(held_on):<10}  {kind:<32}  {title or '–'}")
    say("Het verslag van een overleg: go-hgw verslag NUMMER --out verslag.pdf")
    return 0


def cmd_verslag(args, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import format_date
    from go_hgw_desktop.services import exports

    path = _pdf(args.out)
    store = open_store(args)
    try:
        content = exports.verslag_pdf(store, args.number, path)
    finally:
        store.close()
    say(f"Verslag van het {content.kind.label} van {format_date(content.held_on)} bewaard: {path}.")
    say(PERSONAL if content.identifiable else "Dit verslag noemt geen leerlingen.")
    return 0


def cmd_bespreking(args, open_store, say) -> int:
    from go_hgw_desktop.services import exports

    path = _pdf(args.out)
    store = open_store(args)
    try:
        content = exports.bespreking_pdf(store, _class(store, args).id, path)
    finally:
        store.close()
    say(f"Voorbereiding van de bespreking van klas {content.class_name} bewaard: {path} "
        f"({len(content.pupils)} leerling(en) met een lopend traject).")
    say(PERSONAL)
    return 0


def cmd_overdracht(args, open_store, say) -> int:
    from go_hgw_desktop.services import exports

    path = _pdf(args.out)
    store = open_store(args)
    try:
        content = exports.overdracht_pdf(store, _class(store, args).id, path)
    finally:
        store.close()
    say(f"Overdrachtsfiche van klas {content.class_name} ({content.school_year}) bewaard: {path} "
        f"({len(content.pupils)} leerling(en) om over te dragen).")
    say(PERSONAL)
    return 0
