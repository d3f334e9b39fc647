# cython: language_level=3
"""Direct DFT over twiddle tables with an incremental index instead of a modulo.

Each bin is a nogil C loop over the samples reading precomputed cosine and sine tables
(cython.view arrays); the table index (k t) mod N is advanced incrementally with one
compare-and-subtract instead of a multiply and modulo per term.

Keywords: dft, twiddle table, cython view, memoryview, strength reduction, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, cos, hypot, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef double bin_magnitude(Py_ssize_t k, const double[::1] x, const double[::1] ct,
                          const double[::1] st) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], t, idx = 0
    cdef double re = 0.0, im = 0.0
    for t in range(n):
        re += x[t] * ct[idx]
        im -= x[t] * st[idx]
        idx += k
        if idx >= n:
            idx -= n
    return hypot(re, im)


@cython_benchmark(args=(1024,))
@cython.boundscheck(False)
@cython.wraparound(False)
def naive_dft_magnitudes(int n):
    """Top three spectral bins of an n-sample three-tone signal, magnitudes and energy."""
    if n <= 0:
        return [], [], 0.0
    cdef Py_ssize_t half = n // 2 + 1, i, k
    cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] ct = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] st = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] mags = cvarray(shape=(half,), itemsize=sizeof(double), format="d")
    cdef long long state = 27182
    cdef double energy = 0.0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x[i] = (sin(2 * M_PI * 50 * i / n) + 0.5 * sin(2 * M_PI * 120.5 * i / n)
                + 0.25 * cos(2 * M_PI * 200 * i / n) + 0.2 * (state / <double> 0x7FFFFFFF - 0.5))
        ct[i] = cos(2 * M_PI * i / n)
        st[i] = sin(2 * M_PI * i / n)
    with nogil:
        for k in range(half):
            mags[k] = bin_magnitude(k % n, x, ct, st)
    for k in range(half):
        energy += mags[k] * mags[k]
    order = sorted(range(half), key=lambda j: (-mags[j], j))[:3]
    return order, [mags[j] for j in order], energy
