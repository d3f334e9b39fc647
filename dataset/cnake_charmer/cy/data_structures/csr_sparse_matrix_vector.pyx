# distutils: language = c++
# cython: language_level=3
"""CSR construction via sorted packed keys, then a typed SpMV loop.

Triplets are packed into 64-bit row*n+col keys in a std::vector, sorted with
std::sort and merged so duplicate entries add up; that yields the CSR arrays directly
without nested dicts. The repeated matrix-vector products run over int64 C arrays
in a nogil loop, swapping two vectors each iteration.

Keywords: sparse matrix, CSR, matrix-vector product, compressed storage, iteration
"""

import cython
from libc.stdint cimport int64_t, uint64_t
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(6000, 36000, 8, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def csr_sparse_matrix_vector(Py_ssize_t n, Py_ssize_t n_triplets, int iterations, long long seed):
    """Return (stored non-zeros, longest row, vector checksum, first 6 entries); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef int64_t MOD = 1000003
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef vector[pair[uint64_t, int64_t]] trip
    cdef vector[int64_t] indptr, indices, data, x, y
    cdef Py_ssize_t t, k, r, nnz, longest = 0
    cdef uint64_t rr, cc, key
    cdef int64_t acc
    cdef int it
    cdef long long checksum = 0
    trip.reserve(n_triplets)
    for t in range(n_triplets):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        rr = state % <unsigned long long>n
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        cc = state % <unsigned long long>n
        trip.push_back(pair[uint64_t, int64_t](rr * <uint64_t>n + cc, 1 + <int64_t>((state >> 20) % 9)))
    sort(trip.begin(), trip.end())
    indptr.assign(n + 1, 0)
    for t in range(<Py_ssize_t>trip.size()):
        key = trip[t].first
        if t > 0 and key == trip[t - 1].first:
            data[data.size() - 1] += trip[t].second
        else:
            indices.push_back(<int64_t>(key % <uint64_t>n))
            data.push_back(trip[t].second)
            indptr[<Py_ssize_t>(key // <uint64_t>n) + 1] += 1
    for r in range(n):
        indptr[r + 1] += indptr[r]
        if indptr[r + 1] - indptr[r] > longest:
            longest = indptr[r + 1] - indptr[r]
    nnz = data.size()
    x.resize(n)
    y.resize(n)
    for r in range(n):
        x[r] = (r % 17) + 1
    cdef int64_t *px = &x[0]
    cdef int64_t *py = &y[0]
    cdef int64_t *tmp
    cdef const int64_t *pind = &indices[0] if nnz > 0 else NULL
    cdef const int64_t *pdat = &data[0] if nnz > 0 else NULL
    cdef const int64_t *pptr = &indptr[0]
    with nogil:
        for it in range(iterations):
            for r in range(n):
                acc = px[r]
                for k in range(pptr[r], pptr[r + 1]):
                    acc += pdat[k] * px[pind[k]]
                py[r] = acc % MOD
            tmp = px
            px = py
            py = tmp
    for r in range(n):
        checksum = (checksum * 31 + px[r]) % 1000000007
    return nnz, longest, checksum, [px[r] for r in range(min(6, n))]
