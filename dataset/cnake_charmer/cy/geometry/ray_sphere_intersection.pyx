# cython: language_level=3
"""Casting a grid of rays against a field of spheres.

Spheres are stored in a @cython.final cdef class holding a malloc'd struct array, with
the sphere count exposed as a ``cdef readonly`` attribute; the nearest-hit search is a
C method on that class, so the per-ray loop is pure C with libc sqrt.

Keywords: geometry, ray tracing, ray sphere intersection, quadratic, camera rays
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Sphere:
    double cx
    double cy
    double cz
    double r2


@cython.final
cdef class Scene:
    cdef Sphere* items
    cdef readonly int count

    def __cinit__(self, int count):
        self.count = count
        self.items = <Sphere*>malloc((count + 1) * sizeof(Sphere))
        if self.items == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.items)

    cdef int nearest(self, double dx, double dy, double dz, double* t_out) noexcept nogil:
        cdef int k, best_k = -1
        cdef double b, c, disc, root, t, best_t = INFINITY
        cdef Sphere s
        for k in range(self.count):
            s = self.items[k]
            b = dx * s.cx + dy * s.cy + dz * s.cz
            c = s.cx * s.cx + s.cy * s.cy + s.cz * s.cz - s.r2
            disc = b * b - c
            if disc < 0:
                continue
            root = sqrt(disc)
            t = b - root
            if t <= 1e-9:
                t = b + root
            if 1e-9 < t < best_t:
                best_t = t
                best_k = k
        t_out[0] = best_t
        return best_k


@cython_benchmark(args=(120, 90, 20, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ray_sphere_intersection(int width, int height, int spheres, long long seed):
    """Render hit statistics of a seeded sphere field."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Scene scene = Scene(spheres)
    cdef double v[4]
    cdef double dx, dy, dz, norm, t, total = 0.0, r
    cdef int k, j, px, py, best_k, centre = -1
    cdef long hits = 0
    cdef long* per = <long*>malloc((spheres + 1) * sizeof(long))
    if per == NULL:
        raise MemoryError()
    try:
        for k in range(spheres):
            for j in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[j] = (state % 10000) / 10000.0
            r = 0.4 + v[3] * 1.2
            scene.items[k] = Sphere(v[0] * 8 - 4, v[1] * 6 - 3, 6 + v[2] * 10, r * r)
            per[k] = 0
        for py in range(height):
            for px in range(width):
                dx = (px + 0.5) / width * 2 - 1
                dy = (py + 0.5) / height * 2 - 1
                norm = sqrt(dx * dx + dy * dy + 1.0)
                dx = dx / norm
                dy = dy / norm
                dz = 1.0 / norm
                best_k = scene.nearest(dx, dy, dz, &t)
                if best_k >= 0:
                    hits += 1
                    total += t
                    per[best_k] += 1
                if py == height // 2 and px == width // 2:
                    centre = best_k
        return (hits, total, [per[k] for k in range(spheres if spheres < 6 else 6)], centre)
    finally:
        free(per)
