# cython: language_level=3
"""Word-aligned hybrid (WAH) compressed bitmap index with AND / OR / AND-NOT queries — on uint32 word buffers.

Each compressed bitmap is a C struct holding a ``uint32`` word buffer; the merge of
two bitmaps is a ``nogil`` cdef routine that switches on an operation code instead of
calling a function per group, and appends words through inline helpers that extend
the previous fill in place. The uncompressed groups are built in one flat ``calloc``
block with one pass over the rows, and answers are summarised with
``__builtin_popcount`` and ``__builtin_ctz``.

Keywords: databases, bitmap index, wah compression, run-length, boolean query, and or not, popcount
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned int u32

cdef extern from *:
    int __builtin_popcount(unsigned int) nogil
    int __builtin_ctz(unsigned int) nogil

cdef enum:
    GROUP = 31
    N_COLUMNS = 5
    N_BITMAPS = 29
    OP_OR = 0
    OP_AND = 1
    OP_ANDNOT = 2

cdef u32 LITERAL_MASK = 0x7FFFFFFFU
cdef u32 FILL_FLAG = 0x80000000U
cdef u32 ONE_FILL = 0x40000000U
cdef u32 RUN_MASK = 0x3FFFFFFFU
cdef int CARDINALITY[N_COLUMNS]
CARDINALITY[:] = [4, 10, 8, 5, 2]
cdef int OFFSET[N_COLUMNS]
OFFSET[:] = [0, 4, 14, 22, 27]


cdef struct Bitmap:
    u32 *w
    Py_ssize_t n


cdef inline void append_fill(Bitmap *out, bint ones, u32 count) noexcept nogil:
    cdef u32 last
    if out.n > 0:
        last = out.w[out.n - 1]
        if (last & FILL_FLAG) and ((last & ONE_FILL) != 0) == ones:
            out.w[out.n - 1] = last + count
            return
    out.w[out.n] = FILL_FLAG | (ONE_FILL if ones else 0) | count
    out.n += 1


cdef inline void append_group(Bitmap *out, u32 group) noexcept nogil:
    if group == 0 or group == LITERAL_MASK:
        append_fill(out, group != 0, 1)
    else:
        out.w[out.n] = group
        out.n += 1


cdef inline u32 apply(int op, u32 x, u32 y) noexcept nogil:
    if op == OP_OR:
        return x | y
    if op == OP_AND:
        return x & y
    return x & ~y & LITERAL_MASK


cdef void combine(Bitmap *a, Bitmap *b, int op, Bitmap *out) noexcept nogil:
    cdef Py_ssize_t ia = 0, ib = 0
    cdef u32 left_a = 0, left_b = 0, group_a = 0, group_b = 0, word, step
    cdef bint fill_a = False, fill_b = False
    out.n = 0
    while True:
        if left_a == 0:
            if ia == a.n:
                break
            word = a.w[ia]
            ia += 1
            fill_a = (word & FILL_FLAG) != 0
            if fill_a:
                left_a = word & RUN_MASK
                group_a = LITERAL_MASK if word & ONE_FILL else 0
            else:
                left_a = 1
                group_a = word
        if left_b == 0:
            word = b.w[ib]
            ib += 1
            fill_b = (word & FILL_FLAG) != 0
            if fill_b:
                left_b = word & RUN_MASK
                group_b = LITERAL_MASK if word & ONE_FILL else 0
            else:
                left_b = 1
                group_b = word
        if fill_a and fill_b:
            step = left_a if left_a < left_b else left_b
            append_fill(out, apply(op, group_a, group_b) != 0, step)
        else:
            step = 1
            append_group(out, apply(op, group_a, group_b))
        left_a -= step
        left_b -= step


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <int>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(90000, 40, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wah_bitmap_index_queries(int rows, int queries, long long seed):
    """Return (index size in words, per query (matching rows, answer words, first row ids))."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef Py_ssize_t ngroups = (rows + GROUP - 1) // GROUP, i, g, size_words = 0
    cdef u32 *raw = <u32 *>calloc(N_BITMAPS * ngroups + 1, sizeof(u32))
    cdef u32 *store = <u32 *>malloc((N_BITMAPS + 3) * (ngroups + 1) * sizeof(u32))
    cdef Bitmap index[N_BITMAPS]
    cdef Bitmap tmp[3]
    cdef int record[N_COLUMNS]
    cdef int row, column, q, c1, c2, c3, a, b, d, e, nfirst, bit
    cdef long long count, base, run, k
    cdef long long first[3]
    cdef u32 word, bitmask
    results = []
    try:
        if raw == NULL or store == NULL:
            raise MemoryError()
        with nogil:
            for row in range(rows):
                record[0] = <int>(<long long>row * 4 // rows)
                record[1] = <int>(<long long>row * 40 // rows % 10)
                record[2] = draw(&state, 8)
                record[3] = 0 if draw(&state, 10) < 7 else 1 + draw(&state, 4)
                record[4] = 1 if draw(&state, 50) == 0 else 0
                bitmask = 1U << (row % GROUP)
                for column in range(N_COLUMNS):
                    raw[(OFFSET[column] + record[column]) * ngroups + row // GROUP] |= bitmask
            for i in range(N_BITMAPS + 3):
                if i < N_BITMAPS:
                    index[i].w = store + i * (ngroups + 1)
                    index[i].n = 0
                    for g in range(ngroups):
                        append_group(&index[i], raw[i * ngroups + g])
                    size_words += index[i].n
                else:
                    tmp[i - N_BITMAPS].w = store + i * (ngroups + 1)
                    tmp[i - N_BITMAPS].n = 0
        for q in range(queries):
            with nogil:
                c1 = draw(&state, 5)
                c2 = draw(&state, 5)
                c3 = draw(&state, 5)
                a = draw(&state, CARDINALITY[c1])
                b = draw(&state, CARDINALITY[c1])
                d = draw(&state, CARDINALITY[c2])
                e = draw(&state, CARDINALITY[c3])
                combine(&index[OFFSET[c1] + a], &index[OFFSET[c1] + b], OP_OR, &tmp[0])
                combine(&tmp[0], &index[OFFSET[c2] + d], OP_AND, &tmp[1])
                combine(&tmp[1], &index[OFFSET[c3] + e], OP_ANDNOT, &tmp[2])
                count = 0
                base = 0
                nfirst = 0
                for i in range(tmp[2].n):
                    word = tmp[2].w[i]
                    if word & FILL_FLAG:
                        run = word & RUN_MASK
                        if word & ONE_FILL:
                            count += run * GROUP
                            k = 0
                            while nfirst < 3 and k < run * GROUP:
                                first[nfirst] = base + k
                                nfirst += 1
                                k += 1
                        base += run * GROUP
                    else:
                        count += __builtin_popcount(word)
                        while nfirst < 3 and word:
                            bit = __builtin_ctz(word)
                            first[nfirst] = base + bit
                            nfirst += 1
                            word &= word - 1
                        base += GROUP
            results.append((count, tmp[2].n, [first[i] for i in range(nfirst)]))
        return size_words, results
    finally:
        free(raw); free(store)
