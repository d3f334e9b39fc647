# cython: language_level=3
"""Golden-section search driven through a C function-pointer bank.

The objectives are ``noexcept nogil`` cdef functions collected in an array of
``double (*)(double)`` pointers; the search routine takes the pointer as a parameter,
so each bracket update is a direct C call instead of a Python lambda call.

Keywords: optimization, golden section search, line search, unimodal, derivative free
"""

from libc.math cimport sqrt, cosh, fabs, log

from cnake_charmer.benchmarks import cython_benchmark

ctypedef double (*objective_t)(double) noexcept nogil


cdef double f_parabola(double x) noexcept nogil:
    return (x - 1.0) * (x - 1.0) + 0.5

cdef double f_cosh(double x) noexcept nogil:
    return cosh(x) - 1.0

cdef double f_vee(double x) noexcept nogil:
    return fabs(x) + 0.1 * x * x

cdef double f_logquad(double x) noexcept nogil:
    return log(1.0 + x * x) + 0.05 * x


cdef double golden(objective_t f, double s, int iterations, double ratio, double *value) noexcept nogil:
    cdef double lo = -5.0, hi = 5.0, x1, x2, f1, f2, x
    cdef int it
    x1 = hi - ratio * (hi - lo)
    x2 = lo + ratio * (hi - lo)
    f1 = f(x1 - s)
    f2 = f(x2 - s)
    for it in range(iterations):
        if f1 < f2:
            hi = x2; x2 = x1; f2 = f1
            x1 = hi - ratio * (hi - lo)
            f1 = f(x1 - s)
        else:
            lo = x1; x1 = x2; f1 = f2
            x2 = lo + ratio * (hi - lo)
            f2 = f(x2 - s)
    x = 0.5 * (lo + hi)
    value[0] = f(x - s)
    return x


@cython_benchmark(args=(2500, 60))
def golden_section_function_bank(int shifts, int iterations):
    """Return (sum of minimisers per function, sum of minima per function, evaluations)."""
    cdef objective_t bank[4]
    bank[0] = f_parabola
    bank[1] = f_cosh
    bank[2] = f_vee
    bank[3] = f_logquad
    cdef double ratio = (sqrt(5.0) - 1.0) / 2.0
    cdef double args[4]
    cdef double vals[4]
    cdef double s, v
    cdef int k, si, denom = shifts if shifts > 1 else 1
    cdef long evaluations = 0
    for k in range(4):
        args[k] = 0.0
        vals[k] = 0.0
        for si in range(shifts):
            s = -2.0 + 4.0 * si / <double>denom
            args[k] += golden(bank[k], s, iterations, ratio, &v)
            vals[k] += v
            evaluations += 2 + (iterations if iterations > 0 else 0)
    return [args[k] for k in range(4)], [vals[k] for k in range(4)], evaluations
