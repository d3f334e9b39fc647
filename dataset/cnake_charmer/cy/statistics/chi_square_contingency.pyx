# cython: language_level=3
"""Chi-square contingency analysis with a 2-D long memoryview table.

Tallies go into an (r, c) C-contiguous long memoryview; margins are C arrays from a
single pass and the statistic loop uses C doubles, so the n-observation tally loop is
pure C integer work.

Keywords: chi square test, contingency table, 2d memoryview, cython view, margins
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, pow
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 6, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def chi_square_contingency(int n, int r, int c):
    """Tally n observations into r x c cells; return table, chi2, dof, Cramer's V, top cell."""
    cdef long[:, ::1] table = cvarray(shape=(r, c), itemsize=sizeof(long), format="l")
    cdef long *rows = <long *> calloc(r, sizeof(long))
    cdef long *cols = <long *> calloc(c, sizeof(long))
    cdef long long state = 97531
    cdef int t, a, b, i, j, k
    cdef double chi2 = 0.0, expected, part, top_value = -1.0, cramer
    cdef int ti = -1, tj = -1
    if rows == NULL or cols == NULL:
        free(rows); free(cols)
        raise MemoryError()
    try:
        table[:, :] = 0
        with nogil:
            for t in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a = <int> (state % r)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if state % 3 == 0:
                    b = <int> ((a + state % (c + 2)) % c)
                else:
                    b = <int> (state % c)
                table[a, b] += 1
            for i in range(r):
                for j in range(c):
                    rows[i] += table[i, j]
                    cols[j] += table[i, j]
            for i in range(r):
                for j in range(c):
                    expected = rows[i] * cols[j] / <double> n if n else 0.0
                    if expected > 0:
                        part = pow(table[i, j] - expected, 2.0) / expected
                        chi2 += part
                        if part > top_value:
                            top_value = part
                            ti = i
                            tj = j
        k = (r if r < c else c) - 1
        cramer = sqrt(chi2 / (n * k)) if n and k > 0 else 0.0
        return ([[table[i, j] for j in range(c)] for i in range(r)], chi2, (r - 1) * (c - 1),
                cramer, (ti, tj))
    finally:
        free(rows); free(cols)
