# cython: language_level=3
"""D'Hondt vs Sainte-Laguë over many districts — integer cross-multiplication instead of Fraction objects.

Quotients votes/div are compared exactly as ``votes_a * div_b > votes_b * div_a`` in
``long long``, so no rational objects are built. Party state is a struct array; the
divisor rule is an enum passed to a ``cdef inline`` allocation routine that runs
without the GIL.

Keywords: elections, apportionment, D'Hondt, Sainte-Lague, Webster, highest averages, electoral threshold, Gallagher index, proportional representation
"""

import cython
from libc.math cimport sqrt
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Rule:
    DHONDT = 1
    SAINTE_LAGUE = 2


cdef struct Party:
    long long votes
    int eligible
    int dh
    int sl
    long long national
    long long dh_total
    long long sl_total


cdef inline long long divisor(Rule rule, int s) noexcept nogil:
    return s + 1 if rule == DHONDT else 2 * s + 1


cdef void allocate(Party *ps, int n, int magnitude, Rule rule) noexcept nogil:
    cdef int k, p, best
    cdef long long bd, pd
    for p in range(n):
        if rule == DHONDT:
            ps[p].dh = 0
        else:
            ps[p].sl = 0
    for k in range(magnitude):
        best = -1
        bd = 1
        for p in range(n):
            if not ps[p].eligible:
                continue
            pd = divisor(rule, ps[p].dh if rule == DHONDT else ps[p].sl)
            if best < 0 or ps[p].votes * bd > ps[best].votes * pd:
                best = p
                bd = pd
        if best < 0:
            return
        if rule == DHONDT:
            ps[best].dh += 1
        else:
            ps[best].sl += 1


cdef double gallagher(Party *ps, int n, bint use_dh) noexcept:
    cdef long long tv = 0, ts = 0, s
    cdef int p
    cdef double acc = 0.0, diff
    for p in range(n):
        tv += ps[p].national
        ts += ps[p].dh_total if use_dh else ps[p].sl_total
    if tv == 0 or ts == 0:
        return 0.0
    for p in range(n):
        s = ps[p].dh_total if use_dh else ps[p].sl_total
        diff = 100.0 * ps[p].national / tv - 100.0 * s / ts
        acc += diff * diff
    return sqrt(acc / 2.0)


@cython_benchmark(args=(700, 8, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dhondt_sainte_lague_threshold(int n_districts, int n_parties, long long seed):
    """Return national seats, Gallagher index per method, split districts and a sample."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_parties
    cdef Party *ps = <Party *>calloc(n + 1, sizeof(Party))
    cdef int *strength = <int *>malloc((n + 1) * sizeof(int))
    cdef int d, p, magnitude, differ
    cdef long long total
    cdef long split = 0
    sample = []
    try:
        for p in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            strength[p] = 1 + <int>((state >> 16) % 40)
        for d in range(n_districts):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            magnitude = 2 + <int>((state >> 16) % 11)
            total = 0
            for p in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ps[p].votes = strength[p] * (200 + <long long>((state >> 16) % 800))
                total += ps[p].votes
            for p in range(n):
                ps[p].eligible = 20 * ps[p].votes >= total
            with nogil:
                allocate(ps, n, magnitude, DHONDT)
                allocate(ps, n, magnitude, SAINTE_LAGUE)
            differ = 0
            for p in range(n):
                if ps[p].dh != ps[p].sl:
                    differ = 1
                ps[p].national += ps[p].votes
                ps[p].dh_total += ps[p].dh
                ps[p].sl_total += ps[p].sl
            split += differ
            if d < 3:
                sample.append((magnitude, [ps[p].dh for p in range(n)], [ps[p].sl for p in range(n)]))
        result = ([ps[p].dh_total for p in range(n)], [ps[p].sl_total for p in range(n)],
                  gallagher(ps, n, True), gallagher(ps, n, False), split, sample)
    finally:
        free(ps); free(strength)
    return result
