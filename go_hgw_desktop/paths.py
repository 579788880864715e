"""The one place that knows where resources, migrations and user data live.

A source checkout (or editable install) finds resources and migrations beside the
package; a frozen build (PyInstaller) finds them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "GO-HGW-Desktop"
APP_AUTHOR = "GO"
DATA_DIR_ENV = "GO_HGW_DATA_DIR"
CONFIG_DIR_ENV = "GO_HGW_CONFIG_DIR"
DATABASE_FILE = "go-hgw.db"
STORE_INFO_FILE = "store.json"
BACKUP_DIR = "backups"


def install_root() -> Path:
    """Directory that holds ``resources/`` and ``migrations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def ui_sources_dir() -> Path:
    return resources_dir() / "ui"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    """Our additions to Qt's Dutch catalogue (``.qm``, compiled from the ``.ts`` beside them)."""
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def manual_dir() -> Path:
    """The handleiding: one HTML page per screen (read only when the person asks for help)."""
    return resources_dir() / "handleiding"


def licenses_dir() -> Path:
    """The licence texts of the parts the app is built with, and ``index.json`` naming them."""
    return resources_dir() / "licenses"


def migrations_dir() -> Path:
    return install_root() / "migrations"


def default_data_dir() -> Path:
    """Per-user data directory (local, never roaming: the store stays on this laptop)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR, roaming=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``$GO_HGW_DATA_DIR``, else the default."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def config_dir() -> Path:
    """Per-user settings that are not data (window sizes, last folder): never personal data.

    ``$GO_HGW_CONFIG_DIR`` overrides it (the tests point it at a temporary folder).
    """
    chosen = os.environ.get(CONFIG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, APP_AUTHOR, roaming=False))


def ui_settings_file() -> Path:
    return config_dir() / "venster.ini"


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILE


def store_info_path(directory: Path) -> Path:
    return directory / STORE_INFO_FILE


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIR
