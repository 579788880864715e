"""GO! HGW Desktop: handelingsgericht werken along the care continuum, stored encrypted."""

import gc

__version__ = "0.1.0"
APP_NAME = "GO! HGW Desktop"

# Loading the app creates a few hundred thousand objects that live as long as the process
# (SQLAlchemy, the ORM models, PySide6's types). With CPython's default first threshold
# (700) the collector walked them 160 times while they loaded, 40 ms of every start, and
# found no garbage. While the app loads, it collects in fewer and larger passes; command-line
# runs keep that (batch work), the GUI calls loaded() once its window is built.
_DEFAULT_THRESHOLD = gc.get_threshold()
gc.set_threshold(20_000, 10, 10)
_loaded = False


def loaded() -> None:
    """Call once the app is up (the GUI does when its event loop first runs).

    What was loaded is frozen out of the collector's sight and the default thresholds
    return: smaller passes that never pause typing for long. Only the first call acts.
    """
    global _loaded
    if not _loaded:
        _loaded = True
        gc.freeze()
        gc.set_threshold(*_DEFAULT_THRESHOLD)
