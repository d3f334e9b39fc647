# cython: language_level=3
"""Charged particle in crossed electric and magnetic fields with the Boris pusher.

Vectors are a small ctypedef'd struct handled by inline nogil helpers (add, scale,
cross) returned by value, so the three-stage Boris update runs without creating a
single tuple; libc.math supplies sin, cos, sqrt and hypot.

Keywords: physics, plasma, boris pusher, lorentz force, gyromotion, exb drift
"""

import cython
from libc.math cimport sin, cos, sqrt, hypot

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct V3:
    double x
    double y
    double z


cdef inline V3 v3(double x, double y, double z) noexcept nogil:
    cdef V3 r
    r.x = x
    r.y = y
    r.z = z
    return r


cdef inline V3 cross(V3 a, V3 b) noexcept nogil:
    return v3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)


cdef inline V3 add_scaled(V3 a, double h, V3 b) noexcept nogil:
    return v3(a.x + h * b.x, a.y + h * b.y, a.z + h * b.z)


cdef inline V3 add(V3 a, V3 b) noexcept nogil:
    return v3(a.x + b.x, a.y + b.y, a.z + b.z)


@cython_benchmark(args=(40000, 0.01, 2.0))
@cython.cdivision(True)
def boris_pusher_magnetic(int steps, double dt, double bz):
    """Push a unit charge/mass particle through `steps` Boris steps."""
    cdef V3 pos = v3(0.0, 0.0, 0.0), vel = v3(1.0, 0.0, 0.1), b = v3(0.0, 0.0, bz)
    cdef V3 e, vm, t, s, vp
    cdef double t2, sp, vmax = 0.0
    cdef int k
    with nogil:
        for k in range(steps):
            e = v3(0.1 + 0.05 * sin(pos.y), 0.05 * cos(pos.x), 0.0)
            vm = add_scaled(vel, 0.5 * dt, e)
            t = v3(0.5 * dt * b.x, 0.5 * dt * b.y, 0.5 * dt * b.z)
            t2 = t.x * t.x + t.y * t.y + t.z * t.z
            s = v3(2 * t.x / (1 + t2), 2 * t.y / (1 + t2), 2 * t.z / (1 + t2))
            vp = add(vm, cross(vm, t))
            vel = add_scaled(add(vm, cross(vp, s)), 0.5 * dt, e)
            pos = add_scaled(pos, dt, vel)
            sp = sqrt(vel.x * vel.x + vel.y * vel.y + vel.z * vel.z)
            if sp > vmax:
                vmax = sp
    return ((pos.x, pos.y, pos.z), (vel.x, vel.y, vel.z), hypot(pos.x, pos.y), vmax)
