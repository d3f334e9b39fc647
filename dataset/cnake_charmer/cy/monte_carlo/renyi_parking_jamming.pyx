# cython: language_level=3
"""Renyi parking with a bucketed occupancy grid instead of a sorted list.

The street is cut into unit cells; since cars have unit length each cell holds at
most one car start, so the overlap test only inspects the car starts stored in the
cell and its two neighbours (a C double array, -1 marking an empty cell), replacing
``bisect`` plus ``list.insert`` with O(1) C work.

Keywords: monte carlo, random sequential adsorption, renyi parking, jamming, coverage
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline bint fits(const double *cell_start, int cells, double x) noexcept nogil:
    cdef int c = <int>x, k
    cdef double other
    for k in range(c - 1, c + 2):
        if k < 0 or k >= cells:
            continue
        other = cell_start[k]
        if other < 0.0:
            continue
        if other <= x:
            if other + 1.0 > x:
                return False
        else:
            if x + 1.0 > other:
                return False
    return True


@cython_benchmark(args=(12, 300.0, 4000, 5))
def renyi_parking_jamming(int streets, double length, int patience, long seed):
    """Return (cars parked per street, mean coverage, total attempts)."""
    cdef int cells = <int>length + 2 if length > 0 else 2
    cdef double *cell_start = <double *>malloc(cells * sizeof(double))
    if cell_start == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long attempts = 0
    cdef int s, k, failures, parked
    cdef double x, coverage = 0.0
    counts = []
    try:
        for s in range(streets):
            for k in range(cells):
                cell_start[k] = -1.0
            failures = 0
            parked = 0
            while failures < patience and length >= 1.0:
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                x = (length - 1.0) * <double>state / 2147483648.0
                attempts += 1
                if fits(cell_start, cells, x):
                    cell_start[<int>x] = x
                    parked += 1
                    failures = 0
                else:
                    failures += 1
            counts.append(parked)
            coverage += parked / length if length > 0 else 0.0
    finally:
        free(cell_start)
    return counts, coverage / streets if streets > 0 else 0.0, attempts
