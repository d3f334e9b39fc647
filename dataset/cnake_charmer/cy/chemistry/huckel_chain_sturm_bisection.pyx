# cython: language_level=3
"""Hückel chain eigenvalues by Sturm bisection on C arrays with an atom-parameter struct table.

Atom types are a static array of ``ctypedef struct`` records; each chain's diagonal,
off-diagonal and eigenvalue arrays are malloc'd once at the largest length and reused.
The Sturm count is an inline ``noexcept nogil`` function using ``libc.math.pow`` in the
same operation order as the Python side, and the levels are insertion-sorted in place.

Keywords: chemistry, huckel theory, molecular orbitals, conjugated polyene, tridiagonal eigenvalues, sturm sequence, bisection
"""

import cython
from libc.math cimport pow, fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct AtomType:
    double h
    double k
    int electrons

cdef AtomType TYPES[8]
TYPES[:] = [AtomType(0.0, 1.0, 1), AtomType(0.0, 1.0, 1), AtomType(0.0, 1.0, 1), AtomType(0.5, 1.0, 1),
            AtomType(1.5, 0.8, 2), AtomType(1.0, 1.0, 1), AtomType(2.0, 0.8, 2), AtomType(1.2, 0.7, 2)]


cdef inline int _count_below(const double *diag, const double *off, int n, double x) noexcept nogil:
    cdef int count = 0, i
    cdef double pivot = 1.0
    for i in range(n):
        if i > 0:
            pivot = diag[i] - x - pow(off[i - 1], 2.0) / pivot
        else:
            pivot = diag[i] - x - 0.0
        if pivot == 0.0:
            pivot = 1e-300
        if pivot < 0.0:
            count += 1
    return count


cdef void _eigenvalues(const double *diag, const double *off, int n, double *out) noexcept nogil:
    cdef double bound = 0.0, radius, low, high, mid
    cdef int i, k, it
    for i in range(n):
        radius = fabs(diag[i]) + (fabs(off[i - 1]) if i > 0 else 0.0) + (fabs(off[i]) if i < n - 1 else 0.0)
        if radius > bound:
            bound = radius
    for k in range(n):
        low = -bound - 1.0
        high = bound + 1.0
        for it in range(64):
            mid = 0.5 * (low + high)
            if _count_below(diag, off, n, mid) > k:
                high = mid
            else:
                low = mid
        out[k] = 0.5 * (low + high)


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(30, 70, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def huckel_chain_sturm_bisection(int chains, int max_length, long long seed):
    """Return (sum of all eigenvalues, [(length, pi electrons, pi energy, gap, top level)])."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int cap = max_length + 1
    cdef int *kind = <int *>malloc(cap * sizeof(int))
    cdef double *diag = <double *>malloc(cap * sizeof(double))
    cdef double *off = <double *>malloc(cap * sizeof(double))
    cdef double *levels = <double *>malloc(cap * sizeof(double))
    cdef int ch, length, i, j, electrons, remaining, filled, homo
    cdef double energy, gap, tmp, trace = 0.0
    cdef list report = []
    try:
        for ch in range(chains):
            with nogil:
                length = 1 + _draw(&state, max_length)
                electrons = 0
                for i in range(length):
                    kind[i] = _draw(&state, 8)
                    diag[i] = TYPES[kind[i]].h
                    electrons += TYPES[kind[i]].electrons
                for i in range(length - 1):
                    off[i] = TYPES[kind[i + 1]].k * TYPES[kind[i]].k
                _eigenvalues(diag, off, length, levels)
                for i in range(1, length):
                    j = i
                    while j > 0 and levels[j - 1] < levels[j]:
                        tmp = levels[j]
                        levels[j] = levels[j - 1]
                        levels[j - 1] = tmp
                        j -= 1
                energy = 0.0
                remaining = electrons
                homo = -1
                for i in range(length):
                    if remaining == 0:
                        break
                    filled = 2 if remaining > 2 else remaining
                    energy += filled * levels[i]
                    remaining -= filled
                    homo = i
                gap = levels[homo] - levels[homo + 1] if 0 <= homo < length - 1 else 0.0
                for i in range(length):
                    trace += levels[i]
            report.append((length, electrons, energy, gap, levels[0]))
    finally:
        free(kind); free(diag); free(off); free(levels)
    return (trace, report)
