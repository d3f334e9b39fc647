# cython: language_level=3
"""Partisan-fairness metrics of random districting plans — prefix sums and a cut bitmap.

Precinct votes are turned into prefix sums once, so each district total is one
subtraction instead of a slice sum. Distinct cut points are drawn into a ``char``
bitmap (the same rejection rule as the Python set) and read back in order, which
sorts them for free; the median comes from an insertion sort of the district shares.

Keywords: elections, gerrymandering, efficiency gap, wasted votes, mean-median difference, redistricting, partisan bias
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1800, 600, 13, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def efficiency_gap_mean_median_plans(int n_plans, int n_precincts, int n_districts, long long seed):
    """Return (seat histogram, min/max efficiency gap, min/max mean-median, first plan detail)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_precincts
    cdef int k = n_districts if n_districts < n else n
    cdef long long *pa = <long long *>calloc(n + 1, sizeof(long long))
    cdef long long *pb = <long long *>calloc(n + 1, sizeof(long long))
    cdef char *is_cut = <char *>calloc(n + 1, 1)
    cdef int *bounds = <int *>malloc((k + 2) * sizeof(int))
    cdef double *shares = <double *>malloc((k + 1) * sizeof(double))
    cdef long long *hist = <long long *>calloc(k + 2, sizeof(long long))
    cdef int lean = 50, i, j, d, plan, ncuts, c, seats_a
    cdef long long voters, a, b, need, wa, wb, total
    cdef double x, mean, med, gap, mm
    cdef double gmin = 0.0, gmax = 0.0, mmin = 0.0, mmax = 0.0
    first = None
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lean += <int>((state >> 16) % 11) - 5
            if lean > 90:
                lean = 90
            if lean < 10:
                lean = 10
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            voters = 300 + <long long>((state >> 16) % 700)
            a = voters * lean // 100
            pa[i + 1] = pa[i] + a
            pb[i + 1] = pb[i] + voters - a
        for plan in range(n_plans if k > 0 else 0):
            memset(is_cut, 0, n + 1)
            ncuts = 0
            while ncuts < k - 1:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c = 1 + <int>((state >> 16) % (n - 1))
                if not is_cut[c]:
                    is_cut[c] = 1
                    ncuts += 1
            bounds[0] = 0
            j = 1
            for i in range(1, n):
                if is_cut[i]:
                    bounds[j] = i
                    j += 1
            bounds[j] = n
            seats_a = 0
            wa = wb = total = 0
            mean = 0.0
            for d in range(k):
                a = pa[bounds[d + 1]] - pa[bounds[d]]
                b = pb[bounds[d + 1]] - pb[bounds[d]]
                need = (a + b) // 2 + 1
                if a > b:
                    seats_a += 1
                    wa += a - need
                    wb += b
                else:
                    if b > a:
                        wb += b - need
                    wa += a
                total += a + b
                x = <double>a / <double>(a + b)
                mean += x
                i = d
                while i > 0 and shares[i - 1] > x:
                    shares[i] = shares[i - 1]
                    i -= 1
                shares[i] = x
            if k % 2 == 1:
                med = shares[k // 2]
            else:
                med = (shares[k // 2 - 1] + shares[k // 2]) / 2
            gap = <double>(wa - wb) / <double>total
            mm = mean / k - med
            hist[seats_a] += 1
            if plan == 0 or gap < gmin:
                gmin = gap
            if plan == 0 or gap > gmax:
                gmax = gap
            if plan == 0 or mm < mmin:
                mmin = mm
            if plan == 0 or mm > mmax:
                mmax = mm
            if plan == 0:
                first = ([bounds[i] for i in range(k + 1)], seats_a, wa, wb)
        if n_plans <= 0 or k <= 0:
            return ([], 0.0, 0.0, 0.0, 0.0, None)
        result = ([(i, hist[i]) for i in range(k + 1) if hist[i]], gmin, gmax, mmin, mmax, first)
    finally:
        free(pa); free(pb); free(is_cut); free(bounds); free(shares); free(hist)
    return result
