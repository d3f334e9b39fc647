# cython: language_level=3
"""GF(2) rank with rows packed into uint64 words in a 2-D memoryview.

Each row is a run of 64-bit words in a (rows, words) C-contiguous uint64 memoryview, so
a row XOR is a short loop over words; pivot rows are swapped word by word, and the
whole elimination runs nogil.

Keywords: gf2, bitset, uint64, 2d memoryview, xor elimination, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int gf2_rank(uint64_t[:, ::1] m, Py_ssize_t rows, int cols) noexcept nogil:
    cdef Py_ssize_t words = m.shape[1], i, w
    cdef int rank = 0, bit, pivot
    cdef Py_ssize_t word
    cdef uint64_t mask, t
    for bit in range(cols - 1, -1, -1):
        word = bit // 64
        mask = (<uint64_t> 1) << (bit % 64)
        pivot = -1
        for i in range(rank, rows):
            if m[i, word] & mask:
                pivot = i
                break
        if pivot < 0:
            continue
        for w in range(words):
            t = m[rank, w]
            m[rank, w] = m[pivot, w]
            m[pivot, w] = t
        for i in range(rows):
            if i != rank and (m[i, word] & mask):
                for w in range(words):
                    m[i, w] ^= m[rank, w]
        rank += 1
    return rank


@cython_benchmark(args=(12, 160, 160))
@cython.boundscheck(False)
@cython.wraparound(False)
def rank_gf2_bitset(int count, int rows, int cols):
    """GF(2) ranks of count random rows x cols bit matrices."""
    cdef Py_ssize_t words = (cols + 63) // 64 if cols > 0 else 1
    cdef Py_ssize_t nrows = rows if rows > 0 else 1
    cdef uint64_t[:, ::1] m = cvarray(shape=(nrows, words), itemsize=sizeof(uint64_t), format="Q")
    cdef unsigned long long state = 11
    cdef int idx, r, c, w, rank
    cdef long total = 0
    cdef list ranks = []
    for idx in range(count):
        m[:, :] = 0
        for r in range(rows):
            for c in range(cols - 1, -1, -1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) & 1:
                    m[r, c // 64] |= (<uint64_t> 1) << (c % 64)
            if r % 4 == 3:
                for w in range(words):
                    m[r, w] = m[r - 1, w] ^ m[r - 3, w]
        with nogil:
            rank = gf2_rank(m, rows, cols)
        ranks.append(rank)
        total += rank
    return ranks, total
