"""``go-hgw transfer-out`` and ``go-hgw transfer-in``: the overdracht to another school.

Sending prints the one-time code once; it is passed on by phone, never with the file.
Receiving asks the code at the terminal, or reads ``GO_HGW_TRANSFER_CODE`` (scripts).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from go_hgw_desktop.cli.fotos import ArgumentError

CODE_ENV = "GO_HGW_TRANSFER_CODE"
# The parts as typed on the command line: "waarneming:12".
PART_WORDS = {
    "trajectory": "traject",
    "observation": "waarneming",
    "factor": "factor",
    "educational_need": "onderwijsbehoefte",
    "plan": "plan",
    "goal": "doel",
    "measure": "maatregel",
    "follow_up_note": "opvolgnotitie",
    "clb_request": "clb-aanvraag",
    "leersteun_request": "leersteun",
    "verslag_reference": "verslag",
}
PART_TABLES = {word: table for table, word in PART_WORDS.items()}


def today() -> date:
    """Today's date; one place, so tests can fix it."""
    return date.today()


def add_commands(commands) -> None:
    out = commands.add_parser(
        "transfer-out",
        help="overdracht naar een andere school: PDF en versleuteld overdrachtsbestand",
        description="Maakt de overdracht van één leerling naar een andere school: een PDF om te lezen en "
        "een overdrachtsbestand (.hgwo) dat de nieuwe school inleest. Toont één keer de code die het "
        "bestand opent: geef die telefonisch door, nooit samen met het bestand. Noteer eerst wanneer de "
        "ouders ingelicht werden (hier of in het leerlingendossier).",
    )
    out.add_argument("code", metavar="CODE", help="de leerlingcode, bv. LL-7K3Q9M")
    out.add_argument("--out", metavar="BESTAND.pdf", help="waar de PDF komt")
    out.add_argument("--file", metavar="BESTAND.hgwo", help="waar het overdrachtsbestand komt")
    out.add_argument(
        "--parts",
        action="store_true",
        help="toon alleen de delen van het dossier (om er een niet mee te geven) en stop",
    )
    out.add_argument(
        "--parents-informed", metavar="JJJJ-MM-DD", help="noteer dat de ouders op die dag ingelicht werden"
    )
    out.add_argument("--inspected", metavar="JJJJ-MM-DD", help="de ouders zagen de gegevens in op die dag")
    out.add_argument("--objection", metavar="TEKST", default="", help="waartegen de ouders bezwaar maakten")
    out.add_argument(
        "--withhold",
        action="append",
        default=[],
        metavar="DEEL",
        help="een deel dat niet meegaat na bezwaar van de ouders, bv. waarneming:12 (zie --parts); "
        "herhaalbaar",
    )
    out.add_argument("--to-school", metavar="NAAM", default="", help="de nieuwe school")
    receive = commands.add_parser(
        "transfer-in",
        help="lees een overdrachtsbestand (.hgwo) van een vorige school in",
        description=f"Vraagt de code van de vorige school (of leest ${CODE_ENV}). Maakt de leerling aan, of "
        "koppelt aan de leerling met dezelfde naam en hetzelfde geboortejaar.",
    )
    receive.add_argument("file", metavar="BESTAND.hgwo", help="het overdrachtsbestand")
    which = receive.add_mutually_exclusive_group()
    which.add_argument("--pupil", metavar="CODE", help="koppel aan deze leerling (bij twijfel tussen twee)")
    which.add_argument(
        "--new", action="store_true", help="maak een nieuwe leerling, ook als er een gelijknamige is"
    )


def _date(value: str | None, what: str) -> date | None:
    from go_hgw_desktop.domain.calendar import parse_date
    from go_hgw_desktop.domain.errors import ValidationError

    if not value:
        return None
    try:
        return parse_date(value)
    except ValidationError:
        raise ArgumentError(f"{what}: ‘{value}’ is geen datum (JJJJ-MM-DD).") from None


