"""``go-hgw school``: the school's details, the staff list and the klasleraars, shown and set."""

from __future__ import annotations

import argparse

from go_hgw_desktop.cli.fotos import ArgumentError

# --option → the School field it sets, with its Dutch name.
SCHOOL_OPTIONS = (
    ("name", "name", "naam"),
    ("instellingsnummer", "institution_number", "instellingsnummer"),
    ("scholengroep", "scholengroep", "scholengroep"),
    ("clb", "clb", "CLB"),
    ("leersteuncentrum", "leersteuncentrum", "leersteuncentrum"),
)


def add_command(commands) -> None:
    parser = commands.add_parser(
        "school", help="toon of wijzig de schoolgegevens, het personeel en de klasleraars",
        description="Zonder opties toont dit de schoolgegevens. Met opties wordt alles in één keer "
        "bewaard, of niets.",
    )
    parser.add_argument("--name", metavar="NAAM", help="naam van de school")
    parser.add_argument("--instellingsnummer", metavar="NUMMER",
                        help="instellingsnummer van de school (alleen cijfers; leeg maakt het leeg)")
    parser.add_argument("--scholengroep", metavar="NAAM", help="naam van de scholengroep")
    parser.add_argument("--clb", metavar="NAAM", help="het CLB waarmee de school samenwerkt")
    parser.add_argument("--leersteuncentrum", metavar="NAAM", help="het leersteuncentrum van de school")
    parser.add_argument("--add-staff", action="append", default=[], metavar="NAAM",
                        help="zet iemand in de personeelslijst met de rol van --role (staat die persoon er "
                        "al, dan krijgt die de nieuwe rol); mag meermaals")
    parser.add_argument("--role", metavar="ROL",
                        help="rol voor --add-staff: " + ", ".join(_role_names()))
    parser.add_argument("--remove-staff", action="append", default=[], metavar="NAAM",
                        help="haal iemand uit de personeelslijst (afspraken en maatregelen houden de rol); "
                        "mag meermaals")
    parser.add_argument("--klasleraar", action="append", default=[], metavar="KLAS=NAAM",
                        help="de klasleraar van een klas (KLAS= zonder naam: niemand); mag meermaals")
    parser.add_argument("--school-year", metavar="2025-2026",
                        help="schooljaar van de klassen voor --klasleraar (standaard: het huidige)")


def _role_names() -> list[str]:
    from go_hgw_desktop.domain.school import STAFF_ROLES

    return [role.value for role in STAFF_ROLES]


def _role(text: str):
    from go_hgw_desktop.domain.school import STAFF_ROLES
    from go_hgw_desktop.domain.text import fold_accents

    wanted = fold_accents(text.strip())
    for role in STAFF_ROLES:
        if wanted in (role.value, fold_accents(role.label)):
            return role
    raise ArgumentError(f"‘{text}’ is geen rol voor de personeelslijst.",
                        "Kies uit: " + ", ".join(_role_names()) + ".")


def _change(args: argparse.Namespace):
    from go_hgw_desktop.services.staff import SchoolChange

    change = SchoolChange()
    for option, name, _label in SCHOOL_OPTIONS:
        value = getattr(args, option)
        if value is not None:
            change.school[name] = value
    if args.role is not None and not args.add_staff:
        raise ArgumentError("--role hoort bij --add-staff.",
                            "Bv. --add-staff \"An Peeters\" --role klasleraar")
    if args.add_staff:
        if args.role is None:
            raise ArgumentError("Geef de rol van wie je toevoegt met --role.",
                                "Bv. --add-staff \"An Peeters\" --role klasleraar. Rollen: "
                                + ", ".join(_role_names()) + ".")
        change.role = _role(args.role)
    change.add_staff = list(args.add_staff)
    change.remove_staff = list(args.remove_staff)
    for item in args.klasleraar:
        class_name, equals, person = item.partition("=")
        if not equals or not class_name.strip():
            raise ArgumentError(f"‘{item}’: schrijf --klasleraar KLAS=NAAM (bv. --klasleraar "
                                "\"3A=An Peeters\"), of KLAS= om de klasleraar weg te halen.")
        change.class_teachers.append((class_name, person))
    return change


def _show(details, say) -> None:
    from go_hgw_desktop.domain.school import role_word

    school = details.school
    rows = (("School", school.name), ("Instellingsnummer", school.institution_number),
            ("Scholengroep", school.scholengroep), ("CLB", school.clb),
            ("Leersteuncentrum", school.leersteuncentrum))
    for label, value in rows:
        say(f"{label + ':':<19}{value or '–'}")
    say()
    if details.staff:
        say(f"Personeel ({len(details.staff)}):")
        width = max(len(s.name) for s in details.staff) + 2
        for member in details.staff:
            say(f"  {member.name:<{width}}{role_word(member.role)}")
    else:
        say("Personeel: nog niemand (voeg toe met --add-staff NAAM --role ROL).")
    say()
    if details.class_teachers:
        say(f"Klasleraars in {details.year}:")
        width = max(len(t.class_name) for t in details.class_teachers) + 2
        for teacher in details.class_teachers:
            say(f"  {teacher.class_name:<{width}}{details.staff_name(teacher.staff_id) or '–'}")
    else:
        say(f"Klasleraars in {details.year}: nog geen klassen in dit schooljaar.")


def _report(report, change, say) -> None:
    from go_hgw_desktop.domain.school import role_word

    labels = {name: label for _option, name, label in SCHOOL_OPTIONS}
    if change.school:
        changed = [labels[name] for name in report.school_changed]
        say("Gewijzigd: " + ", ".join(changed) + "." if changed else "De schoolgegevens waren al zo.")
    for member in report.added:
        say(f"Toegevoegd: {member.name} ({role_word(member.role)}).")
    for member, old in report.role_changed:
        say(f"{member.name}: rol gewijzigd van {role_word(old)} naar {role_word(member.role)}. "
            "Wat al op die naam stond, houdt de rol van toen.")
    for member in report.unchanged:
        say(f"{member.name} stond al in de personeelslijst als {role_word(member.role)}.")
    for name, usage in report.removed:
        kept = []
        if usage.agreements:
            kept.append(f"{usage.agreements} afspraak/afspraken")
        if usage.measures:
            kept.append(f"{usage.measures} maatregel(en)")
        extra = f" {' en '.join(kept)} houden de rol, zonder naam." if kept else ""
        if usage.classes:
            extra += " Geen klasleraar meer voor " + ", ".join(usage.classes) + "."
        say(f"Verwijderd uit de personeelslijst: {name}.{extra}")
    for class_name, person in report.class_teachers:
        say(f"Klasleraar van {class_name}: {person}." if person else
            f"{class_name} heeft geen klasleraar meer.")
    say()


def cmd_school(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.services import school as school_service
    from go_hgw_desktop.services import staff

    change = _change(args)  # before the store opens: a typo costs nothing
    try:
        year = SchoolYear.parse(args.school_year) if args.school_year else None
    except ValidationError as error:
        raise ArgumentError(error.message) from None
    store = open_store(args)
    try:
        year = year or school_service.current_school_year(store)
        if any((change.school, change.add_staff, change.remove_staff, change.class_teachers)):
            _report(staff.change_school(store, year, change), change, say)
        _show(staff.school_details(store, year), say)
    finally:
        store.close()
    return 0
