"""Statistical disclosure control on a count table with margins.

A table is a grid of ``R + 1`` rows by ``C + 1`` columns whose last row and last column
hold the totals. Every entry takes part in two *lines*: its row equation (cells sum to
the row total) and its column equation. A reader who sees the visible entries can solve
those equations; :func:`protect_grid` chooses the entries to hide so that no hidden
entry can be solved exactly:

1. primary suppression: every count from 1 to k-1, totals included. A count from 1 to 4
   (below the minimum threshold) is marked ``< 5``; a count from 5 to k-1 (only when k is
   raised above 5) is marked ``x`` like a complement, so a mark means the same at every
   threshold and two fotos at different thresholds cannot be read against each other;
2. secondary suppression, repeated until nothing changes:
   - a line whose total is visible must not hide exactly one entry, nor entries that
     can only all be 1 (their hidden sum equal to their number);
   - no hidden entry may be a *bridge* of the graph whose nodes are the lines and whose
     edges are the hidden entries. With the row equation of the totals row and the
     column equation of the totals column negated, every entry has the same
     coefficient in both its equations; then an entry is determined by the visible ones
     exactly when it is a bridge (summing the equations on one side of a bridge leaves
     only the bridge), and an entry on a cycle can move by +t/-t around the cycle.

Complements are the smallest non-zero visible entries, so as little as possible is
hidden; zeros are only hidden when nothing else can protect a cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

Position = tuple[int, int]


MIN_THRESHOLD = 5


class Reason(StrEnum):
    """Why an entry is hidden, and so what its mark tells a reader.

    * PRIMARY (``< 5``): a count from 1 to 4;
    * SECONDARY (``x``): 0 or at least 5: a complement, or a count under a raised threshold;
    * CARRIED (``x``): any count: the cell was already in an earlier export of the school
      year, so its mark must not say whether it became small since;
    * INCOMPLETE, WITHHELD: any count (a lower bound may be printed).
    """

    PRIMARY = "kleiner dan 5"
    SECONDARY = "onder de drempel of ter bescherming van een andere verborgen cel"
    CARRIED = "al in een eerdere export van dit schooljaar"
    INCOMPLETE = "bevat verborgen cijfers van een school"
    WITHHELD = "tabel te klein om iets te tonen"


def lines_of(rows: int, columns: int) -> list[list[Position]]:
    """Every line of a grid: its entries, the total last."""
    return [[(r, c) for c in range(columns)] for r in range(rows)] + [
        [(r, c) for r in range(rows)] for c in range(columns)
    ]


def protect_grid(
    grid: list[list[int]], k: int, hidden: Mapping[Position, Reason] | None = None,
    marks_below: int = MIN_THRESHOLD,
) -> dict[Position, Reason]:
    """Positions to hide in ``grid`` (totals last) for threshold ``k``, with their reasons.

    ``hidden`` are entries already unknown (say, sums over schools that include hidden
    figures) or hidden before; they stay hidden and are protected like primary cells.
    ``marks_below``: a count under it is marked ``< marks_below``, a hidden count from it
    up to k-1 is marked ``x``.
    """
    rows, columns = len(grid), len(grid[0]) if grid else 0
    result: dict[Position, Reason] = dict(hidden or {})
    for r in range(rows):
        for c in range(columns):
            if 0 < grid[r][c] < k and (r, c) not in result:
                result[(r, c)] = Reason.PRIMARY if grid[r][c] < marks_below else Reason.SECONDARY
    lines = lines_of(rows, columns)
    # Combined tables hold sums of figures the schools already protected: a reader of them
    # learns nothing the schools' own files do not say, so the bounds audit is skipped there.
    audit_bounds = Reason.INCOMPLETE not in result.values()
    while True:
        added = _protect_lines(grid, lines, result)
        if not added:
            added = _protect_bridges(grid, rows, columns, result)
        if not added and audit_bounds:
            added = _protect_pinned(grid, lines, result, marks_below)
            if added is None:
                # Nothing visible is left to hide beside a provable cell ("four times < 5 with a
                # total < 5" can only be four ones): the table shows nothing at all.
                return {(r, c): Reason.WITHHELD for r in range(rows) for c in range(columns)}
        if not added:
            return result


def _protect_pinned(grid, lines, hidden: dict[Position, Reason], marks_below: int) -> bool | None:
    """Hide one more entry beside a hidden entry whose value the marks' bounds give away.

    False when nothing is given away; None when something is but nothing is left to hide.
    """
    from go_hgw_desktop.reports.bounds import pinned_entries

    pinned = pinned_entries(grid, hidden, marks_below, lines)
    if not pinned:
        return False
    r, c = pinned[0]  # one at a time: a single complement often frees several entries
    in_lines = [p for line in lines if (r, c) in line for p in line if p not in hidden]
    choice = _smallest(grid, in_lines) or _smallest(
        grid, [(i, j) for i in range(len(grid)) for j in range(len(grid[0])) if (i, j) not in hidden])
    if choice is None:
        return None
    hidden[choice] = Reason.SECONDARY
    return True


def _protect_lines(grid, lines, hidden: dict[Position, Reason]) -> bool:
    added = False
    for line in lines:
        *entries, total = line
        if total in hidden:
            continue
        secret = [p for p in entries if p in hidden]
        if not secret:
            continue
        hidden_sum = grid[total[0]][total[1]] - sum(grid[r][c] for r, c in entries if (r, c) not in hidden)
        if len(secret) >= 2 and hidden_sum > len(secret):
            continue
        complement = _smallest(grid, (p for p in entries if p not in hidden))
        hidden[complement or total] = Reason.SECONDARY
        added = True
    return added


def _smallest(grid, positions: Iterable[Position], allow_zero: bool = False) -> Position | None:
    candidates = [p for p in positions if allow_zero or grid[p[0]][p[1]] > 0]
    return min(candidates, key=lambda p: grid[p[0]][p[1]], default=None)


def _protect_bridges(grid, rows: int, columns: int, hidden: dict[Position, Reason]) -> bool:
    """Hide one more entry beside every hidden entry that the equations determine."""
    bridges = find_bridges(hidden.keys())
    for r, c in bridges:
        if (r, c) not in find_bridges(hidden.keys()):
            continue  # an earlier complement in this round already closed a cycle here
        others = {p for p in hidden if p != (r, c)}
        side_of_row, side_of_column = _component(others, ("r", r)), _component(others, ("c", c))
        row_line = [(r, j) for j in range(columns) if (r, j) not in hidden]
        column_line = [(i, c) for i in range(rows) if (i, c) not in hidden]
        # Best: an entry that joins the two sides again, so the bridge sits on a cycle.
        crossing = [(i, j) for i, j in row_line if ("c", j) in side_of_column] + [
            (i, j) for i, j in column_line if ("r", i) in side_of_row
        ]
        choice = (
            _smallest(grid, crossing)
            or _smallest(grid, row_line + column_line)
            or _smallest(grid, crossing, allow_zero=True)
            or _smallest(grid, row_line + column_line, allow_zero=True)
        )
        if choice is None:  # both lines entirely hidden: cannot happen with >= 2 entries per line
            raise AssertionError(f"cannot protect {(r, c)}")
        hidden[choice] = Reason.SECONDARY
    return bool(bridges)


def _component(edges: set[Position], start: tuple[str, int]) -> set[tuple[str, int]]:
    neighbours: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for r, c in edges:
        neighbours.setdefault(("r", r), []).append(("c", c))
        neighbours.setdefault(("c", c), []).append(("r", r))
    seen, todo = {start}, [start]
    while todo:
        for nxt in neighbours.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def find_bridges(edges: Iterable[Position]) -> list[Position]:
    """Hidden entries the visible ones determine: bridges of the row/column graph.

    Iterative Tarjan (lowest reachable discovery time), so a 1,100-school comparison
    table does not hit Python's recursion limit.
    """
    adjacency: dict[tuple[str, int], list[tuple[tuple[str, int], Position]]] = {}
    for r, c in edges:
        adjacency.setdefault(("r", r), []).append((("c", c), (r, c)))
        adjacency.setdefault(("c", c), []).append((("r", r), (r, c)))
    discovered: dict[tuple[str, int], int] = {}
    low: dict[tuple[str, int], int] = {}
    bridges: list[Position] = []
    for root in adjacency:
        if root in discovered:
            continue
        discovered[root] = low[root] = len(discovered)
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            for nxt, edge in neighbours:
                if edge == via:
                    continue
                if nxt in discovered:
                    low[node] = min(low[node], discovered[nxt])
                else:
                    discovered[nxt] = low[nxt] = len(discovered)
                    stack.append((nxt, edge, iter(adjacency[nxt])))
                    break
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > discovered[parent]:
                        bridges.append(via)
    return sorted(bridges)


def with_totals(counts: list[list[int]], width: int | None = None) -> list[list[int]]:
    """The grid of ``counts`` (``width`` columns) with a totals column and a totals row appended."""
    width = len(counts[0]) if counts else (width or 0)
    body = [[*row, sum(row)] for row in counts]
    column_totals = [sum(row[c] for row in body) for c in range(width + 1)]
    return [*body, column_totals]
