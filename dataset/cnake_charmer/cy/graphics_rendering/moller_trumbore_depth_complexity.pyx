# cython: language_level=3
"""Measuring the depth complexity of a triangle soup with Möller–Trumbore ray tests — a cdef class.

A final ``cdef class`` owns the soup as a malloc'd array of ``Tri`` structs (first
vertex plus both edge vectors, precomputed once instead of per ray), freed in
``__dealloc__``; its nogil ``cdef`` method traces one ray and fills a ``RayStats``
struct, with the cross and dot products written out on C doubles.

Keywords: graphics, ray tracing, moller trumbore, ray triangle intersection, depth complexity, barycentric
"""

import cython
from libc.math cimport fabs, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Tri:
    double ox, oy, oz
    double ax, ay, az
    double bx, by, bz


cdef struct RayStats:
    int count
    int front
    int nearest
    double t


@cython.final
cdef class TriangleSoup:
    cdef Tri *tris
    cdef int n

    def __cinit__(self, int n):
        self.n = n
        self.tris = <Tri *>malloc((n + 1) * sizeof(Tri))
        if self.tris == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.tris)

    cdef void set(self, int i, double *c) noexcept:
        cdef Tri *tr = &self.tris[i]
        tr.ox = c[0]
        tr.oy = c[1]
        tr.oz = c[2]
        tr.ax = c[3] - c[0]
        tr.ay = c[4] - c[1]
        tr.az = c[5] - c[2]
        tr.bx = c[6] - c[0]
        tr.by = c[7] - c[1]
        tr.bz = c[8] - c[2]

    @cython.cdivision(True)
    cdef RayStats trace(self, double ex, double ey, double ez, double dx, double dy, double dz) noexcept nogil:
        cdef RayStats r
        cdef Tri *tr
        cdef int i
        cdef double px, py, pz, det, inv, sx, sy, sz, u, v, qx, qy, qz, t
        r.count = 0
        r.front = 0
        r.nearest = 0
        r.t = INFINITY
        for i in range(self.n):
            tr = &self.tris[i]
            px = dy * tr.bz - dz * tr.by
            py = dz * tr.bx - dx * tr.bz
            pz = dx * tr.by - dy * tr.bx
            det = tr.ax * px + tr.ay * py + tr.az * pz
            if fabs(det) < 1e-12:
                continue
            inv = 1.0 / det
            sx = ex - tr.ox
            sy = ey - tr.oy
            sz = ez - tr.oz
            u = (sx * px + sy * py + sz * pz) * inv
            if u < 0.0 or u > 1.0:
                continue
            qx = sy * tr.az - sz * tr.ay
            qy = sz * tr.ax - sx * tr.az
            qz = sx * tr.ay - sy * tr.ax
            v = (dx * qx + dy * qy + dz * qz) * inv
            if v < 0.0 or u + v > 1.0:
                continue
            t = (tr.bx * qx + tr.by * qy + tr.bz * qz) * inv
            if t <= 1e-9:
                continue
            r.count += 1
            if det > 0:
                r.front += 1
            if t < r.t:
                r.t = t
                r.nearest = i + 1
        return r


@cython_benchmark(args=(60, 60, 56, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def moller_trumbore_depth_complexity(int width, int height, int triangles, long long seed):
    """Trace width x height camera rays through `triangles` seeded triangles."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef TriangleSoup soup = TriangleSoup(triangles)
    cdef double c[9]
    cdef double cen[3]
    cdef int i, k, px, py
    cdef long long hits = 0, front = 0, checksum = 0
    cdef long long complexity[8]
    cdef double nearest_total = 0.0, dx, dy
    cdef RayStats r
    cdef int *ids = <int *>malloc((<size_t>width * height + 1) * sizeof(int))
    if ids == NULL:
        raise MemoryError()
    try:
        for i in range(triangles):
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cen[k] = (state >> 7) / 16777216.0
            cen[0] = cen[0] * 3.6 - 1.8
            cen[1] = cen[1] * 3.6 - 1.8
            cen[2] = cen[2] * 3.0
            for k in range(9):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c[k] = cen[k % 3] + 2.0 * ((state >> 7) / 16777216.0) - 1.0
            soup.set(i, c)
        for k in range(8):
            complexity[k] = 0
        with nogil:
            for py in range(height):
                for px in range(width):
                    dx = 2.0 * (px + 0.5) / width - 1.0 - 0.0
                    dy = 1.0 - 2.0 * (py + 0.5) / height - 0.0
                    r = soup.trace(0.0, 0.0, -3.0, dx, dy, -2.0 - -3.0)
                    hits += r.count
                    front += r.front
                    complexity[r.count if r.count < 7 else 7] += 1
                    ids[py * width + px] = r.nearest
                    if r.nearest:
                        nearest_total += r.t
            for i in range(width * height):
                checksum = (checksum * 977 + ids[i]) % 1000000009
        n = width * height
        step = max(1, n // 9)
        samples = [ids[i] for i in range(0, n, step)][:9] if n > 0 else []
        return (hits, front, [complexity[k] for k in range(8)], checksum, nearest_total, samples)
    finally:
        free(ids)
