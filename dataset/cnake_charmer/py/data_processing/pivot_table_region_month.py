"""Pivot sales records into a region-by-month table with margins.

Each record has a day of the year (1-365), a region and an amount in cents. The day is
mapped to its calendar month with a binary search over month start days, then amounts
are summed into a region x month pivot. Returns the pivot, the row totals, the column
totals, the grand total and each region's best month.

Keywords: pivot table, cross tabulation, margins, calendar month, bisect, aggregation
"""

from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


@python_benchmark(args=(100000, 7), cases=[(0, 3), (1, 1), (12, 2), (100, 4), (5000, 0)])
def pivot_table_region_month(n: int, regions: int) -> Tuple[List[List[int]], List[int], List[int], int, List[int]]:
    """Pivot n sales rows by region and month; return (table, row totals, col totals, total, best months)."""
    if n <= 0 or regions <= 0:
        return [], [], [0] * 12, 0, []
    starts = [1] + [1 + d for d in accumulate(MONTH_DAYS)][:-1]
    state = 112358
    cells = defaultdict(int)
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        day = 1 + state % 365
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        region = state % regions
        amount = 500 + (state >> 9) % 20000 + (day % 7) * 100
        month = bisect_right(starts, day) - 1
        cells[(region, month)] += amount
    table = [[cells[(r, m)] for m in range(12)] for r in range(regions)]
    row_totals = [sum(row) for row in table]
    col_totals = [sum(col) for col in zip(*table)]
    best = [max(range(12), key=lambda m: (row[m], -m)) for row in table]
    return table, row_totals, col_totals, sum(row_totals), best
