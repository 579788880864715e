"""Count tables before and after disclosure control.

A :class:`CountTable` holds exact counts and never leaves the process; a
:class:`ProtectedTable` is what reports, previews and data files show: its hidden cells
carry a reason and no value at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from go_hgw_desktop.reports.disclosure import (
    MIN_THRESHOLD,
    Position,
    Reason,
    lines_of,
    protect_grid,
    with_totals,
)
from go_hgw_desktop.reports.history import TOTAL, ExportHistory

OTHER_LABEL = "Overige (samengevoegd)"


def check_threshold(k: int) -> int:
    """The threshold itself, or a Dutch ValueError when it is below the minimum of 5."""
    if k < MIN_THRESHOLD:
        raise ValueError(
            f"De drempel moet minstens {MIN_THRESHOLD} zijn (gekozen: {k}); "
            "lager is niet toegestaan omdat leerlingen dan herkenbaar worden."
        )
    return k


@dataclass(frozen=True)
class CountTable:
    """Exact counts: rows by columns, totals computed, never shown as such."""

    key: str
    title: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    section: int = 0  # section of the schoolfoto (1-9) this table belongs to
    merge_rare: bool = False  # rare rows are merged into "Overige" before suppression
    note: str = ""

    def merged(self, k: int, always: Iterable[str] = ()) -> tuple[CountTable, tuple[str, ...]]:
        """This table with rows totalling 1..k-1, and the rows named in ``always`` (merged by an
        earlier export of the year), merged into one row; and the labels that were merged."""
        if not self.merge_rare:
            return self, ()
        always = set(always)
        keep, rare = [], []
        for label, row in zip(self.rows, self.counts, strict=True):
            (rare if 0 < sum(row) < k or label in always else keep).append((label, row))
        if not rare:
            return self, ()
        # Even one rare row is renamed: its name is the risk (a verslag type that occurs once).
        other = [sum(column) for column in zip(*(row for _, row in rare), strict=True)]
        rows = [label for label, _ in keep] + [OTHER_LABEL]
        counts = [row for _, row in keep] + [tuple(other)]
        return (
            CountTable(self.key, self.title, self.row_header, tuple(rows), self.columns,
                       tuple(tuple(r) for r in counts), self.section, False, self.note),
            tuple(label for label, _ in rare),
        )


@dataclass(frozen=True)
class Cell:
    """One published entry: a value, or the reason it is hidden (never both)."""

    value: int | None
    reason: Reason | None = None
    at_least: int | None = None  # a lower bound that is safe to print, for combined tables

    @property
    def hidden(self) -> bool:
        return self.value is None

    def text(self, marks_below: int = MIN_THRESHOLD) -> str:
        """The printed entry; ``marks_below`` is the foto's bound for ``< n`` (5, or an older
        data file's threshold)."""
        if self.value is not None:
            return f"{self.value}"
        if self.reason is Reason.PRIMARY:
            return f"< {marks_below}"
        if self.at_least is not None:
            return f"≥ {self.at_least}"
        return "x"


@dataclass(frozen=True)
class ProtectedTable:
    """A table after disclosure control; the last row and column are the totals."""

    key: str
    title: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    grid: tuple[tuple[Cell, ...], ...]  # (rows + 1) x (columns + 1)
    section: int = 0
    merged_count: int = 0  # rare categories merged into "Overige" (their names are never published)
    note: str = ""
    # The names merged into "Overige": remembered in the store for the year's next export,
    # never written to a data file or printed.
    merged_labels: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def cell(self, row: int, column: int) -> Cell:
        return self.grid[row][column]

    def row_total(self, row: int) -> Cell:
        return self.grid[row][-1]

    def column_total(self, column: int) -> Cell:
        return self.grid[-1][column]

    @property
    def total(self) -> Cell:
        return self.grid[-1][-1]

    def share_of_row(self, row: int, column: int) -> float | None:
        """Percentage of the row total, or None when either figure is hidden."""
        part, whole = self.grid[row][column].value, self.grid[row][-1].value
        if part is None or not whole:
            return None
        return 100.0 * part / whole

    def share_of_total(self, row: int) -> float | None:
        part, whole = self.grid[row][-1].value, self.total.value
        if part is None or not whole:
            return None
        return 100.0 * part / whole

    def hidden_cells(self) -> list[tuple[Position, Reason]]:
        return [
            ((r, c), cell.reason)
            for r, line in enumerate(self.grid)
            for c, cell in enumerate(line)
            if cell.hidden and cell.reason is not None
        ]


