# cython: language_level=3
"""Direct convolution written once as a fused-type kernel for int64 and double.

A ctypedef fused type yields an int64 and a double specialisation of the scatter-add
convolution over contiguous memoryviews of cython.view arrays; the loop order matches
the Python side, so the real output is bit-identical and the integer one exact.

Keywords: convolution, fused types, memoryview, cython view, fir filter, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, exp, cos

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused sample_t:
    long long
    double


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void convolve(const sample_t[::1] x, const sample_t[::1] h, sample_t[::1] out) noexcept nogil:
    cdef Py_ssize_t i, j, nx = x.shape[0], nh = h.shape[0]
    cdef sample_t xv
    for i in range(out.shape[0]):
        out[i] = 0
    for i in range(nx):
        xv = x[i]
        for j in range(nh):
            out[i + j] += xv * h[j]


@cython_benchmark(args=(6000, 48))
@cython.boundscheck(False)
@cython.wraparound(False)
def direct_convolution_1d(int n, int taps):
    """Convolve length-n integer and real signals with taps-long kernels; summarise."""
    if n <= 0 or taps <= 0:
        return 0, 0, [], 0.0, []
    cdef Py_ssize_t m = n + taps - 1, i, k
    cdef long long[::1] xi = cvarray(shape=(n,), itemsize=sizeof(long long), format="q")
    cdef long long[::1] hi = cvarray(shape=(taps,), itemsize=sizeof(long long), format="q")
    cdef long long[::1] yi = cvarray(shape=(m,), itemsize=sizeof(long long), format="q")
    cdef double[::1] xr = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] hr = cvarray(shape=(taps,), itemsize=sizeof(double), format="d")
    cdef double[::1] yr = cvarray(shape=(m,), itemsize=sizeof(double), format="d")
    cdef long long total = 0, checksum = 0
    cdef double energy = 0.0
    for i in range(n):
        xi[i] = ((i * 7919) % 13 - 6) * (1 if i % 5 else 3)
        xr[i] = sin(0.001 * i * i) + 0.1 * ((i * 31) % 7 - 3)
    for i in range(taps):
        hi[i] = i + 1 if i + 1 < taps - i else taps - i
        hr[i] = exp(-0.1 * i) * cos(0.3 * i)
    with nogil:
        convolve(xi, hi, yi)
        convolve(xr, hr, yr)
        for k in range(m):
            total += yi[k]
            checksum += (k % 97 + 1) * yi[k]
            energy += yr[k] * yr[k]
    cdef Py_ssize_t stride = m // 6 if m // 6 > 1 else 1
    return (total, checksum, [yi[k] for k in range(0, m, stride)], energy,
            [yr[k] for k in range(0, m, stride)])
