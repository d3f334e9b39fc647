# cython: language_level=3
"""Static-1 hazard detection in sum-of-products covers and repair by iterated consensus.

Cubes are (value, care) pairs in growable C ``int`` arrays. Hazard counting makes
one pass over the cubes per minterm, OR-ing the complement of the care mask of every
cube containing it, so the "some single cube spans this adjacent pair" test becomes a
bit test; the on-set is a byte array. Consensus closure uses bit tricks on plain ints.

Keywords: logic circuits, hazards, static-1 hazard, consensus, sum of products, glitch, two-level logic
"""

import cython
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcount(unsigned int x) nogil


cdef long long count_hazards(int *val, int *care, int n, int nvars, char *on, int *span) noexcept nogil:
    cdef int size = 1 << nvars, m, k, i, other
    cdef long long hazards = 0
    for m in range(size):
        on[m] = 0
        span[m] = 0
        for k in range(n):
            if (m & care[k]) == val[k]:
                on[m] = 1
                span[m] |= ~care[k]
    for m in range(size):
        if not on[m]:
            continue
        for i in range(nvars):
            other = m | (1 << i)
            if other == m or not on[other]:
                continue
            if not (span[m] >> i) & 1:
                hazards += 1
    return hazards


@cython_benchmark(args=(9, 9, 48, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def static_hazard_consensus_repair(int nvars, int ncubes, int nfunctions, long long seed):
    """Return (hazards before, consensus cubes added, hazards after, final literals, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int full = (1 << nvars) - 1, size = 1 << nvars
    cdef int cap = ncubes + 64, n, i, j, k, f, c, opp, cv, cc, r
    cdef bint changed, covered
    cdef int *val = <int *>malloc(cap * sizeof(int))
    cdef int *care = <int *>malloc(cap * sizeof(int))
    cdef char *on = <char *>malloc(size)
    cdef int *span = <int *>malloc(size * sizeof(int))
    cdef long long before = 0, added = 0, after = 0, literals = 0, checksum = 0
    try:
        for f in range(nfunctions):
            n = 0
            for c in range(ncubes):
                cc = 0
                for i in range(nvars):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 5 < 3:
                        cc |= 1 << i
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                val[n] = <int>((state >> 16) % size) & cc & full
                care[n] = cc
                n += 1
            before += count_hazards(val, care, n, nvars, on, span)
            changed = True
            while changed:
                changed = False
                r = n
                for i in range(r):
                    for j in range(i + 1, r):
                        opp = care[i] & care[j] & (val[i] ^ val[j])
                        if opp == 0 or opp & (opp - 1):
                            continue
                        cc = (care[i] | care[j]) & ~opp
                        cv = (val[i] | val[j]) & cc
                        covered = False
                        for k in range(n):
                            if (care[k] & cc) == care[k] and (cv & care[k]) == val[k]:
                                covered = True
                                break
                        if covered:
                            continue
                        if n == cap:
                            cap *= 2
                            val = <int *>realloc(val, cap * sizeof(int))
                            care = <int *>realloc(care, cap * sizeof(int))
                        val[n] = cv
                        care[n] = cc
                        n += 1
                        added += 1
                        changed = True
            after += count_hazards(val, care, n, nvars, on, span)
            for k in range(n):
                literals += __builtin_popcount(care[k])
                checksum = (checksum * 8191 + <long long>val[k] * 1024 + care[k]) % 1000000007
    finally:
        free(val); free(care); free(on); free(span)
    return (before, added, after, literals, checksum)
