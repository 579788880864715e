"""``go-hgw schoolfoto`` and ``go-hgw scholengroepfoto``: the anonymised exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from go_hgw_desktop.errors import UserError


class ArgumentError(UserError):
    exit_code = 2


def add_commands(commands) -> None:
    foto = commands.add_parser(
        "schoolfoto", help="exporteer de geanonimiseerde schoolfoto (PDF en gegevensbestand)",
        description="Maak de geanonimiseerde schoolfoto voor het MICRO-overleg: alleen aantallen, "
        "kleine aantallen verborgen.",
    )
    foto.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar het PDF-rapport komt")
    foto.add_argument("--json", metavar="BESTAND.json",
                      help="bewaar ook het gegevensbestand voor de scholengroep")
    foto.add_argument("--school-year", metavar="2025-2026",
                      help="schooljaar (standaard: het schooljaar van de peildatum)")
    foto.add_argument("--reference-date", metavar="JJJJ-MM-DD", help="peildatum (standaard: vandaag)")
    foto.add_argument("--threshold", type=int, default=5, metavar="K",
                      help="drempel: aantallen onder K worden verborgen (standaard en minimum 5)")
    group = commands.add_parser(
        "scholengroepfoto", help="combineer schoolfoto-bestanden tot een scholengroepfoto",
        description="Combineer de gegevensbestanden van scholen tot de scholengroepfoto voor het "
        "MACRO-overleg. Er is geen schooldatabase voor nodig.",
    )
    group.add_argument("files", nargs="+", metavar="BESTAND.json", help="gegevensbestanden van de scholen")
    group.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar het PDF-rapport komt")
    group.add_argument("--json", metavar="BESTAND.json", help="bewaar ook het gecombineerde gegevensbestand")
    group.add_argument("--threshold", type=int, default=5, metavar="K",
                       help="drempel (standaard en minimum 5)")
    group.add_argument("--name", metavar="NAAM",
                       help="naam van de scholengroep (standaard: uit de bestanden)")
    group.add_argument("--accept-new-key", action="append", default=[], metavar="SCHOOL",
                       help="aanvaard de nieuwe sleutel van deze school (naam, instellingsnummer of "
                       "bestandsnaam), nadat je de vingerafdruk bij de school zelf hebt nagevraagd; "
                       "mag meermaals")


def _threshold(k: int) -> int:
    from go_hgw_desktop.reports.tables import check_threshold

    try:
        return check_threshold(k)
    except ValueError as error:
        raise ArgumentError(str(error)) from None


def check_outputs(args, inputs: list[str] = ()) -> None:
    """Before any work: the report is a .pdf, the data file a .json, and neither overwrites
    another output or one of the files being read."""
    for given, suffix in ((args.out, ".pdf"), (args.json, ".json")):
        if given and Path(given).suffix.lower() != suffix:
            raise ArgumentError(f"‘{given}’ moet eindigen op {suffix}.")
    if args.json and Path(args.json).resolve() == Path(args.out).resolve():
        raise ArgumentError("Het rapport en het gegevensbestand moeten twee verschillende bestanden zijn.")
    read = {Path(name).resolve() for name in inputs}
    for given in (args.out, args.json):
        if given and Path(given).resolve() in read:
            raise ArgumentError(f"‘{given}’ is een van de bestanden die ingelezen worden; kies een "
                                "andere naam, anders gaat dat bestand verloren.")


def _write(foto, args, say, store=None) -> None:
    """A school's foto leaves through the export service (checked, logged); a scholengroepfoto
    is made from files only and has no store to log in."""
    from go_hgw_desktop.reports.data_file import write_data_file
    from go_hgw_desktop.reports.foto_pdf import write_foto_pdf
    from go_hgw_desktop.services import exports

    if store is not None:
        exports.schoolfoto_pdf(store, foto, Path(args.out))
    else:
        write_foto_pdf(foto, Path(args.out))
    say(f"Rapport bewaard: {args.out}")
    if args.json:
        if store is not None:
            exports.schoolfoto_data(store, foto, Path(args.json))
        else:
            write_data_file(foto, Path(args.json))
        say(f"Gegevensbestand bewaard: {args.json}")
    d = foto.disclosure
    say(f"Drempel {d.threshold}: {d.primary} kleine aantallen verborgen, {d.secondary} cellen ter "
        f"bescherming{' of onder de drempel' if d.threshold > foto.marks_below else ''}, "
        + (f"{d.carried} al in een eerdere export van dit schooljaar, " if d.carried else "")
        + f"{d.incomplete} onvolledig"
        + (f", {d.withheld} in tabellen die te klein zijn om te tonen." if d.withheld else "."))


def cmd_schoolfoto(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import SchoolYear, parse_date
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.services import schoolfoto

    k = _threshold(args.threshold)
    check_outputs(args)
    try:
        reference = parse_date(args.reference_date) if args.reference_date else None
        year = SchoolYear.parse(args.school_year) if args.school_year else None
    except ValidationError as error:
        raise ArgumentError(error.message) from None
    store = open_store(args)  # refuses a folder without a store: a foto never creates one
    try:
        if reference is None:
            from datetime import date

            reference = date.today()
            if year and not year.contains(reference):
                reference = min(year.last_day, max(year.first_day, reference))
        year = year or SchoolYear.containing(reference)
        if not year.contains(reference):
            raise ArgumentError(f"De peildatum {reference:%d/%m/%Y} valt niet in schooljaar {year.label}.")
        kept = schoolfoto.frozen_micro_foto(store, year, reference, k)
        foto = kept[0] if kept else schoolfoto.schoolfoto(store, year, reference, k, frozen=False)
        schoolfoto.refuse_pupils_named(store, foto)  # before anything is said or written
        say(f"Schoolfoto {foto.school.name}, schooljaar {year.label}, peildatum {reference:%d/%m/%Y}.")
        if kept:
            say(f"Voor deze peildatum is de schoolfoto bewaard bij het MICRO-overleg van "
                f"{kept[1]:%d/%m/%Y}: dit is die foto, ongewijzigd.")
        _write(foto, args, say, store)
    finally:
        store.close()
    return 0


def cmd_scholengroepfoto(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.reports.scholengroep import combine, read_school_file
    from go_hgw_desktop.services import school_keys

    k = _threshold(args.threshold)
    check_outputs(args, args.files)
    files = [read_school_file(Path(name)) for name in args.files]
    checks = school_keys.review(files)
    school_keys.refuse_changed(checks, args.accept_new_key, "voeg dan --accept-new-key "
                               f"\"{checks_name(checks, args.accept_new_key)}\" toe en probeer opnieuw.")
    foto = combine(files, k, name=args.name or "")
    schools = "1 school" if len(files) == 1 else f"{len(files)} scholen"
    say(f"Scholengroepfoto {foto.school.name}: {schools}, schooljaar {foto.school_year}.")
    say("Sleutels van de scholen (vergelijk met de voorpagina van hun schoolfoto):")
    for check in checks:
        say(f"  {check.describe()}")
    _write(foto, args, say)
    # Only once the output exists: a file that cannot be combined or printed leaves no key behind.
    school_keys.remember(checks)
    return 0


def checks_name(checks, accepted) -> str:
    """How to name, on the command line, the first school to confirm that was not accepted."""
    from go_hgw_desktop.services import school_keys

    for check in checks:
        if check.status in school_keys.ASK and not school_keys.accepted_by(check, accepted):
            return check.accept_name
    return ""
