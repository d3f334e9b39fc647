# cython: language_level=3
"""Fast Walsh-Hadamard transform on int64 buffers with in-place butterflies.

Signals and their transforms are int64 C arrays; the butterfly passes are nogil loops
of integer adds and subtracts, the round-trip check compares against N times the
input in C, and the top-coefficient selection is a small C partial selection.

Keywords: walsh hadamard transform, int64, butterfly, malloc, stdint, nogil
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport malloc, free, llabs

from cnake_charmer.benchmarks import cython_benchmark


cdef void fwht(int64_t *a, int n) noexcept nogil:
    cdef int h = 1, start, i
    cdef int64_t x, y
    while h < n:
        start = 0
        while start < n:
            for i in range(start, start + h):
                x = a[i]
                y = a[i + h]
                a[i] = x + y
                a[i + h] = x - y
            start += 2 * h
        h *= 2


@cython_benchmark(args=(14, 2))
def walsh_hadamard_transform(int p, int rounds):
    """Transform `rounds` integer signals of length 2^p; summarise the last one."""
    cdef int n = 1 << p, r, i, j, best, count
    cdef int64_t *signal = <int64_t *> malloc(n * sizeof(int64_t))
    cdef int64_t *coeffs = <int64_t *> malloc(n * sizeof(int64_t))
    cdef int64_t *back = <int64_t *> malloc(n * sizeof(int64_t))
    cdef char *taken = <char *> malloc(n)
    cdef unsigned long long state = 1357
    cdef int64_t energy = 0
    cdef bint round_trip = True
    cdef int pm = p if p > 1 else 1
    cdef list top = [], values = []
    if not (signal and coeffs and back and taken):
        free(signal); free(coeffs); free(back); free(taken)
        raise MemoryError()
    try:
        for r in range(rounds):
            with nogil:
                for i in range(n):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    signal[i] = (3 if (i >> (r % pm)) & 1 else -3) + (1 if state & 0x10000 else -1)
                    coeffs[i] = signal[i]
                fwht(coeffs, n)
                for i in range(n):
                    back[i] = coeffs[i]
                fwht(back, n)
                for i in range(n):
                    if back[i] != n * signal[i]:
                        round_trip = False
                        break
                energy = 0
                for i in range(n):
                    energy += coeffs[i] * coeffs[i]
                    taken[i] = 0
            top = []
            count = 5 if n > 5 else n
            for j in range(count):
                best = -1
                for i in range(n):
                    if not taken[i] and (best < 0 or llabs(coeffs[i]) > llabs(coeffs[best])):
                        best = i
                taken[best] = 1
                top.append(best)
            values = [coeffs[i] for i in top]
        return top, values, energy, round_trip
    finally:
        free(signal); free(coeffs); free(back); free(taken)
