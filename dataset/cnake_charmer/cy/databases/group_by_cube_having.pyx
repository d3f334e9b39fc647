# cython: language_level=3
"""GROUP BY CUBE(store, category, weekday) with SUM, COUNT, MIN and a HAVING filter — dense base cube plus marginalisation.

Instead of updating eight hash-table entries per row, the rows are aggregated once
into a dense (store, category, weekday) base cube held in flat C arrays; every other
grouping set is derived from the base cells by collapsing the rolled-up dimensions
(sums and counts add, minimums take the minimum). Walking a dense grouping set in
index order is already key order, so no sort is needed for the checksum or the
best-group search.

Keywords: databases, group by, cube, grouping sets, rollup, having, olap, aggregation
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    WEEKDAYS = 7


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(22000, 40, 24, 3, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def group_by_cube_having(int rows, int stores, int categories, int min_rows, long long seed):
    """Return per grouping set (mask, groups kept, checksum, best key, best sum)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef Py_ssize_t cells = <Py_ssize_t>stores * categories * WEEKDAYS
    cdef long long *base_sum = <long long *>calloc(cells + 1, sizeof(long long))
    cdef long long *base_cnt = <long long *>calloc(cells + 1, sizeof(long long))
    cdef long long *base_min = <long long *>malloc((cells + 1) * sizeof(long long))
    cdef long long *g_sum = <long long *>malloc((cells + 1) * sizeof(long long))
    cdef long long *g_cnt = <long long *>malloc((cells + 1) * sizeof(long long))
    cdef long long *g_min = <long long *>malloc((cells + 1) * sizeof(long long))
    cdef int i, a, b, s, c, w, mask, ns, nc, nw, ts, tc, tw
    cdef long long amount, checksum, kept, best_sum, code
    cdef int best_s, best_c, best_w, ks, kc, kw
    cdef Py_ssize_t cell, t, ncell
    result = []
    try:
        if not (base_sum and base_cnt and base_min and g_sum and g_cnt and g_min):
            raise MemoryError()
        with nogil:
            for cell in range(cells):
                base_min[cell] = 0x7FFFFFFFFFFFFFFF
            for i in range(rows):
                a = <int>draw(&state, stores)
                b = <int>draw(&state, stores)
                s = a if a < b else b
                c = <int>draw(&state, categories)
                w = <int>draw(&state, WEEKDAYS)
                amount = 1 + (draw(&state, 10000) if w < 5 else draw(&state, 25000))
                cell = (<Py_ssize_t>s * categories + c) * WEEKDAYS + w
                base_sum[cell] += amount
                base_cnt[cell] += 1
                if amount < base_min[cell]:
                    base_min[cell] = amount
        for mask in range(7, -1, -1):
            with nogil:
                ns = stores if mask & 1 else 1
                nc = categories if mask & 2 else 1
                nw = WEEKDAYS if mask & 4 else 1
                ncell = <Py_ssize_t>ns * nc * nw
                for t in range(ncell):
                    g_sum[t] = 0
                    g_cnt[t] = 0
                    g_min[t] = 0x7FFFFFFFFFFFFFFF
                cell = 0
                for s in range(stores):
                    ts = s if mask & 1 else 0
                    for c in range(categories):
                        tc = c if mask & 2 else 0
                        for w in range(WEEKDAYS):
                            if base_cnt[cell] > 0:
                                tw = w if mask & 4 else 0
                                t = (<Py_ssize_t>ts * nc + tc) * nw + tw
                                g_sum[t] += base_sum[cell]
                                g_cnt[t] += base_cnt[cell]
                                if base_min[cell] < g_min[t]:
                                    g_min[t] = base_min[cell]
                            cell += 1
                checksum = 0
                kept = 0
                best_sum = -1
                best_s = best_c = best_w = -2
                t = 0
                for s in range(ns):
                    ks = s if mask & 1 else -1
                    for c in range(nc):
                        kc = c if mask & 2 else -1
                        for w in range(nw):
                            kw = w if mask & 4 else -1
                            if g_cnt[t] > 0 and g_cnt[t] >= min_rows:
                                kept += 1
                                code = ((ks + 1) * 64 + (kc + 1)) * 8 + (kw + 1)
                                checksum = (checksum * 1000003 + g_sum[t] * 31 + g_cnt[t] * 7 + g_min[t] + code) % MOD
                                if g_sum[t] > best_sum:
                                    best_sum = g_sum[t]
                                    best_s = ks
                                    best_c = kc
                                    best_w = kw
                            t += 1
            if kept == 0:
                best_sum = 0
            result.append((mask, kept, checksum, (best_s, best_c, best_w), best_sum))
        return result
    finally:
        free(base_sum); free(base_cnt); free(base_min); free(g_sum); free(g_cnt); free(g_min)
