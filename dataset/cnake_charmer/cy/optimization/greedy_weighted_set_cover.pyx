# cython: language_level=3
"""Greedy set cover on 64-bit word bitsets with popcount.

Every set and the uncovered universe are arrays of ``uint64_t`` words; the number of
newly covered elements is the popcount of ``set & uncovered`` over the words (a GCC
builtin declared through ``cdef extern``), so evaluating a candidate is a short word
loop instead of a Python set intersection.

Keywords: optimization, set cover, greedy algorithm, approximation, covering
"""

from libc.stdint cimport uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int popcount64 "__builtin_popcountll"(unsigned long long x) nogil


cdef inline long overlap(const uint64_t *a, const uint64_t *b, int words) noexcept nogil:
    cdef long c = 0
    cdef int w
    for w in range(words):
        c += popcount64(a[w] & b[w])
    return c


@cython_benchmark(args=(1200, 700, 17))
def greedy_weighted_set_cover(int universe, int family, long seed):
    """Return (chosen set indices, total cost, newly covered count per pick)."""
    if family <= 0:
        return [], 0, []
    cdef int words = universe // 64 + 1
    cdef uint64_t *bits = <uint64_t *>calloc(<size_t>family * words, sizeof(uint64_t))
    cdef uint64_t *unc = <uint64_t *>calloc(words, sizeof(uint64_t))
    cdef long *cost = <long *>calloc(family, sizeof(long))
    if bits == NULL or unc == NULL or cost == NULL:
        free(bits); free(unc); free(cost)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int k, s, size, e, w, best
    cdef long new, key, best_key, remaining = universe if universe > 0 else 0, total = 0
    chosen = []
    gains = []
    try:
        for k in range(family):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            size = 1 + <int>((state >> 8) % 40)
            for s in range(size):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if universe > 0:
                    e = <int>((state >> 8) % <unsigned long long>universe)
                    bits[k * words + (e >> 6)] |= (<uint64_t>1) << (e & 63)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            cost[k] = 1 + <long>((state >> 8) % 30)
        for e in range(universe):
            k = e % family
            bits[k * words + (e >> 6)] |= (<uint64_t>1) << (e & 63)
            unc[e >> 6] |= (<uint64_t>1) << (e & 63)
        while remaining > 0:
            best = -1
            best_key = 0
            for k in range(family):
                new = overlap(bits + k * words, unc, words)
                if new == 0:
                    continue
                key = cost[k] * 1000000 // new
                if best < 0 or key < best_key:
                    best = k
                    best_key = key
            new = overlap(bits + best * words, unc, words)
            for w in range(words):
                unc[w] &= ~bits[best * words + w]
            remaining -= new
            chosen.append(best)
            gains.append(new)
            total += cost[best]
    finally:
        free(bits); free(unc); free(cost)
    return chosen, total, gains
