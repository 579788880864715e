"""Schema migrations with Alembic, run in-process when the store is opened.

The Alembic configuration is built in code (no ``alembic.ini``, no ``fileConfig()``,
which would silence every other logger, and never a key in a config file). Before an
upgrade of a store that holds data, a verified encrypted copy is written to
``backups/``; the upgrade then runs in one transaction with foreign keys off (SQLite
table rebuilds would otherwise cascade deletes), checks the foreign keys, and commits
or leaves the store as it was.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from go_hgw_desktop import paths
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.storage.backup import make_verified_copy
from go_hgw_desktop.storage.db import OpenFailure, StoreOpenError

if TYPE_CHECKING:
    from alembic.config import Config

# The revisions this version of the app knows, oldest first. Opening an up-to-date store
# compares against these without importing Alembic (a third of the start-up time);
# tests/test_migrations.py checks them against migrations/versions.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD_REVISION = KNOWN_REVISIONS[-1]


class MigrationError(UserError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """The revisions in migrations/versions, oldest first (reads the scripts)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return HEAD_REVISION


def went_back(current: str | None, recorded: str | None) -> bool:
    """Whether a store at ``current`` is at an older schema than ``recorded`` (what the trail or
    this computer wrote down earlier): a schema only moves forward, except by a restore through
    the app. Unknown revisions compare as nothing (a newer version's store is refused apart)."""
    if not recorded or recorded not in KNOWN_REVISIONS:
        return False
    if current is None:
        return True
    return current in KNOWN_REVISIONS and KNOWN_REVISIONS.index(current) < KNOWN_REVISIONS.index(recorded)


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision (``None`` for a store without a schema yet)."""
    with engine.connect() as conn:
        exists = conn.execute(text(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if exists else None


def upgrade(engine: Engine, target: str | None = None) -> None:
    """Upgrade to ``target`` (this version's head) in one transaction, foreign keys checked
    before commit."""
    from alembic import command

    target = target or head_revision()
    with engine.connect() as conn:
        # This pragma is a no-op inside a transaction, so it goes to the driver directly
        # (SQLAlchemy would first begin one).
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(
                        "De database kon niet bijgewerkt worden naar de nieuwe versie; "
                        "er is niets gewijzigd.",
                        "Neem contact op met de ondersteuning en vermeld ‘foreign keys’.",
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def bring_up_to_date(engine: Engine, path: Path, key: bytes) -> Path | None:
    """Upgrade the store to the head revision; returns the pre-migration backup, if any.

    A store stamped with a revision this version does not know was written by a newer
    version of the app: refuse, without writing.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in KNOWN_REVISIONS:
        raise StoreOpenError(OpenFailure.NEWER_VERSION, path)
    backup = None
    if current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backup_dir(path.parent) / f"voor-update-{current}-{stamp}.db"
        backup = make_verified_copy(engine, key, target)
    upgrade(engine)
    return backup


def _autogenerate(message: str) -> None:
    """Developers: write a new revision from the difference between models and head.

    Compares against a throw-away encrypted store upgraded to head, so nobody needs a
    key or a real store to write a migration: ``python -m go_hgw_desktop.storage.migrate
    "add something"``.
    """
    import tempfile

    from alembic import command

    from go_hgw_desktop.storage.db import create_store_engine
    from go_hgw_desktop.storage.keys import new_database_key

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_store_engine(Path(tmp) / "head.db", new_database_key(), create=True)
        try:
            upgrade(engine)
            with engine.begin() as conn:
                # Sequential ids (0001, 0002, ...) read better in backups' names than hashes.
                rev_id = f"{len(script_revisions()) + 1:04d}"
                command.revision(
                    alembic_config(conn), message=message, autogenerate=True, rev_id=rev_id
                )
        finally:
            engine.dispose()


if __name__ == "__main__":
    import sys

    _autogenerate(" ".join(sys.argv[1:]) or "schema change")
