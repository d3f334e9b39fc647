# distutils: language = c++
# cython: language_level=3
"""Sparse integer product with C++ unordered_map keyed by packed 64-bit coordinates.

Coordinates are packed into one int64 key (row * n + col), so each matrix is a
libcpp unordered_map<int64, int64> instead of a dict of tuples; B's rows are grouped
into vectors, and the product accumulates in another unordered_map. Integer results
are exact, so iteration order does not matter. Rows are read through pointers to avoid
copying the inner vectors.

Keywords: sparse matrix, libcpp unordered_map, libcpp vector, hash map, int64, c++
"""

import cython
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libc.stdint cimport int64_t
from cython.operator cimport dereference as deref, preincrement as inc

from cnake_charmer.benchmarks import cython_benchmark


cdef int64_t fill(unordered_map[int64_t, int64_t] &m, int64_t n, int per_row, int64_t state):
    cdef int64_t r, c
    cdef int t
    for r in range(n):
        for t in range(per_row):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = state % n
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            m[r * n + c] += state % 19 - 9
    return state


@cython_benchmark(args=(3000, 12))
@cython.cdivision(True)
def sparse_dok_integer_product(int n, int per_row):
    """Multiply two random sparse integer matrices; return nnz, sum, checksum and max entry."""
    if n <= 0:
        return 0, 0, 0, 0
    cdef unordered_map[int64_t, int64_t] a, b, product
    cdef vector[vector[pair[int64_t, int64_t]]] b_rows
    cdef unordered_map[int64_t, int64_t].iterator it
    cdef int64_t state, key, i, k, j, av, v, nn = n
    cdef int64_t total = 0, checksum = 0, biggest = 0, nnz = 0
    cdef size_t t
    cdef vector[pair[int64_t, int64_t]] *row
    cdef pair[int64_t, int64_t] *entry
    a.reserve(n * per_row)
    b.reserve(n * per_row)
    product.reserve(n * per_row * per_row)
    state = fill(a, nn, per_row, 17)
    fill(b, nn, per_row, state)
    b_rows.resize(n)
    it = b.begin()
    while it != b.end():
        key = deref(it).first
        b_rows[key // nn].push_back(pair[int64_t, int64_t](key % nn, deref(it).second))
        inc(it)
    it = a.begin()
    while it != a.end():
        key = deref(it).first
        i = key // nn
        k = key % nn
        av = deref(it).second
        row = &b_rows[k]
        for t in range(row.size()):
            entry = &deref(row)[t]
            product[i * nn + entry.first] += av * entry.second
        inc(it)
    it = product.begin()
    while it != product.end():
        v = deref(it).second
        if v != 0:
            key = deref(it).first
            if nnz == 0 or v > biggest:
                biggest = v
            nnz += 1
            total += v
            checksum = (checksum + ((key // nn) * 31 + (key % nn) * 7 + 1) * v) % 1000000007
        inc(it)
    if checksum < 0:
        checksum += 1000000007
    return nnz, total, checksum, biggest
