# distutils: language = c++
# cython: language_level=3
"""Accurate-mass formula enumeration in nogil C loops collecting hits in a C++ vector.

The four nested element loops, the hydrogen solve and the ppm / RDBE filters run on C
doubles and ints; every accepted composition is pushed as a ``ctypedef struct`` into a
``libcpp.vector`` that is scanned afterwards for the best hit and the rank of the true
formula, so no Formula objects or tuples are created per trial.

Keywords: chemistry, mass spectrometry, accurate mass, elemental composition, formula search, ppm, rdbe
"""

import cython
from libc.math cimport fabs
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

DEF MC = 12.0
DEF MH = 1.00782503207
DEF MN = 14.0030740048
DEF MO = 15.99491461956
DEF MS = 31.972071

ctypedef struct Hit:
    double error
    int c
    int h
    int n
    int o
    int s


cdef void _search(double target, double ppm, int max_c, vector[Hit] *found) noexcept nogil:
    cdef int c, n, o, s, h, guess, dbe
    cdef double partial, error
    cdef Hit hit
    for c in range(max_c + 1):
        for n in range(7):
            for o in range(13):
                for s in range(4):
                    partial = c * MC + n * MN + o * MO + s * MS
                    if partial > target:
                        continue
                    guess = <int>((target - partial) / MH)
                    for h in range(guess - 1, guess + 2):
                        if h < 0:
                            continue
                        error = fabs(partial + h * MH - target) / target * 1e6
                        dbe = 2 * c + 2 + n - h
                        if error <= ppm and dbe >= 0 and (dbe & 1) == 0:
                            hit.error = error
                            hit.c = c
                            hit.h = h
                            hit.n = n
                            hit.o = o
                            hit.s = s
                            found.push_back(hit)


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(12, 50, 3.0, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def accurate_mass_formula_search(int targets, int max_c, double ppm, long long seed):
    """Return (total candidates, [(true formula, candidates, rank of truth, best formula)])."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef vector[Hit] found
    cdef int t, tc, th, tn, to, ts, rank, best
    cdef size_t i
    cdef double shift, target, true_error
    cdef bint has_truth
    cdef long long total = 0
    cdef list report = []
    for t in range(targets):
        tc = 1 + _draw(&state, max_c)
        th = _draw(&state, 2 * tc + 3)
        tn = _draw(&state, 5)
        to = _draw(&state, 9)
        ts = _draw(&state, 3)
        if (2 * tc + 2 + tn - th) & 1:
            th += 1
        shift = (_draw(&state, 2001) - 1000) / 1000.0 * 0.5 * ppm
        target = (tc * MC + tn * MN + to * MO + ts * MS + th * MH) * (1.0 + shift * 1e-6)
        found.clear()
        with nogil:
            _search(target, ppm, max_c, &found)
            has_truth = False
            true_error = 0.0
            best = 0
            for i in range(found.size()):
                if found[i].c == tc and found[i].h == th and found[i].n == tn and found[i].o == to and found[i].s == ts:
                    if not has_truth:
                        has_truth = True
                        true_error = found[i].error
                if found[i].error < found[best].error:
                    best = <int>i
            rank = -1
            if has_truth:
                rank = 0
                for i in range(found.size()):
                    if found[i].error < true_error:
                        rank += 1
        total += <long long>found.size()
        if found.size():
            best_formula = (found[best].c, found[best].h, found[best].n, found[best].o, found[best].s)
        else:
            best_formula = ()
        report.append(((tc, th, tn, to, ts), <long long>found.size(), rank, best_formula))
    return (total, report)
