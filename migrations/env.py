"""Alembic environment: runs only in-process, on a connection the app opened and keyed.

Deliberately no ``fileConfig()`` (it would reconfigure the app's logging) and no URL:
the store is encrypted and its key never appears in a configuration file.
"""

import sqlalchemy as sa
from alembic import context

from go_hgw_desktop.storage.models import Base
from go_hgw_desktop.storage.types import PhaseType, SchoolYearType


def render_item(type_, obj, autogen_context):
    """Write the app's column types as their plain SQL types.

    A migration must not import app code that later versions may change.
    """
    if type_ == "type" and isinstance(obj, SchoolYearType):
        return repr(sa.String(length=9)).replace("String", "sa.String")
    if type_ == "type" and isinstance(obj, PhaseType):
        return "sa.Integer()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through go_hgw_desktop.storage.migrate, which opens the keyed store."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    render_item=render_item,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
