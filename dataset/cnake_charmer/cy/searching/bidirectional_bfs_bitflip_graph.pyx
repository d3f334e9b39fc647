# distutils: language = c++
# cython: language_level=3
"""Bidirectional BFS with int distance tables and std::vector frontiers.

Both label maps are flat int arrays indexed by vertex (reset per query by walking
only the vertices touched, recorded in a vector), the frontiers are std::vector<int>
swapped level by level, and the blocked set is a uint8_t table.

Keywords: bidirectional search, breadth-first search, implicit graph, bit masks, shortest path
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(16, 80, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def bidirectional_bfs_bitflip_graph(int bits, int queries, long long seed):
    """Return (distance per query or -1, vertices labelled); 1 <= bits <= 20."""
    if not 1 <= bits <= 20:
        raise ValueError("bits must be in 1..20")
    cdef int size = 1 << bits
    cdef int nmasks = bits // 2 + 2
    cdef int masks[12]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int i, q, s, t, u, v, answer, meet, j
    cdef long long labelled = 0
    cdef bint from_s
    cdef vector[int] front_s, front_t, nxt, touched
    cdef int *mine
    cdef int *other
    cdef list distances = []
    cdef uint8_t *blocked = <uint8_t *>malloc(size)
    cdef int *dist_s = <int *>malloc(size * sizeof(int))
    cdef int *dist_t = <int *>malloc(size * sizeof(int))
    if blocked == NULL or dist_s == NULL or dist_t == NULL:
        free(blocked)
        free(dist_s)
        free(dist_t)
        raise MemoryError()
    try:
        for i in range(nmasks):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            masks[i] = <int>((state >> 4) & (size - 1))
            if masks[i] == 0:
                masks[i] = 1
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            blocked[i] = (state >> 16) % 4 == 0
            dist_s[i] = -1
            dist_t[i] = -1
        for q in range(queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            s = <int>((state >> 3) & (size - 1))
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            t = <int>((state >> 3) & (size - 1))
            touched.clear()
            front_s.clear()
            front_t.clear()
            dist_s[s] = 0
            dist_t[t] = 0
            touched.push_back(s)
            touched.push_back(t)
            front_s.push_back(s)
            front_t.push_back(t)
            answer = 0 if s == t else -1
            while answer < 0 and front_s.size() > 0 and front_t.size() > 0:
                from_s = front_s.size() <= front_t.size()
                mine = dist_s if from_s else dist_t
                other = dist_t if from_s else dist_s
                nxt.clear()
                meet = -1
                for u in (front_s if from_s else front_t):
                    for j in range(nmasks):
                        v = u ^ masks[j]
                        if not blocked[v] and mine[v] < 0:
                            mine[v] = mine[u] + 1
                            nxt.push_back(v)
                            touched.push_back(v)
                            if other[v] >= 0 and (meet < 0 or mine[v] + other[v] < meet):
                                meet = mine[v] + other[v]
                if meet >= 0:
                    answer = meet
                if from_s:
                    front_s.swap(nxt)
                else:
                    front_t.swap(nxt)
            for v in touched:
                if dist_s[v] >= 0:
                    labelled += 1
                    dist_s[v] = -1
                if dist_t[v] >= 0:
                    labelled += 1
                    dist_t[v] = -1
            distances.append(answer)
        return distances, labelled
    finally:
        free(blocked)
        free(dist_s)
        free(dist_t)
