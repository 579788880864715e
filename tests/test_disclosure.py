"""Disclosure control attacked as an adversary would: by solving the published equations.

The attack here is written independently of the module: exact Gaussian elimination over
the rationals on every row and column equation, with the visible entries filled in.
"""

from __future__ import annotations

from attack import determined_entries, ilp_pinned
from hypothesis import given, settings
from hypothesis import strategies as st

from go_hgw_desktop.reports.disclosure import Reason, find_bridges, protect_grid, with_totals

tables = st.integers(1, 6).flatmap(
    lambda rows: st.integers(1, 6).flatmap(
        lambda columns: st.lists(
            st.lists(st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=columns, max_size=columns),
            min_size=rows, max_size=rows,
        )
    )
)


@settings(max_examples=400, deadline=None)
@given(tables, st.integers(5, 10))
def test_no_hidden_count_can_be_recovered(counts, k):
    grid = with_totals(counts)
    hidden = protect_grid(grid, k)
    rows, columns = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(columns):
            if (r, c) not in hidden:
                assert grid[r][c] == 0 or grid[r][c] >= k  # every visible non-zero count is >= k
    assert determined_entries(grid, set(hidden)) == set()
    # Subtraction within one line never isolates a hidden entry, nor pins hidden ones to 1.
    lines = [[(r, c) for c in range(columns)] for r in range(rows)]
    lines += [[(r, c) for r in range(rows)] for c in range(columns)]
    for *entries, total in lines:
        secret = [p for p in entries if p in hidden]
        if total not in hidden and secret:
            assert len(secret) >= 2
            assert sum(grid[r][c] for r, c in secret) > len(secret)


@settings(max_examples=200, deadline=None)
@given(tables, st.integers(5, 8), st.data())
def test_entries_already_unknown_are_protected_too(counts, k, data):
    grid = with_totals(counts)
    positions = [(r, c) for r in range(len(grid)) for c in range(len(grid[0]))]
    unknown = data.draw(st.sets(st.sampled_from(positions), max_size=3))
    hidden = protect_grid(grid, k, {p: Reason.INCOMPLETE for p in unknown})
    assert all(hidden[p] is Reason.INCOMPLETE for p in unknown)
    assert determined_entries(grid, set(hidden)) == set()


def test_bridges_agree_with_the_algebra_on_a_dumbbell():
    # Two hidden rectangles joined by one hidden entry: that entry is solvable.
    grid = with_totals([[10, 10, 10, 10], [10, 10, 10, 10], [10, 10, 10, 10]])
    hidden = {(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2)}
    assert find_bridges(hidden) == [(1, 2)]
    assert determined_entries(grid, hidden) == {(1, 2)}


def test_a_small_count_hides_with_the_smallest_partner():
    grid = with_totals([[3, 40, 12], [20, 30, 25]])
    hidden = protect_grid(grid, 5)
    assert hidden[(0, 0)] is Reason.PRIMARY
    # Its row takes the 12 as partner, its column the 20, and the rectangle closes on 25.
    assert {(0, 2), (1, 0), (1, 2)} <= set(hidden)
    assert (0, 1) not in hidden and (2, 3) not in hidden


def test_zero_is_shown_and_a_table_without_small_counts_hides_nothing():
    assert protect_grid(with_totals([[0, 12], [7, 0]]), 5) == {}


@settings(max_examples=60, deadline=None)
@given(tables, st.integers(5, 7))
def test_no_hidden_count_can_be_pinned_by_its_bounds(counts, k):
    """The reader also knows "< k" is 1..k-1 and "x" is 0 or >= k; an integer programme attacks."""
    grid = with_totals(counts)
    hidden = protect_grid(grid, k)
    assert ilp_pinned(grid, hidden, k) == set()


def test_the_reviewers_example_is_no_longer_pinned():
    # A reviewer pinned "7 = x + <5 + <5 + 0" (x = 5, both small cells 1) in the demo's phase table.
    grid = with_totals([[3, 4, 5, 2], [15, 23, 23, 26], [11, 3, 1, 8], [5, 1, 1, 0]])
    hidden = protect_grid(grid, 5)
    assert ilp_pinned(grid, hidden, 5) == set()
