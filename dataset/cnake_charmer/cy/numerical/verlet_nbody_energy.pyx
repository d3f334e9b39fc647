# cython: language_level=3
"""Velocity-Verlet N-body integration over an array of C structs.

Each body is a C struct (position, velocity, acceleration, mass) in one malloc'd
block; the pairwise force loop and the energy sum are nogil cdef functions working on
a Body pointer, replacing the nested Python lists.

Keywords: n-body, velocity verlet, struct, malloc, pointer, nogil
"""

import cython
from libc.math cimport sqrt, sin, cos, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Body:
    double x, y, vx, vy, ax, ay, m

cdef double SOFT = 0.01


@cython.cdivision(True)
cdef void accelerations(Body *b, int n) noexcept nogil:
    cdef int i, j
    cdef double dx, dy, r2, inv
    for i in range(n):
        b[i].ax = 0.0
        b[i].ay = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            dx = b[j].x - b[i].x
            dy = b[j].y - b[i].y
            r2 = dx * dx + dy * dy + SOFT
            inv = 1.0 / (r2 * sqrt(r2))
            b[i].ax += b[j].m * dx * inv
            b[i].ay += b[j].m * dy * inv
            b[j].ax -= b[i].m * dx * inv
            b[j].ay -= b[i].m * dy * inv


@cython.cdivision(True)
cdef double energy(Body *b, int n) noexcept nogil:
    cdef double kinetic = 0.0, potential = 0.0, dx, dy
    cdef int i, j
    for i in range(n):
        kinetic += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy)
    for i in range(n):
        for j in range(i + 1, n):
            dx = b[j].x - b[i].x
            dy = b[j].y - b[i].y
            potential -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + SOFT)
    return kinetic + potential


@cython_benchmark(args=(16, 400))
@cython.cdivision(True)
def verlet_nbody_energy(int n, int steps):
    """Integrate n bodies for the given steps; return final energy, drift and positions."""
    if n <= 0:
        return 0.0, 0.0, []
    cdef Body *b = <Body *> malloc(n * sizeof(Body))
    cdef double dt = 0.001, start, end, drift, ang
    cdef int i, s
    if b == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ang = 2 * M_PI * i / n
            b[i].m = 1.0 + (i % 3) * 0.5
            b[i].x = cos(ang)
            b[i].y = sin(ang)
            b[i].vx = -0.5 * sin(ang) * (1 + 0.01 * i)
            b[i].vy = 0.5 * cos(ang)
        with nogil:
            start = energy(b, n)
            accelerations(b, n)
            for s in range(steps):
                for i in range(n):
                    b[i].vx += 0.5 * dt * b[i].ax
                    b[i].vy += 0.5 * dt * b[i].ay
                    b[i].x += dt * b[i].vx
                    b[i].y += dt * b[i].vy
                accelerations(b, n)
                for i in range(n):
                    b[i].vx += 0.5 * dt * b[i].ax
                    b[i].vy += 0.5 * dt * b[i].ay
            end = energy(b, n)
        drift = (end - start) / fabs(start) if start else 0.0
        return end, drift, [(b[i].x, b[i].y) for i in range(min(n, 4))]
    finally:
        free(b)
