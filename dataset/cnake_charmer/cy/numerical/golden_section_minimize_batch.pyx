# cython: language_level=3
"""Golden-section minimisation with a struct of parameters and a nogil search loop.

Each well's parameters are packed into a C struct passed to an inline objective; the
bracket updates are plain C double assignments and the evaluation counter a C long,
so the inner search never allocates the closure and float objects Python needs.

Keywords: optimisation, golden section search, struct, inline, nogil, lcg
"""

import cython
from libc.math cimport sin, sqrt

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Well:
    double a, b, c


cdef inline double well(Well *w, double x) noexcept nogil:
    return (x - w.c) * (x - w.c) + w.a * sin(w.b * x)


cdef double golden(Well *w, double inv_phi, long *evaluations) noexcept nogil:
    cdef double lo = w.c - 2.0, hi = w.c + 2.0
    cdef double x1 = hi - inv_phi * (hi - lo)
    cdef double x2 = lo + inv_phi * (hi - lo)
    cdef double f1 = well(w, x1), f2 = well(w, x2)
    evaluations[0] += 2
    while hi - lo > 1e-10:
        if f1 < f2:
            hi = x2
            x2 = x1
            f2 = f1
            x1 = hi - inv_phi * (hi - lo)
            f1 = well(w, x1)
        else:
            lo = x1
            x1 = x2
            f1 = f2
            x2 = lo + inv_phi * (hi - lo)
            f2 = well(w, x2)
        evaluations[0] += 1
    return 0.5 * (lo + hi)


@cython_benchmark(args=(4000,))
@cython.cdivision(True)
def golden_section_minimize_batch(int count):
    """Minimise count random tilted wells; return summary statistics."""
    cdef double inv_phi = (sqrt(5.0) - 1.0) / 2.0
    cdef long long state = 2024
    cdef double arg_sum = 0.0, val_sum = 0.0, best
    cdef long evaluations = 0
    cdef Well w
    cdef int k
    cdef list samples = []
    for k in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w.a = 0.1 + 0.3 * state / <double> 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w.b = 0.5 + 2.0 * state / <double> 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w.c = -5.0 + 10.0 * state / <double> 0x7FFFFFFF
        with nogil:
            best = golden(&w, inv_phi, &evaluations)
        arg_sum += best
        val_sum += well(&w, best)
        if k % 500 == 0:
            samples.append(best)
    return arg_sum, val_sum, evaluations, samples
