# cython: language_level=3
"""Josephus elimination with the circular list as a C int array.

The "next" links are a malloc'd int array indexed by person, so each counting step
is one array load; the walk runs with the GIL released and only the first eliminated
people are kept for the result.

Keywords: Josephus problem, circular linked list, elimination, simulation, pointers
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def josephus_circular_linked_list(int n, int k):
    """Return (survivor or -1, first 10 eliminated, order checksum); k >= 1."""
    if k < 1:
        raise ValueError("step must be positive")
    if n <= 0:
        return -1, [], 0
    cdef int i, s, steps, prev = n - 1, current = 0, remaining = n, count = 0
    cdef long long checksum = 0
    cdef int first[10]
    cdef int *nxt = <int *>malloc(n * sizeof(int))
    if nxt == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            nxt[i] = i + 1 if i + 1 < n else 0
        with nogil:
            while remaining > 1:
                steps = (k - 1) % remaining
                for s in range(steps):
                    prev = current
                    current = nxt[current]
                if count < 10:
                    first[count] = current
                count += 1
                checksum = (checksum * 1000003 + current) % 998244353
                nxt[prev] = nxt[current]
                current = nxt[prev]
                remaining -= 1
        return current, [first[i] for i in range(min(10, count))], checksum
    finally:
        free(nxt)
