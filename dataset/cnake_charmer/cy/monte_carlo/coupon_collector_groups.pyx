# cython: language_level=3
"""Coupon collection with a stamped C array and a typed exception check.

Ownership is a C int array stamped with the trial number (no clearing between
trials), counts live in C longs, and argument validation is an ``except -1`` cdef so
invalid sizes raise ValueError exactly like the Python side.

Keywords: monte carlo, coupon collector, occupancy, probability, simulation
"""

from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int validate(int n, int per_pack) except -1:
    if n <= 0 or per_pack <= 0:
        raise ValueError("need at least one coupon type and one coupon per pack")
    return 0


@cython_benchmark(args=(1500, 50, 5, 8))
def coupon_collector_groups(int trials, int n, int per_pack, long seed):
    """Return (mean packs, min packs, max packs, duplicates, count of each last type)."""
    validate(n, per_pack)
    cdef int *stamp = <int *>calloc(n, sizeof(int))
    cdef long *last_type = <long *>calloc(n, sizeof(long))
    if stamp == NULL or last_type == NULL:
        free(stamp); free(last_type)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long total = 0, lo = 0, hi = 0, duplicates = 0, packs
    cdef int t, k, owned, coupon, last
    try:
        for t in range(1, trials + 1):
            owned = 0
            packs = 0
            last = -1
            while owned < n:
                packs += 1
                for k in range(per_pack):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    coupon = <int>((state >> 8) % <unsigned long long>n)
                    if stamp[coupon] == t:
                        duplicates += 1
                    else:
                        stamp[coupon] = t
                        owned += 1
                        last = coupon
            total += packs
            if t == 1 or packs < lo:
                lo = packs
            if t == 1 or packs > hi:
                hi = packs
            last_type[last] += 1
        result_last = [last_type[k] for k in range(n)]
    finally:
        free(stamp); free(last_type)
    if trials <= 0:
        return 0.0, 0, 0, 0, result_last
    return total / <double>trials, lo, hi, duplicates, result_last
