# cython: language_level=3
"""DBSCAN over a uniform grid of eps-sized cells with a C array queue.

Points are bucketed into square cells of side eps (a counting sort into a CSR layout),
so the neighbours of a point are found among the 3x3 surrounding cells instead of all n
points; each neighbour list is built once into a CSR adjacency in the original index
order, which keeps the expansion order, and so the labels, identical to the plain
version. The BFS queue is a C int array.

Keywords: dbscan, density clustering, uniform grid, csr, spatial hashing, malloc
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef int cmp_int(const void *a, const void *b) noexcept nogil:
    cdef int x = (<int *> a)[0]
    cdef int y = (<int *> b)[0]
    return (x > y) - (x < y)


@cython_benchmark(args=(900, 18, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dbscan_density_clusters(int n, int eps, int min_pts):
    """Cluster n generated points with DBSCAN; return (clusters, noise, sizes, checksum)."""
    if n <= 0:
        return 0, 0, [], 0
    cdef int cell = eps if eps > 0 else 1
    cdef int gw = 1200 // cell + 2
    cdef int ncell = gw * gw
    cdef int *px = <int *> malloc(n * sizeof(int))
    cdef int *py = <int *> malloc(n * sizeof(int))
    cdef int *cid = <int *> malloc(n * sizeof(int))
    cdef int *cstart = <int *> malloc((ncell + 1) * sizeof(int))
    cdef int *cfill = <int *> malloc(ncell * sizeof(int))
    cdef int *members = <int *> malloc(n * sizeof(int))
    cdef int *nstart = <int *> malloc((n + 1) * sizeof(int))
    cdef int *adj = NULL
    cdef int *labels = <int *> malloc(n * sizeof(int))
    cdef int *queue = <int *> malloc((n + 1) * sizeof(int))
    cdef long long state = 6061
    cdef long long eps2 = <long long> eps * eps, dx, dy
    cdef int i, j, r, a, b, blob, gx, gy, ox, oy, c, t, cap, total, start, head, tail, p, q
    cdef int cluster, size, noise = 0
    cdef long long checksum = 0
    sizes = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 1000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = state % 1000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = state % 1000
            if r < 150:
                px[i] = a
                py[i] = b
            else:
                blob = r % 5
                px[i] = 150 + blob * 170 + a % 90
                py[i] = 200 + (blob % 2) * 400 + b % 140
        for c in range(ncell + 1):
            cstart[c] = 0
        for i in range(n):
            cid[i] = (px[i] // cell + 1) * gw + (py[i] // cell + 1)
            cstart[cid[i] + 1] += 1
        for c in range(ncell):
            cstart[c + 1] += cstart[c]
            cfill[c] = cstart[c]
        for i in range(n):
            members[cfill[cid[i]]] = i
            cfill[cid[i]] += 1
        # first pass counts neighbours, second fills the CSR adjacency
        cap = 0
        for t in range(2):
            total = 0
            for i in range(n):
                if t == 1:
                    start = nstart[i]
                    total = start
                else:
                    nstart[i] = total
                    start = total
                gx = px[i] // cell + 1
                gy = py[i] // cell + 1
                for ox in range(gx - 1, gx + 2):
                    for oy in range(gy - 1, gy + 2):
                        c = ox * gw + oy
                        for j in range(cstart[c], cstart[c + 1]):
                            q = members[j]
                            dx = px[i] - px[q]
                            dy = py[i] - py[q]
                            if dx * dx + dy * dy <= eps2:
                                if t == 1:
                                    adj[total] = q
                                total += 1
                if t == 1:
                    qsort(adj + start, total - start, sizeof(int), cmp_int)
            if t == 0:
                nstart[n] = total
                adj = <int *> malloc((total + 1) * sizeof(int))
        for i in range(n):
            labels[i] = -2
        for i in range(n):
            if labels[i] != -2:
                continue
            if nstart[i + 1] - nstart[i] < min_pts:
                labels[i] = -1
                continue
            cluster = len(sizes)
            labels[i] = cluster
            size = 1
            head = 0
            tail = 0
            queue[tail] = i
            tail += 1
            while head < tail:
                p = queue[head]
                head += 1
                if nstart[p + 1] - nstart[p] < min_pts:
                    continue
                for j in range(nstart[p], nstart[p + 1]):
                    q = adj[j]
                    if labels[q] < 0:
                        if labels[q] == -2:
                            queue[tail] = q
                            tail += 1
                        labels[q] = cluster
                        size += 1
            sizes.append(size)
        for i in range(n):
            if labels[i] == -1:
                noise += 1
            checksum = (checksum + <long long> (i + 1) * (labels[i] + 2)) % 1000000007
        return len(sizes), noise, sizes, checksum
    finally:
        free(px); free(py); free(cid); free(cstart); free(cfill); free(members)
        free(nstart); free(adj); free(labels); free(queue)
