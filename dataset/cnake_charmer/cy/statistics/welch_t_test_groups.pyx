# cython: language_level=3
"""Welch t-tests with group summaries computed by a nogil cdef over a memoryview slice.

All groups are generated into one cpython.array buffer with offsets, so each group is a
contiguous slice of a double memoryview; a nogil helper returns (mean, variance) as a C
tuple, and the test statistics are C double arithmetic.

Keywords: welch t test, cpython array, memoryview slice, c tuple, nogil, libc math
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sqrt, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef (double, double) mean_var(const double[::1] x) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i
    cdef double m = 0.0, v = 0.0
    for i in range(n):
        m += x[i]
    m /= n
    for i in range(n):
        v += pow(x[i] - m, 2.0)
    return m, v / (n - 1)


@cython_benchmark(args=(200, 600))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def welch_t_test_groups(int g, int base):
    """Welch t and df for each consecutive pair of g groups; index of the largest |t|."""
    if g <= 0:
        return [], -1
    cdef array.array offs_arr = array.clone(pyarray.array('l'), g + 1, zero=True)
    cdef long[::1] offs = offs_arr
    cdef int k, best = -1
    cdef long i, size
    for k in range(g):
        size = base + (k * 37) % (base + 1)
        offs[k + 1] = offs[k] + size
    cdef double[::1] data = array.clone(pyarray.array('d'), offs[g], zero=False)
    cdef long long state = 112358
    cdef double centre, spread, ma, va, mb, vb, sa, sb, t, df, best_t = -1.0
    cdef long na, nb
    cdef list results = []
    for k in range(g):
        centre = (k % 5) * 0.3
        spread = 0.5 + (k % 3)
        for i in range(offs[k], offs[k + 1]):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[i] = centre + spread * (state / <double> 0x7FFFFFFF - 0.5)
    for k in range(g - 1):
        na = offs[k + 1] - offs[k]
        nb = offs[k + 2] - offs[k + 1]
        if na < 2 or nb < 2:
            t = 0.0
            df = 0.0
        else:
            ma, va = mean_var(data[offs[k]:offs[k + 1]])
            mb, vb = mean_var(data[offs[k + 1]:offs[k + 2]])
            sa = va / na
            sb = vb / nb
            t = (ma - mb) / sqrt(sa + sb)
            df = pow(sa + sb, 2.0) / (sa * sa / (na - 1) + sb * sb / (nb - 1))
        results.append((t, df))
        if fabs(t) > best_t:
            best_t = fabs(t)
            best = k
    return results, best
