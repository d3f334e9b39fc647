# cython: language_level=3
"""Chaotic double pendulum integrated with classical Runge-Kutta (RK4).

The state is a ctypedef'd C struct passed and returned by value; the derivative and the
RK4 stage combinations are inline nogil cdef functions, so a step allocates no tuples.
The formulas keep the Python term order so the chaotic trajectory stays identical.

Keywords: physics, double pendulum, chaos, runge kutta, rk4, ode, lagrangian mechanics
"""

import cython
from libc.math cimport sin, cos, floor, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef double G = 9.81

ctypedef struct PState:
    double t1
    double t2
    double w1
    double w2


cdef inline PState deriv(PState s) noexcept nogil:
    cdef PState o
    cdef double d = s.t1 - s.t2
    cdef double den = 3.0 - cos(2 * d)
    o.t1 = s.w1
    o.t2 = s.w2
    o.w1 = (-3 * G * sin(s.t1) - G * sin(s.t1 - 2 * s.t2) - 2 * sin(d) * (s.w2 * s.w2 + s.w1 * s.w1 * cos(d))) / den
    o.w2 = (2 * sin(d) * (2 * s.w1 * s.w1 + 2 * G * cos(s.t1) + s.w2 * s.w2 * cos(d))) / den
    return o


cdef inline PState axpy(PState s, double h, PState k) noexcept nogil:
    cdef PState o
    o.t1 = s.t1 + h * k.t1
    o.t2 = s.t2 + h * k.t2
    o.w1 = s.w1 + h * k.w1
    o.w2 = s.w2 + h * k.w2
    return o


cdef inline double energy(PState s) noexcept nogil:
    cdef double kinetic = s.w1 * s.w1 + 0.5 * s.w2 * s.w2 + s.w1 * s.w2 * cos(s.t1 - s.t2)
    return kinetic - 2 * G * cos(s.t1) - G * cos(s.t2)


@cython_benchmark(args=(2.0, 1.5, 15000, 0.001))
@cython.cdivision(True)
def double_pendulum_rk4(double theta1, double theta2, int steps, double dt):
    """Integrate a double pendulum released from rest at the given angles."""
    cdef PState s = PState(theta1, theta2, 0.0, 0.0), k1, k2, k3, k4
    cdef double e0 = energy(s), h = dt / 6.0, turn, last, den
    cdef long flips = 0
    cdef int i
    last = floor((s.t2 + M_PI) / (2 * M_PI))
    with nogil:
        for i in range(steps):
            k1 = deriv(s)
            k2 = deriv(axpy(s, 0.5 * dt, k1))
            k3 = deriv(axpy(s, 0.5 * dt, k2))
            k4 = deriv(axpy(s, dt, k3))
            s.t1 = s.t1 + h * (k1.t1 + 2 * k2.t1 + 2 * k3.t1 + k4.t1)
            s.t2 = s.t2 + h * (k1.t2 + 2 * k2.t2 + 2 * k3.t2 + k4.t2)
            s.w1 = s.w1 + h * (k1.w1 + 2 * k2.w1 + 2 * k3.w1 + k4.w1)
            s.w2 = s.w2 + h * (k1.w2 + 2 * k2.w2 + 2 * k3.w2 + k4.w2)
            turn = floor((s.t2 + M_PI) / (2 * M_PI))
            if turn != last:
                flips += 1
                last = turn
    den = fabs(e0) if fabs(e0) > 1e-12 else 1e-12
    return ((s.t1, s.t2, s.w1, s.w2), fabs(energy(s) - e0) / den, flips)
