# cython: language_level=3
"""Gravitational N-body integration with the leapfrog (kick-drift-kick) scheme.

Bodies are a C array of a Body struct (position, velocity, acceleration and mass kept
together for locality); the force pass and the energy are nogil cdef functions that
sum over j in the same fixed order as the Python code, so results are bit-identical.

Keywords: physics, n-body, gravity, leapfrog, symplectic integrator, energy conservation
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Body:
    double x, y, z
    double vx, vy, vz
    double ax, ay, az
    double m


cdef inline double rnd(long long* state) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return state[0] / 2147483648.0


cdef void accelerations(Body* b, int n, double eps2) noexcept nogil:
    cdef int i, j
    cdef double sx, sy, sz, dx, dy, dz, r2, inv
    for i in range(n):
        sx = 0.0
        sy = 0.0
        sz = 0.0
        for j in range(n):
            if i == j:
                continue
            dx = b[j].x - b[i].x
            dy = b[j].y - b[i].y
            dz = b[j].z - b[i].z
            r2 = dx * dx + dy * dy + dz * dz + eps2
            inv = b[j].m / (r2 * sqrt(r2))
            sx += dx * inv
            sy += dy * inv
            sz += dz * inv
        b[i].ax = sx
        b[i].ay = sy
        b[i].az = sz


cdef double energy(Body* b, int n, double eps2) noexcept nogil:
    cdef double kinetic = 0.0, potential = 0.0, r2, dx, dy, dz
    cdef int i, j
    for i in range(n):
        kinetic += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz)
    for i in range(n):
        for j in range(i + 1, n):
            dx = b[j].x - b[i].x
            dy = b[j].y - b[i].y
            dz = b[j].z - b[i].z
            r2 = dx * dx + dy * dy + dz * dz + eps2
            potential -= b[i].m * b[j].m / sqrt(r2)
    return kinetic + potential


@cython_benchmark(args=(64, 60, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nbody_leapfrog_energy(int n, int steps, long long seed):
    """Integrate n seeded bodies for `steps` leapfrog steps."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Body* b = <Body*>malloc((n + 1) * sizeof(Body))
    cdef int i, s
    cdef double dt = 0.001, eps2 = 0.01, e0, e1, mt = 0.0, cx = 0.0, cy = 0.0, cz = 0.0
    if b == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            b[i].x = rnd(&state) * 2 - 1
        for i in range(n):
            b[i].y = rnd(&state) * 2 - 1
        for i in range(n):
            b[i].z = rnd(&state) * 2 - 1
        for i in range(n):
            b[i].vx = (rnd(&state) - 0.5) * 0.2
        for i in range(n):
            b[i].vy = (rnd(&state) - 0.5) * 0.2
        for i in range(n):
            b[i].vz = (rnd(&state) - 0.5) * 0.2
        for i in range(n):
            b[i].m = 0.5 + rnd(&state)
        e0 = energy(b, n, eps2)
        accelerations(b, n, eps2)
        for s in range(steps):
            for i in range(n):
                b[i].vx += 0.5 * dt * b[i].ax
                b[i].vy += 0.5 * dt * b[i].ay
                b[i].vz += 0.5 * dt * b[i].az
                b[i].x += dt * b[i].vx
                b[i].y += dt * b[i].vy
                b[i].z += dt * b[i].vz
            accelerations(b, n, eps2)
            for i in range(n):
                b[i].vx += 0.5 * dt * b[i].ax
                b[i].vy += 0.5 * dt * b[i].ay
                b[i].vz += 0.5 * dt * b[i].az
        e1 = energy(b, n, eps2)
        for i in range(n):
            mt += b[i].m
        for i in range(n):
            cx += b[i].m * b[i].x
        for i in range(n):
            cy += b[i].m * b[i].y
        for i in range(n):
            cz += b[i].m * b[i].z
        return (e0, e1, (b[0].x, b[0].y, b[0].z), (cx / mt, cy / mt, cz / mt))
    finally:
        free(b)
