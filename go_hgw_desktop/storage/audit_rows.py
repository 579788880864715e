"""Which rows a transaction wrote, and the fingerprint of a row's content.

Temporary triggers on every connection of the app's engine note each written row's key in
``temp.audit_changed`` (in memory, per connection: a tool with its own connection, such as an
SQLCipher shell, has none, which is what makes its edits show). A row's fingerprint is an
HMAC-SHA256 of its content with the row key from the keyring (``storage/vault.py``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from go_hgw_desktop.storage import models as m

UNGUARDED = {"audit_entry", "audit_row"}  # the trail itself has no row fingerprints
# A baseline also carries this pseudo-row: a check value of the row key itself, so a backup
# checked later can tell "fingerprints made with another row key" (another computer, or before
# the recovery key replaced the keys) from "records changed".
KEY_CHECK = ("", "rijsleutel")


def rows_digest(rows: Iterable[tuple[str, str, str | None]]) -> str:
    """SHA-256 over the fingerprints an entry carries, in a fixed order."""
    lines = sorted(f"{table}\t{key}\t{mac or '-'}" for table, key, mac in rows)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def fingerprint(row_key: bytes, table: str, key: str, columns: Iterable[str], values: Iterable) -> str:
    """HMAC of a record's content: its non-empty columns by name (a column added empty by a
    later version does not change it), with the table and primary key."""
    pairs = sorted((c, v.hex() if isinstance(v, bytes) else v)
                   for c, v in zip(columns, values, strict=True) if v is not None)
    payload = json.dumps([table, key, pairs], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(row_key, payload.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def key_check(row_key: bytes) -> str:
    """A value that tells which row key made a baseline's fingerprints (and nothing else)."""
    return hmac.new(row_key, b"go-hgw: welke rijsleutel", hashlib.sha256).hexdigest()[:32]


def guarded_tables() -> list:
    """Every table whose rows get a fingerprint (all but the trail's own)."""
    return [t for t in m.Base.metadata.sorted_tables if t.name not in UNGUARDED]


def key_sql(table, prefix: str = "") -> str:
    """SQL for a row's key as text (a JSON array of its primary key), the same everywhere."""
    return "json_array(" + ", ".join(f'{prefix}"{c.name}"' for c in table.primary_key.columns) + ")"


def _trigger_statements(existing: set[str]) -> list[str]:
    statements = ["CREATE TEMP TABLE IF NOT EXISTS audit_changed (tbl TEXT NOT NULL, row_key TEXT NOT NULL)"]
    for table in guarded_tables():
        if table.name not in existing:
            continue
        for operation, rows in (("INSERT", ("NEW.",)), ("UPDATE", ("OLD.", "NEW.")), ("DELETE", ("OLD.",))):
            body = " ".join(f"INSERT INTO audit_changed VALUES ('{table.name}', {key_sql(table, row)});"
                            for row in rows)
            statements.append(f'CREATE TEMP TRIGGER IF NOT EXISTS "audit_{table.name}_{operation.lower()}" '
                              f'AFTER {operation} ON main."{table.name}" BEGIN {body} END')
    return statements


def watch_writes(engine: Engine) -> None:
    """Give every connection of ``engine`` triggers that note each written row (in memory,
    per connection: a tool with its own connection has none, which is what shows its edits)."""

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection, record, _proxy) -> None:
        if not record.info.get("audit_triggers"):
            existing = {row[0] for row in dbapi_connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'")}
            for statement in _trigger_statements(existing):
                dbapi_connection.execute(statement)
            record.info["audit_triggers"] = True
        # Rows written on this connection outside a transaction of the store are not ours to seal.
        dbapi_connection.execute("DELETE FROM temp.audit_changed")


def _table(name: str):
    return m.Base.metadata.tables[name]


def select_rows(session: Session, table, where: str = "") -> Iterable[tuple[str, tuple, tuple]]:
    result = session.execute(text(f'SELECT {key_sql(table)} AS "__audit_key", * FROM "{table.name}" {where}'),
                             {"t": table.name})
    columns = tuple(result.keys())[1:]
    for row in result:
        yield row[0], columns, tuple(row[1:])


def changed_fingerprints(session: Session, row_key: bytes | None) -> list[tuple[str, str, str | None]]:
    changed: dict[str, set[str]] = {}
    for table, key in session.execute(text("SELECT DISTINCT tbl, row_key FROM temp.audit_changed")):
        changed.setdefault(table, set()).add(key)
    found = []
    for name, keys in changed.items():
        table = _table(name)
        columns = list(table.primary_key.columns)
        if len(columns) == 1:
            where = (f'WHERE "{columns[0].name}" IN (SELECT json_extract(row_key, \'$[0]\') '
                     "FROM temp.audit_changed WHERE tbl = :t)")
        else:
            where = f"WHERE {key_sql(table)} IN (SELECT row_key FROM temp.audit_changed WHERE tbl = :t)"
        present = {}
        for key, names, values in select_rows(session, table, where):
            present[key] = fingerprint(row_key, name, key, names, values) if row_key else None
        found += [(name, key, present.get(key)) for key in keys]
    return found


def present_tables(session: Session) -> set[str]:
    """The tables the store has (an older schema lacks the newer ones)."""
    return set(session.scalars(text("SELECT name FROM sqlite_schema WHERE type = 'table'")))


def all_fingerprints(session: Session, row_key: bytes) -> list[tuple[str, str, str]]:
    """The fingerprint of every record in the store."""
    present = present_tables(session)
    return [(table.name, key, fingerprint(row_key, table.name, key, names, values))
            for table in guarded_tables() if table.name in present
            for key, names, values in select_rows(session, table)]
