# distutils: language = c++
# cython: language_level=3
"""Gaussian KDE with grid points evaluated in parallel by prange.

Every grid point's density is an independent sum over the sample, so a prange loop
assigns grid points to threads and each writes its own slot of a cython.view buffer
(each sum keeps the serial order, so results are reproducible). Sorting the sample
uses C++ std::sort on a vector, and the kernel calls libm exp directly.

The speedup of this pair depends on free cores: on an oversubscribed machine the OpenMP
threads wait on each other at the loop's barrier and the measured gain can drop sharply.

Keywords: kernel density estimation, prange, openmp, cython view, libcpp vector, libc math
"""

import cython
from cython.parallel cimport prange
from cython.view cimport array as cvarray
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort
from libc.math cimport exp, sqrt, pow, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline double kernel_sum(double x, const double *data, int n, double bw) noexcept nogil:
    cdef double s = 0.0
    cdef int i
    for i in range(n):
        s += exp(-0.5 * pow((x - data[i]) / bw, 2.0))
    return s


@cython_benchmark(args=(1500, 400))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gaussian_kde_grid(int n, int g):
    """KDE of n samples on g grid points; return bandwidth, mode, mass and sampled densities."""
    if n < 2 or g < 2:
        return 0.0, 0.0, 0.0, []
    cdef vector[double] data
    cdef double[::1] dens = cvarray(shape=(g,), itemsize=sizeof(double), format="d")
    cdef long long state = 314159
    cdef int i, k, best = 0
    cdef double u, mean = 0.0, sd = 0.0, iqr, spread, bw, lo, hi, step, norm, mass = 0.0
    cdef const double *ptr
    data.resize(n)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / <double> 0x7FFFFFFF
        data[i] = u * 2.0 if i % 3 else 5.0 + u * 1.5
    sort(data.begin(), data.end())
    for i in range(n):
        mean += data[i]
    mean /= n
    for i in range(n):
        sd += pow(data[i] - mean, 2.0)
    sd = sqrt(sd / (n - 1))
    iqr = data[(3 * n) // 4] - data[n // 4]
    spread = (sd if sd < iqr / 1.34 else iqr / 1.34) if iqr > 0 else sd
    bw = 0.9 * spread * pow(<double> n, -0.2)
    lo = data[0] - 3 * bw
    hi = data[n - 1] + 3 * bw
    step = (hi - lo) / (g - 1)
    norm = 1.0 / (n * bw * sqrt(2.0 * M_PI))
    ptr = data.data()
    for k in prange(g, nogil=True, schedule='static'):
        dens[k] = norm * kernel_sum(lo + k * step, ptr, n, bw)
    for k in range(g):
        if dens[k] > dens[best]:
            best = k
        mass += dens[k]
    return bw, lo + best * step, mass * step, [dens[k] for k in range(0, g, g // 8 if g // 8 > 1 else 1)]
