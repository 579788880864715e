"""What a reader can prove about hidden entries, by reasoning on their possible values.

The linear equations alone are not the whole attack: a reader also knows that a cell
printed ``< k`` holds 1..k-1 and that a cell printed ``x`` for a complement holds 0 or at
least k (were it 1..k-1 it would say ``< k``). Here ``k`` is the bound the marks speak of:
5 for every foto this version makes, whatever its threshold (older data files: their
threshold). With those bounds, "7 = x + <5 + <5" forces x = 5 and both
small cells to 1. This module propagates such bounds over every row and column to a
fixpoint (sound: a value it rules out is truly impossible), searches whole-number fillings
by branching, and *shaves*: a hidden entry is pinned when both "below its value" and
"above its value" have no filling. The tests attack the published tables with an integer
programme (CBC) written independently of this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from go_hgw_desktop.reports.disclosure import Position, Reason

BIG = 10**9
Domain = list  # [low, high, gap]: gap=True means the values 1..k-1 are excluded


def _tighten(domain: Domain, low: int, high: int, k: int) -> bool:
    """Narrow ``domain`` in place; False when nothing is left."""
    domain[0], domain[1] = max(domain[0], low), min(domain[1], high)
    if domain[2]:
        if domain[0] >= 1:
            domain[0] = max(domain[0], k)
        if domain[1] < k:
            domain[1] = min(domain[1], 0)
    return domain[0] <= domain[1]


def _propagate(lines: Sequence[Sequence[Position]], known: Mapping[Position, int],
               domains: dict[Position, Domain], k: int) -> bool:
    """Bounds to a fixpoint over ``sum(entries) == total`` for every line; False if infeasible."""
    for _ in range(200):
        before = {p: (d[0], d[1]) for p, d in domains.items()}
        for *entries, total in lines:
            low = sum(known[p] if p in known else domains[p][0] for p in entries)
            high = sum(known[p] if p in known else domains[p][1] for p in entries)
            if total in known:
                t_low = t_high = known[total]
            else:
                if not _tighten(domains[total], low, high, k):
                    return False
                t_low, t_high = domains[total][0], domains[total][1]
            if t_low > high or t_high < low:
                return False
            for p in entries:
                if p in known:
                    continue
                d = domains[p]
                if not _tighten(d, t_low - (high - d[1]), t_high - (low - d[0]), k):
                    return False
        if all((d[0], d[1]) == before[p] for p, d in domains.items()):
            return True
    return True


def _copy(domains: dict[Position, Domain]) -> dict[Position, Domain]:
    return {p: list(d) for p, d in domains.items()}


def _feasible(lines, known, domains, k: int, budget: list[int] | None = None):
    """A whole-number filling of the hidden entries within ``domains``, or None if there is none.

    Propagation, then branching on the narrowest open entry ("0" or ">= k" for an ``x``,
    otherwise halves), depth first. Complete for these small tables; past its node budget
    it answers an empty filling (``{}``: "maybe"), which can only make the caller hide less,
    never print a pinned value as safe without the integer-programme tests noticing.
    """
    budget = budget if budget is not None else [4000]
    budget[0] -= 1
    if not _propagate(lines, known, domains, k):
        return None
    open_entries = [(d[1] - d[0], p) for p, d in domains.items() if d[1] > d[0]]
    if not open_entries:
        return {p: d[0] for p, d in domains.items()}
    if budget[0] <= 0:
        return {}
    _, p = min(open_entries)
    low, high, gap = domains[p]
    if gap and low == 0:
        branches = ((0, 0), (k, high))
    else:
        middle = (low + high) // 2
        branches = ((low, middle), (middle + 1, high))
    for branch_low, branch_high in branches:
        trial = _copy(domains)
        if _tighten(trial[p], branch_low, branch_high, k):
            filling = _feasible(lines, known, trial, k, budget)
            if filling is not None:
                return filling
    return None


def initial_domains(hidden: Mapping[Position, Reason], k: int,
                    at_least: Mapping[Position, int] | None = None) -> dict[Position, Domain]:
    """What the published marks tell a reader about each hidden entry."""
    domains = {}
    for p, reason in hidden.items():
        if reason is Reason.PRIMARY:
            domains[p] = [1, k - 1, False]
        elif reason is Reason.SECONDARY:
            domains[p] = [0, BIG, True]
        else:  # carried, incomplete or withheld: only a printed lower bound, if any
            domains[p] = [(at_least or {}).get(p, 0), BIG, False]
    return domains


def proven_bounds(lines, known: Mapping[Position, int], hidden: Mapping[Position, Reason], k: int,
                  at_least: Mapping[Position, int] | None = None) -> dict[Position, tuple[int, int]] | None:
    """The range a reader can prove for each hidden entry (None: the published figures contradict)."""
    domains = initial_domains(hidden, k, at_least)
    if not _propagate(lines, known, domains, k):
        return None
    return {p: (d[0], d[1]) for p, d in domains.items()}


def pinned_entries(grid: list[list[int]], hidden: Mapping[Position, Reason], k: int,
                   lines: Sequence[Sequence[Position]]) -> list[Position]:
    """Hidden non-zero entries of one table whose true value (in ``grid``) a reader can prove."""
    values = {(r, c): v for r, line in enumerate(grid) for c, v in enumerate(line)}
    return pinned_in(values, hidden, k, lines)


def pinned_in(values: Mapping, hidden: Mapping, k: int, lines: Sequence[Sequence],
              at_least: Mapping | None = None, only: Sequence | None = None) -> list:
    """Hidden non-zero entries whose true value a reader can prove from ``lines``.

    Entries are any hashable names (a table's ``(row, column)``, or ``(table, row, column)``
    when several tables share figures); ``values`` holds every entry's true value.
    ``at_least``: lower bounds the reader knows besides the marks (a class with a row of its
    own has at least 10 pupils); ``only``: check just these entries. A hidden zero that can
    be proven zero gives nothing away: zeros may be shown.
    """
    known = {p: v for p, v in values.items() if p not in hidden}
    base = initial_domains(hidden, k)
    for p, bound in (at_least or {}).items():
        if p in base:
            _tighten(base[p], bound, BIG, k)
    if not _propagate(lines, known, base, k):
        return []  # cannot happen with the true values; nothing to protect against
    # A filling found for one entry is a witness for every entry it gives another value:
    # none of those is pinned, so most entries never need a search of their own.
    free: set = set()
    pinned = []
    for p in sorted(hidden) if only is None else only:
        value = values[p]
        if value == 0 or p in free:
            continue
        witnessed = False
        for low, high in ((0, value - 1), (value + 1, BIG)):
            trial = _copy(base)
            if not (low <= high and _tighten(trial[p], low, high, k)):
                continue
            filling = _feasible(lines, known, trial, k)
            if filling is not None:
                free.update(q for q, v in filling.items() if v != values[q])
                witnessed = True
                break
        if not witnessed:
            pinned.append(p)
    return pinned
