# cython: language_level=3
"""Neighbor joining on Jukes-Cantor distances — C byte sequences, flat distance matrix, libc log.

Taxa are stored as rows of one malloc'd byte block and compared with a ``nogil``
mismatch loop; the Jukes-Cantor correction uses ``libc.math.log``. Neighbor joining
keeps the active nodes in an ordered ``int`` array (the same order the Python list
keeps), row sums in a ``double`` array and the whole matrix in one flat buffer, so the
Q search is a tight double loop.

Keywords: bioinformatics, phylogenetics, neighbor joining, jukes-cantor, evolutionary distance, tree
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport log

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned long long _step(unsigned long long s) noexcept nogil:
    return (s * 1103515245 + 12345) & 0x7FFFFFFF


cdef double _jukes_cantor(const unsigned char *x, const unsigned char *y, int length) noexcept nogil:
    cdef int k, diff = 0
    cdef double p
    if length == 0:
        return 0.0
    for k in range(length):
        if x[k] != y[k]:
            diff += 1
    p = <double>diff / length
    if p < 0.74:
        return -0.75 * log(1.0 - 4.0 * p / 3.0)
    return 5.0


cdef int _remove(int *active, int m, int value) noexcept nogil:
    cdef int x, y = 0
    for x in range(m):
        if active[x] != value:
            active[y] = active[x]
            y += 1
    return y


@cython_benchmark(args=(56, 2400, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def neighbor_joining_jc69(int t, int length, long long seed):
    """Return (tree length, joins as node-id pairs, mean JC distance, max JC distance, negative branches)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int size = 2 * t - 2 if 2 * t - 2 > t else t
    cdef unsigned char *root = <unsigned char *>malloc(length + 1)
    cdef unsigned char *taxa = <unsigned char *>malloc(<size_t>t * length + 1)
    cdef double *d = <double *>malloc((<size_t>size * size + 1) * sizeof(double))
    cdef double *r = <double *>malloc((size + 1) * sizeof(double))
    cdef int *active = <int *>malloc((size + 1) * sizeof(int))
    cdef const unsigned char *parent
    cdef int i, j, k, x, y, m, pairs = 0, negative = 0, next_id, bi = 0, bj = 0
    cdef double mean_d = 0.0, max_d = 0.0, total, q, best, branch_i, branch_j, tree_length = 0.0, dij
    cdef bint have
    cdef list joins = []
    try:
        if root == NULL or taxa == NULL or d == NULL or r == NULL or active == NULL:
            raise MemoryError()
        for k in range(length):
            state = _step(state)
            root[k] = (state >> 16) % 4
        for i in range(t):
            if i > 0:
                state = _step(state)
                parent = taxa + <size_t>((state >> 16) % i) * length
            else:
                parent = root
            for k in range(length):
                state = _step(state)
                if (state >> 16) % 20 == 0:
                    state = _step(state)
                    taxa[<size_t>i * length + k] = (state >> 16) % 4
                else:
                    taxa[<size_t>i * length + k] = parent[k]
        with nogil:
            for i in range(size * size):
                d[i] = 0.0
            for i in range(t):
                for j in range(i + 1, t):
                    dij = _jukes_cantor(taxa + <size_t>i * length, taxa + <size_t>j * length, length)
                    d[i * size + j] = dij
                    d[j * size + i] = dij
                    mean_d += dij
                    if dij > max_d:
                        max_d = dij
                    pairs += 1
            if pairs:
                mean_d /= pairs
            for i in range(t):
                active[i] = i
        m = t
        next_id = t
        while m > 2:
            with nogil:
                for x in range(m):
                    i = active[x]
                    total = 0.0
                    for y in range(m):
                        total += d[i * size + active[y]]
                    r[i] = total
                have = False
                best = 0.0
                for x in range(m):
                    i = active[x]
                    for y in range(x + 1, m):
                        j = active[y]
                        q = (m - 2) * d[i * size + j] - r[i] - r[j]
                        if not have or q < best:
                            have = True
                            best = q
                            bi = i
                            bj = j
                i = bi
                j = bj
                dij = d[i * size + j]
                branch_i = dij / 2 + (r[i] - r[j]) / (2 * (m - 2))
                branch_j = dij - branch_i
                tree_length += branch_i
                if branch_i < 0:
                    negative += 1
                tree_length += branch_j
                if branch_j < 0:
                    negative += 1
                m = _remove(active, m, i)
                m = _remove(active, m, j)
                for x in range(m):
                    k = active[x]
                    d[next_id * size + k] = (d[i * size + k] + d[j * size + k] - dij) / 2
                    d[k * size + next_id] = d[next_id * size + k]
                active[m] = next_id
                m += 1
            joins.append((i, j))
            next_id += 1
        if m == 2:
            tree_length += d[active[0] * size + active[1]]
            joins.append((active[0], active[1]))
        return (tree_length, joins, mean_d, max_d, negative)
    finally:
        free(root)
        free(taxa)
        free(d)
        free(r)
        free(active)
