# cython: language_level=3
"""Count-min sketch as an extension type with ``__getitem__`` and ``__len__``.

The sketch is a cdef class owning one flat ``uint32_t`` counter array; its row hashes
are multiply-shift on ``uint64_t`` (the wrap is the modulo), ``add`` is a C method, and
``sketch[item]`` (``__getitem__``) returns the minimum over rows, with ``len(sketch)``
giving the number of counters. Exact counts use a dense C array since items are small.

Keywords: count min sketch, cdef class, special methods, multiply shift hashing, streaming
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef class _Sketch:
    cdef uint32_t *table
    cdef int depth, width

    def __cinit__(self, int depth, int width):
        self.depth = depth
        self.width = width
        self.table = <uint32_t *> calloc(depth * width + 1, sizeof(uint32_t))

    def __dealloc__(self):
        free(self.table)

    def __len__(self):
        return self.depth * self.width

    def __getitem__(self, long item):
        return self.estimate(item)

    cdef inline int slot(self, long item, int row) noexcept:
        cdef uint64_t a = 0x9E3779B97F4A7C15ULL * <uint64_t> (2 * row + 1)
        return <int> (((<uint64_t> (item + 1) * a) >> 40) % <uint64_t> self.width)

    cdef void add(self, long item) noexcept:
        cdef int r
        for r in range(self.depth):
            self.table[r * self.width + self.slot(item, r)] += 1

    cdef uint32_t estimate(self, long item) noexcept:
        cdef int r
        cdef uint32_t best = 0xFFFFFFFFu, v
        for r in range(self.depth):
            v = self.table[r * self.width + self.slot(item, r)]
            if v < best:
                best = v
        return best


@cython_benchmark(args=(50000, 4, 512, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def count_min_sketch_heavy_hitters(int n, int depth, int width, int seed):
    """Return (top 5 items as (item, true, estimate), total overestimate, max counter)."""
    cdef _Sketch sketch = _Sketch(depth, width)
    cdef int *exact = <int *> calloc(5000, sizeof(int))
    cdef unsigned long long state = seed
    cdef int i, a, b, item
    cdef long long over = 0
    cdef uint32_t biggest = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = (state >> 8) % 5000
            b = (state >> 4) % 5000
            item = a * b // 5000
            sketch.add(item)
            exact[item] += 1
        items = []
        for item in range(5000):
            if exact[item]:
                items.append((item, exact[item]))
                over += sketch.estimate(item) - exact[item]
        items.sort(key=lambda kv: (-kv[1], kv[0]))
        for i in range(len(sketch)):
            if sketch.table[i] > biggest:
                biggest = sketch.table[i]
        return ([(it, c, sketch[it]) for it, c in items[:5]], over, biggest)
    finally:
        free(exact)
