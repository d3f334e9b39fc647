# cython: language_level=3
"""Tracing electric field lines of point charges with a midpoint (RK2) integrator.

The charges are a module-level C array of a Charge struct, the field is an inline
nogil function that writes both components through pointers (&ex, &ey), and every
line is traced in C; the negative-charge capture test loops over a small index array.

Keywords: physics, electrostatics, electric field, field lines, coulomb, rk2 integration
"""

import cython
from libc.math cimport sqrt, hypot, cos, sin, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Charge:
    double x
    double y
    double q

cdef Charge CH[5]
CH[0] = Charge(-1.0, 0.0, 2.0)
CH[1] = Charge(1.2, 0.3, -1.0)
CH[2] = Charge(0.1, 1.4, -0.7)
CH[3] = Charge(0.4, -1.3, 1.0)
CH[4] = Charge(1.5, -1.2, -1.5)


cdef inline void field(double x, double y, double* ex, double* ey) noexcept nogil:
    cdef int k
    cdef double dx, dy, r2, inv
    ex[0] = 0.0
    ey[0] = 0.0
    for k in range(5):
        dx = x - CH[k].x
        dy = y - CH[k].y
        r2 = dx * dx + dy * dy
        inv = CH[k].q / (r2 * sqrt(r2))
        ex[0] += inv * dx
        ey[0] += inv * dy


@cython_benchmark(args=(36, 0.01, 1500))
@cython.cdivision(True)
def electric_field_line_tracing(int lines_per_charge, double step, int max_steps):
    """Trace `lines_per_charge` field lines from every positive charge."""
    cdef int neg[5]
    cdef long ends[5]
    cdef int nneg = 0, k, l, s, i, result
    cdef long escaped = 0
    cdef double length = 0.0, ang, x, y, ex, ey, norm, mx, my, dx, dy
    for k in range(5):
        if CH[k].q < 0:
            neg[nneg] = k
            ends[nneg] = 0
            nneg += 1
    for k in range(5):
        if CH[k].q <= 0:
            continue
        for l in range(lines_per_charge):
            ang = 2 * M_PI * (l + 0.5) / lines_per_charge
            x = CH[k].x + 0.05 * cos(ang)
            y = CH[k].y + 0.05 * sin(ang)
            result = -1
            for s in range(max_steps):
                field(x, y, &ex, &ey)
                norm = hypot(ex, ey)
                mx = x + 0.5 * step * ex / norm
                my = y + 0.5 * step * ey / norm
                field(mx, my, &ex, &ey)
                norm = hypot(ex, ey)
                x = x + step * ex / norm
                y = y + step * ey / norm
                length += step
                for i in range(nneg):
                    dx = x - CH[neg[i]].x
                    dy = y - CH[neg[i]].y
                    if dx * dx + dy * dy < 0.0025:
                        result = i
                        break
                if result >= 0:
                    break
                if fabs(x) > 6 or fabs(y) > 6:
                    break
            if result >= 0:
                ends[result] += 1
            else:
                escaped += 1
    return ([ends[i] for i in range(nneg)], escaped, length)