def _withheld(values: list[str]) -> set[tuple[str, int]]:
    chosen = set()
    for value in values:
        word, _, number = value.partition(":")
        if word.lower() not in PART_TABLES or not number.isdigit():
            raise ArgumentError(
                f"‘{value}’ is geen deel van het dossier; gebruik de namen van --parts, bv. waarneming:12."
            )
        chosen.add((PART_TABLES[word.lower()], int(number)))
    return chosen


def cmd_transfer_out(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.services import exports, pupils, transfers

    if not args.parts:
        if not args.out or not args.file:
            raise ArgumentError("Geef --out BESTAND.pdf en --file BESTAND.hgwo.")
        if Path(args.out).suffix.lower() != ".pdf" or Path(args.file).suffix.lower() != ".hgwo":
            raise ArgumentError("De PDF eindigt op .pdf en het overdrachtsbestand op .hgwo.")
        if Path(args.out).resolve() == Path(args.file).resolve():
            raise ArgumentError("De PDF en het overdrachtsbestand moeten twee verschillende bestanden zijn.")
    informed, inspected = (
        _date(args.parents_informed, "--parents-informed"),
        _date(args.inspected, "--inspected"),
    )
    withheld = _withheld(args.withhold)
    if (inspected or withheld or args.objection or args.to_school) and not informed:
        raise ArgumentError("Geef ook --parents-informed: wanneer werden de ouders ingelicht?")
    now = today()
    store = open_store(args)
    try:
        pupil = pupils.find_by_code(store, args.code)
        if args.parts:
            for part in transfers.parts(store, pupil.id):
                state = " (vertrouwelijk: gaat nooit mee)" if part.confidential else ""
                say(f"{PART_WORDS[part.item]}:{part.item_id}  {part.label}{state}")
            return 0
        if informed:
            transfers.record_parents_step(
                store,
                pupil.id,
                transfers.ParentsStep(
                    informed_on=informed,
                    inspected=inspected is not None,
                    inspected_on=inspected,
                    objection=args.objection,
                    withheld=withheld,
                    to_school=args.to_school,
                ),
                now,
            )
        content, code = exports.transfer_out(store, pupil.id, Path(args.out), Path(args.file), now)
    finally:
        store.close()
    say(
        f"Overdracht van {pupil.code} bewaard: {args.out} (om te lezen) en {args.file} (om in te lezen, "
        f"{len(content['trajectories'])} traject(en), {len(content['verslagen'])} verslag(en))."
    )
    say()
    say(f"OVERDRACHTSCODE (wordt maar één keer getoond): {code}")
    say()
    say("Geef deze code telefonisch door aan de nieuwe school, nooit samen met het bestand. Zonder de code")
    say("opent niemand het bestand; de app bewaart hem niet.")
    return 0


def _code() -> str:
    given = os.environ.get(CODE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ArgumentError(
            f"Geef de overdrachtscode: typ hem in een terminal, of zet ${CODE_ENV} (scripts)."
        )
    return getpass.getpass("Overdrachtscode van de vorige school (wordt niet getoond): ")


def cmd_transfer_in(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.services import pupils, transfers

    code = _code()
    store = open_store(args)
    try:
        arrival = transfers.open_transfer(store, Path(args.file), code)
        if args.new:
            target = None
        elif args.pupil:
            target = pupils.find_by_code(store, args.pupil).id
        elif arrival.matched is not None:
            target = arrival.matched.id
        elif arrival.candidates:
            listed = ", ".join(f"{p.code} ({p.full_name}, {p.birth_year})" for p in arrival.candidates)
            raise ArgumentError(
                f"Er zijn meerdere leerlingen {arrival.pupil_name}: {listed}. Er is niets ingelezen. "
                "Kies er een met --pupil CODE, of maak een nieuwe met --new."
            )
        else:
            target = None
        pupil = transfers.receive(store, arrival, target, today())
    finally:
        store.close()
    school = arrival.content["from_school"]["name"]
    how = "nieuwe leerling" if target is None else "bestaande leerling"
    say(
        f"Overdracht van {school} ingelezen bij {pupil.full_name} ({pupil.code}, {how}). Je vindt ze, alleen "
        "om te lezen, in het leerlingendossier onder ‘Van vorige school’."
    )
    return 0
