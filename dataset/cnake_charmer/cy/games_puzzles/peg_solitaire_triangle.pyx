# cython: language_level=3
"""Triangular peg solitaire counting with a C open-addressing memo table.

Boards are 32-bit masks; the memo is a malloc'ed open-addressing hash table of
(board, count) slots probed linearly, the jump list is a C array of three-index
structs, and the recursive counter is a ``noexcept`` cdef with popcount from a GCC
builtin.

Keywords: games, puzzles, peg solitaire, memoisation, bitmask search, state space
"""

from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int popcount32 "__builtin_popcount"(unsigned int x) nogil


cdef struct Jump:
    int a
    int m
    int e


cdef struct Memo:
    uint32_t *keys
    unsigned long long *vals
    unsigned char *used
    long mask
    long size


cdef inline long slot_of(Memo *memo, uint32_t board) noexcept nogil:
    cdef long h = <long>((<uint64_t>board * 0x9E3779B97F4A7C15ULL) >> 40) & memo.mask
    while memo.used[h] and memo.keys[h] != board:
        h = (h + 1) & memo.mask
    return h


cdef unsigned long long ways(uint32_t board, const Jump *jumps, int nj, Memo *memo) noexcept nogil:
    cdef long h = slot_of(memo, board)
    cdef unsigned long long total = 0
    cdef int k
    if memo.used[h]:
        return memo.vals[h]
    if popcount32(board) == 1:
        total = 1
    else:
        for k in range(nj):
            if (board >> jumps[k].a) & 1 and (board >> jumps[k].m) & 1 and not (board >> jumps[k].e) & 1:
                total += ways(board ^ (1u << jumps[k].a) ^ (1u << jumps[k].m) ^ (1u << jumps[k].e), jumps, nj, memo)
    h = slot_of(memo, board)
    memo.used[h] = 1
    memo.keys[h] = board
    memo.vals[h] = total
    memo.size += 1
    return total


@cython_benchmark(args=(5,))
def peg_solitaire_triangle(int rows):
    """Return (winning sequences per empty starting hole, distinct positions evaluated)."""
    if rows <= 0:
        return [], 0
    if rows > 6:
        raise ValueError("at most 6 rows")
    cdef int idx[8][8]
    cdef Jump jumps[200]
    cdef int DR[6]
    cdef int DC[6]
    DR[:] = [0, 1, 1, 0, -1, -1]
    DC[:] = [1, 0, 1, -1, 0, -1]
    cdef int r, c, d, n = 0, nj = 0, mr, mc, er, ec, hole
    for r in range(rows):
        for c in range(r + 1):
            idx[r][c] = n
            n += 1
    for r in range(rows):
        for c in range(r + 1):
            for d in range(6):
                mr = r + DR[d]; mc = c + DC[d]
                er = r + 2 * DR[d]; ec = c + 2 * DC[d]
                if 0 <= mr < rows and 0 <= mc <= mr and 0 <= er < rows and 0 <= ec <= er:
                    jumps[nj].a = idx[r][c]
                    jumps[nj].m = idx[mr][mc]
                    jumps[nj].e = idx[er][ec]
                    nj += 1
    cdef Memo memo
    cdef long cap = 1L << (n + 1 if n + 1 < 23 else 23)
    memo.keys = <uint32_t *>calloc(cap, sizeof(uint32_t))
    memo.vals = <unsigned long long *>calloc(cap, sizeof(unsigned long long))
    memo.used = <unsigned char *>calloc(cap, 1)
    memo.mask = cap - 1
    memo.size = 0
    if memo.keys == NULL or memo.vals == NULL or memo.used == NULL:
        free(memo.keys); free(memo.vals); free(memo.used)
        raise MemoryError()
    cdef uint32_t full = (1u << n) - 1
    try:
        counts = []
        for hole in range(n):
            counts.append(ways(full ^ (1u << hole), jumps, nj, &memo))
        return counts, memo.size
    finally:
        free(memo.keys); free(memo.vals); free(memo.used)
