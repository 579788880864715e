"""The Qt GUI: views, item models and controllers over the services.

The storage stack (SQLAlchemy, SQLCipher) is imported here, before any module of this
package imports Qt: PySide6 installs an import hook that makes every later import
slower, and loading SQLAlchemy after it cost 0.3 s of start-up (benchmarks/gui.py).
"""

import go_hgw_desktop.services.workspace  # noqa: F401  (import order, see above)
