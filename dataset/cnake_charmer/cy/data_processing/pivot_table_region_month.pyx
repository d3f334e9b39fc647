# cython: language_level=3
"""Pivot table with a day-to-month lookup array and a flat C accumulator.

A 366-entry C table maps each day of the year to its month once, replacing a binary
search per record, and the pivot cells are a calloc'd regions x 12 long long array
indexed directly; the record loop is pure C without tuple keys or a defaultdict.

Keywords: pivot table, lookup table, cross tabulation, calloc, direct addressing, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pivot_table_region_month(int n, int regions):
    """Pivot n sales rows by region and month; return (table, row totals, col totals, total, best months)."""
    if n <= 0 or regions <= 0:
        return [], [], [0] * 12, 0, []
    cdef int month_days[12]
    cdef int day_month[366]
    cdef long long col_tot[12]
    cdef int d = 1, m, r, day, i, bm
    cdef long long *cells = <long long *> calloc(regions * 12, sizeof(long long))
    cdef long long *row_tot = <long long *> calloc(regions, sizeof(long long))
    cdef int *best = <int *> calloc(regions, sizeof(int))
    cdef long long state = 112358, amount, grand = 0
    try:
        with nogil:
            for m in range(12):
                # 31-day months alternate from January, restarting the pattern at August
                month_days[m] = 30 + ((m + (m >= 7) + 1) & 1) if m != 1 else 28
                col_tot[m] = 0
            for m in range(12):
                for i in range(month_days[m]):
                    day_month[d] = m
                    d += 1
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                day = 1 + state % 365
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = state % regions
                amount = 500 + (state >> 9) % 20000 + (day % 7) * 100
                cells[r * 12 + day_month[day]] += amount
            for r in range(regions):
                bm = 0
                for m in range(12):
                    row_tot[r] += cells[r * 12 + m]
                    col_tot[m] += cells[r * 12 + m]
                    if cells[r * 12 + m] > cells[r * 12 + bm]:
                        bm = m
                best[r] = bm
                grand += row_tot[r]
        table = [[cells[r * 12 + m] for m in range(12)] for r in range(regions)]
        return (table, [row_tot[r] for r in range(regions)], [col_tot[m] for m in range(12)],
                grand, [best[r] for r in range(regions)])
    finally:
        free(cells); free(row_tot); free(best)
