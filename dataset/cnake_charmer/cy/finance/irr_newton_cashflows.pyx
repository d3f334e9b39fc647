# cython: language_level=3
"""IRR by Newton's method in nogil C code that raises through ``with gil``.

The flows are kept in a reused malloc'ed buffer, NPV and its derivative come from an
inline noexcept helper returning a C tuple, and the solver is a ``nogil`` cdef with an
``except -1`` exception value: a project without a positive IRR enters ``with gil`` to
raise ValueError.

Keywords: finance, irr, npv, newton method, capital budgeting, root finding
"""

from libc.math cimport fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline (double, double) npv_and_slope(double rate, const double *flows, int n) noexcept nogil:
    cdef double npv = 0.0, slope = 0.0, factor = 1.0
    cdef int t
    for t in range(n):
        npv += flows[t] / factor
        slope -= t * flows[t] / (factor * (1.0 + rate))
        factor *= 1.0 + rate
    return npv, slope


cdef int solve_irr(const double *flows, int n, bint strict, double *rate) except -1 nogil:
    """Return 1 when solved, 0 when skipped; raise ValueError in strict mode."""
    cdef double total = 0.0, npv, slope, step, r = 0.1
    cdef int t, it
    for t in range(n):
        total += flows[t]
    if total <= 0.0:
        if strict:
            with gil:
                raise ValueError("cash flows have no positive IRR")
        return 0
    for it in range(100):
        npv, slope = npv_and_slope(r, flows, n)
        step = npv / slope
        r -= step
        if fabs(step) < 1e-12:
            break
    rate[0] = r
    return 1


@cython_benchmark(args=(1500, 25, 0, 6))
def irr_newton_cashflows(int projects, int years, int strict, long seed):
    """Return (projects solved, sum of IRRs, first few IRRs)."""
    cdef int n = (years if years > 0 else 0) + 1
    cdef double *flows = <double *>malloc(n * sizeof(double))
    if flows == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int p, t, solved = 0
    cdef double total = 0.0, rate = 0.0
    first = []
    try:
        for p in range(projects):
            flows[0] = -1000.0
            for t in range(1, n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                flows[t] = <double>(state % 400)
            if solve_irr(flows, n, strict != 0, &rate):
                solved += 1
                total += rate
                if len(first) < 5:
                    first.append(rate)
    finally:
        free(flows)
    return solved, total, first
