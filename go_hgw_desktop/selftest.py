"""``go-hgw selftest`` (hidden): does this installation hold everything the app needs?

Written for the frozen bundle (installer/): a bundle that lacks a data file, a Qt plugin, a
module only a migration script imports or the keyring's backend metadata still starts, and
fails later in front of a coordinator. Each check here uses the part the way the app does
(the app's own font registration, class-list reader and store creation) and says in Dutch
what is wrong. Nothing is written outside a temporary folder, which holds an empty,
encrypted store with a throw-away key and is removed at the end.

The keyring check ignores ``PYTHON_KEYRING_BACKEND``: a bundle without keyring's metadata
silently falls back to the refused ``fail`` backend while a run that names a backend passes.

Top-level (like ``paths``) because it checks every layer, Qt and storage alike; only the
hidden CLI command imports it.
"""

from __future__ import annotations

import ast
import io
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from go_hgw_desktop import paths

# Argon2id (libsodium through PyNaCl) on a fixed input: the same 32 bytes on every platform.
ARGON2ID_INPUT = (b"GO! HGW zelftest", b"0123456789abcdef")
ARGON2ID_EXPECTED = "b609d330bbbcf67c46cd9ad58dc610586d8b97ac1b306ff44fda4ff9417f65fd"
SAMPLE_NAME = "Nguyễn Şeyma Łukasz"
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
}.get(sys.platform, ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring"))


class CheckFailed(Exception):
    """One check found something missing; the message is Dutch."""


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str


def _fonts() -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from go_hgw_desktop.reports import pdf

    missing = [n for n in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") if not (paths.fonts_dir() / n).is_file()]
    if missing:
        raise CheckFailed(f"ontbreekt in {paths.fonts_dir()}: {', '.join(missing)}")
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(SAMPLE_NAME, pdf.styles()["body"])])
    if not out.getvalue().startswith(b"%PDF") or b"DejaVuSans" not in out.getvalue():
        raise CheckFailed("een PDF met het ingebouwde lettertype lukt niet")
    return f"DejaVu Sans ingebed in een PDF ({len(out.getvalue()) // 1024} kB)"


def _qt_app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # Its own process, without a window: the offscreen platform works on any machine.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0]])
    return app


def _icons() -> str:
    from PySide6.QtGui import QIcon, QImage, QImageReader

    _qt_app()
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise CheckFailed("Qt's SVG-plugin ontbreekt (imageformats/qsvg): pictogrammen blijven leeg")
    icons = sorted(paths.icons_dir().glob("*.svg"))
    if not icons or not (paths.icons_dir() / "app.svg").is_file():
        raise CheckFailed(f"geen pictogrammen in {paths.icons_dir()}")
    broken = [i.name for i in icons if QImage(str(i)).isNull() or QIcon(str(i)).pixmap(32, 32).isNull()]
    if broken:
        raise CheckFailed(f"deze pictogrammen laden niet: {', '.join(broken)}")
    return f"{len(icons)} SVG-pictogrammen geladen (Qt SVG-plugin aanwezig)"


def _qt_platform() -> str:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in folder.glob(f"*{NATIVE_PLATFORM}*")) if folder.is_dir() else []
    if not found:
        raise CheckFailed(f"het Qt-platform {NATIVE_PLATFORM} ontbreekt in {folder}: geen venster mogelijk")
    return f"{found[0]} in {folder}"


def _qt_dutch() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    _qt_app()
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    qt = QTranslator()
    if not qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise CheckFailed("Qt's Nederlandse vertaling (qtbase_nl.qm) ontbreekt: knoppen staan in het Engels")
    if qt.translate("QPlatformTheme", "Cancel") != "Annuleren":
        raise CheckFailed("Qt's Nederlandse vertaling laadt, maar vertaalt ‘Cancel’ niet")
    ours = QTranslator()
    if not ours.load(locale, "qt_aanvulling", "_", str(paths.translations_dir())):
        raise CheckFailed(f"onze aanvulling (qt_aanvulling_nl.qm) ontbreekt in {paths.translations_dir()}")
    if ours.translate("QFileDialog", "&Look in:") != "&Zoeken in:":
        raise CheckFailed("qt_aanvulling_nl.qm laadt, maar vertaalt niet")
    return "qtbase_nl.qm en qt_aanvulling_nl.qm"


def shipped_revisions(versions: Path | None = None) -> tuple[str, ...]:
    """The ``revision`` of every migration script in ``migrations/versions``, in order."""
    found = []
    for script in sorted((versions or paths.migrations_dir() / "versions").glob("*.py")):
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
                node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and target.id == "revision" and node.value is not None:
                found.append(ast.literal_eval(node.value))
    return tuple(found)