# One quantity published in two tables: (table key, row label, column label), TOTAL for margins.
Ref = tuple[str, str, str]
Link = tuple[Ref, Ref]


@dataclass(frozen=True)
class Sums:
    """Equations a reader knows besides each table's rows and columns, and bounds a reader knows.

    A grade's pupils are the pupils of its classes (the class names tell which: 5A and 5B are in
    grade 5), so a class hidden in one table could be read back from its grade in another.
    Each line is its entries and then its total: a published entry by :data:`Ref`, or a quantity
    no table prints by a name in ``unpublished``, with its true value (the pupils of a grade's
    smaller classes, which share one row); a reader may know it is there, never its value.
    ``at_least``: lower bounds a reader knows for published entries (a class with a row of its
    own has 10 pupils or more: the table's note says so).
    """

    lines: tuple[tuple[Ref | str, ...], ...] = ()
    unpublished: Mapping[str, int] = field(default_factory=dict)
    at_least: Mapping[Ref, int] = field(default_factory=dict)


def protect_table(table: CountTable, k: int) -> ProtectedTable:
    """Merge rare rows, then hide what the threshold ``k`` requires."""
    return protect_tables([table], k)[0]


def protect_tables(tables: list[CountTable], k: int, links: tuple[Link, ...] = (),
                   history: ExportHistory | None = None,
                   extra: dict[str, set[tuple[str, str]]] | None = None,
                   sums: Sums | None = None) -> list[ProtectedTable]:
    """Protect tables that share figures, so a figure hidden in one is hidden in the other.

    Without this, a margin hidden in one table to protect a small cell could be read off
    another table that prints the same figure.

    Every threshold gives a coarsening of the foto at the minimum threshold 5 (see
    :func:`protect_grids`): rare categories are merged at 5 whatever ``k``, so the rows are
    the same. ``history`` (what the school year's earlier exports published) keeps their
    merges and hidden entries; ``extra`` names entries (row, column labels per table) that
    the threshold ``k`` hides besides its counts under ``k`` (a class under 2k pupils);
    ``sums``: equations between the tables a reader knows besides (see :class:`Sums`).
    """
    check_threshold(k)
    history = history or ExportHistory()
    merged = [t.merged(MIN_THRESHOLD, history.merged.get(t.key, ())) for t in tables]
    grids = [with_totals([list(row) for row in table.counts], len(table.columns)) for table, _ in merged]
    seeds, forced_at_k = [], []
    for table, _ in merged:
        labels = history.labels(table.rows, table.columns)
        where = {label: (r, c) for r, line in enumerate(labels) for c, label in enumerate(line)}
        seeds.append({where[label]: Reason.CARRIED for label in history.hidden.get(table.key, ())
                      if label in where})
        forced_at_k.append({where[label]: Reason.SECONDARY for label in (extra or {}).get(table.key, ())
                            if label in where})
    protected = protect_grids(
        [(table, grid, {}) for (table, _), grid in zip(merged, grids, strict=True)], k, links,
        merged_counts=[len(labels) for _, labels in merged], seeds=seeds, forced_at_k=forced_at_k,
        sums=sums,
    )
    return [_carried(replace(t, merged_labels=labels), history)
            for t, (_, labels) in zip(protected, merged, strict=True)]


def _carried(table: ProtectedTable, history: ExportHistory) -> ProtectedTable:
    """Mark every hidden entry an earlier export of the year already published as "any count".

    Protection ran with the sharper marks; a weaker mark only tells a reader less.
    """
    seen = history.seen.get(table.key, frozenset())
    if not seen:
        return table
    labels = history.labels(table.rows, table.columns)
    grid = tuple(
        tuple(Cell(None, Reason.CARRIED, cell.at_least)
              if cell.reason in (Reason.PRIMARY, Reason.SECONDARY) and labels[r][c] in seen else cell
              for c, cell in enumerate(line))
        for r, line in enumerate(table.grid)
    )
    return replace(table, grid=grid)


