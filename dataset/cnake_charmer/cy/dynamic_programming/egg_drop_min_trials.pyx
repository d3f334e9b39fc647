# cython: language_level=3
"""Egg-drop DP over a flat int table with an inline worst-case helper.

Argument checking is a cdef function declared ``except -1`` that raises ValueError;
the (eggs+1) x (floors+1) table is one malloc'd block, and the minimax over the first
drop floor is a C loop calling an inline max.

Keywords: dynamic programming, egg drop, minimax, worst case, puzzle
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int validate(int eggs, int floors) except -1:
    if eggs < 0 or floors < 0:
        raise ValueError("eggs and floors must be non-negative")
    return 0


cdef inline int imax(int a, int b) noexcept nogil:
    return a if a > b else b


@cython_benchmark(args=(4, 600))
@cython.boundscheck(False)
@cython.wraparound(False)
def egg_drop_min_trials(int eggs, int floors):
    """Return (worst-case drops, drops for every 25th floor count, best first floor)."""
    validate(eggs, floors)
    if eggs == 0:
        return (0 if floors == 0 else -1, [], 0)
    cdef Py_ssize_t width = floors + 1
    cdef int *table = <int *>calloc((eggs + 1) * width, sizeof(int))
    cdef int *below
    cdef int *here
    cdef int e, f, x, best, worst, first = 0
    if table == NULL:
        raise MemoryError()
    try:
        with nogil:
            for f in range(floors + 1):
                table[width + f] = f
            for e in range(2, eggs + 1):
                below = table + (e - 1) * width
                here = table + e * width
                for f in range(1, floors + 1):
                    best = f
                    for x in range(1, f + 1):
                        worst = imax(below[x - 1], here[f - x])
                        if worst < best:
                            best = worst
                    here[f] = 1 + best
            if floors > 0:
                below = table + (eggs - 1) * width
                here = table + eggs * width
                best = -1
                for x in range(1, floors + 1):
                    worst = imax(below[x - 1], here[floors - x])
                    if best < 0 or worst < best:
                        best = worst
                        first = x
        here = table + eggs * width
        result = (here[floors], [here[f] for f in range(0, floors + 1, 25)], first)
    finally:
        free(table)
    return result
