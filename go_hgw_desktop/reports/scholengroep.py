"""The scholengroepfoto (MACRO): several schools' data files combined, then protected again.

Only the schools' published figures are used. A combined entry is exact when every
school showed its part; when a school hid its part, the combined entry is unknown, kept
hidden, and printed at most as a safe lower bound ("≥ 12"). Disclosure control then
runs again on the combined tables and on the per-school comparison tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from go_hgw_desktop.domain.school import school_identity
from go_hgw_desktop.reports.data_file import DataFileError, read_signed_file
from go_hgw_desktop.reports.disclosure import Position, Reason
from go_hgw_desktop.reports.schoolfoto import SchoolFoto, SchoolIdentity
from go_hgw_desktop.reports.tables import (
    TOTAL,
    Cell,
    CountTable,
    Link,
    ProtectedTable,
    Statistic,
    check_threshold,
    disclosure_report,
    protect_grids,
)

# Per-school comparisons: (key, title, section, source table, which margin, header)
COMPARISONS = (
    ("school_phase", "Lopende trajecten per fase, per school", 2, "phase_step", "rows"),
    ("school_domain", "Lopende trajecten per domein, per school", 3, "domain_theme", "columns"),
    ("school_clb", "CLB-aanvragen per status, per school", 6, "clb_requests", "rows"),
    ("school_leersteun", "Leersteun per status, per school", 7, "leersteun", "columns"),
)


@dataclass(frozen=True)
class SchoolFile:
    path: Path
    foto: SchoolFoto
    public_key: bytes | None = None  # the key that signed the file (checked when it was read)


def read_school_file(path: Path) -> SchoolFile:
    """A school's data file, read, validated and its signature checked."""
    foto, public_key = read_signed_file(Path(path))
    return SchoolFile(Path(path), foto, public_key)


def identity_key(school: SchoolIdentity) -> str:
    """Which school a file is about: its instellingsnummer, else the skeleton of its name (what
    it looks like: look-alike letters and invisible characters folded away). Used to spot two
    files of one school and to remember each school's signing key."""
    return school_identity(school.name, school.institution_number)


def check_files(files: Sequence[SchoolFile]) -> None:
    """Refuse a set of files that cannot be combined, naming the file at fault."""
    if not files:
        raise DataFileError("scholengroepfoto", "geen gegevensbestanden gekozen.",
                            "Kies de schoolfoto-bestanden (.json) van de scholen.")
    seen: dict[str, Path] = {}
    year = files[0].foto.school_year
    for item in files:
        if item.foto.kind != "schoolfoto":
            raise DataFileError(item.path, "is geen schoolfoto van één school (een scholengroepfoto "
                                           "kan niet nog eens gecombineerd worden).")
        if item.public_key is None:
            raise DataFileError(item.path, "is niet ondertekend door de school (gemaakt met een "
                                           "oudere versie van GO! HGW Desktop, of de handtekening is "
                                           "eruit gehaald).",
                                "Vraag de school om de schoolfoto opnieuw te exporteren met de nieuwste "
                                "versie van GO! HGW Desktop.")
        if item.foto.school_year != year:
            raise DataFileError(item.path, f"gaat over schooljaar {item.foto.school_year}, de andere "
                                           f"bestanden over {year}.",
                                  "Combineer alleen foto’s van één schooljaar.")
        key = identity_key(item.foto.school)
        if key in seen:
            raise DataFileError(item.path, f"bevat dezelfde school ({item.foto.school.name}) als "
                                           f"{seen[key].name} (hetzelfde instellingsnummer, of bij een "
                                           "school zonder nummer: een naam die er hetzelfde uitziet).",
                                "Laat één van beide bestanden weg; is één ervan niet van de school zelf, "
                                "gebruik het dan niet.")
        seen[key] = item.path


def _union(lists: Sequence[Sequence[str]]) -> list[str]:
    out: list[str] = []
    for items in lists:
        out.extend(x for x in items if x not in out)
    return out


def _entry(cell: Cell | None) -> tuple[int, bool]:
    """(lower bound, exact) of one school's published entry; a missing row counts as 0."""
    if cell is None:
        return 0, True
    if cell.value is not None:
        return cell.value, True
    return (1 if cell.reason is Reason.PRIMARY else cell.at_least or 0), False


Item = tuple[CountTable, list[list[int]], dict[Position, int]]  # table, grid with bounds, unknown entries


def _lookup(table: ProtectedTable, row: str, column: str) -> Cell | None:
    rows, columns = (*table.rows, TOTAL), (*table.columns, TOTAL)
    if row not in rows or column not in columns:
        return None
    return table.grid[rows.index(row)][columns.index(column)]


def _combine(key: str, tables: list[ProtectedTable]) -> Item:
    first = tables[0]
    rows, columns = _union([t.rows for t in tables]), _union([t.columns for t in tables])
    labels_r, labels_c = [*rows, TOTAL], [*columns, TOTAL]
    bounds = [[0] * len(labels_c) for _ in labels_r]
    exact = [[True] * len(labels_c) for _ in labels_r]
    position_r = {label: i for i, label in enumerate(labels_r)}
    position_c = {label: i for i, label in enumerate(labels_c)}
    for table in tables:  # one pass over each school's grid; absent rows and columns add 0
        targets_c = [position_c[c] for c in (*table.columns, TOTAL)]
        for row_label, line in zip((*table.rows, TOTAL), table.grid, strict=True):
            r = position_r[row_label]
            for c, cell in zip(targets_c, line, strict=True):
                value, known = _entry(cell)
                bounds[r][c] += value
                exact[r][c] = exact[r][c] and known
    unknown = {(r, c): bounds[r][c] for r in range(len(labels_r)) for c in range(len(labels_c))
               if not exact[r][c]}
    table = CountTable(key, first.title, first.row_header, tuple(rows), tuple(columns), (), first.section,
                       note=first.note)
    return table, bounds, unknown


