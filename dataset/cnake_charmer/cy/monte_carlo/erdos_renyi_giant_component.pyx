# cython: language_level=3
"""Erdos-Renyi components with a CSR adjacency built in two passes.

Edges are first recorded in C arrays; degrees are counted, prefix sums give a
compressed sparse row layout, and BFS runs over the CSR arrays with an int queue,
tracking the two largest components in C variables instead of sorting a list.

Keywords: monte carlo, random graphs, erdos renyi, giant component, phase transition
"""

from libc.stdlib cimport malloc, realloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(450, 6, 3))
def erdos_renyi_giant_component(int n, int steps, long seed):
    """Return [(average degree, largest component, second largest, isolated vertices)]."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int m = n if n > 0 else 1
    cdef long cap = 1024, ne, e
    cdef int *eu = <int *>malloc(cap * sizeof(int))
    cdef int *ev = <int *>malloc(cap * sizeof(int))
    cdef int *start = <int *>malloc((m + 1) * sizeof(int))
    cdef int *fill = <int *>malloc((m + 1) * sizeof(int))
    cdef int *nbr = NULL
    cdef int *queue = <int *>malloc(m * sizeof(int))
    cdef unsigned char *seen = <unsigned char *>malloc(m)
    cdef int *grown
    if not (eu and ev and start and fill and queue and seen):
        free(eu); free(ev); free(start); free(fill); free(queue); free(seen)
        raise MemoryError()
    cdef int k, i, j, v, u, s, head, tail, size, largest, second, isolated
    cdef double c, p
    out = []
    try:
        for k in range(steps):
            c = 0.5 + 0.25 * k
            p = c / n if n > 0 else 0.0
            ne = 0
            for i in range(n):
                for j in range(i + 1, n):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    if <double>state / 2147483648.0 < p:
                        if ne == cap:
                            cap *= 2
                            grown = <int *>realloc(eu, cap * sizeof(int))
                            if grown == NULL:
                                raise MemoryError()
                            eu = grown
                            grown = <int *>realloc(ev, cap * sizeof(int))
                            if grown == NULL:
                                raise MemoryError()
                            ev = grown
                        eu[ne] = i
                        ev[ne] = j
                        ne += 1
            for i in range(n + 1):
                start[i] = 0
            for e in range(ne):
                start[eu[e] + 1] += 1
                start[ev[e] + 1] += 1
            for i in range(n):
                start[i + 1] += start[i]
                fill[i] = start[i]
            free(nbr)
            nbr = <int *>malloc((2 * ne + 1) * sizeof(int))
            if nbr == NULL:
                raise MemoryError()
            for e in range(ne):
                nbr[fill[eu[e]]] = ev[e]
                fill[eu[e]] += 1
                nbr[fill[ev[e]]] = eu[e]
                fill[ev[e]] += 1
            for i in range(n):
                seen[i] = 0
            largest = 0
            second = 0
            isolated = 0
            for s in range(n):
                if start[s + 1] == start[s]:
                    isolated += 1
                if seen[s]:
                    continue
                seen[s] = 1
                queue[0] = s
                head = 0
                tail = 1
                while head < tail:
                    v = queue[head]
                    head += 1
                    for e in range(start[v], start[v + 1]):
                        u = nbr[e]
                        if not seen[u]:
                            seen[u] = 1
                            queue[tail] = u
                            tail += 1
                size = tail
                if size > largest:
                    second = largest
                    largest = size
                elif size > second:
                    second = size
            out.append((c, largest, second, isolated))
    finally:
        free(eu); free(ev); free(start); free(fill); free(queue); free(seen); free(nbr)
    return out
