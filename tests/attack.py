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


def ilp_pinned(grid: list[list[int]], hidden: dict, k: int, marks_below: int = 5) -> set[tuple[int, int]]:
    """Hidden non-zero entries an integer programme pins exactly, knowing what the marks say.

    (A hidden zero proven zero discloses nothing: zeros may be shown.)

    A reader knows: visible entries; every row and column adds up; "< 5" means 1..4; "x"
    for a complement or a count under a raised threshold means 0 or at least 5 (otherwise it
    would read "< 5"); "x" carried from an earlier export means any count. Uses CBC through pulp.
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
                problem += var <= marks_below - 1
            elif hidden[(r, c)] is Reason.SECONDARY:
                on = pulp.LpVariable(f"b{r}_{c}", cat="Binary")
                problem += var >= marks_below * on
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


def ilp_pinned_tables(tables, truth: dict, pairs, k: int, marks_below: int = 5) -> set[tuple]:
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
                    problem += var <= marks_below - 1
                elif cell.reason is Reason.SECONDARY:
                    on = pulp.LpVariable(f"b_{t.key}_{r}_{c}", cat="Binary")
                    problem += var >= marks_below * on
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


# ---------------------------------------------------------------- several fotos read together


def true_grid(count_table, published) -> list[list[int]]:
    """The exact grid behind ``published`` (a ProtectedTable), from the unmerged ``count_table``:
    rows by label, and a merged row ("Overige", "Kleinere klassen samen") as the sum of the
    categories the published table does not show on their own. Independent of how the app merged."""
    from go_hgw_desktop.reports.disclosure import with_totals

    own = dict(zip(count_table.rows, count_table.counts, strict=True))
    shown = set(published.rows)
    width = len(count_table.columns)
    rows = []
    for label in published.rows:
        if label in own and label not in MERGED_LABELS:
            rows.append(list(own[label]))
        else:
            rows.append([sum(counts[c] for other, counts in own.items() if other not in shown)
                         for c in range(width)])
    return with_totals(rows, width)


MERGED_LABELS = ("Overige (samengevoegd)", "Kleinere klassen samen")


def mark_domain(cell, small_below: int) -> tuple[int, int | None, bool]:
    """What a mark tells a reader: (lowest, highest or None, whether 1..small_below-1 is excluded)."""
    from go_hgw_desktop.reports.disclosure import Reason

    if cell.reason is Reason.PRIMARY:
        return 1, small_below - 1, False
    if cell.reason is Reason.SECONDARY:
        return 0, None, True
    return cell.at_least or 0, None, False  # carried, incomplete, withheld: any count


class Reader:
    """A reader who holds several published fotos and writes them as one integer programme.

    Every published entry gets a name; entries with the same name are the same figure (the
    same school, day and category in two fotos). Each foto's marks are read as that foto
    defines them (``small_below``: "< n" holds 1..n-1; "x" holds 0 or at least n, unless the
    foto says the cell was carried over from an earlier export: then any count).
    """

    def __init__(self) -> None:
        import pulp

        self.pulp = pulp
        self.problem = pulp.LpProblem("reader", pulp.LpMinimize)
        self.x: dict = {}
        self.big = 100_000

    def _variable(self, name):
        if name not in self.x:
            self.x[name] = self.pulp.LpVariable(f"v{len(self.x)}", 0, self.big, cat="Integer")
        return self.x[name]

    def _entry(self, name, cell, small_below: int) -> None:
        known = self.x.get(name)
        if cell.value is not None:
            if known is None:
                self.x[name] = cell.value
            elif isinstance(known, int):
                assert known == cell.value, f"two fotos print {name} differently"
            else:
                self.problem += known == cell.value
            return
        if isinstance(known, int):
            return
        var = self._variable(name)
        low, high, gap = mark_domain(cell, small_below)
        self.problem += var >= low
        if high is not None:
            self.problem += var <= high
        if gap:
            on = self.pulp.LpVariable(f"b{len(self.problem.constraints)}", cat="Binary")
            self.problem += var >= small_below * on
            self.problem += var <= self.big * on

    def add_foto(self, foto, name_of) -> None:
        """``name_of(table, r, c)`` names each entry of the foto's tables."""
        small_below = getattr(foto, "marks_below", foto.threshold)
        for table in foto.tables:
            names = [[name_of(table, r, c) for c in range(len(line))] for r, line in enumerate(table.grid)]
            for r, line in enumerate(table.grid):
                for c, cell in enumerate(line):
                    self._entry(names[r][c], cell, small_below)
            rows, columns = len(table.grid), len(table.grid[0])
            lines = [[names[r][c] for c in range(columns)] for r in range(rows)]
            lines += [[names[r][c] for r in range(rows)] for c in range(columns)]
            for *entries, total in lines:
                terms = [self.x[n] for n in entries]
                if all(isinstance(t, int) for t in [*terms, self.x[total]]):
                    continue
                self.problem += self.pulp.lpSum(terms) == self.x[total]

    def _solve(self) -> None:
        status = self.problem.solve(self.pulp.PULP_CBC_CMD(msg=0))
        assert self.pulp.LpStatus[status] == "Optimal", self.pulp.LpStatus[status]

    def range_of(self, name) -> tuple[int, int]:
        var = self.x[name]
        if isinstance(var, int):
            return var, var
        found = []
        for sense in (self.pulp.LpMinimize, self.pulp.LpMaximize):
            self.problem.sense = sense
            self.problem.setObjective(var + 0)
            self._solve()
            found.append(round(self.pulp.value(var)))
        return found[0], found[1]

    def pinned(self, truth: dict) -> dict:
        """Names hidden in every foto that holds them, with a non-zero true value the programme
        proves: {name: value}."""
        found = {}
        for name, var in self.x.items():
            if isinstance(var, int) or not truth.get(name):
                continue
            low, high = self.range_of(name)
            if low == high:
                found[name] = low
        return found

    def least_change(self, pairs, targets) -> dict:
        """The reader who assumes as little as possible changed between fotos: minimise the
        total change over ``pairs`` (names of the same figure at two moments), then, for every
        name in ``targets``, (its value in that solution, whether every least-change
        solution agrees on it)."""
        pulp = self.pulp
        changes = []
        for a, b in pairs:
            xa, xb = self.x[a], self.x[b]
            if isinstance(xa, int) and isinstance(xb, int):
                changes.append(abs(xa - xb))
                continue
            d = pulp.LpVariable(f"d{len(changes)}", 0)
            self.problem += d >= xa - xb
            self.problem += d >= xb - xa
            changes.append(d)
        total = pulp.lpSum(changes)
        self.problem.sense = pulp.LpMinimize
        self.problem.setObjective(total + 0)
        self._solve()
        best = round(pulp.value(total))
        guesses = {n: (self.x[n] if isinstance(self.x[n], int) else round(pulp.value(self.x[n])))
                   for n in targets}
        self.problem += total <= best
        result = {}
        for name, guess in guesses.items():
            low, high = self.range_of(name)
            result[name] = (guess, low == high)
        return result
