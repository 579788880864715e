"""Everything stored under some pupils, found by following the schema's foreign keys.

A pupil's trajectories, their cycles, every item in those cycles, plans, goals, CLB
requests, class memberships, subgroups, the consultations that discussed them … are the
rows that ``ON DELETE CASCADE`` removes with the pupil. Walking the same foreign keys
gives the access request export all of it, and the purge an honest count of what goes,
without a hand-kept list that a new table would silently miss.
"""

from __future__ import annotations

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from go_hgw_desktop.storage import models as m


def _children() -> dict[str, list[tuple[Table, str, str]]]:
    """Parent table → (child table, child column, parent column) for every cascading key."""
    found: dict[str, list[tuple[Table, str, str]]] = {}
    for table in m.Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if (key.ondelete or "").upper() == "CASCADE":
                found.setdefault(key.column.table.name, []).append((table, key.parent.name, key.column.name))
    return found


def rows_under(session: Session, pupil_ids: list[int]) -> dict[str, list[dict]]:
    """Table name → the rows (as dicts) that belong to these pupils, the pupils included."""
    children = _children()
    pupil = m.Base.metadata.tables["pupil"]
    result: dict[str, dict[tuple, dict]] = {"pupil": {}}
    for row in session.execute(select(pupil).where(pupil.c.id.in_(pupil_ids))).mappings():
        result["pupil"][(row["id"],)] = dict(row)
    todo = ["pupil"]
    while todo:
        parent = todo.pop(0)
        for child, column, parent_column in children.get(parent, []):
            keys = list({row[parent_column] for row in result[parent].values()})
            if not keys:
                continue
            primary = [c.name for c in child.primary_key.columns]
            found = result.setdefault(child.name, {})
            before = len(found)
            for start in range(0, len(keys), 500):
                query = select(child).where(child.c[column].in_(keys[start:start + 500]))
                for row in session.execute(query).mappings():
                    found.setdefault(tuple(row[p] for p in primary), dict(row))
            if len(found) > before and child.name not in todo:
                todo.append(child.name)
    return {name: list(rows.values()) for name, rows in result.items() if rows}
