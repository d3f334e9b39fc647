# cython: language_level=3
"""Adams-Bashforth predator-prey integration with a C ring buffer of derivatives.

The derivative history is a fixed-size C array used as a ring buffer indexed modulo 4,
so no list is appended to or popped from; the rates function returns a C tuple and the
whole time loop runs without the GIL.

Keywords: ode, adams bashforth, ring buffer, c array, c tuple, nogil
"""

import cython
from libc.math cimport log

from cnake_charmer.benchmarks import cython_benchmark

cdef double ALPHA = 1.1, BETA = 0.4, DELTA = 0.1, GAMMA = 0.4


cdef inline (double, double) rates(double x, double y) noexcept nogil:
    return ALPHA * x - BETA * x * y, DELTA * x * y - GAMMA * y


cdef inline double invariant(double x, double y) noexcept nogil:
    return DELTA * x - GAMMA * log(x) + BETA * y - ALPHA * log(y)


@cython_benchmark(args=(60000,))
@cython.cdivision(True)
def adams_bashforth_lotka_volterra(int steps):
    """Integrate for the given number of steps; return peaks, final state and invariants."""
    cdef double h = 0.001, x = 10.0, y = 5.0
    cdef double hx[4]
    cdef double hy[4]
    cdef double k1x, k1y, k2x, k2y, k3x, k3y, k4x, k4y
    cdef double max_x = x, max_y = y, start
    cdef int n, head = 0, i0, i1, i2, i3
    hx[0], hy[0] = rates(x, y)
    start = invariant(x, y)
    with nogil:
        for n in range(steps):
            if n < 3:
                k1x, k1y = rates(x, y)
                k2x, k2y = rates(x + h / 2 * k1x, y + h / 2 * k1y)
                k3x, k3y = rates(x + h / 2 * k2x, y + h / 2 * k2y)
                k4x, k4y = rates(x + h * k3x, y + h * k3y)
                x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x)
                y += h / 6 * (k1y + 2 * k2y + 2 * k3y + k4y)
            else:
                i0 = head
                i1 = (head + 3) % 4
                i2 = (head + 2) % 4
                i3 = (head + 1) % 4
                x += h / 24 * (55 * hx[i0] - 59 * hx[i1] + 37 * hx[i2] - 9 * hx[i3])
                y += h / 24 * (55 * hy[i0] - 59 * hy[i1] + 37 * hy[i2] - 9 * hy[i3])
            head = (head + 1) % 4
            hx[head], hy[head] = rates(x, y)
            if x > max_x:
                max_x = x
            if y > max_y:
                max_y = y
    return max_x, max_y, x, y, start, invariant(x, y)
