# cython: language_level=3
"""PAM k-medoids with a C distance matrix and nearest/second-nearest caches.

The Manhattan distance matrix is one malloc'd int buffer. Instead of recomputing the
full cost for every candidate, each point caches the distance to its nearest and second
nearest medoid, so the cost of swapping medoid m for candidate c is evaluated in one O(n)
typed pass; BUILD likewise uses the running nearest distance. Same moves, far less work.

Keywords: k-medoids, pam, clustering, distance matrix, caching, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void refresh(int n, int k, int *D, int *med, int *near, int *second, int *nearpos) noexcept nogil:
    cdef int i, p, d, b1, b2, bp
    for i in range(n):
        b1 = 2147483647
        b2 = 2147483647
        bp = -1
        for p in range(k):
            d = D[i * n + med[p]]
            if d < b1:
                b2 = b1
                b1 = d
                bp = p
            elif d < b2:
                b2 = d
        near[i] = b1
        second[i] = b2
        nearpos[i] = bp


@cython_benchmark(args=(100, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def kmedoids_pam_swap(int n, int k):
    """Run PAM on n generated points; return (cost, medoids, swaps, sizes)."""
    if n <= 0 or k <= 0:
        return 0, [], 0, []
    if k > n:
        k = n
    cdef int *px = <int *> malloc(n * sizeof(int))
    cdef int *py = <int *> malloc(n * sizeof(int))
    cdef int *D = <int *> malloc(n * n * sizeof(int))
    cdef int *med = <int *> malloc(k * sizeof(int))
    cdef char *ismed = <char *> malloc(n)
    cdef int *near = <int *> malloc(n * sizeof(int))
    cdef int *second = <int *> malloc(n * sizeof(int))
    cdef int *nearpos = <int *> malloc(n * sizeof(int))
    cdef int *sizes = <int *> malloc(k * sizeof(int))
    cdef long long state = 8080
    cdef int i, j, a, b, p, c, m, d, bestc, bestpos, swaps = 0
    cdef long long tc, bestcost, current
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            px[i] = (i % 4) * 90 + <int> (state % 70)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            py[i] = (i % 3) * 80 + <int> (state % 70)
            ismed[i] = 0
        with nogil:
            for i in range(n):
                for j in range(n):
                    a = px[i] - px[j]
                    b = py[i] - py[j]
                    D[i * n + j] = (a if a >= 0 else -a) + (b if b >= 0 else -b)
                near[i] = 2147483647
            for m in range(k):
                bestcost = -1
                bestc = -1
                for c in range(n):
                    if ismed[c]:
                        continue
                    tc = 0
                    for i in range(n):
                        d = D[i * n + c]
                        tc += d if d < near[i] else near[i]
                    if bestc < 0 or tc < bestcost:
                        bestcost = tc
                        bestc = c
                med[m] = bestc
                ismed[bestc] = 1
                for i in range(n):
                    d = D[i * n + bestc]
                    if d < near[i]:
                        near[i] = d
            refresh(n, k, D, med, near, second, nearpos)
            current = 0
            for i in range(n):
                current += near[i]
            while True:
                bestcost = current
                bestpos = -1
                bestc = -1
                for p in range(k):
                    for c in range(n):
                        if ismed[c]:
                            continue
                        tc = 0
                        for i in range(n):
                            d = D[i * n + c]
                            if nearpos[i] == p:
                                tc += d if d < second[i] else second[i]
                            else:
                                tc += d if d < near[i] else near[i]
                        if tc < bestcost:
                            bestcost = tc
                            bestpos = p
                            bestc = c
                if bestpos < 0:
                    break
                ismed[med[bestpos]] = 0
                med[bestpos] = bestc
                ismed[bestc] = 1
                current = bestcost
                swaps += 1
                refresh(n, k, D, med, near, second, nearpos)
            for p in range(k):
                sizes[p] = 0
            for i in range(n):
                sizes[nearpos[i]] += 1
        order = sorted(range(k), key=lambda q: med[q])
        return current, [med[q] for q in order], swaps, [sizes[q] for q in order]
    finally:
        free(px); free(py); free(D); free(med); free(ismed)
        free(near); free(second); free(nearpos); free(sizes)