def protect_grids(
    items: list[tuple[CountTable, list[list[int]], dict[Position, int]]],
    k: int,
    links: tuple[Link, ...] = (),
    merged_counts: list[int] | None = None,
    seeds: list[dict[Position, Reason]] | None = None,
    forced_at_k: list[dict[Position, Reason]] | None = None,
    sums: Sums | None = None,
) -> list[ProtectedTable]:
    """Protect full grids (totals included) of which some entries are only known as a lower bound.

    Each item is (table, grid, unknown): ``unknown`` maps the positions whose exact value
    is not known (a sum over schools that hid a figure) to a lower bound; the grid holds
    that bound there. They stay hidden, and are protected like small cells.

    Above the minimum threshold the tables are first protected at 5; what that hides is
    hidden again, with the same marks, and only then are the counts from 5 to k-1 (marked
    ``x``, never ``< k``) and ``forced_at_k`` hidden and protected. So a foto at k only
    hides more than the one at 5 and never says more about what that one hides: any set of
    fotos of the same tables at different thresholds tells no more than the one at 5.
    """
    check_threshold(k)
    if k > MIN_THRESHOLD:
        base = protect_grids(items, MIN_THRESHOLD, links, merged_counts, seeds, sums=sums)
        seeds = [(extra or {}) | dict(table.hidden_cells())
                 for table, extra in zip(base, forced_at_k or [{} for _ in items], strict=True)]
    keys = [table.key for table, _, _ in items]
    forced = {table.key: {p: Reason.INCOMPLETE for p in unknown} for table, _, unknown in items}
    for (table, _, _), seed in zip(items, seeds or [{} for _ in items], strict=True):
        forced[table.key].update(seed)
    by_key = {table.key: (table, grid) for table, grid, _ in items}
    pairs = link_positions([table for table, _, _ in items], links)
    known = _resolved([table for table, _, _ in items], sums or Sums())
    # Combined tables hold sums the schools already protected: no joint bounds audit there
    # (as in protect_grid).
    audit_jointly = (pairs or known[0]) and not any(unknown for _, _, unknown in items)
    while True:
        hidden = {key: protect_grid(by_key[key][1], k, forced[key], MIN_THRESHOLD) for key in keys}
        changed = False
        for key_a, pa, key_b, pb in pairs:
            if (pa in hidden[key_a]) == (pb in hidden[key_b]):
                continue
            key, position = (key_b, pb) if pa in hidden[key_a] else (key_a, pa)
            forced[key][position] = Reason.SECONDARY
            changed = True
        if not changed and audit_jointly:
            changed = _protect_jointly({key: by_key[key][1] for key in keys}, hidden, forced, pairs,
                                       MIN_THRESHOLD, known, k)
        if not changed:
            break
    counts = merged_counts or [0] * len(items)
    return [
        _published(table, grid, hidden[table.key], count,
                   {p: bound for p, bound in unknown.items() if bound >= k})
        for (table, grid, unknown), count in zip(items, counts, strict=True)
    ]


def _position(by_key, ref: Ref) -> Position | None:
    key, row, column = ref
    if key not in by_key:
        return None
    rows, columns = (*by_key[key].rows, TOTAL), (*by_key[key].columns, TOTAL)
    if row not in rows or column not in columns:
        return None
    return rows.index(row), columns.index(column)


def link_positions(tables, links: tuple[Link, ...]) -> list[tuple[str, Position, str, Position]]:
    """The grid positions of each shared figure in both its tables (tables or figures that are
    not there, or were merged into "Overige", drop out)."""
    by_key = {table.key: table for table in tables}
    return [(a[0], pa, b[0], pb) for a, b in links
            if (pa := _position(by_key, a)) and (pb := _position(by_key, b))]


CANDIDATES_TRIED = 40  # complements tried for one pinned figure before the smallest is taken
UNPUBLISHED = "~"  # the "table" of the quantities no table prints, in a joint system's names


def _resolved(tables, sums: Sums) -> tuple[list[list[tuple]], dict[tuple, int], dict[tuple, int]]:
    """``sums`` by grid position: its lines as (key, row, column) entries or (UNPUBLISHED, name);
    the unpublished quantities' values; the lower bounds. A line naming an entry that is not
    there (merged away) drops out."""
    by_key = {table.key: table for table in tables}
    lines = []
    for line in sums.lines:
        entries = []
        for ref in line:
            if isinstance(ref, str):
                entries.append((UNPUBLISHED, ref))
            elif (position := _position(by_key, ref)) is not None:
                entries.append((ref[0], *position))
            else:
                break
        else:
            lines.append(entries)
    bounds = {(ref[0], *position): bound for ref, bound in sums.at_least.items()
              if (position := _position(by_key, ref)) is not None}
    return lines, {(UNPUBLISHED, name): value for name, value in sums.unpublished.items()}, bounds


