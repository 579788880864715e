"""``go-hgw`` commands. Thin: every command parses, calls services, prints Dutch text.

User errors print their Dutch message and hint and exit non-zero; unexpected errors
print a short Dutch notice without details (exception texts can carry record values),
unless ``GO_HGW_DEBUG=1`` asks for the traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from go_hgw_desktop import APP_NAME, __version__, paths
from go_hgw_desktop.cli import argparse_nl, class_list, fotos, school_year
from go_hgw_desktop.cli import klasfiche as klasfiche_cli
from go_hgw_desktop.cli import meetings as meetings_cli
from go_hgw_desktop.cli import request_pack as request_pack_cli
from go_hgw_desktop.cli import school as school_cli
from go_hgw_desktop.cli import transfer as transfer_cli
from go_hgw_desktop.errors import UserError

if TYPE_CHECKING:  # services are imported lazily: `go-hgw --help` stays fast
    from go_hgw_desktop.services.workspace import KeyStore

KeyStoreFactory = Callable[[], "KeyStore"]


def _parser() -> argparse.ArgumentParser:
    argparse_nl.install()
    parser = argparse.ArgumentParser(
        prog="go-hgw",
        description=f"{APP_NAME}: handelingsgericht werken langs het zorgcontinuüm. "
        "Zonder opdracht start het programmavenster.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="toon de versie en stop")
    parser.add_argument(
        "--data-dir", metavar="MAP",
        help=f"map met de database (ook via ${paths.DATA_DIR_ENV}; standaard "
        f"{paths.default_data_dir()})",
    )
    # For smoke tests and start-up timing: leave once the window is populated (not in --help).
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    # Without help=…: not listed. Checks that an installation (the frozen bundle) is complete.
    commands.add_parser("selftest")
    commands.add_parser("gui", help="start het programmavenster (standaard)")
    init = commands.add_parser("init", help="maak een nieuwe, versleutelde database")
    init.add_argument("--school", metavar="NAAM", help="naam van de school")
    init.add_argument("--passphrase", action="store_true",
                      help="stel meteen een opstartwachtwoord in (aangeraden voor een gedeelde of door ICT "
                      "beheerde laptop; getypt, of GO_HGW_NEW_PASSPHRASE)")
    demo = commands.add_parser("demo", help="vul een lege database met een fictieve demoschool")
    demo.add_argument("--pupils", type=int, default=400, metavar="N",
                      help="aantal leerlingen (standaard 400)")
    demo.add_argument("--seed", type=int, default=2026, metavar="GETAL",
                      help="startgetal: hetzelfde getal geeft dezelfde school")
    commands.add_parser("check", help="controleer de database (versleuteling en samenhang)")
    recover = commands.add_parser(
        "recover-key", help="zet de sleutel terug in de sleutelbewaarplaats met je herstelsleutel"
    )
    recover.add_argument("--from-file", metavar="BESTAND",
                         help="lees de herstelsleutel uit een bestand in plaats van te vragen")
    commands.add_parser("info", help="toon waar de gegevens staan en welke versie ze hebben")
    backup = commands.add_parser("backup", help="maak een versleutelde, gecontroleerde reservekopie")
    backup.add_argument("--out", required=True, metavar="BESTAND.db",
                        help="waar de reservekopie komt (liefst op een USB-stick of netwerkschijf)")
    secret = commands.add_parser(
        "passphrase", help="stel een opstartwachtwoord in, wijzig of verwijder het (gedeelde laptops)")
    secret.add_argument("--remove", action="store_true", help="verwijder het opstartwachtwoord")
    commands.add_parser("rotate-key",
                        help="versleutel de database met een nieuwe sleutel (nieuwe herstelsleutel)")
    purge = commands.add_parser(
        "purge", help="wis de dossiers van leerlingen van wie de bewaartermijn voorbij is")
    purge.add_argument("--dry-run", action="store_true", help="toon alleen wie gewist zou worden")
    purge.add_argument("--yes", action="store_true", help="niet vragen om te bevestigen (voor scripts)")
    access = commands.add_parser(
        "export-pupil",
        help="inzage: alles over één leerling als PDF (en JSON), vertrouwelijke delen gemarkeerd")
    access.add_argument("code", metavar="CODE", help="de leerlingcode, bv. LL-7K3Q9M")
    access.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    access.add_argument("--json", metavar="BESTAND.json", help="bewaar ook een JSON-bestand")
    restore = commands.add_parser(
        "restore", help="zet een reservekopie terug (de huidige database wordt eerst apart bewaard)")
    restore.add_argument("file", metavar="BESTAND.db", help="de reservekopie")
    restore.add_argument("--recovery-key-file", metavar="BESTAND",
                         help="herstelsleutel van de reservekopie, als ze niet met de huidige sleutel opent")
    fotos.add_commands(commands)
    class_list.add_command(commands)
    school_cli.add_command(commands)
    school_year.add_command(commands)
    meetings_cli.add_commands(commands)
    transfer_cli.add_commands(commands)
    klasfiche_cli.add_command(commands)
    request_pack_cli.add_commands(commands)  # issue 16: aanmeldingsdossier
    return parser


def _say(text: str = "") -> None:
    print(text, flush=True)


def _open(args: argparse.Namespace, key_store_factory: KeyStoreFactory, school: str | None = None,
          create: bool = False):
    """Open the workspace. Only ``init`` and ``demo`` may create one (its recovery key is shown
    once); every other command refuses a folder without a store, so a mistyped --data-dir
    never makes a new, empty store."""
    from go_hgw_desktop.services.workspace import PassphraseRequiredError, open_workspace

    data_dir = paths.data_dir(args.data_dir)
    key_store = key_store_factory()
    try:
        opened = open_workspace(data_dir, key_store, school_name=school, create=create)
    except PassphraseRequiredError:
        opened = open_workspace(data_dir, key_store, school_name=school, passphrase=_passphrase(),
                                create=create)
    if opened.recovery_key:
        _show_recovery_key(data_dir, opened.recovery_key, opened.recovery_statement)
    return opened.store


def _passphrase(prompt: str = "Opstartwachtwoord (wordt niet getoond): ") -> str:
    """From GO_HGW_PASSPHRASE (scripts) or typed at the terminal; never an argument (it would
    show in the process list and the shell history)."""
    given = os.environ.get("GO_HGW_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        from go_hgw_desktop.services.workspace import PassphraseRequiredError

        raise PassphraseRequiredError()
    return getpass.getpass(prompt)


def _show_recovery_key(data_dir: Path, recovery_key: str, statement: str | None) -> None:
    _say(f"Nieuwe versleutelde database aangemaakt in {data_dir}.")
    _say()
    _say("HERSTELSLEUTEL (wordt maar één keer getoond):")
    _say()
    _say(f"    {recovery_key}")
    _say()
    _say("Schrijf deze sleutel over of druk hem af, en bewaar hem op een veilige plaats,")
    _say("niet bij de laptop. Met de herstelsleutel open je de database opnieuw op een nieuwe")
    _say("laptop of na een nieuw gebruikersprofiel (go-hgw recover-key). Zonder deze sleutel")
    _say("kan niemand de gegevens terughalen als de sleutelbewaarplaats verloren gaat.")
    _say()


def _new_passphrase() -> str:
    """A new startup passphrase: from GO_HGW_NEW_PASSPHRASE (scripts) or typed twice."""
    new = os.environ.get("GO_HGW_NEW_PASSPHRASE")
    if new:
        return new
    if not sys.stdin.isatty():
        raise UserError("Geef het nieuwe wachtwoord in een venster, of met GO_HGW_NEW_PASSPHRASE.")
    new = getpass.getpass("Nieuw opstartwachtwoord (minstens 10 tekens): ")
    if getpass.getpass("Nog eens: ") != new:
        raise UserError("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    return new


PASSPHRASE_ADVICE = (
    "Een opstartwachtwoord is aangeraden op een gedeelde laptop en op een laptop die ICT centraal "
    "beheert: zonder wachtwoord opent iedereen die als jou aangemeld is de database, en kan een "
    "domeinbeheerder de sleutel uit de sleutelbewaarplaats halen. Met een wachtwoord staat daar alleen "
    "de vergrendelde sleutel.")


def _cmd_init(args, key_store_factory) -> int:
    from go_hgw_desktop.services import security
    from go_hgw_desktop.services.workspace import workspace_exists

    data_dir = paths.data_dir(args.data_dir)
    if workspace_exists(data_dir):
        raise UserError(f"Er staat al een database in {data_dir}.",
                        "Kies een andere map met --data-dir, of gebruik de bestaande database.")
    if args.passphrase and not (os.environ.get("GO_HGW_NEW_PASSPHRASE") or sys.stdin.isatty()):
        raise UserError("Geef het opstartwachtwoord in een venster, of met GO_HGW_NEW_PASSPHRASE.",
                        "Er is nog niets aangemaakt.")
    if args.passphrase and os.environ.get("GO_HGW_NEW_PASSPHRASE"):
        security.check_passphrase(os.environ["GO_HGW_NEW_PASSPHRASE"])  # before anything is made
    store = _open(args, key_store_factory, school=args.school, create=True)
    try:
        wanted = args.passphrase
        if not wanted:
            _say(PASSPHRASE_ADVICE)
            if sys.stdin.isatty():
                wanted = input("Nu een opstartwachtwoord instellen? [j/N] ").strip().casefold() in ("j", "ja")
            else:
                _say("Instellen kan altijd met ‘go-hgw passphrase’.")
        if wanted:
            while True:
                try:
                    security.set_passphrase(store, key_store_factory(), _new_passphrase())
                    break
                except UserError as error:
                    if os.environ.get("GO_HGW_NEW_PASSPHRASE") or not sys.stdin.isatty():
                        raise
                    _say(f"{error.message} Probeer opnieuw.")
            _say("Het opstartwachtwoord is ingesteld: het programma vraagt het bij elke start. Vergeten? "
                 "Dan opent alleen de herstelsleutel de database nog.")
    finally:
        store.close()
    return 0


def _cmd_demo(args, key_store_factory) -> int:
    from go_hgw_desktop.services.demo import fill_demo

    store = _open(args, key_store_factory, create=True)
    try:
        _say(f"Demoschool met {args.pupils} leerlingen aanmaken …")
        summary = fill_demo(store, pupils=args.pupils, seed=args.seed)
    finally:
        store.close()
    _say(f"Klaar: {summary.pupils} leerlingen in {summary.classes} klassen, "
         f"{summary.trajectories} trajecten, {summary.consultations} overleggen.")
    _say("Alle namen en teksten zijn verzonnen.")
    return 0


def _cmd_check(args, key_store_factory) -> int:
    from go_hgw_desktop.services.workspace import check_store

    store = _open(args, key_store_factory)  # a check never creates what it checks
    try:
        report = check_store(store)
    finally:
        store.close()
    _say(f"Database: {paths.database_path(paths.data_dir(args.data_dir))}")
    _say(f"Schemaversie: {report.revision} (nieuwste: {report.head})")
    _say("Inhoud: " + ", ".join(f"{n} {label}" for label, n in report.counts.items()))
    for warning in report.warnings:
        _say(f"Let op: {warning}")
    if report.ok:
        _say("In orde: versleuteling (elke pagina), samenhang, verwijzingen, het logboek en elk gegeven "
             "tegen zijn vingerafdruk zijn gecontroleerd.")
    else:
        _say("PROBLEMEN GEVONDEN:")
        for problem in report.problems:
            _say(f"  - {problem}")
    for title, lines in (("Wat deze controle bewijst:", report.proven),
                         ("Wat ze niet kan bewijzen:", report.unproven)):
        if lines:
            _say(title)
            for line in lines:
                _say(f"  - {line}")
    if report.ok:
        return 0
    _say("Zet een reservekopie terug met het programma (Privacy of ‘go-hgw restore’) of vraag hulp; "
         "werk niet verder in deze database.")
    return 2


def _key_file(name: str) -> str:
    """A recovery key from a file: a regular file of a few hundred bytes, never a device or pipe."""
    from go_hgw_desktop import files

    return files.read_limited(Path(name), 4096, "een herstelsleutel").decode("utf-8", errors="replace")


def _read_recovery_key(args) -> str:
    if args.from_file:
        return _key_file(args.from_file)
    if sys.stdin.isatty():
        return getpass.getpass("Herstelsleutel (wordt niet getoond): ")
    return sys.stdin.readline()


def _cmd_recover(args, key_store_factory) -> int:
    from go_hgw_desktop.services.workspace import recover_key

    data_dir = paths.data_dir(args.data_dir)
    recover_key(data_dir, key_store_factory(), _read_recovery_key(args))
    _say("De sleutel staat opnieuw in de sleutelbewaarplaats van deze computer. "
         "De database opent weer gewoon.")
    return 0


def _cmd_info(args, key_store_factory) -> int:
    from go_hgw_desktop.services.workspace import key_store_description

    data_dir = paths.data_dir(args.data_dir)
    _say(f"{APP_NAME} {__version__}")
    _say(f"Datamap:    {data_dir}")
    _say(f"Database:   {paths.database_path(data_dir)}"
         + ("" if paths.database_path(data_dir).exists() else " (nog niet aangemaakt)"))
    _say(f"Reservekopieën: {paths.backup_dir(data_dir)}")
    _say(f"Sleutelbewaarplaats: {key_store_description(key_store_factory())}")
    return 0


def _cmd_backup(args, key_store_factory) -> int:
    from go_hgw_desktop.services.backup import make_backup

    store = _open(args, key_store_factory)
    try:
        _say("Reservekopie maken en controleren …")
        made = make_backup(store, Path(args.out))
    finally:
        store.close()
    _say(f"Reservekopie bewaard en gecontroleerd: {made.path} ({made.size // 1024} kB, versleuteld met "
         "de sleutel van de database; de herstelsleutel opent ze ook).")
    return 0


def _cmd_restore(args, key_store_factory) -> int:
    from go_hgw_desktop.services.backup import restore_backup

    recovery = _key_file(args.recovery_key_file) if args.recovery_key_file else None
    from go_hgw_desktop.services.security import has_passphrase
    from go_hgw_desktop.services.workspace import PassphraseRequiredError

    data_dir = paths.data_dir(args.data_dir)
    key_store = key_store_factory()
    try:
        protected = has_passphrase(data_dir, key_store)
    except UserError:  # no store (yet) in this folder: the recovery key of the backup is needed
        protected = False
    passphrase = None
    if protected:
        # Asked even with the recovery key: it keeps the passphrase, the trail's keys and the
        # school's signing key. Without it (a script), the recovery key alone still restores.
        try:
            passphrase = _passphrase()
        except PassphraseRequiredError:
            if not recovery:
                raise
    restored = restore_backup(data_dir, key_store, Path(args.file), recovery, passphrase=passphrase)
    _say(f"Reservekopie teruggezet in {data_dir}: "
         + ", ".join(f"{n} rijen in {t}" for t, n in sorted(restored.counts.items())
                     if t in ("pupil", "trajectory", "consultation")) + ".")
    if restored.kept_aside:
        _say(f"De database van voordien staat apart in {restored.kept_aside}.")
    if restored.unverified:
        _say(f"LET OP: de gegevens van deze reservekopie konden niet nagekeken worden tegen haar logboek "
             f"({restored.unverified}). Dat staat ook in het logboek; ‘go-hgw check’ zegt het voortaan.")
    return 0


def _cmd_passphrase(args, key_store_factory) -> int:
    from go_hgw_desktop.services import security

    data_dir = _existing(args)
    key_store = key_store_factory()
    protected = security.has_passphrase(data_dir, key_store)
    current = _passphrase("Huidig opstartwachtwoord: ") if protected else None
    store = open_workspace_or_fail(data_dir, key_store, current)
    try:
        if args.remove:
            if current is None:
                _say("Er is geen opstartwachtwoord ingesteld.")
                return 0
            security.remove_passphrase(store, key_store, current)
            _say("Het opstartwachtwoord is verwijderd; de sleutel staat weer alleen in de "
                 "sleutelbewaarplaats.")
            return 0
        security.set_passphrase(store, key_store, _new_passphrase(), current)
    finally:
        store.close()
    _say("Het opstartwachtwoord is ingesteld. Vergeten? Dan opent alleen de herstelsleutel de "
         "database nog.")
    return 0


def _existing(args) -> Path:
    """The data directory, which must hold a store."""
    from go_hgw_desktop.services.workspace import NoStoreError, workspace_exists

    data_dir = paths.data_dir(args.data_dir)
    if not workspace_exists(data_dir):
        raise NoStoreError(data_dir)
    return data_dir


def open_workspace_or_fail(data_dir: Path, key_store, passphrase: str | None):
    from go_hgw_desktop.services.workspace import open_workspace

    return open_workspace(data_dir, key_store, passphrase=passphrase, create=False).store


def _cmd_rotate_key(args, key_store_factory) -> int:
    from go_hgw_desktop.services import security

    data_dir = _existing(args)
    key_store = key_store_factory()
    passphrase = _passphrase() if security.has_passphrase(data_dir, key_store) else None
    store = open_workspace_or_fail(data_dir, key_store, passphrase)
    try:
        _say("De database wordt met een nieuwe sleutel versleuteld en gecontroleerd …")
        pending = security.prepare_rotation(store)
        _say()
        _say("NIEUWE HERSTELSLEUTEL (de oude werkt daarna niet meer):")
        _say()
        _say(f"    {pending.recovery_key}")
        _say()
        _say("Schrijf ze over of druk ze af en bewaar ze veilig, niet bij de laptop.")
        store = security.complete_rotation(store, key_store, pending, passphrase)
    finally:
        store.close()
    _say("Klaar: de database gebruikt de nieuwe sleutel; het oude bestand is gewist.")
    return 0


def _held_line(copy) -> str:
    why = "bevat hen nog" if copy.certain else "met een oudere sleutel: kan hen nog bevatten"
    return f"  backups/{copy.path.name} (gemaakt op {copy.made:%d/%m/%Y}): {why}"


def _cmd_purge(args, key_store_factory) -> int:
    from go_hgw_desktop.services import backup, retention

    store = _open(args, key_store_factory)
    try:
        plan = retention.purge_plan(store)
        _say(f"Bewaartermijn: {plan.years} schooljaar na het vertrek." if plan.years == 1 else
             f"Bewaartermijn: {plan.years} schooljaren na het vertrek.")
        if not plan.leavers:
            _say("Er is niemand van wie de bewaartermijn voorbij is.")
            return 0
        for leaver in plan.leavers:
            _say(f"  {leaver.name} ({leaver.code}), vertrokken op {leaver.leave_date:%d/%m/%Y}: "
                 f"{leaver.records} gegevens")
        _say(f"Samen {len(plan.leavers)} leerling(en) en {plan.records} gegevens.")
        for where in plan.named_in:
            _say(f"Let op: {where} noemt een van hen in de beslissingen; die tekst blijft staan. "
                 "Pas ze aan in het programma.")
        held = backup.copies_holding(store, [leaver.code for leaver in plan.leavers])
        if held:
            _say(f"Deze {len(held)} reservekopie(ën) van het programma worden mee verwijderd:")
            for copy in held:
                _say(_held_line(copy))
        if args.dry_run:
            _say("Proefrun: er is niets gewist.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("Wissen vraagt een bevestiging.",
                                "Voeg --yes toe, of voer dit uit in een venster.")
            also = f" en {len(held)} reservekopie(ën)" if held else ""
            answer = input(f"Typ WISSEN om deze {len(plan.leavers)} dossiers{also} voorgoed te wissen: ")
            if answer.strip() != "WISSEN":
                _say("Niets gewist.")
                return 0
        removed = retention.purge(store, [leaver.pupil_id for leaver in plan.leavers])
        copies = backup.remove_copies(store, [copy.path for copy in held])
    finally:
        store.close()
    _say(f"Gewist: {len(plan.leavers)} leerling(en), {removed} gegevens; de vrije ruimte is overschreven "
         "en teruggegeven.")
    if copies:
        _say(f"{copies} reservekopie(ën) in de map ‘backups’ verwijderd.")
    _say("Reservekopieën die je zelf maakte (op een USB-stick of netwerkschijf) bevatten hen nog: "
         "gooi weg wat je niet meer nodig hebt.")
    return 0


def _cmd_export_pupil(args, key_store_factory) -> int:
    from go_hgw_desktop.services import exports, pupils

    fotos.check_outputs(args)
    store = _open(args, key_store_factory)
    try:
        pupil = pupils.find_by_code(store, args.code)
        data = Path(args.json) if args.json else None
        content = exports.access_request(store, pupil.id, Path(args.out), data)
    finally:
        store.close()
    _say(f"Inzage voor {content.pupil_name} bewaard: {args.out}" + (f" en {args.json}" if args.json else "")
         + f" ({sum(len(s.records) for s in content.sections)} gegevens, "
         f"{content.confidential_items} vertrouwelijk gemarkeerd).")
    _say("Dit bestand bevat persoonsgegevens: geef het alleen aan de leerling of de ouders zelf.")
    return 0


def _cmd_gui(args, key_store_factory) -> int:
    from go_hgw_desktop.ui.app import run_gui

    return run_gui(paths.data_dir(args.data_dir), key_store_factory, quit_when_ready=args.quit_when_ready)


def _cmd_selftest(args, key_store_factory) -> int:
    from go_hgw_desktop import selftest

    _say(f"{APP_NAME} {__version__}: zelftest van deze installatie ({paths.install_root()})")
    results = selftest.run_checks()
    for result in results:
        _say(f"  {'in orde' if result.ok else 'FOUT   '}  {result.name}: {result.detail}")
    failed = [r.name for r in results if not r.ok]
    if failed:
        _say(f"{len(failed)} van de {len(results)} controles mislukt: installeer het programma opnieuw of "
             "meld dit aan wie het verspreidt.")
        return 1
    _say(f"Alle {len(results)} controles in orde.")
    return 0


def _cmd_scholengroepfoto(args, key_store_factory) -> int:
    return fotos.cmd_scholengroepfoto(args, None, _say)


def _with_store(command):
    """A command of a cli module, given how to open the store (``_open``) and to speak (``_say``)."""
    return lambda args, key_store_factory: command(args, lambda a: _open(a, key_store_factory), _say)


def _production_key_store() -> KeyStore:
    from go_hgw_desktop.services.workspace import production_key_store

    return production_key_store()


COMMANDS = {
    None: _cmd_gui, "gui": _cmd_gui, "init": _cmd_init, "demo": _cmd_demo,
    "check": _cmd_check, "recover-key": _cmd_recover, "info": _cmd_info,
    "backup": _cmd_backup, "restore": _cmd_restore, "purge": _cmd_purge, "export-pupil": _cmd_export_pupil,
    "passphrase": _cmd_passphrase, "rotate-key": _cmd_rotate_key, "selftest": _cmd_selftest,
    "scholengroepfoto": _cmd_scholengroepfoto,
    # commands of their own cli module, given how to open the store
    "schoolfoto": _with_store(fotos.cmd_schoolfoto), "import": _with_store(class_list.cmd_import),
    "school": _with_store(school_cli.cmd_school), "schooljaar": _with_store(school_year.cmd_school_year),
    "groepsplan": _with_store(meetings_cli.cmd_groepsplan), "overleg": _with_store(meetings_cli.cmd_overleg),
    "verslag": _with_store(meetings_cli.cmd_verslag), "bespreking": _with_store(meetings_cli.cmd_bespreking),
    "overdracht": _with_store(meetings_cli.cmd_overdracht),
    "transfer-out": _with_store(transfer_cli.cmd_transfer_out),
    "transfer-in": _with_store(transfer_cli.cmd_transfer_in),
    "klasfiche": _with_store(klasfiche_cli.cmd_klasfiche),
    "aanmelding": _with_store(request_pack_cli.cmd_aanmelding),
}


def run(argv: list[str], key_store_factory: KeyStoreFactory | None = None) -> int:
    """Run one command; returns the exit code. Tests pass their own key store."""
    # Arguments first: `--help`, `--version` and a mistyped option answer without loading the
    # storage stack (SQLAlchemy, the models, the services: 0.3 s).
    args = _parser().parse_args(argv)
    if key_store_factory is None:
        key_store_factory = _production_key_store
    try:
        return COMMANDS[args.command](args, key_store_factory)
    except UserError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        if error.hint:
            print(error.hint, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Afgebroken; er is niets half opgeslagen.", file=sys.stderr)
        return 130
    except OSError as error:  # the net under the Dutch messages of each file operation
        if os.environ.get("GO_HGW_DEBUG"):
            raise
        where = f" ({error.filename})" if error.filename else ""
        print(f"Fout: een bestand of map kan niet gelezen of beschreven worden{where}: "
              f"{error.strerror or type(error).__name__}. Er is niets half opgeslagen.", file=sys.stderr)
        print("Controleer of de map bestaat, of je er mag schrijven en of de schijf niet vol of "
              "alleen-lezen is.", file=sys.stderr)
        return 5
    except Exception as error:
        if os.environ.get("GO_HGW_DEBUG"):
            raise
        print(
            f"Er ging iets onverwachts mis ({type(error).__name__}). Er is niets half "
            "opgeslagen: elke wijziging wordt in zijn geheel bewaard of niet.\n"
            "Meld dit aan de ondersteuning; start met GO_HGW_DEBUG=1 voor technische details.",
            file=sys.stderr,
        )
        return 70