def _store(work: Path) -> str:
    from go_hgw_desktop.services.workspace import MemoryKeyStore, check_store, open_workspace
    from go_hgw_desktop.storage.migrate import KNOWN_REVISIONS

    shipped = shipped_revisions()
    if shipped != KNOWN_REVISIONS:
        raise CheckFailed(f"migraties in {paths.migrations_dir()}: {', '.join(shipped) or 'geen'}; "
                          f"het programma kent {', '.join(KNOWN_REVISIONS)}")
    data_dir = work / "store"
    store = open_workspace(data_dir, MemoryKeyStore(), school_name="Zelftest").store
    try:
        report = check_store(store)
    finally:
        store.close()
    if not report.ok:
        raise CheckFailed("een nieuwe database is niet in orde: " + "; ".join(report.problems))
    header = paths.database_path(data_dir).read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise CheckFailed("de database is niet versleuteld (SQLCipher ontbreekt)")
    return f"SQLCipher-database aangemaakt en gecontroleerd, migraties {shipped[0]}–{shipped[-1]}"


def _keyring() -> str:
    from importlib import metadata

    from keyring import backend

    from go_hgw_desktop.storage.keys import REFUSED_BACKENDS

    plugins = metadata.entry_points(group="keyring.backends")
    if not plugins:
        raise CheckFailed("keyring vindt zijn eigen sleutelbewaarplaatsen niet (metadata ontbreekt)")
    names = {f"{type(b).__module__}.{type(b).__name__}" for b in backend.get_all_keyring()}
    if not any(name in names for name in PLATFORM_BACKENDS):
        for name in PLATFORM_BACKENDS:  # the code is there, the service is not running?
            module, _, _ = name.rpartition(".")
            __import__(module)  # a bundle without it fails here, with the module's name
        raise CheckFailed(f"de sleutelbewaarplaats van dit systeem ({' of '.join(PLATFORM_BACKENDS)}) is "
                          "aanwezig maar antwoordt niet in deze sessie; gevonden: "
                          f"{', '.join(sorted(names)) or 'geen'}")
    chosen = max(backend.get_all_keyring(), key=backend.by_priority)
    name = f"{type(chosen).__module__}.{type(chosen).__name__}"
    if name in REFUSED_BACKENDS:
        raise CheckFailed(f"zonder PYTHON_KEYRING_BACKEND kiest keyring {name}, "
                          "dat geen sleutel veilig bewaart")
    return f"zonder PYTHON_KEYRING_BACKEND: {name}"


def _argon2id() -> str:
    from nacl import pwhash, secret, utils

    derived = pwhash.argon2id.kdf(32, *ARGON2ID_INPUT, opslimit=pwhash.argon2id.OPSLIMIT_MIN,
                                  memlimit=pwhash.argon2id.MEMLIMIT_MIN)
    if derived.hex() != ARGON2ID_EXPECTED:
        raise CheckFailed("Argon2id geeft een andere sleutel dan verwacht")
    box = secret.SecretBox(derived)
    if box.decrypt(box.encrypt(SAMPLE_NAME.encode(), utils.random(24))) != SAMPLE_NAME.encode():
        raise CheckFailed("versleutelen en ontsleutelen (secretbox) geeft iets anders terug")
    return "Argon2id (PyNaCl/libsodium) en secretbox"


def _excel(work: Path) -> str:
    import openpyxl

    from go_hgw_desktop.imports.source import read_source

    book = openpyxl.Workbook()
    book.active.append(["Naam", "Klas"])
    book.active.append([SAMPLE_NAME, "1A"])
    path = work / "klaslijst.xlsx"
    book.save(path)
    table = read_source(path)
    rows = [tuple(cells[:2]) for _, cells in table.rows]
    if tuple(table.headers[:2]) != ("Naam", "Klas") or rows != [(SAMPLE_NAME, "1A")]:
        raise CheckFailed("een Excel-klaslijst leest niet terug wat erin staat")
    return f"openpyxl {openpyxl.__version__} met defusedxml"


def _documents() -> str:
    from go_hgw_desktop import licenses

    missing = [f for c in licenses.components() for f in c.files if not (paths.resources_dir() / f).is_file()]
    if missing:
        raise CheckFailed(f"licentieteksten ontbreken: {', '.join(missing)}")
    manual = paths.manual_dir() / "index.html"
    if not manual.is_file():
        raise CheckFailed(f"de handleiding ontbreekt ({manual})")
    return f"{len(licenses.components())} onderdelen met licentietekst, handleiding"


CHECKS: tuple[tuple[str, Callable[..., str], bool], ...] = (
    # name, check, whether it takes the temporary folder
    ("lettertypen", _fonts, False),
    ("pictogrammen", _icons, False),
    ("Qt-platform", _qt_platform, False),
    ("Qt in het Nederlands", _qt_dutch, False),
    ("database", _store, True),
    ("sleutelbewaarplaats", _keyring, False),
    ("opstartwachtwoord", _argon2id, False),
    ("Excel-klaslijsten", _excel, True),
    ("licenties", _documents, False),
)


def run_checks() -> list[Result]:
    """Every check, also after one fails; an unexpected error counts as a failure with its type."""
    results = []
    with tempfile.TemporaryDirectory(prefix="go-hgw-zelftest-") as folder:
        for name, check, needs_folder in CHECKS:
            try:
                detail = check(Path(folder)) if needs_folder else check()
                results.append(Result(name, True, detail))
            except CheckFailed as failed:
                results.append(Result(name, False, str(failed)))
            except Exception as error:  # a missing module in a bundle shows up as anything
                results.append(Result(name, False, f"{type(error).__name__}: {error}"))
    return results
