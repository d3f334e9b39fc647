# cython: language_level=3
"""Newton's method on a batch of cubics with an inline nogil solver over C arrays.

Coefficients are generated into malloc'd C arrays; each cubic is then solved by an
inline nogil Newton routine that writes its root through a pointer and returns the
iteration count, so the whole batch runs as C loops with no Python floats.

Keywords: root finding, newton raphson, inline, pointer, nogil, malloc
"""

import cython
from libc.math cimport fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int newton_solve(double a, double b, double *root) noexcept nogil:
    cdef double x = 0.0, step
    cdef int it
    for it in range(1, 101):
        step = (x * x * x + a * x + b) / (3.0 * x * x + a)
        x -= step
        if fabs(step) < 1e-12:
            break
    root[0] = x
    return it


@cython_benchmark(args=(25000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def newton_cubic_roots(int count):
    """Solve count random cubics; return (iterations, sum of roots, first roots)."""
    if count < 0:
        count = 0
    cdef double *ca = <double *> malloc((count + 1) * sizeof(double))
    cdef double *cb = <double *> malloc((count + 1) * sizeof(double))
    cdef double *roots = <double *> malloc((count + 1) * sizeof(double))
    cdef long long state = 42
    cdef int i
    cdef long total_iters = 0
    cdef double total = 0.0
    if ca == NULL or cb == NULL or roots == NULL:
        free(ca); free(cb); free(roots)
        raise MemoryError()
    try:
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ca[i] = 0.5 + state / <double> 0x7FFFFFFF * 9.5
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cb[i] = (state / <double> 0x7FFFFFFF - 0.5) * 200.0
        with nogil:
            for i in range(count):
                total_iters += newton_solve(ca[i], cb[i], &roots[i])
        for i in range(count):
            total += roots[i]
        return total_iters, total, [roots[i] for i in range(min(count, 6))]
    finally:
        free(ca); free(cb); free(roots)