def joint_system(shapes: dict[str, tuple[int, int]], pairs, also: Iterable[str] = ()
                 ) -> tuple[Callable[[str, Position], tuple], list]:
    """Tables tied by shared figures (and the tables in ``also``) as one system: a name per
    entry (a shared figure has one name in both tables) and every row and column equation of
    every table."""
    same: dict[tuple, tuple] = {}

    def name(key: str, position: Position) -> tuple:
        entry = (key, *position)
        while entry in same:
            entry = same[entry]
        return entry

    for key_a, pa, key_b, pb in pairs:
        a, b = name(key_a, pa), name(key_b, pb)
        if a != b:
            same[b] = a
    linked = sorted(({key for key_a, _, key_b, _ in pairs for key in (key_a, key_b)} | set(also))
                    & set(shapes))
    lines = [[name(key, p) for p in line] for key in linked for line in lines_of(*shapes[key])]
    return name, lines


def _protect_jointly(grids: dict[str, list[list[int]]], hidden: dict[str, dict[Position, Reason]],
                     forced: dict[str, dict[Position, Reason]], pairs, marks_below: int,
                     known: tuple[list, dict, dict] = ([], {}, {}), k: int = MIN_THRESHOLD) -> bool:
    """Hide one more entry where the tables *together* give a hidden figure away.

    Each table alone may be safe while a figure both print (a phase's total in two tables)
    ties their equations together: then "< k" in one and "x" in the other can pin a value.
    ``known``: the equations and bounds a reader knows besides (:func:`_resolved`).
    """
    from go_hgw_desktop.reports.bounds import pinned_in

    sum_lines, unpublished, bounds = known
    in_sums = {entry[0] for line in sum_lines for entry in line if entry[0] != UNPUBLISHED}
    name, lines = joint_system({key: (len(g), len(g[0])) for key, g in grids.items()}, pairs, in_sums)

    def named(entry: tuple) -> tuple:
        return entry if entry[0] == UNPUBLISHED else name(entry[0], entry[1:])

    lines = lines + [[named(entry) for entry in line] for line in sum_lines]
    tables = sorted({key for key_a, _, key_b, _ in pairs for key in (key_a, key_b)} | in_sums)
    values, reasons, owners = {}, {}, {}
    for key in tables:
        for r, row in enumerate(grids[key]):
            for c, value in enumerate(row):
                values[name(key, (r, c))] = value
                owners.setdefault(name(key, (r, c)), set()).add(key)
        for position, reason in hidden[key].items():
            reasons[name(key, position)] = reason
    for entry, value in unpublished.items():  # never printed: a reader knows only that it is there
        values[entry], reasons[entry] = value, Reason.CARRIED
    at_least = {name(entry[0], entry[1:]): bound for entry, bound in bounds.items()}
    pinned = [p for p in pinned_in(values, reasons, marks_below, lines, at_least) if p[0] != UNPUBLISHED]
    if not pinned:
        return False
    target = pinned[0]
    beside = [p for line in lines if target in line for p in line if p not in reasons]
    # One step further: beside the hidden entries that share a line with it (a class's pupils
    # are hidden in both columns of its row; its grade's line holds only one of them).
    near = {p for line in lines if target in line for p in line if p in reasons}
    further = [p for line in lines if near.intersection(line) for p in line if p not in reasons]
    visible = [p for p in values if p not in reasons]
    # The smallest count beside it, else one step further, else anywhere in the linked tables,
    # else a zero beside it: the first of those that frees it once its own table has protected
    # it in turn (the smallest when none does).
    candidates = []
    for group in ([p for p in beside if values[p] > 0], [p for p in further if values[p] > 0],
                  [p for p in visible if values[p] > 0], beside):
        candidates += sorted(dict.fromkeys(p for p in group if p not in candidates), key=lambda p: values[p])

    def frees(candidate: tuple) -> bool:
        key, position = candidate[0], candidate[1:]
        again = protect_grid(grids[key], k, {**forced[key], position: Reason.SECONDARY}, marks_below)
        trial = {**reasons, **{name(key, p): reason for p, reason in again.items()}}
        return not pinned_in(values, trial, marks_below, lines, at_least, only=[target])

    choice = next((p for p in candidates[:CANDIDATES_TRIED] if frees(p)),
                  candidates[0] if candidates else None)
    if choice is not None:
        forced[choice[0]][choice[1:]] = Reason.SECONDARY
        return True
    # Nothing visible is left to hide: the tables that hold the figure show nothing at all.
    for key in owners[target]:
        rows, columns = len(grids[key]), len(grids[key][0])
        forced[key].update({(r, c): Reason.WITHHELD for r in range(rows) for c in range(columns)})
    return True


