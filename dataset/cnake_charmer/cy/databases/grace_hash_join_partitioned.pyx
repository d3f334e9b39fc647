# cython: language_level=3
"""Grace hash join: partition both inputs by a hash, recurse on oversized partitions — with counting-sort partitioning in C.

Rows are two parallel ``long long`` columns (key, payload). Each partitioning pass
computes every row's bucket once with an inline splitmix64 mix, builds a histogram,
turns it into offsets and scatters the rows into one contiguous buffer per side, so a
partition is just a (pointer, length) slice. In-memory joins use a chained hash table
made of a power-of-two ``head`` array and a ``next`` array. The recursion is a
``nogil`` cdef function that accumulates statistics in a C struct.

Keywords: databases, grace hash join, partitioning, recursive partitioning, skew, equi-join, build probe
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    PAGE_ROWS = 64
    MAX_DEPTH = 3
    MOD = 1000000007


cdef struct Stats:
    long long matches
    long long checksum
    long long repartitions
    long long overflows
    long long pages
    long long largest
    long long joins_at[MAX_DEPTH + 1]
    int fanout
    int memory_rows
    bint failed


cdef inline int bucket(long long key, int level, int fanout) noexcept nogil:
    cdef unsigned long long x = <unsigned long long>key + 0x9E3779B97F4A7C15ULL * <unsigned long long>(level + 1)
    x = (x ^ (x >> 31)) * 0xBF58476D1CE4E5B9ULL
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL
    return <int>((x ^ (x >> 31)) % <unsigned long long>fanout)


cdef void hash_join(long long *bkey, long long *bpay, Py_ssize_t nb,
                    long long *pkey, long long *ppay, Py_ssize_t np, Stats *st) noexcept nogil:
    cdef Py_ssize_t cap = 16, i, j
    cdef unsigned long long mask
    cdef Py_ssize_t *head
    cdef Py_ssize_t *nxt
    cdef long long key, payload
    while cap < 2 * nb:
        cap <<= 1
    mask = cap - 1
    head = <Py_ssize_t *>malloc(cap * sizeof(Py_ssize_t))
    nxt = <Py_ssize_t *>malloc(nb * sizeof(Py_ssize_t))
    if head == NULL or nxt == NULL:
        st.failed = True
        free(head); free(nxt)
        return
    for i in range(cap):
        head[i] = -1
    for i in range(nb):
        j = <Py_ssize_t>((<unsigned long long>bkey[i] * 0x9E3779B97F4A7C15ULL) >> 20 & mask)
        nxt[i] = head[j]
        head[j] = i
    for i in range(np):
        key = pkey[i]
        payload = ppay[i]
        j = head[<Py_ssize_t>((<unsigned long long>key * 0x9E3779B97F4A7C15ULL) >> 20 & mask)]
        while j != -1:
            if bkey[j] == key:
                st.matches += 1
                st.checksum = (st.checksum + (bpay[j] * 131 + payload) * (key % 97 + 1)) % MOD
            j = nxt[j]
    free(head)
    free(nxt)


cdef Py_ssize_t scatter(long long *key, long long *pay, Py_ssize_t n, int level, int fanout,
                        long long *out_key, long long *out_pay, Py_ssize_t *start, int *tmp) noexcept nogil:
    """Counting-sort rows by bucket into out_*; start[b]..start[b+1] is bucket b. Returns pages."""
    cdef Py_ssize_t i, pages = 0, c, total = 0
    cdef int b
    for b in range(fanout + 1):
        start[b] = 0
    for i in range(n):
        b = bucket(key[i], level, fanout)
        tmp[i] = b
        start[b + 1] += 1
    for b in range(fanout):
        c = start[b + 1]
        pages += (c + PAGE_ROWS - 1) // PAGE_ROWS
        start[b + 1] = total + c
        total += c
    # start[b] is now the offset of bucket b; use start[b] as a cursor and restore afterwards
    for i in range(n):
        b = tmp[i]
        out_key[start[b]] = key[i]
        out_pay[start[b]] = pay[i]
        start[b] += 1
    for b in range(fanout, 0, -1):
        start[b] = start[b - 1]
    start[0] = 0
    return pages


cdef void grace(long long *bkey, long long *bpay, Py_ssize_t nb,
                long long *pkey, long long *ppay, Py_ssize_t np, int level, Stats *st) noexcept nogil:
    cdef int fanout = st.fanout, b
    cdef long long *nbk
    cdef long long *nbp
    cdef long long *npk
    cdef long long *npp
    cdef Py_ssize_t *bstart
    cdef Py_ssize_t *pstart
    cdef int *tmp
    if st.failed:
        return
    if nb <= st.memory_rows or level == MAX_DEPTH:
        if nb > st.memory_rows:
            st.overflows += 1
        st.joins_at[level] += 1
        if nb > st.largest:
            st.largest = nb
        hash_join(bkey, bpay, nb, pkey, ppay, np, st)
        return
    st.repartitions += 1
    nbk = <long long *>malloc(nb * sizeof(long long))
    nbp = <long long *>malloc(nb * sizeof(long long))
    npk = <long long *>malloc(np * sizeof(long long))
    npp = <long long *>malloc(np * sizeof(long long))
    bstart = <Py_ssize_t *>malloc((fanout + 1) * sizeof(Py_ssize_t))
    pstart = <Py_ssize_t *>malloc((fanout + 1) * sizeof(Py_ssize_t))
    tmp = <int *>malloc((nb if nb > np else np) * sizeof(int))
    if not (nbk and nbp and npk and npp and bstart and pstart and tmp):
        st.failed = True
    else:
        st.pages += scatter(bkey, bpay, nb, level, fanout, nbk, nbp, bstart, tmp)
        st.pages += scatter(pkey, ppay, np, level, fanout, npk, npp, pstart, tmp)
        for b in range(fanout):
            if bstart[b + 1] > bstart[b] and pstart[b + 1] > pstart[b]:
                grace(nbk + bstart[b], nbp + bstart[b], bstart[b + 1] - bstart[b],
                      npk + pstart[b], npp + pstart[b], pstart[b + 1] - pstart[b], level + 1, st)
    free(nbk); free(nbp); free(npk); free(npp); free(bstart); free(pstart); free(tmp)


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


cdef void make_rows(unsigned long long *state, Py_ssize_t count, long long key_space,
                    long long *key, long long *pay) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(count):
        if draw(state, 100) < 2:
            key[i] = 7919 * (1 + draw(state, 4))
        else:
            key[i] = draw(state, key_space)
        pay[i] = 1 + draw(state, 10000)


@cython_benchmark(args=(32000, 44000, 8, 520, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def grace_hash_join_partitioned(int n_build, int n_probe, int fanout, int memory_rows, long long seed):
    """Return (matches, checksum, repartitions, overflows, pages written, largest in-memory build, joins per depth)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef long long key_space = 2 * <long long>n_build + 1
    cdef long long *bkey = <long long *>malloc((n_build + 1) * sizeof(long long))
    cdef long long *bpay = <long long *>malloc((n_build + 1) * sizeof(long long))
    cdef long long *pkey = <long long *>malloc((n_probe + 1) * sizeof(long long))
    cdef long long *ppay = <long long *>malloc((n_probe + 1) * sizeof(long long))
    cdef Stats st
    cdef int i
    st.matches = st.checksum = st.repartitions = st.overflows = st.pages = st.largest = 0
    for i in range(MAX_DEPTH + 1):
        st.joins_at[i] = 0
    st.fanout = fanout
    st.memory_rows = memory_rows
    st.failed = False
    try:
        if not (bkey and bpay and pkey and ppay):
            raise MemoryError()
        with nogil:
            make_rows(&state, n_build, key_space, bkey, bpay)
            make_rows(&state, n_probe, key_space, pkey, ppay)
            if n_build > 0 and n_probe > 0:
                grace(bkey, bpay, n_build, pkey, ppay, n_probe, 0, &st)
        if st.failed:
            raise MemoryError()
        return (st.matches, st.checksum, st.repartitions, st.overflows, st.pages, st.largest,
                [st.joins_at[i] for i in range(MAX_DEPTH + 1)])
    finally:
        free(bkey); free(bpay); free(pkey); free(ppay)