def _comparison(spec, files: Sequence[SchoolFile]):
    key, title, section, source, margin = spec
    tables = [f.foto.table(source) for f in files if any(t.key == source for t in f.foto.tables)]
    if len(tables) != len(files):
        return None
    categories = _union([t.rows if margin == "rows" else t.columns for t in tables])
    names = _school_labels(files)
    grid, unknown = [], {}
    for r, table in enumerate(tables):
        line = []
        for c, category in enumerate([*categories, TOTAL]):
            if category == TOTAL:
                cell = table.total
            elif margin == "rows":
                cell = _lookup(table, category, TOTAL)
            else:
                cell = _lookup(table, TOTAL, category)
            value, exact = _entry(cell)
            if not exact:
                unknown[(r, c)] = value
            line.append(value)
        grid.append(line)
    totals = []
    for c in range(len(categories) + 1):
        totals.append(sum(line[c] for line in grid))
        if any((r, c) in unknown for r in range(len(grid))):
            unknown[(len(grid), c)] = totals[-1]
    grid.append(totals)
    table = CountTable(key, title, "School", tuple(names), tuple(categories), (), section,
                       note=f"Eén rij per school; de kolommen komen uit de tabel ‘{tables[0].title}’.")
    links = (
        *(((key, TOTAL, c), (source, c, TOTAL) if margin == "rows" else (source, TOTAL, c))
          for c in categories),
        ((key, TOTAL, TOTAL), (source, TOTAL, TOTAL)),
    )
    return (table, grid, unknown), links


def _school_labels(files: Sequence[SchoolFile]) -> list[str]:
    labels: list[str] = []
    seen: set[str] = set()
    for item in files:
        school = item.foto.school
        label = f"{school.name} ({school.institution_number})" if school.institution_number else school.name
        labels.append(label if label not in seen else f"{label} [{len(labels) + 1}]")
        seen.add(labels[-1])
    return labels


def _median_of_medians(key: str, fotos: Sequence[SchoolFoto]) -> Statistic | None:
    found = [s for f in fotos for s in f.statistics if s.key == key]
    if not found:
        return None
    values = sorted(s.value for s in found if s.value is not None)
    label = f"{found[0].label} (mediaan van de scholen)"
    if not values:
        return Statistic(key, label, None, None, found[0].unit, found[0].section,
                         "geen zichtbare schoolcijfers")
    middle = len(values) // 2
    median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    return Statistic(key, label, float(median), len(values), found[0].unit, found[0].section)


def _agreements_table(files: Sequence[SchoolFile]) -> Item:
    counts = [[sum(not a.done for a in f.foto.agreements), sum(a.done for a in f.foto.agreements)]
              for f in files]
    grid = [[*line, sum(line)] for line in counts]
    grid.append([sum(line[c] for line in grid) for c in range(3)])
    table = CountTable("school_agreements", "Afspraken van het laatste MICRO-overleg, per school", "School",
                       tuple(_school_labels(files)), ("Open", "Gedaan"), (), 8)
    return table, grid, {}


def combine(files: Sequence[SchoolFile], k: int = 5, name: str = "",
            reference: date | None = None) -> SchoolFoto:
    """The scholengroepfoto of ``files`` (validated data files of one school year)."""
    check_threshold(k)
    check_files(files)
    fotos = [f.foto for f in files]
    keys = _union([[t.key for t in foto.tables] for foto in fotos])
    items = []
    for key in keys:
        tables = [t for foto in fotos for t in foto.tables if t.key == key]
        items.append(_combine(key, tables))
    links: tuple[Link, ...] = ()
    for spec in COMPARISONS:
        built = _comparison(spec, files)
        if built:
            item, extra = built
            items.append(item)
            links += extra
    items.append(_agreements_table(files))
    tables = protect_grids(items, k, links)
    stats = [s for key in _union([[s.key for s in f.statistics] for f in fotos])
             if (s := _median_of_medians(key, fotos))]
    groups = {f.school.scholengroep for f in fotos if f.school.scholengroep}
    group_name = name or (groups.pop() if len(groups) == 1 else "Scholengroep")
    points = "\n\n".join(f"{f.school.name}:\n{f.points.strip()}" for f in fotos if f.points.strip())
    notes = (f"{len(fotos)} scholen gecombineerd; peildata van "
             f"{min(f.reference_date for f in fotos).strftime('%d/%m/%Y')} tot "
             f"{max(f.reference_date for f in fotos).strftime('%d/%m/%Y')}.",)
    return SchoolFoto(
        kind="scholengroepfoto", school=SchoolIdentity(group_name, "", group_name),
        school_year=fotos[0].school_year,
        reference_date=reference or max(f.reference_date for f in fotos), threshold=k,
        tables=tuple(tables), statistics=tuple(stats), agreements=(), last_micro_on=None, points=points,
        disclosure=disclosure_report(k, tables, stats, notes=notes),
        schools=tuple(f.school for f in fotos),
    )
