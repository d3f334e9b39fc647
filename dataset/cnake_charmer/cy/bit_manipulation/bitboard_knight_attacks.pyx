# cython: language_level=3
"""Knight bitboards on uint64_t with hardware popcount.

Boards are uint64_t, so shifts drop bits past square 63 for free and no FULL mask is
needed; the eight masked shifts are unrolled, and popcounts use the GCC builtin
(a single instruction on modern CPUs) instead of bin().count().

Keywords: bitboard, chess, knight moves, bit shifts, masks
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil


cdef uint64_t NOT_A = 0xFEFEFEFEFEFEFEFEULL
cdef uint64_t NOT_AB = 0xFCFCFCFCFCFCFCFCULL
cdef uint64_t NOT_H = 0x7F7F7F7F7F7F7F7FULL
cdef uint64_t NOT_GH = 0x3F3F3F3F3F3F3F3FULL


cdef inline void knight_cover(uint64_t k, uint64_t *seen, uint64_t *twice) noexcept nogil:
    cdef uint64_t t[8]
    cdef uint64_t s = 0, d = 0
    cdef int i
    t[0] = (k << 17) & NOT_A
    t[1] = (k << 15) & NOT_H
    t[2] = (k << 10) & NOT_AB
    t[3] = (k << 6) & NOT_GH
    t[4] = (k >> 17) & NOT_H
    t[5] = (k >> 15) & NOT_A
    t[6] = (k >> 10) & NOT_GH
    t[7] = (k >> 6) & NOT_AB
    for i in range(8):
        d |= s & t[i]
        s |= t[i]
    seen[0] = s
    twice[0] = d


@cython_benchmark(args=(60000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def bitboard_knight_attacks(long positions, long long seed):
    """Return (total attacked squares, attacked blockers, doubly attacked squares, first 4 attack sets)."""
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF) | 1
    cdef uint64_t knights, blockers, seen, twice
    cdef long p
    cdef long long attacked_total = 0, hit_blockers = 0, doubled = 0
    cdef uint64_t samples[4]
    for p in range(positions):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        knights = state & (state >> 7) & (state >> 13)
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        blockers = (state & (state >> 3)) & ~knights
        knight_cover(knights, &seen, &twice)
        attacked_total += __builtin_popcountll(seen)
        hit_blockers += __builtin_popcountll(seen & blockers)
        doubled += __builtin_popcountll(twice)
        if p < 4:
            samples[p] = seen
    return attacked_total, hit_blockers, doubled, [samples[p] for p in range(min(4, positions))]
