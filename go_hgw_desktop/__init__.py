"""GO! HGW Desktop: handelingsgericht werken along the care continuum, stored encrypted."""

import gc

__version__ = "0.1.0"
APP_NAME = "GO! HGW Desktop"

# Loading the app creates a few hundred thousand objects that live as long as the process
# (SQLAlchemy, the ORM models, PySide6's types). With CPython's default first threshold
# (700) the collector walked them again and again while they loaded: 40 ms of every start,
# finding no garbage. Young garbage is still collected, in fewer and larger passes.
gc.set_threshold(20_000, 10, 10)
