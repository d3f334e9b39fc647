# cython: language_level=3
"""Lloyd's k-means with points and centroids in flat C arrays.

Coordinates live in malloc'd int arrays and centroids in double arrays; the assignment
step is a typed double loop over points and centroids with no lambda or tuple per
distance, and the update step accumulates integer sums per cluster in C before one
division each, all inside nogil.

Keywords: k-means, lloyd, clustering, centroid, inertia, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef int lloyd(int n, int k, int iters, int *px, int *py, double *cx, double *cy,
               int *labels, long long *sx, long long *sy, int *cnt) noexcept nogil:
    cdef int used = 0, it, i, c, best
    cdef double d, bd, dx, dy
    cdef bint changed
    for it in range(iters):
        used += 1
        changed = False
        for i in range(n):
            best = 0
            dx = px[i] - cx[0]
            dy = py[i] - cy[0]
            bd = dx * dx + dy * dy
            for c in range(1, k):
                dx = px[i] - cx[c]
                dy = py[i] - cy[c]
                d = dx * dx + dy * dy
                if d < bd:
                    bd = d
                    best = c
            if best != labels[i]:
                labels[i] = best
                changed = True
        if not changed:
            break
        for c in range(k):
            sx[c] = 0
            sy[c] = 0
            cnt[c] = 0
        for i in range(n):
            c = labels[i]
            sx[c] += px[i]
            sy[c] += py[i]
            cnt[c] += 1
        for c in range(k):
            if cnt[c]:
                cx[c] = <double> sx[c] / cnt[c]
                cy[c] = <double> sy[c] / cnt[c]
    return used


@cython_benchmark(args=(6000, 8, 30))
@cython.boundscheck(False)
@cython.wraparound(False)
def kmeans_lloyd_2d(int n, int k, int iters):
    """Cluster n generated points into k groups; return (iters, inertia, sizes, centroids)."""
    if n <= 0 or k <= 0:
        return 0, 0.0, [], []
    if k > n:
        k = n
    cdef long long state = 2024
    cdef int i, c, used
    cdef double inertia = 0.0, dx, dy
    cdef int *ctr = <int *> malloc(2 * k * sizeof(int))
    cdef int *px = <int *> malloc(n * sizeof(int))
    cdef int *py = <int *> malloc(n * sizeof(int))
    cdef int *labels = <int *> malloc(n * sizeof(int))
    cdef int *cnt = <int *> malloc(k * sizeof(int))
    cdef double *cx = <double *> malloc(k * sizeof(double))
    cdef double *cy = <double *> malloc(k * sizeof(double))
    cdef long long *sx = <long long *> malloc(k * sizeof(long long))
    cdef long long *sy = <long long *> malloc(k * sizeof(long long))
    try:
        for c in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ctr[2 * c] = state % 1000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ctr[2 * c + 1] = state % 1000
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            px[i] = ctr[2 * (i % k)] + <int> (state % 121) - 60
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            py[i] = ctr[2 * (i % k) + 1] + <int> (state % 121) - 60
            labels[i] = -1
        for c in range(k):
            cx[c] = px[c]
            cy[c] = py[c]
            cnt[c] = 0
        with nogil:
            used = lloyd(n, k, iters, px, py, cx, cy, labels, sx, sy, cnt)
        for c in range(k):
            cnt[c] = 0
        for i in range(n):
            c = labels[i]
            if c >= 0:
                dx = px[i] - cx[c]
                dy = py[i] - cy[c]
                inertia += dx * dx + dy * dy
                cnt[c] += 1
        return (used, inertia, [cnt[c] for c in range(k)],
                [(cx[c], cy[c]) for c in range(k)])
    finally:
        free(ctr); free(px); free(py); free(labels); free(cnt)
        free(cx); free(cy); free(sx); free(sy)
