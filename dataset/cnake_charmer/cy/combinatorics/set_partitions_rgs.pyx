# cython: language_level=3
"""Restricted-growth-string enumeration as an iterative C successor function.

The string and its running block maxima are C int arrays; the next string is found by
scanning from the right for a position that can still grow, so the enumeration is a
flat loop with no recursion or Python lists. Block sizes are maintained incrementally.

Keywords: combinatorics, set partitions, restricted growth strings, bell numbers, enumeration
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(9,))
@cython.boundscheck(False)
@cython.wraparound(False)
def set_partitions_rgs(int n):
    """Return (partitions, block-count histogram, partitions without singletons, checksum)."""
    if n <= 0:
        return (1, [1], 1, 0)
    if n > 30:
        raise ValueError("n too large")
    cdef int a[32]
    cdef int prefmax[32]
    cdef int sizes[33]
    cdef long long hist[33]
    cdef long long count = 0, no_singletons = 0, checksum = 0, s
    cdef int i, j, blocks
    cdef bint single
    for i in range(n + 1):
        hist[i] = 0
        sizes[i] = 0
    for i in range(n):
        a[i] = 0
        prefmax[i] = 0
    sizes[0] = n
    with nogil:
        while True:
            blocks = prefmax[n - 1] + 1
            count += 1
            hist[blocks] += 1
            single = False
            for j in range(blocks):
                if sizes[j] == 1:
                    single = True
                    break
            if not single:
                no_singletons += 1
            s = 0
            for i in range(n):
                s += (i + 1) * a[i]
            checksum = (checksum * 7 + s) % 1000000007
            i = n - 1
            while i > 0 and a[i] > prefmax[i - 1]:
                i -= 1
            if i == 0:
                break
            sizes[a[i]] -= 1
            a[i] += 1
            sizes[a[i]] += 1
            prefmax[i] = prefmax[i - 1] if prefmax[i - 1] > a[i] else a[i]
            for j in range(i + 1, n):
                sizes[a[j]] -= 1
                a[j] = 0
                sizes[0] += 1
                prefmax[j] = prefmax[j - 1]
    return (count, [hist[i] for i in range(n + 1)], no_singletons, checksum)
