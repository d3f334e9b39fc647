# cython: language_level=3
"""Tableau simplex on a flat C matrix with an except-value pivot routine.

The tableau is one malloc'ed row-major block; choosing the entering column, the
ratio test and the row eliminations are C loops. ``pivot_step`` returns 1/0 for
pivoted/optimal and is declared ``except -1`` so an unbounded LP raises ValueError
from C code.

Keywords: optimization, linear programming, simplex method, tableau, pivoting
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int pivot_step(double *t, int rows, int width, int *basis) except -1:
    cdef double *obj = t + rows * width
    cdef double *prow
    cdef double *row
    cdef int j, i, entering = 0, leave = -1
    cdef double best_ratio = 0.0, ratio, pv, f
    for j in range(1, width - 1):
        if obj[j] < obj[entering]:
            entering = j
    if obj[entering] >= -1e-12:
        return 0
    for i in range(rows):
        if t[i * width + entering] > 1e-12:
            ratio = t[i * width + width - 1] / t[i * width + entering]
            if leave < 0 or ratio < best_ratio:
                best_ratio = ratio
                leave = i
    if leave < 0:
        raise ValueError("linear program is unbounded")
    prow = t + leave * width
    pv = prow[entering]
    for j in range(width):
        prow[j] = prow[j] / pv
    for i in range(rows + 1):
        row = t + i * width
        if i != leave and row[entering] != 0.0:
            f = row[entering]
            for j in range(width):
                row[j] = row[j] - f * prow[j]
    basis[leave] = entering
    return 1


cdef inline double draw(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return 1.0 + <double>((s[0] >> 8) % 1000) / 100.0


@cython_benchmark(args=(40, 30, 25, 7))
def simplex_tableau_lp(int problems, int rows, int cols, long seed):
    """Return (optimal objective per LP, total pivots, basic variables of the last LP)."""
    cdef int width = cols + rows + 1, i, j, p
    cdef double *t = <double *>malloc((rows + 1) * width * sizeof(double))
    cdef int *basis = <int *>malloc((rows + 1) * sizeof(int))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long pivots = 0
    if t == NULL or basis == NULL:
        free(t); free(basis)
        raise MemoryError()
    optima = []
    last_basis = []
    try:
        for p in range(problems):
            for i in range(rows):
                for j in range(cols):
                    t[i * width + j] = draw(&state)
                for j in range(rows):
                    t[i * width + cols + j] = 1.0 if j == i else 0.0
                t[i * width + width - 1] = 10.0 * draw(&state)
            for j in range(cols):
                t[rows * width + j] = -draw(&state)
            for j in range(cols, width):
                t[rows * width + j] = 0.0
            for i in range(rows):
                basis[i] = cols + i
            while pivot_step(t, rows, width, basis):
                pivots += 1
            optima.append(t[rows * width + width - 1])
            last_basis = [basis[i] for i in range(rows)]
    finally:
        free(t); free(basis)
    return optima, pivots, last_basis
