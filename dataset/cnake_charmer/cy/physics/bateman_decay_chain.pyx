# cython: language_level=3
"""Radioactive decay chain integrated with Heun's method and checked against Bateman.

Populations, rates and the trial vector are malloc'd C arrays updated in place in a
nogil loop; whenever a daughter reaches a new maximum the step is written to a C array,
and the step index of each peak is also logged to a Python list from inside the nogil
region through a short ``with gil`` block the first time a daughter starts to decline
(a rare event, so the GIL is taken only a handful of times).

Keywords: physics, radioactive decay, bateman equations, heun method, nuclear chain, ode
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.math cimport exp, fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void rate(double* lam, double* p, double* out, int length) noexcept nogil:
    cdef int i
    for i in range(length):
        out[i] = (lam[i - 1] * p[i - 1] if i > 0 else 0.0) - lam[i] * p[i]


@cython_benchmark(args=(10, 20000, 0.002))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bateman_decay_chain(int length, int steps, double dt):
    """Integrate a decay chain of `length` nuclides for `steps` steps of dt."""
    if length <= 0:
        return ([], 0.0, [], [])
    cdef double* buf = <double*>calloc(6 * length, sizeof(double))
    cdef int* peak_step = <int*>calloc(length, sizeof(int))
    cdef char* falling = <char*>calloc(length, 1)
    if buf == NULL or peak_step == NULL or falling == NULL:
        free(buf); free(peak_step); free(falling)
        raise MemoryError()
    cdef double* lam = buf
    cdef double* pop = buf + length
    cdef double* k1 = buf + 2 * length
    cdef double* k2 = buf + 3 * length
    cdef double* trial = buf + 4 * length
    cdef double* peak_val = buf + 5 * length
    cdef int i, j, n, s
    cdef double t, worst = 0.0, coeff, total, denom
    first_falls = []
    try:
        for i in range(length):
            lam[i] = 0.5 + 0.37 * i + 0.05 * i * i
        lam[length - 1] = 0.0
        pop[0] = 1.0
        with nogil:
            for s in range(1, steps + 1):
                rate(lam, pop, k1, length)
                for i in range(length):
                    trial[i] = pop[i] + dt * k1[i]
                rate(lam, trial, k2, length)
                for i in range(length):
                    pop[i] = pop[i] + 0.5 * dt * (k1[i] + k2[i])
                for i in range(1, length - 1):
                    if pop[i] > peak_val[i]:
                        peak_val[i] = pop[i]
                        peak_step[i] = s
                    elif not falling[i] and peak_step[i] > 0:
                        falling[i] = 1
                        with gil:
                            first_falls.append(peak_step[i])
        t = steps * dt
        for n in range(length - 1):
            coeff = 1.0
            for i in range(n):
                coeff *= lam[i]
            total = 0.0
            for i in range(n + 1):
                denom = 1.0
                for j in range(n + 1):
                    if j != i:
                        denom *= lam[j] - lam[i]
                total += exp(-lam[i] * t) / denom
            if fabs(coeff * total - pop[n]) > worst:
                worst = fabs(coeff * total - pop[n])
        return ([pop[i] for i in range(length)], worst, [peak_step[i] for i in range(1, length - 1)], first_falls)
    finally:
        free(buf); free(peak_step); free(falling)
