"""Class lists in: reading school administration exports (CSV, Excel) into pupil lines.

Pure Python, no Qt and no SQL: :mod:`.source` reads a file into a table of cells,
:mod:`.columns` recognises and maps its columns, :mod:`.lines` turns rows into pupil
lines (keeping only what data minimisation allows) and :mod:`.plan` compares them with
the pupils already stored. ``services/class_import.py`` loads the store's side and applies
a plan in one transaction.
"""
