# cython: language_level=3
"""Block DCT coding with a precomputed basis in a 2-D memoryview and C partial selection.

The orthonormal DCT basis is a (size, size) C-contiguous memoryview computed once;
each block's forward and inverse transforms are nogil matrix-vector loops, and the
`keep` largest coefficients are chosen by a small selection over a C flag array
instead of sorting Python tuples.

Keywords: dct, transform coding, 2d memoryview, cython view, selection, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, sin, sqrt, fabs, log10, pow, M_PI, INFINITY

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void code_block(double[:, ::1] basis, double[::1] block, double[::1] coeffs,
                     char[::1] kept, double[::1] rebuilt, int keep) noexcept nogil:
    cdef Py_ssize_t size = block.shape[0], k, t, best, j
    cdef double s
    for k in range(size):
        s = 0.0
        for t in range(size):
            s += basis[k, t] * block[t]
        coeffs[k] = s
        kept[k] = 0
    for j in range(keep if keep < size else size):
        best = -1
        for k in range(size):
            if not kept[k] and (best < 0 or fabs(coeffs[k]) > fabs(coeffs[best])):
                best = k
        kept[best] = 1
    for t in range(size):
        s = 0.0
        for k in range(size):
            if kept[k]:
                s += basis[k, t] * coeffs[k]
        rebuilt[t] = s


@cython_benchmark(args=(500, 32, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dct_ii_block_compression(int blocks, int size, int keep):
    """DCT-code `blocks` blocks of `size` samples keeping `keep` coefficients each."""
    if blocks <= 0 or size <= 0:
        return 0.0, 0.0, []
    if keep < 0:
        keep = 0
    cdef double[:, ::1] basis = cvarray(shape=(size, size), itemsize=sizeof(double), format="d")
    cdef double[::1] block = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[::1] coeffs = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[::1] rebuilt = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef char[::1] kept = cvarray(shape=(size,), itemsize=sizeof(char), format="c")
    cdef long long state = 8086
    cdef Py_ssize_t b, t, k
    cdef double kept_energy = 0.0, total_energy = 0.0, signal_power = 0.0, error_power = 0.0
    cdef double ke, te, sp, ep
    cdef list first = []
    for k in range(size):
        for t in range(size):
            basis[k, t] = cos(M_PI * (2 * t + 1) * k / (2 * size)) * sqrt((1 if k == 0 else 2) / <double> size)
    for b in range(blocks):
        for t in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            block[t] = sin(0.05 * (b * size + t)) + 0.5 * sin(0.31 * (b * size + t)) + 0.05 * (state / <double> 0x7FFFFFFF - 0.5)
        with nogil:
            code_block(basis, block, coeffs, kept, rebuilt, keep)
            te = 0.0
            ke = 0.0
            sp = 0.0
            ep = 0.0
            for k in range(size):
                te += coeffs[k] * coeffs[k]
                if kept[k]:
                    ke += pow(coeffs[k], 2.0)
            for t in range(size):
                sp += block[t] * block[t]
                ep += pow(block[t] - rebuilt[t], 2.0)
        total_energy += te
        kept_energy += ke
        signal_power += sp
        error_power += ep
        if b == 0:
            first = [k for k in range(size) if kept[k]]
    snr = 10.0 * log10(signal_power / error_power) if error_power > 0 else INFINITY
    return kept_energy / total_energy, snr, first
