# cython: language_level=3
"""Knapsack local search in a nogil worker that takes the GIL only to report.

Weights, values and the chosen flags are C arrays; each restart's construction and
flip/swap improvement loop is a ``nogil`` cdef with an ``except -1`` exception value.
When a restart beats the incumbent, the worker enters ``with gil`` to rebuild the
Python list of chosen indices.

Keywords: optimization, knapsack, local search, greedy, restarts, combinatorial
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned long long draw(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return s[0] >> 8


cdef int run_restart(int items, const int *w, const int *v, const int *order, int capacity,
                     unsigned long long *state, unsigned char *chosen, long *best,
                     list best_set) except -1 nogil:
    cdef long weight = 0, value = 0, gain
    cdef int k, i, j, mi, mj
    cdef bint improved = True
    for k in range(items):
        chosen[k] = 0
    for k in range(items):
        i = order[k]
        if draw(state) % 4 != 0 and weight + w[i] <= capacity:
            chosen[i] = 1
            weight += w[i]
            value += v[i]
    while improved:
        improved = False
        gain = 0
        mi = -1
        mj = -1
        for i in range(items):
            if not chosen[i] and weight + w[i] <= capacity and v[i] > gain:
                gain = v[i]
                mi = i
                mj = -1
            for j in range(items):
                if chosen[j] and not chosen[i]:
                    if weight - w[j] + w[i] <= capacity and v[i] - v[j] > gain:
                        gain = v[i] - v[j]
                        mi = i
                        mj = j
        if mi >= 0:
            chosen[mi] = 1
            weight += w[mi]
            value += v[mi]
            if mj >= 0:
                chosen[mj] = 0
                weight -= w[mj]
                value -= v[mj]
            improved = True
    if value > best[0]:
        best[0] = value
        best[1] = weight
        with gil:
            del best_set[:]
            for k in range(items):
                if chosen[k]:
                    best_set.append(k)
    return 0


@cython_benchmark(args=(60, 80, 21))
def knapsack_flip_local_search(int items, int restarts, long seed):
    """Return (best value, its weight, chosen item indices); negative restarts raise."""
    if restarts < 0:
        raise ValueError("restarts must be non-negative")
    cdef int n = items if items > 0 else 0
    cdef int *w = <int *>malloc((n + 1) * sizeof(int))
    cdef int *v = <int *>malloc((n + 1) * sizeof(int))
    cdef int *order_c = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned char *chosen = <unsigned char *>malloc(n + 1)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long best[2]
    cdef long total = 0
    cdef int i, r
    best_set = []
    if w == NULL or v == NULL or order_c == NULL or chosen == NULL:
        free(w); free(v); free(order_c); free(chosen)
        raise MemoryError()
    try:
        for i in range(n):
            w[i] = 1 + <int>(draw(&state) % 50)
            total += w[i]
        for i in range(n):
            v[i] = 1 + <int>(draw(&state) % 80)
        order = sorted(range(n), key=lambda i: (-v[i] / w[i], i))
        for i in range(n):
            order_c[i] = order[i]
        best[0] = 0
        best[1] = 0
        for r in range(restarts):
            run_restart(n, w, v, order_c, <int>(total // 3), &state, chosen, best, best_set)
    finally:
        free(w); free(v); free(order_c); free(chosen)
    return best[0], best[1], best_set
