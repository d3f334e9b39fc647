# distutils: language = c++
# cython: language_level=3
"""Minimum NAND-only formula size (leaf count) of every Boolean function of a few inputs.

Truth tables are ``unsigned int`` values; the best-size table is a dense byte array
indexed by truth table (65,536 entries for four inputs) instead of a dict, each level
is a ``std::vector`` sorted with ``std::sort``, and the quadratic NAND-combination loop
runs without the GIL, using a pending-mark array to de-duplicate a level.

Keywords: logic circuits, NAND gate, logic synthesis, formula size, truth table, exhaustive enumeration, Boolean functions
"""

import cython
from libc.stdlib cimport calloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef void combine(vector[vector[unsigned int]] &levels, int s, unsigned int full,
                  unsigned char *best, unsigned char *pending, vector[unsigned int] &fresh) noexcept nogil:
    cdef int a
    cdef size_t i, j
    cdef unsigned int f, h
    for a in range(1, s // 2 + 1):
        for i in range(levels[a].size()):
            f = levels[a][i]
            for j in range(levels[s - a].size()):
                h = full ^ (f & levels[s - a][j])
                if best[h] == 0 and pending[h] == 0:
                    pending[h] = 1
                    fresh.push_back(h)


@cython_benchmark(args=(4, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nand_formula_minimum_leaves(int nvars, int max_leaves):
    """Return (functions reached, new functions per size 1..max, largest size, checksum)."""
    if not 0 <= nvars <= 4:
        raise ValueError("nvars must be in 0..4")
    if max_leaves > 250:
        raise ValueError("max_leaves must be at most 250")
    cdef int size = 1 << nvars, s, i, x, largest = 0
    cdef unsigned int full = <unsigned int>((1ULL << size) - 1), t
    cdef size_t ntables = <size_t>full + 1, k
    cdef unsigned char *best = <unsigned char *>calloc(ntables, 1)
    cdef unsigned char *pending = <unsigned char *>calloc(ntables, 1)
    cdef vector[vector[unsigned int]] levels
    cdef vector[unsigned int] fresh
    cdef long long reached = 0, checksum = 0
    per_size = []
    try:
        levels.resize(max_leaves + 1)
        for s in range(1, max_leaves + 1):
            fresh.clear()
            if s == 1:
                for i in range(nvars):
                    t = 0
                    for x in range(size):
                        if (x >> i) & 1:
                            t |= 1u << x
                    if not pending[t]:
                        pending[t] = 1
                        fresh.push_back(t)
            else:
                with nogil:
                    combine(levels, s, full, best, pending, fresh)
            sort(fresh.begin(), fresh.end())
            for k in range(fresh.size()):
                best[fresh[k]] = <unsigned char>s
                pending[fresh[k]] = 0
            levels[s] = fresh
            per_size.append(<int>fresh.size())
            reached += fresh.size()
            if fresh.size() > 0:
                largest = s
        for k in range(ntables):
            if best[k]:
                checksum = (checksum * 257 + <long long>k * 31 + best[k]) % 1000000007
    finally:
        free(best)
        free(pending)
    return (reached, per_size, largest, checksum)
