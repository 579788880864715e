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


def ilp_pinned(grid: list[list[int]], hidden: dict, k: int) -> set[tuple[int, int]]:
    """Hidden non-zero entries an integer programme pins exactly, knowing what the marks say.

    (A hidden zero proven zero discloses nothing: zeros may be shown.)

    A reader knows: visible entries; every row and column adds up; "< k" means 1..k-1; "x"
    means 0 or at least k (otherwise it would read "< k"). Uses CBC through pulp.
    """
    import pulp

    from go_hgw_desktop.reports.disclosure import Reason

    problem = pulp.LpProblem("reader", pulp.LpMinimize)
    rows, columns = len(grid), len(grid[0])
    big = 10 * (grid[-1][-1] + k + 10)
    x = {}
    for r in range(rows):
        for c in range(columns):
            if (r, c) not in hidden:
                x[(r, c)] = grid[r][c]
                continue
            var = pulp.LpVariable(f"x{r}_{c}", 0, big, cat="Integer")
            x[(r, c)] = var
            if hidden[(r, c)] is Reason.PRIMARY:
                problem += var >= 1
                problem += var <= k - 1
            elif hidden[(r, c)] is Reason.SECONDARY:
                on = pulp.LpVariable(f"b{r}_{c}", cat="Binary")
                problem += var >= k * on
                problem += var <= big * on
    for r in range(rows):
        problem += pulp.lpSum(x[(r, c)] for c in range(columns - 1)) == x[(r, columns - 1)]
    for c in range(columns):
        problem += pulp.lpSum(x[(r, c)] for r in range(rows - 1)) == x[(rows - 1, c)]
    pinned = set()
    for position in hidden:
        if grid[position[0]][position[1]] == 0:
            continue
        found = []
        for sense in (pulp.LpMinimize, pulp.LpMaximize):
            problem.sense = sense
            problem.setObjective(x[position] + 0)
            problem.solve(pulp.PULP_CBC_CMD(msg=0))
            found.append(round(pulp.value(x[position])))
        if found[0] == found[1]:
            pinned.add(position)
    return pinned


def ilp_pinned_tables(tables, truth: dict, pairs, k: int) -> set[tuple]:
    """Hidden non-zero figures an integer programme pins over *all* tables at once, where
    ``pairs`` (table, position, table, position) are figures two tables both print.

    ``tables`` are ProtectedTables; ``truth`` maps a table key to its true grid.
    """
    import pulp

    from go_hgw_desktop.reports.disclosure import Reason

    problem = pulp.LpProblem("reader", pulp.LpMinimize)
    x = {}
    for t in tables:
        big = 10 * (truth[t.key][-1][-1] + k + 10)
        for r, line in enumerate(t.grid):
            for c, cell in enumerate(line):
                if cell.value is not None:
                    x[(t.key, r, c)] = cell.value
                    continue
                var = pulp.LpVariable(f"x_{t.key}_{r}_{c}", 0, big, cat="Integer")
                x[(t.key, r, c)] = var
                if cell.reason is Reason.PRIMARY:
                    problem += var >= 1
                    problem += var <= k - 1
                elif cell.reason is Reason.SECONDARY:
                    on = pulp.LpVariable(f"b_{t.key}_{r}_{c}", cat="Binary")
                    problem += var >= k * on
                    problem += var <= big * on
        rows, columns = len(t.grid), len(t.grid[0])
        for r in range(rows):
            problem += pulp.lpSum(x[(t.key, r, c)] for c in range(columns - 1)) == x[(t.key, r, columns - 1)]
        for c in range(columns):
            problem += pulp.lpSum(x[(t.key, r, c)] for r in range(rows - 1)) == x[(t.key, rows - 1, c)]
    for key_a, pa, key_b, pb in pairs:
        problem += x[(key_a, *pa)] == x[(key_b, *pb)]
    pinned = set()
    for name, var in x.items():
        if isinstance(var, int) or truth[name[0]][name[1]][name[2]] == 0:
            continue
        found = []
        for sense in (pulp.LpMinimize, pulp.LpMaximize):
            problem.sense = sense
            problem.setObjective(var + 0)
            problem.solve(pulp.PULP_CBC_CMD(msg=0))
            found.append(round(pulp.value(var)))
        if found[0] == found[1]:
            pinned.add(name)
    return pinned
