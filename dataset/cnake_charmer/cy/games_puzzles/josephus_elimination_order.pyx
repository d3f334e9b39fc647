# cython: language_level=3
"""Josephus eliminations with a cdef-class circular linked list.

The circle is an extension type holding a C ``next`` array; removing a person is an
O(1) unlink after walking k-1 links, instead of ``list.pop`` shifting memory. The
class implements ``__len__``, ``__iter__`` (yielding the elimination order) and
``__getitem__``.

Keywords: games, josephus problem, elimination, circular list, simulation
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Circle:
    cdef int *nxt
    cdef int *order
    cdef int n
    cdef int alive

    def __cinit__(self, int n):
        self.n = n
        self.nxt = <int *>malloc((n if n > 0 else 1) * sizeof(int))
        self.order = <int *>malloc((n if n > 0 else 1) * sizeof(int))
        if self.nxt == NULL or self.order == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.nxt)
        free(self.order)

    cdef void eliminate_all(self, int k) noexcept:
        cdef int i, step, prev, victim, count = 0, m
        for i in range(self.n):
            self.nxt[i] = (i + 1) % self.n
        self.alive = self.n
        prev = self.n - 1
        while self.alive > 0:
            m = (k - 1) % self.alive
            for step in range(m):
                prev = self.nxt[prev]
            victim = self.nxt[prev]
            self.nxt[prev] = self.nxt[victim]
            self.order[count] = victim
            count += 1
            self.alive -= 1

    def __len__(self):
        return self.n - self.alive

    def __getitem__(self, int i):
        return self.order[i]

    def __iter__(self):
        cdef int i
        for i in range(self.n - self.alive):
            yield self.order[i]


@cython_benchmark(args=(3000, 2, 40))
def josephus_elimination_order(int n, int k_low, int k_high):
    """Return [(k, survivor, halfway elimination, order checksum)] for k in range."""
    cdef Circle circle = Circle(n)
    cdef int k, i, count
    cdef long long checksum
    result = []
    for k in range(k_low if k_low > 1 else 1, k_high + 1):
        if n <= 0:
            result.append((k, -1, -1, 0))
            continue
        circle.eliminate_all(k)
        count = len(circle)
        checksum = 0
        for i in range(count):
            checksum = (checksum * 1000003 + circle.order[i]) % 2147483647
        result.append((k, circle[count - 1], circle[count // 2], checksum))
    return result
