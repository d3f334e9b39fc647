# cython: language_level=3
"""Permutation cycle statistics with cpdef helpers over C int buffers.

The shuffle and the cycle decomposition are ``cpdef`` functions taking raw memory via
typed memoryviews, so they are callable from Python yet dispatch as C calls inside the
module; buffers are allocated once and reused across trials.

Keywords: monte carlo, permutation, fisher yates, cycles, combinatorics
"""

cimport cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef unsigned long long shuffle_identity(int[::1] perm, unsigned long long state):
    """Fill perm with 0..n-1 shuffled by Fisher-Yates; return the new LCG state."""
    cdef int n = perm.shape[0], i, j, tmp
    for i in range(n):
        perm[i] = i
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        j = <int>((state >> 8) % <unsigned long long>(i + 1))
        tmp = perm[i]
        perm[i] = perm[j]
        perm[j] = tmp
    return state


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef int count_cycles(int[::1] perm, int[::1] seen, long[::1] stats):
    """Return the cycle count; stats[0] += fixed points, stats[1] = max(longest)."""
    cdef int n = perm.shape[0], start, k, length, cycles = 0
    for k in range(n):
        seen[k] = 0
    for start in range(n):
        if seen[start]:
            continue
        cycles += 1
        length = 0
        k = start
        while not seen[k]:
            seen[k] = 1
            k = perm[k]
            length += 1
        if length == 1:
            stats[0] += 1
        if length > stats[1]:
            stats[1] = length
    return cycles


@cython_benchmark(args=(2500, 200, 3))
def permutation_cycle_statistics(int trials, int n, long seed):
    """Return (histogram of cycle counts, total fixed points, longest cycle)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int m = n if n > 0 else 1
    cdef int[::1] perm = cvarray(shape=(m,), itemsize=sizeof(int), format="i")
    cdef int[::1] seen = cvarray(shape=(m,), itemsize=sizeof(int), format="i")
    cdef long[::1] stats = cvarray(shape=(2,), itemsize=sizeof(long), format="l")
    cdef int hist[16]
    cdef int t, c
    for c in range(16):
        hist[c] = 0
    stats[0] = 0
    stats[1] = 0
    if n <= 0:
        hist[0] = trials if trials > 0 else 0
        return [hist[c] for c in range(16)], 0, 0
    for t in range(trials):
        state = shuffle_identity(perm, state)
        c = count_cycles(perm, seen, stats)
        hist[c if c < 15 else 15] += 1
    return [hist[c] for c in range(16)], stats[0], stats[1]
