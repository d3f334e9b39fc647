# cython: language_level=3
"""Thin-lens systems: paraxial ray-transfer matrices versus traced rays with aberration.

The ABCD matrix is a ctypedef'd struct updated by inline nogil functions for a lens
and a gap (same operation order as the Python tuple updates); focal lengths and gaps
sit in small fixed C arrays, and the aberrated ray fan is traced with C doubles.

Keywords: physics, geometric optics, thin lens, ray transfer matrix, abcd, spherical aberration
"""

import cython
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct ABCD:
    double a
    double b
    double c
    double d


cdef inline int draw(long long* state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % m)


cdef inline ABCD lens(ABCD m, double f) noexcept nogil:
    return ABCD(m.a, m.b, m.c - m.a / f, m.d - m.b / f)


cdef inline ABCD gap(ABCD m, double t) noexcept nogil:
    return ABCD(m.a + t * m.c, m.b + t * m.d, m.c, m.d)


@cython_benchmark(args=(2500, 21, 0.0004, 6))
@cython.cdivision(True)
def thin_lens_aberration_trace(int systems, int rays, double kappa, long long seed):
    """Analyse `systems` seeded lens systems with a fan of `rays` rays each."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double focals[4]
    cdef double gaps[3]
    cdef int k, i, r, count, converging = 0, rm = rays - 1 if rays > 1 else 1
    cdef double efl_sum = 0.0, aberration_sum = 0.0, first_bfd = 0.0, bfd, worst, y, u, dev
    cdef ABCD m
    with nogil:
        for k in range(systems):
            count = 2 + draw(&state, 3)
            for i in range(count):
                focals[i] = 20.0 + draw(&state, 180)
                if not draw(&state, 4):
                    focals[i] = -focals[i]
            for i in range(count - 1):
                gaps[i] = 5.0 + draw(&state, 55)
            m = ABCD(1.0, 0.0, 0.0, 1.0)
            for i in range(count):
                m = lens(m, focals[i])
                if i < count - 1:
                    m = gap(m, gaps[i])
            if m.c >= 0.0:
                continue
            converging += 1
            bfd = -m.a / m.c
            efl_sum += -1.0 / m.c
            if k == 0:
                first_bfd = bfd
            worst = 0.0
            for r in range(rays):
                y = -5.0 + 10.0 * r / rm
                u = 0.0
                for i in range(count):
                    u = u - y / focals[i] * (1.0 + kappa * y * y)
                    if i < count - 1:
                        y = y + gaps[i] * u
                if u != 0.0:
                    dev = fabs(-y / u - bfd)
                    if dev > worst:
                        worst = dev
            aberration_sum += worst
    if converging == 0:
        return (0, 0.0, 0.0, first_bfd)
    return (converging, efl_sum / converging, aberration_sum / converging, first_bfd)
