# cython: language_level=3
"""FTCS heat equation on two cpython.array buffers swapped each step.

The rod lives in two preallocated cpython.array double buffers; each time step writes
the new profile into the other buffer through contiguous memoryviews inside a nogil
helper, so no list is rebuilt per step.

Keywords: pde, heat equation, finite differences, cpython array, memoryview, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport exp

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void ftcs_step(const double[::1] src, double[::1] dst, double r) noexcept nogil:
    cdef Py_ssize_t i, n = src.shape[0]
    dst[0] = 0.0
    dst[n - 1] = 0.0
    for i in range(1, n - 1):
        dst[i] = src[i] + r * (src[i - 1] - 2.0 * src[i] + src[i + 1])


@cython_benchmark(args=(400, 1500))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def heat_equation_ftcs(int nx, int steps):
    """Evolve nx grid points for the given steps; return heat sum, peak and samples."""
    if nx < 3:
        return 0.0, 0.0, []
    cdef array.array a = array.clone(pyarray.array('d'), nx, zero=True)
    cdef array.array b = array.clone(pyarray.array('d'), nx, zero=True)
    cdef double[::1] cur = a, nxt = b, tmp
    cdef Py_ssize_t i
    cdef int s
    cdef double x, total = 0.0, peak
    for i in range(nx):
        x = i / <double> (nx - 1)
        cur[i] = exp(-80.0 * (x - 0.3) ** 2) + 0.5 * exp(-200.0 * (x - 0.7) ** 2)
    cur[0] = 0.0
    cur[nx - 1] = 0.0
    for s in range(steps):
        ftcs_step(cur, nxt, 0.4)
        tmp = cur
        cur = nxt
        nxt = tmp
    peak = cur[0]
    for i in range(nx):
        total += cur[i]
        if cur[i] > peak:
            peak = cur[i]
    cdef Py_ssize_t stride = nx // 10 if nx // 10 > 1 else 1
    return total, peak, [cur[i] for i in range(0, nx, stride)]
