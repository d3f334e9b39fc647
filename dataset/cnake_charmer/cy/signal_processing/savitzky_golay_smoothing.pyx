# cython: language_level=3
"""Savitzky-Golay smoothing with a nogil convolution over contiguous memoryviews.

The small normal-equation solve for the coefficients stays in Python objects (it is
tiny), while the generated signal, the coefficients and the output are C-contiguous
memoryviews of cpython.array buffers; the interior convolution and both error sums run
in nogil C loops.

Keywords: savitzky golay, smoothing, convolution, cpython array, memoryview, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sin, cos, sqrt, pow

from cnake_charmer.benchmarks import cython_benchmark


cdef list coefficients(int m, int k):
    cdef int size = k + 1, i, j, col, r, pivot
    offsets = list(range(-m, m + 1))
    gram = [[float(sum(t ** (i + j) for t in offsets)) for j in range(size)] for i in range(size)]
    aug = [gram[i][:] + [1.0 if i == 0 else 0.0] for i in range(size)]
    for col in range(size):
        pivot = col
        for r in range(col + 1, size):
            if abs(aug[r][col]) > abs(aug[pivot][col]):
                pivot = r
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(size):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    c = [aug[i][size] / aug[i][i] for i in range(size)]
    return [sum(c[j] * t ** j for j in range(size)) for t in offsets]


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void smooth_interior(const double[::1] x, const double[::1] h, double[::1] y, int m) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i, t, w = h.shape[0]
    cdef double s
    for i in range(n):
        y[i] = x[i]
    for i in range(m, n - m):
        s = 0.0
        for t in range(w):
            s += h[t] * x[i - m + t]
        y[i] = s


@cython_benchmark(args=(50000, 6, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def savitzky_golay_smoothing(int n, int m, int k):
    """Smooth n noisy samples with a (2m+1)-point, order-k Savitzky-Golay filter."""
    if m < 0 or k < 0 or k > 2 * m:
        return [], 0.0, 0.0, []
    if n < 0:
        n = 0
    coeffs = coefficients(m, k)
    cdef array.array tmpl = pyarray.array('d')
    cdef double[::1] h = array.array('d', coeffs)
    cdef double[::1] clean = array.clone(tmpl, n, zero=False)
    cdef double[::1] noisy = array.clone(tmpl, n, zero=False)
    cdef double[::1] smooth = array.clone(tmpl, n, zero=False)
    cdef long long state = 9999
    cdef Py_ssize_t i
    cdef double before = 0.0, after = 0.0
    with nogil:
        for i in range(n):
            clean[i] = sin(0.004 * i) + 0.3 * cos(0.011 * i)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noisy[i] = clean[i] + 0.2 * (state / <double> 0x7FFFFFFF - 0.5)
        smooth_interior(noisy, h, smooth, m)
        for i in range(n):
            before += pow(noisy[i] - clean[i], 2.0)
        for i in range(n):
            after += pow(smooth[i] - clean[i], 2.0)
    if n:
        before = sqrt(before / n)
        after = sqrt(after / n)
    return coeffs, before, after, [smooth[i] for i in range(0, n, n // 6 if n // 6 > 1 else 1)]
