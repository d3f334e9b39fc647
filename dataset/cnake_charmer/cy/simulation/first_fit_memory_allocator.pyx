# cython: language_level=3
"""First-fit dynamic memory allocator with coalescing, driven by a seeded workload.

The free list is a pair of address-ordered C arrays (start, length) edited with
memmove, and live blocks are a packed Block struct array where removal shifts the
tail exactly like list.pop(i); all scanning and splitting is C integer work.

Keywords: simulation, memory allocator, first fit, free list, fragmentation, coalescing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memmove

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Block:
    long start
    long length


cdef inline void remove_at(Block* arr, int* count, int k) noexcept nogil:
    memmove(&arr[k], &arr[k + 1], (count[0] - k - 1) * sizeof(Block))
    count[0] -= 1


@cython_benchmark(args=(65536, 12000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def first_fit_memory_allocator(long heap, int requests, long long seed):
    """Replay `requests` seeded malloc/free calls on a first-fit heap."""
    cdef long long state = seed & 0x7FFFFFFF, r
    cdef Block* fl = <Block*>malloc((requests + 2) * sizeof(Block))
    cdef Block* live = <Block*>malloc((requests + 2) * sizeof(Block))
    cdef int nfree = 0, nlive = 0, q, k, j
    cdef long failed = 0, used = 0, peak = 0, size, largest = 0
    cdef Block b
    cdef bint placed
    if fl == NULL or live == NULL:
        free(fl); free(live)
        raise MemoryError()
    try:
        if heap > 0:
            fl[0].start = 0
            fl[0].length = heap
            nfree = 1
        with nogil:
            for q in range(requests):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = state >> 8
                if nlive > 0 and r % 100 < 45:
                    j = <int>(r % nlive)
                    b = live[j]
                    remove_at(live, &nlive, j)
                    used -= b.length
                    k = 0
                    while k < nfree and fl[k].start < b.start:
                        k += 1
                    memmove(&fl[k + 1], &fl[k], (nfree - k) * sizeof(Block))
                    fl[k] = b
                    nfree += 1
                    if k + 1 < nfree and fl[k].start + fl[k].length == fl[k + 1].start:
                        fl[k].length += fl[k + 1].length
                        remove_at(fl, &nfree, k + 1)
                    if k > 0 and fl[k - 1].start + fl[k - 1].length == fl[k].start:
                        fl[k - 1].length += fl[k].length
                        remove_at(fl, &nfree, k)
                else:
                    size = 8 + (r >> 7) % 500
                    placed = False
                    for k in range(nfree):
                        if fl[k].length >= size:
                            live[nlive].start = fl[k].start
                            live[nlive].length = size
                            nlive += 1
                            if fl[k].length == size:
                                remove_at(fl, &nfree, k)
                            else:
                                fl[k].start += size
                                fl[k].length -= size
                            used += size
                            if used > peak:
                                peak = used
                            placed = True
                            break
                    if not placed:
                        failed += 1
            for k in range(nfree):
                if fl[k].length > largest:
                    largest = fl[k].length
        return (failed, peak, nfree, largest, nlive)
    finally:
        free(fl); free(live)
