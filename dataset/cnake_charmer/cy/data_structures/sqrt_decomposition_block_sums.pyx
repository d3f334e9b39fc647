# cython: language_level=3
"""Square-root decomposition over typed memoryviews with integer tags.

Values, block sums and block tags are typed memoryviews (int[::1], long long[::1])
over array.array buffers; a tag of -1 means "no pending assignment". Pushing a tag,
patching partial blocks and summing ranges are typed loops, replacing slice sums and
Optional tags.

Keywords: sqrt decomposition, blocks, range assignment, range sum, lazy tags
"""

import cython
from array import array
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline void push(int[::1] values, int[::1] tag, Py_ssize_t b, Py_ssize_t size, Py_ssize_t n) noexcept:
    cdef Py_ssize_t i, end = (b + 1) * size
    if tag[b] >= 0:
        if end > n:
            end = n
        for i in range(b * size, end):
            values[i] = tag[b]
        tag[b] = -1


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline long long range_sum(int[::1] values, Py_ssize_t lo, Py_ssize_t hi) noexcept:
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(lo, hi):
        s += values[i]
    return s


@cython_benchmark(args=(30000, 5000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def sqrt_decomposition_block_sums(Py_ssize_t n, long ops, long long seed):
    """Return (answer checksum, final total, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t size = <Py_ssize_t>sqrt(<double>n)
    while size * size > n:
        size -= 1
    while (size + 1) * (size + 1) <= n:
        size += 1
    if size < 1:
        size = 1
    cdef Py_ssize_t nblocks = (n + size - 1) // size
    cdef int[::1] values = array('i', bytes(4 * n))
    cdef int[::1] tag = array('i', [-1]) * nblocks
    cdef long long[::1] sums = array('q', bytes(8 * nblocks))
    cdef Py_ssize_t i, a, b, lo, hi, bl, bh, blk, end
    cdef long k
    cdef int x
    cdef long long answer, checksum = 0, total = 0
    cdef list first = []
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        values[i] = <int>((state >> 5) % 1000)
        sums[i // size] += values[i]
    for k in range(ops):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        a = <Py_ssize_t>(state % <unsigned long long>n)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        b = <Py_ssize_t>(state % <unsigned long long>n)
        lo = a if a < b else b
        hi = a if a > b else b
        bl = lo // size
        bh = hi // size
        push(values, tag, bl, size, n)
        push(values, tag, bh, size, n)
        if (state >> 4) % 2:
            x = <int>((state >> 6) % 1000)
            end = hi if hi < (bl + 1) * size - 1 else (bl + 1) * size - 1
            for i in range(lo, end + 1):
                values[i] = x
            for i in range((lo if lo > bh * size else bh * size), hi + 1):
                values[i] = x
            for blk in (bl, bh):
                end = (blk + 1) * size
                if end > n:
                    end = n
                sums[blk] = range_sum(values, blk * size, end)
            for blk in range(bl + 1, bh):
                tag[blk] = x
                end = (blk + 1) * size
                if end > n:
                    end = n
                sums[blk] = <long long>x * (end - blk * size)
        else:
            if bl == bh:
                answer = range_sum(values, lo, hi + 1)
            else:
                answer = range_sum(values, lo, (bl + 1) * size) + range_sum(values, bh * size, hi + 1)
                for blk in range(bl + 1, bh):
                    answer += sums[blk]
            checksum = (checksum * 1000003 + answer) % 998244353
            if len(first) < 8:
                first.append(answer)
    for blk in range(nblocks):
        push(values, tag, blk, size, n)
    total = range_sum(values, 0, n)
    return checksum, total, first
