"""The adversary of the disclosure tests: exact linear algebra on the published equations.

Written independently of ``reports.disclosure`` (no graphs, no bridges) so the two can
check each other.
"""

from __future__ import annotations

from fractions import Fraction


def determined_entries(grid: list[list[int]], hidden: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Hidden entries whose value follows from the visible ones by linear algebra."""
    unknowns = sorted(hidden)
    index = {p: i for i, p in enumerate(unknowns)}
    rows, columns = len(grid), len(grid[0])
    equations = []
    lines = [[(r, c) for c in range(columns)] for r in range(rows)]
    lines += [[(r, c) for r in range(rows)] for c in range(columns)]
    for line in lines:
        *entries, total = line
        coefficients = [Fraction(0)] * len(unknowns)
        for position, sign in [(p, 1) for p in entries] + [(total, -1)]:
            if position in index:
                coefficients[index[position]] += sign
        if any(coefficients):
            equations.append(coefficients)
    # Reduced row echelon form.
    pivot_row = 0
    pivots = []
    for column in range(len(unknowns)):
        found = next((i for i in range(pivot_row, len(equations)) if equations[i][column] != 0), None)
        if found is None:
            continue
        equations[pivot_row], equations[found] = equations[found], equations[pivot_row]
        lead = equations[pivot_row][column]
        equations[pivot_row] = [v / lead for v in equations[pivot_row]]
        for i in range(len(equations)):
            if i != pivot_row and equations[i][column] != 0:
                factor = equations[i][column]
                pivot = equations[pivot_row]
                equations[i] = [a - factor * b for a, b in zip(equations[i], pivot, strict=True)]
        pivots.append(column)
        pivot_row += 1
    return {
        unknowns[column]
        for row, column in zip(equations[:pivot_row], pivots, strict=True)
        if sum(1 for v in row if v != 0) == 1
    }
