# cython: language_level=3
"""Odd-even transposition sort on uint16_t data with unsigned counters.

The keys fit in 12 bits, so they are stored as uint16_t in a malloc'd buffer; every
round is a strided C loop of compare-exchange steps run without the GIL.

Keywords: odd-even sort, brick sort, transposition, parallel sorting, rounds
"""

import cython
from libc.stdint cimport uint16_t, uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(2000, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
def odd_even_transposition_rounds(Py_ssize_t n, long long seed):
    """Brick-sort n LCG values; return (rounds, swaps, samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef uint64_t rounds = 0, swaps = 0
    cdef int quiet = 0, phase = 0
    cdef bint changed
    cdef uint16_t a, b
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef uint16_t *data = <uint16_t *>malloc((size + 1) * sizeof(uint16_t))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <uint16_t>((state >> 6) % 4096)
        with nogil:
            while quiet < 2 and size > 1:
                changed = False
                i = phase
                while i < size - 1:
                    a = data[i]
                    b = data[i + 1]
                    if a > b:
                        data[i] = b
                        data[i + 1] = a
                        swaps += 1
                        changed = True
                    i += 2
                quiet = 0 if changed else quiet + 1
                phase ^= 1
                rounds += 1
        step = max(1, size // 10)
        return rounds, swaps, [data[i] for i in range(0, size, step)]
    finally:
        free(data)
