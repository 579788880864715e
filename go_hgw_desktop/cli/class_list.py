"""``go-hgw import``: class lists from the school administration, from the command line."""

from __future__ import annotations

import argparse
from datetime import date

from go_hgw_desktop.cli import school_year
from go_hgw_desktop.cli.fotos import ArgumentError

SHOWN_PER_SECTION = 25


def add_command(commands) -> None:
    parser = commands.add_parser(
        "import", help="lees een klaslijst in (CSV of Excel uit Smartschool, Informat, Wisa, …)",
        description="Lees leerlingen en klassen in uit een klaslijst (.csv of .xlsx). Zonder "
        "--dry-run wordt alles in één keer opgeslagen, of niets.",
    )
    parser.add_argument("file", metavar="BESTAND", help="de klaslijst (.csv of .xlsx)")
    parser.add_argument("--school-year", metavar="2025-2026",
                        help="schooljaar van de klassen (standaard: het huidige schooljaar)")
    parser.add_argument("--dry-run", action="store_true",
                        help="toon alleen wat er zou veranderen; er wordt niets opgeslagen")
    parser.add_argument("--sheet", metavar="BLAD", help="welk blad van een Excel-bestand")
    parser.add_argument(
        "--map", action="append", default=[], metavar="ROL=KOLOM",
        help="koppel een kolom zelf; ROL is voornaam, familienaam, klas, geboorte of nummer "
        "(bv. --map voornaam=Roepnaam; --map nummer= leest geen nummer); herhaal voor meer kolommen")
    parser.add_argument(
        "--mark-left", nargs="?", const="standaard", metavar="JJJJ-MM-DD",
        help="markeer wie niet meer in de lijst staat als vertrokken, op die datum (standaard "
        "vandaag, of voor een nieuw schooljaar de laatste dag van het vorige); zonder deze optie "
        "blijven ze ongemoeid")
    parser.add_argument("--skip-errors", action="store_true",
                        help="importeer de goede rijen en sla rijen met fouten of twijfel over")
    parser.add_argument("--all", action="store_true", help="toon elke rij, niet alleen de eerste 25")


def _mapping(args, read) -> dict:
    from go_hgw_desktop.imports.columns import Role, check_mapping, normalise_header

    mapping = dict(read.mapping)
    headers = read.table.headers
    for item in args.map:
        role_text, _, header = item.partition("=")
        try:
            role = Role(role_text.strip().casefold())
        except ValueError:
            raise ArgumentError(f"‘{role_text}’ is geen rol; kies uit "
                                + ", ".join(r.value for r in Role) + ".") from None
        if not header.strip():  # --map nummer= : this role is read from no column
            mapping = {i: r for i, r in mapping.items() if r is not role}
            continue
        wanted = normalise_header(header)
        matches = [i for i, h in enumerate(headers) if normalise_header(h) == wanted]
        if not matches:
            raise ArgumentError(f"Het bestand heeft geen kolom ‘{header}’.",
                                "Kolommen: " + ", ".join(f"‘{h}’" for h in headers) + ".")
        mapping = {i: r for i, r in mapping.items() if r is not role and i != matches[0]}
        mapping[matches[0]] = role
    problems = check_mapping(mapping, headers)
    if problems:
        from go_hgw_desktop.imports.source import ClassListError

        raise ClassListError(
            f"De kolommen van {read.table.name} zijn niet duidelijk: " + " ".join(problems),
            "Kolommen in het bestand: " + ", ".join(f"‘{h}’" for h in headers)
            + ". Koppel ze met --map, bv. --map klas=Klascode.")
    return mapping


def _current_year(store, today: date):
    """The huidig schooljaar, unless the calendar has moved on to a year the school has not
    started: then a list without --school-year could land in last year's classes."""
    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services import school as school_service

    current = school_service.current_school_year(store, today)
    calendar_year = SchoolYear.containing(today)
    if current < calendar_year:
        raise ArgumentError(
            f"Volgens de kalender is schooljaar {calendar_year} begonnen, maar het huidige schooljaar "
            f"is nog {current}; er is niets geïmporteerd.",
            f"Zeg in welk schooljaar de klassen horen (--school-year {calendar_year} of --school-year "
            f"{current}), of start het nieuwe schooljaar met ‘go-hgw schooljaar {calendar_year}’.")
    return current


def cmd_import(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import SchoolYear, parse_date
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.imports import report
    from go_hgw_desktop.imports.columns import Role
    from go_hgw_desktop.imports.plan import default_leave_date
    from go_hgw_desktop.services import class_import

    try:
        year = SchoolYear.parse(args.school_year) if args.school_year else None
        left_on = None
        if args.mark_left and args.mark_left != "standaard":
            left_on = parse_date(args.mark_left)
    except ValidationError as error:
        raise ArgumentError(error.message) from None
    today = school_year.today()
    store = open_store(args)
    try:
        year = year or _current_year(store, today)
        read = class_import.read_class_list(store, args.file, args.sheet)
        mapping = _mapping(args, read)
        preview = class_import.preview_import(store, read.table, mapping, year, today)
        plan = preview.plan
        if args.mark_left == "standaard":
            left_on = default_leave_date(year, today, plan.leavers)
        say(f"{read.table.name}: {read.table.description}, {len(read.table.rows)} rijen "
            f"(kolomkoppen op rij {read.table.header_row}).")
        by_role = sorted(mapping.items(), key=lambda item: list(Role).index(item[1]))
        say("Kolommen: " + ", ".join(f"{role.label} = ‘{read.table.headers[i]}’" for i, role in by_role))
        for note in report.notes(plan, preview.dropped_columns, preview.keeps_birth_year_only,
                                 read.table.similar_sheets):
            say(note)
        for section in report.sections(plan):
            say()
            say(f"{section.title} ({len(section.entries)}):")
            everything = args.all or section.needs_decision
            shown = section.entries if everything else section.entries[:SHOWN_PER_SECTION]
            for entry in shown:
                say(f"  {entry}")
            if len(shown) < len(section.entries):
                say(f"  … en {len(section.entries) - len(shown)} meer (--all toont alles)")
        say()
        say(report.summary(plan))
        if plan.leavers and not left_on:
            say("Wie niet meer in de lijst staat, blijft ongemoeid; --mark-left markeert hen als vertrokken.")
        if args.dry_run:
            say("Proefrun: er is niets opgeslagen.")
            return 0
        if not plan.writes_anything and not (left_on and plan.leavers):
            say("Er is niets te veranderen: alles staat er al zo in.")
            return 0
        result = class_import.apply_import(store, preview, mark_left_on=left_on,
                                           skip_unclear=args.skip_errors, today=today)
    finally:
        store.close()
    say(f"Geïmporteerd: {result.added} nieuwe leerlingen, {result.changed} gewijzigd, "
        f"{result.classes_added} nieuwe klassen"
        + (f", {result.marked_left} als vertrokken gemarkeerd" if result.marked_left else "")
        + (f"; {result.rows_skipped} rij(en) overgeslagen" if result.rows_skipped else "") + ".")
    return 0
