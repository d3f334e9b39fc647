# distutils: language = c++
# cython: language_level=3
"""Gini and Lorenz curve with an in-place C++ sort and a single cumulative pass.

Incomes are generated into a libcpp vector and sorted with std::sort; the total, the
rank-weighted sum and the running cumulative shares are then accumulated in one nogil
loop over the vector's data pointer, writing the cumulative curve into a second vector.

Keywords: gini coefficient, lorenz curve, libcpp vector, std sort, cumulative sum, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.cdivision(True)
def gini_lorenz_curve(int n):
    """Gini coefficient, top-decile share and decile Lorenz points for n incomes."""
    if n <= 0:
        return 0.0, 0.0, []
    cdef vector[double] incomes, cumulative
    cdef long long state = 99991
    cdef int i, d, idx
    cdef double u, total = 0.0, weighted = 0.0, running = 0.0, gini
    cdef list lorenz = []
    incomes.resize(n)
    cumulative.resize(n)
    with nogil:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = (state + 1) / <double> 0x80000000
            incomes[i] = 1.0 / pow(u, 0.6)
        sort(incomes.begin(), incomes.end())
        for i in range(n):
            total += incomes[i]
        for i in range(n):
            weighted += (i + 1) * incomes[i]
            running += incomes[i]
            cumulative[i] = running
    gini = 2.0 * weighted / (n * total) - (n + 1) / <double> n
    for d in range(1, 11):
        idx = (d * n) // 10
        lorenz.append(cumulative[idx - 1] / total if idx > 0 else 0.0)
    return gini, 1.0 - lorenz[8], lorenz
