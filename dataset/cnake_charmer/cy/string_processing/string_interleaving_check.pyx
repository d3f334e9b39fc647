# cython: language_level=3
"""Interleaving test with a one-row ``bint`` table and an LCG in a cdef class.

The generator state lives in a small extension type whose ``next`` method is a C call;
strings are built in C arrays and the DP keeps a single row of C booleans, so each
triple is decided without any Python objects.

Keywords: interleaving, shuffle, dynamic programming, cdef class, strings
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef class _Lcg:
    cdef unsigned long long state

    def __cinit__(self, unsigned long long seed):
        self.state = seed

    cdef inline unsigned long long next(self) noexcept:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state


cdef bint _is_interleaving(const char *a, int la, const char *b, int lb, const char *c, int lc) noexcept nogil:
    cdef bint row[24]
    cdef int i, j
    if la + lb != lc:
        return False
    row[0] = True
    for j in range(1, lb + 1):
        row[j] = row[j - 1] and b[j - 1] == c[j - 1]
    for i in range(1, la + 1):
        row[0] = row[0] and a[i - 1] == c[i - 1]
        for j in range(1, lb + 1):
            row[j] = (row[j] and a[i - 1] == c[i + j - 1]) or (row[j - 1] and b[j - 1] == c[i + j - 1])
    return row[lb]


@cython_benchmark(args=(3000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def string_interleaving_check(int m, int seed):
    """Return (number of valid interleavings, first 30 verdicts)."""
    cdef _Lcg rng = _Lcg(seed)
    cdef char a[24]
    cdef char b[24]
    cdef char c[48]
    cdef int w, i, j, k, la, lb, lc, valid = 0
    cdef bint ok
    cdef list first = []
    for w in range(m):
        la = rng.next() % 20
        for i in range(la):
            a[i] = b'b' if (rng.next() >> 9) & 1 else b'a'
        lb = rng.next() % 20
        for i in range(lb):
            b[i] = b'b' if (rng.next() >> 9) & 1 else b'a'
        i = 0
        j = 0
        lc = 0
        while i < la or j < lb:
            if j == lb or (i < la and (rng.next() >> 5) & 1):
                c[lc] = a[i]
                i += 1
            else:
                c[lc] = b[j]
                j += 1
            lc += 1
        if lc and rng.next() % 2:
            k = rng.next() % lc
            c[k] = b'a' if c[k] == b'b' else b'b'
        ok = _is_interleaving(a, la, b, lb, c, lc)
        valid += ok
        if w < 30:
            first.append(ok)
    return (valid, first)
