# cython: language_level=3
"""Patience sort with piles stored as linked stacks inside a cdef class.

A PileTable extension type owns every buffer (pile tops, per-pile head and size, a
"next below" link per card, and a binary heap of pile indices), allocated in
__cinit__ and released in __dealloc__; dealing uses a C binary search and merging a
hand-written C heap.

Keywords: patience sort, piles, longest increasing subsequence, binary search, heap merge
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class PileTable:
    cdef int *values
    cdef int *below
    cdef int *tops
    cdef int *head
    cdef int *sizes
    cdef int *heap
    cdef Py_ssize_t npiles

    def __cinit__(self, Py_ssize_t n):
        self.values = <int *>malloc((n + 1) * sizeof(int))
        self.below = <int *>malloc((n + 1) * sizeof(int))
        self.tops = <int *>malloc((n + 1) * sizeof(int))
        self.head = <int *>malloc((n + 1) * sizeof(int))
        self.sizes = <int *>malloc((n + 1) * sizeof(int))
        self.heap = <int *>malloc((n + 1) * sizeof(int))
        self.npiles = 0
        if (self.values == NULL or self.below == NULL or self.tops == NULL
                or self.head == NULL or self.sizes == NULL or self.heap == NULL):
            raise MemoryError()

    def __dealloc__(self):
        free(self.values)
        free(self.below)
        free(self.tops)
        free(self.head)
        free(self.sizes)
        free(self.heap)

    @cython.boundscheck(False)
    @cython.wraparound(False)
    cdef void deal(self, int card) noexcept:
        cdef int v = self.values[card]
        cdef Py_ssize_t lo = 0, hi = self.npiles, mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if self.tops[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        if lo == self.npiles:
            self.npiles += 1
            self.below[card] = -1
            self.sizes[lo] = 1
        else:
            self.below[card] = self.head[lo]
            self.sizes[lo] += 1
        self.head[lo] = card
        self.tops[lo] = v

    cdef inline bint less(self, int a, int b) noexcept:
        cdef int va = self.values[self.head[a]], vb = self.values[self.head[b]]
        return va < vb or (va == vb and a < b)

    @cython.boundscheck(False)
    @cython.wraparound(False)
    cdef void sift_down(self, Py_ssize_t pos, Py_ssize_t count) noexcept:
        cdef Py_ssize_t child
        cdef int tmp
        while 2 * pos + 1 < count:
            child = 2 * pos + 1
            if child + 1 < count and self.less(self.heap[child + 1], self.heap[child]):
                child += 1
            if not self.less(self.heap[child], self.heap[pos]):
                break
            tmp = self.heap[pos]
            self.heap[pos] = self.heap[child]
            self.heap[child] = tmp
            pos = child

    cdef list merge(self, Py_ssize_t total):
        cdef Py_ssize_t count = self.npiles, i, out = 0
        cdef Py_ssize_t step = max(1, total // 10)
        cdef int pile
        cdef list samples = []
        for i in range(count):
            self.heap[i] = <int>i
        for i in range(count // 2 - 1, -1, -1):
            self.sift_down(i, count)
        while count > 0:
            pile = self.heap[0]
            if out % step == 0:
                samples.append(self.values[self.head[pile]])
            out += 1
            self.head[pile] = self.below[self.head[pile]]
            if self.head[pile] < 0:
                count -= 1
                self.heap[0] = self.heap[count]
            self.sift_down(0, count)
        return samples


@cython_benchmark(args=(100000, 13))
def patience_sort_piles(Py_ssize_t n, long long seed):
    """Return (pile count, largest pile, sorted samples) for n LCG values."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef int largest = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef PileTable table = PileTable(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        table.values[i] = <int>(state % 1000000)
        table.deal(<int>i)
    for i in range(table.npiles):
        if table.sizes[i] > largest:
            largest = table.sizes[i]
    samples = table.merge(size)
    return table.npiles, largest, samples
