# cython: language_level=3
"""Torque-free asymmetric rigid body (Euler's equations) and the tennis-racket effect.

The body is a @cython.final cdef class with ``cdef readonly`` principal moments and
``cdef public`` angular-velocity components; the derivative and the Heun step are C
methods working on C double arrays, so no tuples are built per step. Powers are written
as products only where they reproduce Python's float ** 2 exactly.

Keywords: physics, rigid body, euler equations, dzhanibekov effect, heun method, rotation
"""

import cython
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class RigidBody:
    cdef readonly double i1, i2, i3
    cdef public double w1, w2, w3

    def __init__(self, double i1, double i2, double i3, double w1, double w2, double w3):
        self.i1 = i1
        self.i2 = i2
        self.i3 = i3
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3

    @cython.cdivision(True)
    cdef inline void deriv(self, double* w, double* out) noexcept:
        out[0] = (self.i2 - self.i3) * w[1] * w[2] / self.i1
        out[1] = (self.i3 - self.i1) * w[2] * w[0] / self.i2
        out[2] = (self.i1 - self.i2) * w[0] * w[1] / self.i3

    cdef void heun(self, double dt) noexcept:
        cdef double w[3]
        cdef double k1[3]
        cdef double k2[3]
        cdef double trial[3]
        cdef int i
        w[0] = self.w1
        w[1] = self.w2
        w[2] = self.w3
        self.deriv(w, k1)
        for i in range(3):
            trial[i] = w[i] + dt * k1[i]
        self.deriv(trial, k2)
        self.w1 = w[0] + 0.5 * dt * (k1[0] + k2[0])
        self.w2 = w[1] + 0.5 * dt * (k1[1] + k2[1])
        self.w3 = w[2] + 0.5 * dt * (k1[2] + k2[2])

    cdef double energy(self):
        return 0.5 * (self.i1 * (self.w1 * self.w1) + self.i2 * (self.w2 * self.w2) + self.i3 * (self.w3 * self.w3))

    cdef double momentum(self):
        cdef double a = self.i1 * self.w1, b = self.i2 * self.w2, c = self.i3 * self.w3
        return sqrt(a * a + b * b + c * c)


@cython_benchmark(args=(1.0, 2.0, 3.0, 60000, 0.001))
@cython.cdivision(True)
def rigid_body_euler_top_heun(double i1, double i2, double i3, int steps, double dt):
    """Integrate Euler's rigid-body equations for `steps` Heun steps."""
    cdef RigidBody body = RigidBody(i1, i2, i3, 0.01, 5.0, 0.01)
    cdef double e0 = body.energy(), l0 = body.momentum(), e1, l1
    cdef long flips = 0
    cdef bint sign = body.w2 > 0
    cdef int s
    for s in range(steps):
        body.heun(dt)
        if (body.w2 > 0) != sign:
            flips += 1
            sign = body.w2 > 0
    e1 = body.energy()
    l1 = body.momentum()
    return ((body.w1, body.w2, body.w3), fabs(e1 - e0) / e0, fabs(l1 - l0) / l0, flips)
