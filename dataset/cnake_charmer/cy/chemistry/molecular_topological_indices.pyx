# cython: language_level=3
"""Topological indices from a fixed-valence C adjacency table and array-queue BFS.

Because no atom exceeds four bonds, the molecular graph is a ``int[n][4]`` neighbour
table plus a degree array (malloc'd once for the largest molecule); the all-sources
BFS uses an integer ring of ``int`` slots and a ``-1``-filled distance array instead of
dicts and deques, and the degree-based indices use ``libc.math.sqrt`` in ``nogil`` code.

Keywords: chemistry, topological index, wiener index, randic index, zagreb index, balaban index, molecular graph, qsar
"""

import cython
from libc.math cimport sqrt
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline bint _linked(const int *nbr, const int *deg, int a, int b) noexcept nogil:
    cdef int k
    for k in range(deg[a]):
        if nbr[4 * a + k] == b:
            return True
    return False


cdef void _distance_sums(int n, const int *nbr, const int *deg, int *dist, int *queue,
                         long long *sums) noexcept nogil:
    cdef int source, head, tail, u, w, k, i
    cdef long long total
    for source in range(n):
        for i in range(n):
            dist[i] = -1
        dist[source] = 0
        queue[0] = source
        head = 0
        tail = 1
        total = 0
        while head < tail:
            u = queue[head]
            head += 1
            total += dist[u]
            for k in range(deg[u]):
                w = nbr[4 * u + k]
                if dist[w] < 0:
                    dist[w] = dist[u] + 1
                    queue[tail] = w
                    tail += 1
        sums[source] = total


@cython_benchmark(args=(250, 120, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def molecular_topological_indices(int molecules, int max_atoms, long long seed):
    """Return (sum Wiener, sum Randic, sum M1, sum M2, sum Balaban J, first molecules' indices)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int cap = max_atoms + 1
    cdef int *nbr = <int *>malloc(4 * cap * sizeof(int))
    cdef int *deg = <int *>malloc(cap * sizeof(int))
    cdef int *dist = <int *>malloc(cap * sizeof(int))
    cdef int *queue = <int *>malloc(cap * sizeof(int))
    cdef int *ea = <int *>malloc(2 * cap * sizeof(int))
    cdef int *eb = <int *>malloc(2 * cap * sizeof(int))
    cdef long long *sums = <long long *>malloc(cap * sizeof(long long))
    cdef int mol, n, atom, parent, ne, r, a, b, da, db, rings
    cdef long long wiener, m1, m2, total_w = 0, total_m1 = 0, total_m2 = 0
    cdef double randic, balaban_sum, balaban, total_r = 0.0, total_j = 0.0
    cdef list first = []
    try:
        for mol in range(molecules):
            with nogil:
                n = 1 + _draw(&state, max_atoms)
                deg[0] = 0
                ne = 0
                for atom in range(1, n):
                    while True:
                        parent = _draw(&state, atom)
                        if deg[parent] < 4:
                            break
                    deg[atom] = 1
                    nbr[4 * atom] = parent
                    nbr[4 * parent + deg[parent]] = atom
                    deg[parent] += 1
                    ea[ne] = parent
                    eb[ne] = atom
                    ne += 1
                for r in range(n // 8):
                    a = _draw(&state, n)
                    b = _draw(&state, n)
                    if a != b and not _linked(nbr, deg, a, b) and deg[a] < 4 and deg[b] < 4:
                        nbr[4 * a + deg[a]] = b
                        deg[a] += 1
                        nbr[4 * b + deg[b]] = a
                        deg[b] += 1
                        ea[ne] = a
                        eb[ne] = b
                        ne += 1
                _distance_sums(n, nbr, deg, dist, queue, sums)
                wiener = 0
                m1 = 0
                for a in range(n):
                    wiener += sums[a]
                    m1 += deg[a] * deg[a]
                wiener //= 2
                randic = 0.0
                balaban_sum = 0.0
                m2 = 0
                for r in range(ne):
                    da = deg[ea[r]]
                    db = deg[eb[r]]
                    randic += 1.0 / sqrt(<double>(da * db))
                    m2 += da * db
                    balaban_sum += 1.0 / sqrt(<double>(sums[ea[r]] * sums[eb[r]]))
                rings = ne - n + 1
                balaban = <double>ne / (rings + 1) * balaban_sum if ne else 0.0
                total_w += wiener
                total_r += randic
                total_m1 += m1
                total_m2 += m2
                total_j += balaban
            if len(first) < 6:
                first.append((n, rings, wiener, randic, m1, m2, balaban))
    finally:
        free(nbr); free(deg); free(dist); free(queue); free(ea); free(eb); free(sums)
    return (total_w, total_r, total_m1, total_m2, total_j, first)
