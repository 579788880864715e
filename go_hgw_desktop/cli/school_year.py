"""``go-hgw schooljaar``: show and set the huidig schooljaar, and the start of a new one.

The same steps as the Overzicht's: class lists in (``go-hgw import --school-year``), who
left, running trajectories that carry over, last year's subgroups and group trajectories.
"""

from __future__ import annotations

import argparse
from datetime import date

from go_hgw_desktop.cli.fotos import ArgumentError


def today() -> date:
    """Today's date; one place, so tests can fix it."""
    return date.today()


def add_command(commands) -> None:
    parser = commands.add_parser(
        "schooljaar", help="toon of kies het huidige schooljaar; de start van een nieuw schooljaar",
        description="Zonder JAAR: toon het huidige schooljaar en wat er nog te doen is bij de start "
        "ervan. Met JAAR: maak dat het huidige schooljaar (vorige schooljaren blijven bewaard).",
    )
    parser.add_argument("year", nargs="?", metavar="JAAR",
                        help="het schooljaar dat het huidige wordt, bv. 2027-2028")
    parser.add_argument("--list", action="store_true",
                        help="toon ook wie nog geen klas heeft en wie een lopend traject heeft")
    parser.add_argument(
        "--mark-left", nargs="?", const="standaard", metavar="JJJJ-MM-DD",
        help="markeer de leerlingen van vorig schooljaar die nog geen klas hebben als vertrokken, "
        "op die datum (standaard de laatste dag van vorig schooljaar); importeer eerst alle klaslijsten")


def _parse(args):
    from go_hgw_desktop.domain.calendar import SchoolYear, parse_date
    from go_hgw_desktop.domain.errors import ValidationError

    try:
        year = SchoolYear.parse(args.year) if args.year else None
        left_on = parse_date(args.mark_left) if args.mark_left not in (None, "standaard") else None
    except ValidationError as error:
        raise ArgumentError(error.message) from None
    return year, left_on


def cmd_school_year(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.domain.errors import ValidationError
    from go_hgw_desktop.services import new_year

    year, left_on = _parse(args)
    now = today()
    store = open_store(args)
    try:
        if year is not None:
            try:
                new_year.start_year(store, year, now)
            except ValidationError as error:
                raise ArgumentError(error.message) from None
            say(f"Het huidige schooljaar is nu {year}. Wat van vorige schooljaren is, blijft bewaard.")
        state = new_year.year_start(store, now)
        if args.mark_left:
            _mark_left(store, state, left_on, say)
            state = new_year.year_start(store, now)
        _show(store, state, say)
        if args.list:
            _list(new_year.pupils_at_year_start(store, state.year), state, say)
    finally:
        store.close()
    return 0


def _show(store, state, say) -> None:
    from go_hgw_desktop.domain.calendar import format_date
    from go_hgw_desktop.services import school

    how = "ingesteld" if state.chosen else "volgt de kalender"
    say(f"Huidig schooljaar: {state.year} ({how}; {format_date(state.year.first_day)} – "
        f"{format_date(state.year.last_day)}).")
    if state.switch_to:
        say(f"Volgens de kalender is schooljaar {state.switch_to} begonnen op "
            f"{format_date(state.switch_to.first_day)}. Start het met: go-hgw schooljaar {state.switch_to}")
    years = school.school_years(store)
    if years:
        counts = {y: len(school.list_groups(store, y)) for y in years}
        say("Schooljaren met klassen: " + ", ".join(f"{y} ({counts[y]} klassen)" for y in years) + ".")
    if not state.previous_classes:
        return
    year, previous = state.year, state.previous
    say()
    say(f"Start van schooljaar {year}:")
    say("  1. Klaslijsten: " + (f"{state.classes} klassen met {state.pupils} leerlingen."
                                 if state.classes else "nog geen klassen.")
        + f" Inlezen: go-hgw import KLASLIJST --school-year {year} --mark-left")
    if not state.classes:
        say(f"  2. Vertrokken: na het inlezen zie je wie van {previous} op geen enkele lijst staat.")
    elif state.without_class:
        say(f"  2. Vertrokken: {state.without_class} leerling(en) van {previous} hebben nog geen klas in "
            f"{year}. Bekijken: go-hgw schooljaar --list; als vertrokken markeren: "
            "go-hgw schooljaar --mark-left")
    else:
        say(f"  2. Vertrokken: iedereen van {previous} heeft een klas in {year} of is als vertrokken "
            "gemarkeerd.")
    if state.running_pupils:
        say(f"  3. Lopende trajecten: {state.running_trajectories} traject(en) van {state.running_pupils} "
            f"leerling(en) lopen door met hun hele geschiedenis; {state.running_with_class} van die "
            f"leerlingen hebben al een klas in {year}.")
    else:
        say("  3. Lopende trajecten: geen.")
    running = (f", waarvan {state.previous_group_running} nog lopend: evalueer en sluit ze af"
               if state.previous_group_running else "")
    say(f"  4. Subgroepen en groepstrajecten van {previous}: {state.previous_subgroups} subgroep(en) en "
        f"{state.previous_group_trajectories} groepstraject(en){running}. Ze blijven bewaard bij de klassen "
        f"van {previous}; maak subgroepen voor de nieuwe klassen in het programmavenster (Groepen).")


def _list(rows, state, say) -> None:
    without = [r for r in rows if r.previous_class and not r.new_class and r.left_on is None]
    running = [r for r in rows if r.trajectories]
    say()
    say(f"Nog zonder klas in {state.year} ({len(without)}):")
    for r in without:
        say(f"  {r.name} ({r.code}), {state.previous}: {r.previous_class}")
    say()
    say(f"Met een lopend traject ({len(running)}):")
    for r in running:
        now = r.new_class or ("vertrokken" if r.left_on else "nog geen klas")
        titles = ", ".join(t.title for t in r.trajectories)
        say(f"  {r.name} ({r.code}), {state.previous}: {r.previous_class or '–'}, "
            f"{state.year}: {now}; {titles}")


def _mark_left(store, state, left_on: date | None, say) -> None:
    from go_hgw_desktop.domain.calendar import format_date
    from go_hgw_desktop.errors import UserError
    from go_hgw_desktop.services import new_year

    if not state.classes:
        raise UserError(
            f"Nog geen klassen in {state.year}: dan zou iedereen van {state.previous} als vertrokken "
            "gemarkeerd worden. Er is niemand gemarkeerd.",
            f"Importeer eerst de klaslijsten: go-hgw import KLASLIJST --school-year {state.year}")
    on = left_on or state.previous.last_day
    ids = [r.pupil_id for r in new_year.pupils_at_year_start(store, state.year)
           if r.previous_class and not r.new_class and r.left_on is None]
    if not ids:
        say(f"Iedereen van {state.previous} heeft een klas in {state.year} of is al als vertrokken "
            "gemarkeerd; er is niets veranderd.")
        return
    marked = new_year.mark_left(store, ids, on)
    say(f"{marked} leerling(en) als vertrokken gemarkeerd op {format_date(on)}. Hun dossiers blijven "
        "bewaard tot de bewaartermijn voorbij is.")
