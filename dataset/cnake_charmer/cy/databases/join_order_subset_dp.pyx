# cython: language_level=3
"""Join-order optimisation by dynamic programming over relation subsets (bushy and left-deep) — bitmask DP on C arrays.

The DP tables (cardinality, bushy cost, best split, left-deep cost and last relation)
are ``double`` and ``int`` arrays indexed by subset bitmask, and the selectivity
matrix is a flat ``double`` array. The 3^n submask enumeration runs in a ``nogil``
loop with ``__builtin_ctz`` for the lowest relation; floating-point products and sums
are formed in exactly the Python order, so costs and the chosen plans agree. Only the
final plan string is built with Python objects.

Keywords: databases, query optimizer, join ordering, dynamic programming, subsets, bitmask, cost model
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_ctz(unsigned int) nogil


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


cdef str plan_of(int *split, int subset):
    cdef int left
    if subset & (subset - 1) == 0:
        return "R%d" % __builtin_ctz(subset)
    left = split[subset]
    return "(" + plan_of(split, left) + " J " + plan_of(split, subset ^ left) + ")"


@cython_benchmark(args=(13, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def join_order_subset_dp(int n, long long seed):
    """Return (bushy cost, bushy plan, left-deep cost, left-deep order, result size, splits examined)."""
    if n == 0:
        return 0.0, "", 0.0, [], 0.0, 0
    cdef unsigned long long state = <unsigned long long>seed
    cdef int full = (1 << n) - 1
    cdef double *base = <double *>malloc(n * sizeof(double))
    cdef double *sel = <double *>malloc(n * n * sizeof(double))
    cdef double *card = <double *>malloc((full + 1) * sizeof(double))
    cdef double *cost = <double *>malloc((full + 1) * sizeof(double))
    cdef double *deep_cost = <double *>malloc((full + 1) * sizeof(double))
    cdef int *split = <int *>malloc((full + 1) * sizeof(int))
    cdef int *deep_last = <int *>malloc((full + 1) * sizeof(int))
    cdef int subset, low, rest, left, right, i, j, r, k
    cdef long long examined = 0, e, m
    cdef double size, best, candidate
    try:
        if not (base and sel and card and cost and deep_cost and split and deep_last):
            raise MemoryError()
        with nogil:
            for i in range(n):
                e = draw(&state, 5)
                m = 1
                for k in range(1 + <int>e):
                    m *= 10
                base[i] = <double>(m * (1 + draw(&state, 9)))
            for i in range(n * n):
                sel[i] = 1.0
            for j in range(1, n):
                i = <int>draw(&state, j)
                sel[i * n + j] = (1 + draw(&state, 1000)) / 20000.0
                sel[j * n + i] = sel[i * n + j]
            for k in range(n // 2):
                i = <int>draw(&state, n)
                j = <int>draw(&state, n)
                if i != j and sel[i * n + j] == 1.0:
                    sel[i * n + j] = (1 + draw(&state, 1000)) / 5000.0
                    sel[j * n + i] = sel[i * n + j]
            for subset in range(1, full + 1):
                low = __builtin_ctz(subset)
                rest = subset ^ (1 << low)
                cost[subset] = 0.0
                deep_cost[subset] = 0.0
                split[subset] = 0
                deep_last[subset] = 0
                if rest == 0:
                    card[subset] = base[low]
                    continue
                size = card[rest] * base[low]
                for j in range(low + 1, n):
                    if (rest >> j) & 1:
                        size *= sel[low * n + j]
                card[subset] = size

                best = INFINITY
                left = (subset - 1) & subset
                while left:
                    right = subset ^ left
                    if left < right:
                        examined += 1
                        candidate = cost[left] + cost[right]
                        if candidate < best:
                            best = candidate
                            split[subset] = left
                    left = (left - 1) & subset
                cost[subset] = best + size

                best = INFINITY
                for r in range(n):
                    if (subset >> r) & 1:
                        candidate = deep_cost[subset ^ (1 << r)]
                        if candidate < best:
                            best = candidate
                            deep_last[subset] = r
                deep_cost[subset] = best + size
        order = []
        subset = full
        while subset:
            r = deep_last[subset] if subset & (subset - 1) else __builtin_ctz(subset)
            order.append(r)
            subset ^= 1 << r
        order.reverse()
        return cost[full], plan_of(split, full), deep_cost[full], order, card[full], examined
    finally:
        free(base); free(sel); free(card); free(cost); free(deep_cost); free(split); free(deep_last)
