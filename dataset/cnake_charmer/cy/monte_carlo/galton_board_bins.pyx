# cython: language_level=3
"""Galton board in a nogil C function that reacquires the GIL only to raise.

The ball loop is a ``nogil`` cdef function with an ``except -1`` exception value; a bad
row count is reported by entering ``with gil`` to raise ValueError, while the normal path
never touches Python. Bins are a malloc'ed C array.

Keywords: monte carlo, galton board, binomial distribution, histogram, simulation
"""

from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int drop_balls(long balls, int rows, double p, unsigned long long state, long *bins) except -1 nogil:
    cdef long b
    cdef int r, position
    if rows < 0:
        with gil:
            raise ValueError("rows must be non-negative")
    for b in range(balls):
        position = 0
        for r in range(rows):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if <double>state / 2147483648.0 < p:
                position += 1
        bins[position] += 1
    return 0


@cython_benchmark(args=(20000, 24, 0.5, 99))
def galton_board_bins(long balls, int rows, double p, long seed):
    """Return (bin counts for 0..rows, mean bin); negative rows raise ValueError."""
    cdef long *bins = <long *>calloc((rows + 1) if rows >= 0 else 1, sizeof(long))
    cdef long k, weighted = 0
    if bins == NULL:
        raise MemoryError()
    try:
        with nogil:
            drop_balls(balls, rows, p, seed & 0x7FFFFFFF, bins)
        for k in range(rows + 1):
            weighted += k * bins[k]
        mean = weighted / <double>balls if balls > 0 else 0.0
        return [bins[k] for k in range(rows + 1)], mean
    finally:
        free(bins)
