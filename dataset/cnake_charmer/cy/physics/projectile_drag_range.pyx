# cython: language_level=3
"""Optimal launch angle of a projectile with quadratic air drag.

Each trajectory is integrated by a nogil cdef function with C doubles that returns the
landing distance and writes the flight time through a pointer argument; the outer
scan over angles is a typed loop. Update order is identical to the Python code.

Keywords: physics, projectile motion, air drag, euler integration, ballistics, optimisation
"""

import cython
from libc.math cimport sqrt, cos, sin, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef double fly(double th, double speed, double drag, double dt, double* t_out) noexcept nogil:
    cdef double g = 9.81, x = 0.0, y = 0.0, t = 0.0, v, nx, ny
    cdef double vx = speed * cos(th), vy = speed * sin(th)
    while True:
        v = sqrt(vx * vx + vy * vy)
        vx -= drag * v * vx * dt
        vy -= (g + drag * v * vy) * dt
        nx = x + vx * dt
        ny = y + vy * dt
        t += dt
        if ny < 0.0:
            x = x + (nx - x) * (y / (y - ny))
            break
        x = nx
        y = ny
    t_out[0] = t
    return x


@cython_benchmark(args=(200, 50.0, 0.02, 0.002))
@cython.cdivision(True)
def projectile_drag_range(int angles, double speed, double drag, double dt):
    """Scan `angles` launch angles in (0, 90) degrees for the longest range."""
    cdef double best_angle = 0.0, best_range = 0.0, range45 = 0.0, longest = 0.0
    cdef double deg, x, t
    cdef int k
    for k in range(angles):
        deg = 90.0 * (k + 0.5) / angles
        x = fly(deg * (M_PI / 180.0), speed, drag, dt, &t)
        if t > longest:
            longest = t
        if x > best_range:
            best_angle = deg
            best_range = x
        if fabs(deg - 45.0) < 90.0 / angles / 2 + 1e-12 and range45 == 0.0:
            range45 = x
    return (best_angle, best_range, range45, longest)
