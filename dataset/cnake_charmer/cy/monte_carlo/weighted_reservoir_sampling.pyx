# cython: language_level=3
"""A-Res weighted reservoir with a hand-written C min-heap of key/item structs.

The reservoir is a binary min-heap of ``Entry`` structs (key, item) in a malloc'ed
array with inline sift-down/sift-up routines; ties on equal keys are broken by the
item index exactly like Python's tuple ordering, and keys use libc ``exp``/``log``.

Keywords: monte carlo, reservoir sampling, weighted sampling, heap, streaming
"""

from libc.math cimport exp, log
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Entry:
    double key
    int item


cdef inline bint less(Entry a, Entry b) noexcept nogil:
    return a.key < b.key or (a.key == b.key and a.item < b.item)


cdef void sift_up(Entry *h, int i) noexcept nogil:
    cdef Entry x = h[i]
    cdef int parent
    while i > 0:
        parent = (i - 1) >> 1
        if less(x, h[parent]):
            h[i] = h[parent]
            i = parent
        else:
            break
    h[i] = x


cdef void sift_down(Entry *h, int n, int i) noexcept nogil:
    cdef Entry x = h[i]
    cdef int child
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and less(h[child + 1], h[child]):
            child += 1
        if less(h[child], x):
            h[i] = h[child]
            i = child
        else:
            break
    h[i] = x


@cython_benchmark(args=(60, 2000, 20, 5))
def weighted_reservoir_sampling(int streams, int length, int k, long seed):
    """Return (selection counts of the first 16 items, last reservoir sorted, replacements)."""
    cdef Entry *heap = <Entry *>malloc(((k if k > 0 else 0) + 1) * sizeof(Entry))
    if heap == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long counts[16]
    cdef long replacements = 0
    cdef int s, item, weight, size, i
    cdef double u, key
    for i in range(16):
        counts[i] = 0
    last = []
    try:
        for s in range(streams):
            size = 0
            with nogil:
                for item in range(length):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    weight = 1 + <int>((state >> 8) % 10)
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    u = <double>(state + 1) / 2147483649.0
                    key = exp(log(u) / weight)
                    if size < k:
                        heap[size].key = key
                        heap[size].item = item
                        sift_up(heap, size)
                        size += 1
                    elif k > 0 and key > heap[0].key:
                        heap[0].key = key
                        heap[0].item = item
                        sift_down(heap, size, 0)
                        replacements += 1
            last = sorted([heap[i].item for i in range(size)])
            for item in last:
                if item < 16:
                    counts[item] += 1
    finally:
        free(heap)
    return [counts[i] for i in range(16)], last, replacements
