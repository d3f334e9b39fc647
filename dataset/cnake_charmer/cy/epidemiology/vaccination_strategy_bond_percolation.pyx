# cython: language_level=3
"""Vaccination strategies on a scale-free network with C edge arrays and union-find.

The preferential-attachment endpoint list, the edge list, a CSR neighbour table and
the union-find parents are malloc'd ``int`` arrays; degree targeting is a stable
counting sort by degree instead of a keyed Python sort, and cluster sizes are
accumulated in an array indexed by root rather than a dict.

Keywords: epidemiology, vaccination, scale-free network, barabasi-albert, percolation, union-find, herd immunity, targeted immunisation
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _find(int *parent, int x) noexcept nogil:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


cdef inline double _uniform(unsigned long long *s) noexcept nogil:
    s[0] = s[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <double>(s[0] >> 11) / 9007199254740992.0


@cython_benchmark(args=(7000, 3, 0.45, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def vaccination_strategy_bond_percolation(int n, int m, double transmissibility, unsigned long long seed):
    """Return {strategy: [(coverage %, largest outbreak, expected outbreak)]}."""
    cdef unsigned long long st = seed
    cdef int core = m + 1 if m + 1 < n else n
    cdef long max_edges = <long>core * core + <long>n * m + 1
    cdef int *eu = <int *>malloc(max_edges * sizeof(int))
    cdef int *ev = <int *>malloc(max_edges * sizeof(int))
    cdef int *ends = <int *>malloc(2 * max_edges * sizeof(int))
    cdef int *chosen = <int *>malloc((m + 1) * sizeof(int))
    cdef int *offset = <int *>calloc(n + 2, sizeof(int))
    cdef int *adj = <int *>malloc(2 * max_edges * sizeof(int))
    cdef int *fill = <int *>malloc((n + 1) * sizeof(int))
    cdef int *by_degree = <int *>malloc((n + 1) * sizeof(int))
    cdef int *bucket = <int *>calloc(n + 2, sizeof(int))
    cdef int *order = <int *>malloc((n + 1) * sizeof(int))
    cdef int *parent = <int *>malloc((n + 1) * sizeof(int))
    cdef int *sizes = <int *>malloc((n + 1) * sizeof(int))
    cdef char *vaccinated = <char *>malloc(n + 1)
    cdef long n_edges = 0, n_ends = 0, e, squares
    cdef int u, v, x, i, j, t, c, k, dup, deg, s_idx, cov_idx, doses, given, attempts, person
    cdef int ru, rv, largest, susceptible, tmp
    cdef int coverages[5]
    cdef double expected
    coverages[:] = [0, 5, 10, 20, 30]
    if not (eu and ev and ends and chosen and offset and adj and fill and by_degree and bucket and order and parent and sizes and vaccinated):
        free(eu); free(ev); free(ends); free(chosen); free(offset); free(adj); free(fill)
        free(by_degree); free(bucket); free(order); free(parent); free(sizes); free(vaccinated)
        raise MemoryError()
    try:
        for u in range(core):
            for v in range(u + 1, core):
                eu[n_edges] = u
                ev[n_edges] = v
                n_edges += 1
                ends[n_ends] = u
                ends[n_ends + 1] = v
                n_ends += 2
        for v in range(core, n):
            c = 0
            while c < m:
                t = ends[<long>(_uniform(&st) * n_ends)]
                dup = 0
                for k in range(c):
                    if chosen[k] == t:
                        dup = 1
                        break
                if not dup:
                    chosen[c] = t
                    c += 1
            for k in range(m):
                eu[n_edges] = chosen[k]
                ev[n_edges] = v
                n_edges += 1
                ends[n_ends] = chosen[k]
                ends[n_ends + 1] = v
                n_ends += 2
        for e in range(n_edges):
            offset[eu[e] + 1] += 1
            offset[ev[e] + 1] += 1
        for x in range(n):
            offset[x + 1] += offset[x]
            fill[x] = offset[x]
        for e in range(n_edges):
            adj[fill[eu[e]]] = ev[e]
            fill[eu[e]] += 1
            adj[fill[ev[e]]] = eu[e]
            fill[ev[e]] += 1
        # stable counting sort by descending degree
        for x in range(n):
            bucket[n - (offset[x + 1] - offset[x])] += 1
        tmp = 0
        for k in range(n + 1):
            c = bucket[k]
            bucket[k] = tmp
            tmp += c
        for x in range(n):
            k = n - (offset[x + 1] - offset[x])
            by_degree[bucket[k]] = x
            bucket[k] += 1

        results = {}
        for s_idx in range(3):
            rows = []
            for cov_idx in range(5):
                doses = n * coverages[cov_idx] // 100
                for x in range(n):
                    vaccinated[x] = 0
                if s_idx == 1:
                    for i in range(doses):
                        vaccinated[by_degree[i]] = 1
                elif s_idx == 0:
                    for x in range(n):
                        order[x] = x
                    for i in range(doses):
                        j = i + <int>(_uniform(&st) * (n - i))
                        tmp = order[i]
                        order[i] = order[j]
                        order[j] = tmp
                        vaccinated[order[i]] = 1
                else:
                    given = 0
                    attempts = 0
                    while given < doses and attempts < 20 * n:
                        attempts += 1
                        person = <int>(_uniform(&st) * n)
                        deg = offset[person + 1] - offset[person]
                        if deg > 0:
                            x = adj[offset[person] + <int>(_uniform(&st) * deg)]
                            if not vaccinated[x]:
                                vaccinated[x] = 1
                                given += 1
                with nogil:
                    for x in range(n):
                        parent[x] = x
                        sizes[x] = 0
                    for e in range(n_edges):
                        if _uniform(&st) < transmissibility and not vaccinated[eu[e]] and not vaccinated[ev[e]]:
                            ru = _find(parent, eu[e])
                            rv = _find(parent, ev[e])
                            if ru != rv:
                                if ru < rv:
                                    parent[rv] = ru
                                else:
                                    parent[ru] = rv
                    susceptible = 0
                    for x in range(n):
                        if not vaccinated[x]:
                            sizes[_find(parent, x)] += 1
                            susceptible += 1
                    largest = 0
                    squares = 0
                    for x in range(n):
                        if sizes[x] > largest:
                            largest = sizes[x]
                        squares += <long>sizes[x] * sizes[x]
                expected = squares / <double>susceptible if susceptible > 0 else 0.0
                rows.append((coverages[cov_idx], largest, round(expected, 9)))
            results[("random", "targeted", "acquaintance")[s_idx]] = rows
        return results
    finally:
        free(eu); free(ev); free(ends); free(chosen); free(offset); free(adj); free(fill)
        free(by_degree); free(bucket); free(order); free(parent); free(sizes); free(vaccinated)