def _published(table: CountTable, grid, hidden: dict[Position, Reason],
               merged_count: int = 0, bounds: dict[Position, int] | None = None,
               ) -> ProtectedTable:
    cells = tuple(
        tuple(
            Cell(None, hidden[(r, c)], (bounds or {}).get((r, c))) if (r, c) in hidden else Cell(value)
            for c, value in enumerate(line)
        )
        for r, line in enumerate(grid)
    )
    return ProtectedTable(table.key, table.title, table.row_header, table.rows, table.columns,
                          cells, table.section, merged_count, table.note)


@dataclass(frozen=True)
class Statistic:
    """A single figure such as a median waiting time, shown only when it rests on k cases."""

    key: str
    label: str
    value: float | None
    # A lower bound of the cases it rests on (the threshold for a school, the number of schools
    # for a scholengroep), never the exact count: that count would reveal hidden table cells
    # (the number still waiting for the CLB is a cell of the requests table). None when hidden.
    basis: int | None
    unit: str = "dagen"
    section: int = 0
    reason: str = ""

    def text(self) -> str:
        if self.value is None:
            return self.reason or "verborgen"
        return f"{dutch_number(self.value)} {self.unit}".strip()


def dutch_number(value: float) -> str:
    """36.5 → ``36,5``: a decimal comma, as Flemish readers write it."""
    return f"{value:g}".replace(".", ",")


def hidden_statistic(k: int = MIN_THRESHOLD) -> str:
    """The one reason every hidden median gives: no case, a few, or cases a hidden cell counts
    read alike (three messages would tell 0, 1 to 4 and "5 or more" apart)."""
    return f"verborgen (minder dan {k} gevallen of beschermd)"


def protect_median(key: str, label: str, values: list[int], k: int, section: int) -> Statistic:
    """The median of ``values`` if there are at least ``k`` of them, otherwise hidden."""
    check_threshold(k)
    if len(values) < k:
        return Statistic(key, label, None, None, section=section, reason=hidden_statistic(k))
    ordered = sorted(values)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return Statistic(key, label, float(median), k, section=section)


@dataclass(frozen=True)
class DisclosureReport:
    """What was hidden and why: printed on the last page and stored in the data file."""

    threshold: int
    primary: int  # marked "< 5": counts from 1 to 4
    secondary: int  # marked "x": complements, and counts from 5 to k-1 under a raised threshold
    incomplete: int
    withheld: int = 0  # cells of tables hidden as a whole
    carried: int = 0  # marked "x": already in an earlier export of the school year
    merged: tuple[str, ...] = ()  # per table: how many rare categories were merged
    dropped: tuple[str, ...] = ()  # class rows dropped as too small
    statistics_hidden: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def cells_hidden(self) -> int:
        return self.primary + self.secondary + self.incomplete + self.withheld + self.carried


def disclosure_report(k: int, tables: list[ProtectedTable], statistics: list[Statistic],
                      dropped: tuple[str, ...] = (), notes: tuple[str, ...] = ()) -> DisclosureReport:
    """Count the hidden cells of every table by reason."""
    counts = {reason: 0 for reason in Reason}
    for table in tables:
        for _, reason in table.hidden_cells():
            counts[reason] += 1
    return DisclosureReport(
        threshold=k,
        primary=counts[Reason.PRIMARY],
        secondary=counts[Reason.SECONDARY],
        incomplete=counts[Reason.INCOMPLETE],
        withheld=counts[Reason.WITHHELD],
        carried=counts[Reason.CARRIED],
        merged=tuple(f"{t.title}: {t.merged_count} categorie(ën) samengevoegd tot ‘Overige’"
                     for t in tables if t.merged_count),
        dropped=dropped,
        statistics_hidden=tuple(s.label for s in statistics if s.value is None and s.basis is None
                                and s.reason.startswith("verborgen")),
        notes=notes,
    )
