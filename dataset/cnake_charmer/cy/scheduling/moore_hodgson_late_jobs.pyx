# distutils: language = c++
# cython: language_level=3
"""Moore-Hodgson with packed integer keys, std::sort and std::push_heap/pop_heap.

The EDD order is a ``std::sort`` of ``due × n + job`` keys (no key function), and the
on-time set is a max-heap kept in a ``std::vector`` by ``push_heap``/``pop_heap`` on
``length × 2^32 + job`` keys, which pops the longest job and the latest-numbered on
ties exactly like the Python (−length, −job) tuples. Late jobs are flagged in a byte
array instead of a set, and the passes over the schedule run without the GIL.

Keywords: scheduling, moore hodgson, late jobs, single machine, due dates, edd, heap
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, push_heap, pop_heap

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(80000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def moore_hodgson_late_jobs(int n, long long seed):
    """Return (EDD late, EDD Lmax, optimal late, on-time work, final Lmax, late-set checksum, first removed)."""
    if n <= 0:
        return (0, 0, 0, 0, 0, 0, [])
    cdef long long *length = <long long *>malloc(n * sizeof(long long))
    cdef long long *due = <long long *>malloc(n * sizeof(long long))
    cdef unsigned char *late = <unsigned char *>calloc(n, 1)
    cdef vector[long long] edd
    cdef vector[long long] heap
    cdef int removed[8]
    cdef int nremoved = 0, i, j, nlate = 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long horizon = 0, clock, edd_late = 0, edd_lmax = 0, final_lmax = 0, kept = 0, checksum = 0
    cdef long long shift = 1LL << 32, top
    cdef bint first
    try:
        if length == NULL or due == NULL or late == NULL:
            raise MemoryError()
        edd.resize(n)
        heap.reserve(n)
        with nogil:
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                length[i] = 1 + <long long>((state >> 16) % 100)
                horizon += length[i]
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                due[i] = <long long>((state >> 4) % <unsigned long long>(horizon * 9 // 10 + 1))
                edd[i] = due[i] * n + i
            sort(edd.begin(), edd.end())
            clock = 0
            for i in range(n):
                j = <int>(edd[i] % n)
                clock += length[j]
                if clock > due[j]:
                    edd_late += 1
                if i == 0 or clock - due[j] > edd_lmax:
                    edd_lmax = clock - due[j]
            clock = 0
            for i in range(n):
                j = <int>(edd[i] % n)
                heap.push_back(length[j] * shift + j)
                push_heap(heap.begin(), heap.end())
                clock += length[j]
                if clock > due[j]:
                    pop_heap(heap.begin(), heap.end())
                    top = heap.back()
                    heap.pop_back()
                    clock -= top // shift
                    late[top % shift] = 1
                    nlate += 1
                    if nremoved < 8:
                        removed[nremoved] = <int>(top % shift)
                        nremoved += 1
            clock = 0
            first = True
            for i in range(n):
                j = <int>(edd[i] % n)
                if not late[j]:
                    clock += length[j]
                    kept += length[j]
                    if first or clock - due[j] > final_lmax:
                        final_lmax = clock - due[j]
                        first = False
            for j in range(n):
                if late[j]:
                    clock += length[j]
                    if first or clock - due[j] > final_lmax:
                        final_lmax = clock - due[j]
                        first = False
                    checksum = (checksum * 1000003 + j + 1) % 2147483647
        return (edd_late, edd_lmax, nlate, kept, final_lmax, checksum, [removed[i] for i in range(nremoved)])
    finally:
        free(length); free(due); free(late)
