# cython: language_level=3
"""Minimum path sum over a typed 2-D memoryview with a C backtrack.

Costs and the DP table live in a ``long long`` 2-D array exposed as a C-contiguous
memoryview, so the recurrence is a nested typed loop; the backtrack tracks the last
move as a C char and counts direction changes without building a move list. An
empty grid raises ValueError through an ``except -1`` validator.

Keywords: dynamic programming, grid path, minimum path sum, reconstruction, matrix
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef int check_grid(int rows, int cols) except -1:
    if rows <= 0 or cols <= 0:
        raise ValueError("grid must be non-empty")
    return 0


@cython_benchmark(args=(450, 450, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
def grid_min_path_turns(int rows, int cols, long long seed):
    """Return (minimum path cost, direction changes along the path, path checksum)."""
    check_grid(rows, cols)
    cdef long long[:, ::1] best = cvarray(shape=(rows, cols), itemsize=sizeof(long long), format="q")
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, cost
    cdef int r, c, turns = 0
    cdef char last = 0, move
    with nogil:
        for r in range(rows):
            for c in range(cols):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cost = (state >> 12) % 100
                if r == 0 and c == 0:
                    best[r, c] = cost
                elif r == 0:
                    best[r, c] = best[r, c - 1] + cost
                elif c == 0:
                    best[r, c] = best[r - 1, c] + cost
                elif best[r - 1, c] <= best[r, c - 1]:
                    best[r, c] = best[r - 1, c] + cost
                else:
                    best[r, c] = best[r, c - 1] + cost
        r = rows - 1
        c = cols - 1
        while r or c:
            checksum = (checksum * 31 + <long long>r * cols + c) % 1000000007
            if c == 0 or (r > 0 and best[r - 1, c] <= best[r, c - 1]):
                move = 68
                r -= 1
            else:
                move = 82
                c -= 1
            if last and move != last:
                turns += 1
            last = move
    return (best[rows - 1, cols - 1], turns, checksum)
