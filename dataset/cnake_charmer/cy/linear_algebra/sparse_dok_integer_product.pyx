# distutils: language = c++
# cython: language_level=3
"""Sparse integer product: C++ unordered_map DOK input, Gustavson row accumulation.

Coordinates are packed into one int64 key (row * n + col), so each input matrix is a
libcpp unordered_map<int64, int64> (duplicate draws merge as in the dict). Both are
then regrouped by row into vectors, and each output row is accumulated in a dense
int64 scratch row with a list of touched columns (Gustavson's algorithm), so the
product needs no hashing at all. Integer results are exact in any order.

Keywords: sparse matrix, libcpp unordered_map, libcpp vector, gustavson, int64, c++
"""

import cython
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libc.stdint cimport int64_t
from cython.operator cimport dereference as deref, preincrement as inc

from cnake_charmer.benchmarks import cython_benchmark

ctypedef pair[int64_t, int64_t] entry_t
ctypedef vector[vector[entry_t]] rows_t


@cython.cdivision(True)
cdef int64_t fill(unordered_map[int64_t, int64_t] &m, int64_t n, int per_row, int64_t state) noexcept:
    cdef int64_t r, c
    cdef int t
    for r in range(n):
        for t in range(per_row):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = state % n
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            m[r * n + c] += state % 19 - 9
    return state


@cython.cdivision(True)
cdef void group_rows(unordered_map[int64_t, int64_t] &m, int64_t n, rows_t &rows) noexcept:
    cdef unordered_map[int64_t, int64_t].iterator it = m.begin()
    rows.resize(n)
    while it != m.end():
        rows[deref(it).first // n].push_back(entry_t(deref(it).first % n, deref(it).second))
        inc(it)


@cython_benchmark(args=(1200, 10))
@cython.boundscheck(False)
@cython.cdivision(True)
def sparse_dok_integer_product(int n, int per_row):
    """Multiply two random sparse integer matrices; return nnz, sum, checksum and max entry."""
    if n <= 0:
        return 0, 0, 0, 0
    cdef unordered_map[int64_t, int64_t] a, b
    cdef rows_t a_rows, b_rows
    cdef vector[int64_t] acc
    cdef vector[char] seen
    cdef vector[int64_t] touched
    cdef vector[entry_t] *arow
    cdef vector[entry_t] *brow
    cdef int64_t state, i, k, j, av, v, nn = n
    cdef int64_t total = 0, checksum = 0, biggest = 0, nnz = 0
    cdef size_t s, t, u
    a.reserve(n * per_row)
    b.reserve(n * per_row)
    state = fill(a, nn, per_row, 17)
    fill(b, nn, per_row, state)
    group_rows(a, nn, a_rows)
    group_rows(b, nn, b_rows)
    acc.resize(n, 0)
    seen.resize(n, 0)
    with nogil:
        for i in range(nn):
            arow = &a_rows[i]
            for s in range(arow.size()):
                k = deref(arow)[s].first
                av = deref(arow)[s].second
                brow = &b_rows[k]
                for t in range(brow.size()):
                    j = deref(brow)[t].first
                    if not seen[j]:
                        seen[j] = 1
                        touched.push_back(j)
                    acc[j] += av * deref(brow)[t].second
            for u in range(touched.size()):
                j = touched[u]
                v = acc[j]
                if v != 0:
                    if nnz == 0 or v > biggest:
                        biggest = v
                    nnz += 1
                    total += v
                    checksum = (checksum + (i * 31 + j * 7 + 1) * v) % 1000000007
                acc[j] = 0
                seen[j] = 0
            touched.clear()
    if checksum < 0:
        checksum += 1000000007
    return nnz, total, checksum, biggest
