# cython: language_level=3
"""Kalman tracking with the state and covariance held in a C struct.

The filter's state vector, 2x2 covariance and gain live in a C struct updated in place
by an inline nogil predict/update function, so each time step is a couple of dozen
floating-point operations instead of rebuilt nested lists.

Keywords: kalman filter, struct, inline, nogil, state estimation, libc math
"""

import cython
from libc.math cimport sqrt, pow

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Kalman:
    double x0, x1
    double p00, p01, p10, p11
    double g0, g1
    double dt, q, r


@cython.cdivision(True)
cdef inline void step(Kalman *k, double z) noexcept nogil:
    cdef double dt = k.dt, q = k.q
    cdef double x0 = k.x0 + dt * k.x1, x1 = k.x1
    cdef double p00 = k.p00 + dt * (k.p10 + k.p01) + dt * dt * k.p11 + q * pow(dt, 4.0) / 4
    cdef double p01 = k.p01 + dt * k.p11 + q * pow(dt, 3.0) / 2
    cdef double p10 = k.p10 + dt * k.p11 + q * pow(dt, 3.0) / 2
    cdef double p11 = k.p11 + q * dt * dt
    cdef double s = p00 + k.r
    cdef double innovation
    k.g0 = p00 / s
    k.g1 = p10 / s
    innovation = z - x0
    k.x0 = x0 + k.g0 * innovation
    k.x1 = x1 + k.g1 * innovation
    k.p00 = (1 - k.g0) * p00
    k.p01 = (1 - k.g0) * p01
    k.p10 = p10 - k.g1 * p00
    k.p11 = p11 - k.g1 * p01


@cython_benchmark(args=(100000,))
@cython.cdivision(True)
def kalman_filter_tracking(int n):
    """Filter n noisy position readings; return error RMS values, state, covariance and gain."""
    cdef Kalman k
    k.x0 = 0.0; k.x1 = 0.0
    k.p00 = 100.0; k.p01 = 0.0; k.p10 = 0.0; k.p11 = 100.0
    k.g0 = 0.0; k.g1 = 0.0
    k.dt = 0.1; k.q = 0.05; k.r = 4.0
    cdef long long state = 2020
    cdef double true_pos = 0.0, true_vel = 1.0, accel, z, raw_err = 0.0, filt_err = 0.0
    cdef double root3 = sqrt(3.0)
    cdef int i, phase
    with nogil:
        for i in range(n):
            phase = (i // 500) % 3
            accel = 0.5 if phase == 0 else (-0.4 if phase == 1 else 0.0)
            true_vel += accel * k.dt
            true_pos += true_vel * k.dt
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            z = true_pos + 4.0 * (state / <double> 0x7FFFFFFF - 0.5) * root3
            step(&k, z)
            raw_err += pow(z - true_pos, 2.0)
            filt_err += pow(k.x0 - true_pos, 2.0)
    if n == 0:
        return 0.0, 0.0, [k.x0, k.x1], [k.p00, k.p01, k.p10, k.p11], [k.g0, k.g1]
    return (sqrt(raw_err / n), sqrt(filt_err / n), [k.x0, k.x1],
            [k.p00, k.p01, k.p10, k.p11], [k.g0, k.g1])
