# cython: language_level=3
"""Polyprotic titration curves solved by bisection in nogil C helpers over a curve buffer.

The speciation fractions are written into a ``double[4]`` stack array by a
``noexcept nogil`` function using ``libc.math.pow``; the charge-balance bisection is a
second inline helper, and the whole titration curve is stored in a malloc'd ``double``
buffer (freed in ``finally``), so the 50-step solves for every volume run in C.

Keywords: chemistry, acid-base, titration, charge balance, bisection, pka, speciation, equilibrium
"""

import cython
from libc.math cimport pow
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

DEF KW = 1e-14
DEF BASE = 0.1
DEF V0 = 25.0


cdef void _fractions(double h, const double *kas, int n, double *alpha) noexcept nogil:
    cdef double product = 1.0, total = 0.0
    cdef int j
    for j in range(n + 1):
        alpha[j] = pow(h, <double>(n - j)) * product
        if j < n:
            product *= kas[j]
    for j in range(n + 1):
        total += alpha[j]
    for j in range(n + 1):
        alpha[j] = alpha[j] / total


cdef double _solve_ph(double conc, const double *kas, int n, double volume) noexcept nogil:
    cdef double total = V0 + volume
    cdef double acid = conc * V0 / total
    cdef double sodium = BASE * volume / total
    cdef double low = 0.0, high = 14.0, mid, h, anion, balance
    cdef double alpha[4]
    cdef int it, j
    for it in range(50):
        mid = 0.5 * (low + high)
        h = pow(10.0, -mid)
        _fractions(h, kas, n, alpha)
        anion = 0.0
        for j in range(n + 1):
            anion += j * alpha[j]
        balance = h + sodium - KW / h - acid * anion
        if balance > 0:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(8, 600, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def polyprotic_titration_bisection(int acids, int points, long long seed):
    """Return [(pKas, initial pH, pH at equivalences, steepest volume, alpha0 at half-eq, pH sum)]."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double pkas[3]
    cdef double kas[3]
    cdef double alpha[4]
    cdef double pka, conc, first_eq, v_max, volume, steepest, best_slope, slope, half_ph, total_ph
    cdef int n, a, i, j, m
    cdef double *vol = <double *>malloc((points + 1) * sizeof(double))
    cdef double *ph = <double *>malloc((points + 1) * sizeof(double))
    cdef list results = []
    try:
        for a in range(acids):
            pka = 1.5 + _draw(&state, 200) / 100.0
            m = 1 + _draw(&state, 3)
            n = 0
            for j in range(m):
                pkas[n] = pka
                n += 1
                pka += 2.5 + _draw(&state, 300) / 100.0
            conc = 0.01 + _draw(&state, 90) / 1000.0
            for j in range(n):
                kas[j] = pow(10.0, -pkas[j])
            first_eq = conc * V0 / BASE
            v_max = 1.3 * n * first_eq
            with nogil:
                for i in range(points + 1):
                    volume = v_max * i / points if points > 0 else 0.0
                    vol[i] = volume
                    ph[i] = _solve_ph(conc, kas, n, volume)
                steepest = 0.0
                best_slope = -1.0
                for i in range(points):
                    slope = (ph[i + 1] - ph[i]) / (vol[i + 1] - vol[i])
                    if slope > best_slope:
                        best_slope = slope
                        steepest = 0.5 * (vol[i] + vol[i + 1])
                half_ph = _solve_ph(conc, kas, n, 0.5 * first_eq)
                _fractions(pow(10.0, -half_ph), kas, n, alpha)
                total_ph = 0.0
                for i in range(points + 1):
                    total_ph += ph[i]
            results.append(([pkas[j] for j in range(n)], ph[0],
                            [_solve_ph(conc, kas, n, first_eq * (j + 1)) for j in range(n)],
                            steepest, alpha[0], total_ph))
    finally:
        free(vol)
        free(ph)
    return results
