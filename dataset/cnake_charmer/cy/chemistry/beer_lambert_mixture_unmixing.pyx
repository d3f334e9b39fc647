# cython: language_level=3
"""Beer-Lambert unmixing with a 2-D typed memoryview of spectra and fixed 4x4 C Cholesky.

The pure-dye spectra are a ``double[:, ::1]`` ``cython.view.array``; the normal matrix
and its Cholesky factor are ``double[4][4]`` stack arrays, and per mixture the
synthetic spectrum, the E^T a projection and both triangular solves run in one
``nogil`` block with libc ``exp``, ``pow`` and ``sqrt``.

Keywords: chemistry, spectroscopy, beer-lambert law, absorbance, least squares, cholesky, mixture analysis
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport exp, pow, sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark

DEF DYES = 4

cdef double CENTRE[DYES]
cdef double WIDTH[DYES]
cdef double PEAK[DYES]
CENTRE[:] = [450.0, 520.0, 580.0, 640.0]
WIDTH[:] = [30.0, 25.0, 40.0, 20.0]
PEAK[:] = [1.2, 0.9, 1.5, 0.7]


cdef inline double _uniform(unsigned long long *state) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>(state[0] >> 8) / 8388608.0


@cython_benchmark(args=(1500, 240, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def beer_lambert_mixture_unmixing(int mixtures, int wavelengths, long long seed):
    """Return (RMS error per dye, max abs error, negative estimates, first estimates)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double[:, ::1] spectra = cvarray(shape=(wavelengths + 1, DYES), itemsize=sizeof(double), format="d")
    cdef double normal[DYES][DYES]
    cdef double lower[DYES][DYES]
    cdef double truth[DYES]
    cdef double rhs[DYES]
    cdef double y[DYES]
    cdef double x[DYES]
    cdef double squared[DYES]
    cdef double lam, total, absorbance, error, worst = 0.0
    cdef int denom = wavelengths - 1 if wavelengths - 1 > 1 else 1
    cdef int w, i, j, k, m
    cdef long long negative = 0
    cdef list first = []
    with nogil:
        for w in range(wavelengths):
            lam = 400.0 + 300.0 * w / denom
            for i in range(DYES):
                spectra[w, i] = PEAK[i] * exp(-pow((lam - CENTRE[i]) / WIDTH[i], 2.0))
        for i in range(DYES):
            squared[i] = 0.0
            for j in range(DYES):
                normal[i][j] = 0.0
                lower[i][j] = 0.0
        for w in range(wavelengths):
            for i in range(DYES):
                for j in range(DYES):
                    normal[i][j] += spectra[w, i] * spectra[w, j]
        for i in range(DYES):
            for j in range(i + 1):
                total = normal[i][j]
                for k in range(j):
                    total -= lower[i][k] * lower[j][k]
                lower[i][j] = sqrt(total) if i == j else total / lower[j][j]
    for m in range(mixtures):
        with nogil:
            for i in range(DYES):
                truth[i] = 0.1 + 0.9 * _uniform(&state)
                rhs[i] = 0.0
            for w in range(wavelengths):
                absorbance = 0.0
                for i in range(DYES):
                    absorbance += spectra[w, i] * truth[i]
                absorbance += 0.01 * (_uniform(&state) - 0.5)
                for i in range(DYES):
                    rhs[i] += spectra[w, i] * absorbance
            for i in range(DYES):
                total = rhs[i]
                for k in range(i):
                    total -= lower[i][k] * y[k]
                y[i] = total / lower[i][i]
            for i in range(DYES - 1, -1, -1):
                total = y[i]
                for k in range(i + 1, DYES):
                    total -= lower[k][i] * x[k]
                x[i] = total / lower[i][i]
            for i in range(DYES):
                error = x[i] - truth[i]
                squared[i] += error * error
                if fabs(error) > worst:
                    worst = fabs(error)
                if x[i] < 0:
                    negative += 1
        if len(first) < 4:
            first.append([x[i] for i in range(DYES)])
    rms = [sqrt(squared[i] / mixtures) if mixtures else 0.0 for i in range(DYES)]
    return (rms, worst, negative, first)
