# cython: language_level=3
"""Adaptive Simpson quadrature as a recursive nogil C function.

The recursion is a cdef function taking a C function pointer and a pointer to the
accepted-interval counter, so each level costs a C call instead of a Python frame; the
integrands are noexcept nogil functions using libm.

Keywords: numerical integration, adaptive quadrature, recursion, function pointer, nogil
"""

import cython
from libc.math cimport sin, sqrt, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark

ctypedef double (*func_t)(double) noexcept nogil


cdef double peak(double x) noexcept nogil:
    return 1.0 / (1e-4 + (x - 0.3) * (x - 0.3))


cdef double chirp(double x) noexcept nogil:
    return sin(x * x * x)


cdef double cusp(double x) noexcept nogil:
    return sqrt(fabs(x - 1.0))


@cython.cdivision(True)
cdef double adaptive(func_t f, double a, double b, double fa, double fm, double fb,
                     double whole, double tol, int depth, long *counter) noexcept nogil:
    cdef double m = 0.5 * (a + b)
    cdef double lm = 0.5 * (a + m)
    cdef double rm = 0.5 * (m + b)
    cdef double flm = f(lm), frm = f(rm)
    cdef double left = (m - a) / 6.0 * (fa + 4.0 * flm + fm)
    cdef double right = (b - m) / 6.0 * (fm + 4.0 * frm + fb)
    cdef double delta = left + right - whole
    if depth <= 0 or fabs(delta) <= 15.0 * tol:
        counter[0] += 1
        return left + right + delta / 15.0
    return (adaptive(f, a, m, fa, flm, fm, left, tol / 2.0, depth - 1, counter)
            + adaptive(f, m, b, fm, frm, fb, right, tol / 2.0, depth - 1, counter))


@cython_benchmark(args=(11,))
@cython.cdivision(True)
def adaptive_simpson_recursive(int tol_exp):
    """Integrate three test functions to tolerance 10**-tol_exp."""
    cdef double tol = pow(10.0, -tol_exp)
    cdef func_t funcs[3]
    cdef double lo[3]
    cdef double hi[3]
    cdef double res[3]
    cdef double a, b, fa, fm, fb, whole
    cdef long counter = 0
    cdef int k
    funcs[0] = peak; lo[0] = 0.0; hi[0] = 1.0
    funcs[1] = chirp; lo[1] = 0.0; hi[1] = 6.0
    funcs[2] = cusp; lo[2] = 0.0; hi[2] = 3.0
    with nogil:
        for k in range(3):
            a = lo[k]
            b = hi[k]
            fa = funcs[k](a)
            fm = funcs[k](0.5 * (a + b))
            fb = funcs[k](b)
            whole = (b - a) / 6.0 * (fa + 4.0 * fm + fb)
            res[k] = adaptive(funcs[k], a, b, fa, fm, fb, whole, tol, 50, &counter)
    return [res[0], res[1], res[2]], counter
