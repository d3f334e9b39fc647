# cython: language_level=3
"""Isotope-pattern convolution with ping-pong C buffers and a static isotope struct table.

Isotopes are ``ctypedef struct`` records in a fixed per-element table; the running
distribution lives in two ``double[2][12]`` buffers (probability and weighted mass)
that swap roles after each atom, so the per-atom convolution is a pair of tight
``nogil`` loops with no list allocation.

Keywords: chemistry, mass spectrometry, isotope pattern, convolution, polynomial, monoisotopic mass, average mass
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

DEF BINS = 12

ctypedef struct Isotope:
    int offset
    double mass
    double abundance

cdef Isotope ISO[5][4]
cdef int N_ISO[5]
N_ISO[:] = [2, 2, 2, 3, 4]
ISO[0][0] = Isotope(0, 12.0, 0.9893)
ISO[0][1] = Isotope(1, 13.003354835, 0.0107)
ISO[1][0] = Isotope(0, 1.00782503207, 0.999885)
ISO[1][1] = Isotope(1, 2.0141017778, 0.000115)
ISO[2][0] = Isotope(0, 14.0030740048, 0.99636)
ISO[2][1] = Isotope(1, 15.0001088982, 0.00364)
ISO[3][0] = Isotope(0, 15.99491461956, 0.99757)
ISO[3][1] = Isotope(1, 16.9991317, 0.00038)
ISO[3][2] = Isotope(2, 17.999161, 0.00205)
ISO[4][0] = Isotope(0, 31.972071, 0.9499)
ISO[4][1] = Isotope(1, 32.97145876, 0.0075)
ISO[4][2] = Isotope(2, 33.9678669, 0.0425)
ISO[4][3] = Isotope(4, 35.96708076, 0.0001)


cdef void _add_atom(const double *prob, const double *mass, double *new_prob, double *new_mass,
                    int element) noexcept nogil:
    cdef int i, k, j
    cdef double p, a
    memset(new_prob, 0, BINS * sizeof(double))
    memset(new_mass, 0, BINS * sizeof(double))
    for i in range(BINS):
        p = prob[i]
        if p == 0.0:
            continue
        for k in range(N_ISO[element]):
            j = i + ISO[element][k].offset
            if j < BINS:
                a = ISO[element][k].abundance
                new_prob[j] += p * a
                new_mass[j] += mass[i] * a + p * a * ISO[element][k].mass


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(600, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def isotope_pattern_convolution(int n, long long seed):
    """Return (sum of average masses, base peak not monoisotopic count, first patterns)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double prob[2][BINS]
    cdef double mass[2][BINS]
    cdef int counts[5]
    cdef int cur, e, a, b, base, mol
    cdef double total_p, total_m, average, total_average = 0.0
    cdef long long shifted = 0
    cdef list samples = []
    for mol in range(n):
        with nogil:
            counts[0] = 1 + _draw(&state, 90)
            counts[1] = _draw(&state, 2 * counts[0] + 3)
            counts[2] = _draw(&state, 6)
            counts[3] = _draw(&state, 11)
            counts[4] = _draw(&state, 4)
            memset(prob[0], 0, BINS * sizeof(double))
            memset(mass[0], 0, BINS * sizeof(double))
            prob[0][0] = 1.0
            cur = 0
            for e in range(5):
                for a in range(counts[e]):
                    _add_atom(prob[cur], mass[cur], prob[1 - cur], mass[1 - cur], e)
                    cur = 1 - cur
            total_p = 0.0
            total_m = 0.0
            base = 0
            for b in range(BINS):
                total_p += prob[cur][b]
                total_m += mass[cur][b]
                if prob[cur][b] > prob[cur][base]:
                    base = b
            average = total_m / total_p
            total_average += average
            if base > 0:
                shifted += 1
        if len(samples) < 5:
            formula = "".join([f"{s}{counts[e]}" for e, s in enumerate("CHNOS") if counts[e]])
            samples.append((formula, mass[cur][0] / prob[cur][0], average, base,
                            [prob[cur][b] / prob[cur][base] for b in range(6)]))
    return (total_average, shifted, samples)
