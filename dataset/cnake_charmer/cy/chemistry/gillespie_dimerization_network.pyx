# cython: language_level=3
"""Gillespie direct-method simulation with C propensity arrays and an enum of reactions.

Reactions are a ``cdef enum``; the stoichiometry is a constant ``int[6][3]`` table and
the propensities are recomputed into a ``double[6]`` array in a ``noexcept nogil``
helper. The 64-bit generator, ``libc.math.log`` waiting times and the cumulative
selection run without touching Python objects.

Keywords: chemistry, kinetics, gillespie, stochastic simulation, ssa, reaction network, dimerization, master equation
"""

import cython
from libc.math cimport log

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAKE_A, LOSE_A, DIMERISE, SPLIT, BIND, DECAY_C, N_REACTIONS

cdef int CHANGE[6][3]
CHANGE[:] = [[1, 0, 0], [-1, 0, 0], [-2, 1, 0], [2, -1, 0], [-1, -1, 1], [0, 0, -1]]


cdef inline void _propensities(long long *n, double *p) noexcept nogil:
    cdef double a = <double>n[0], b = <double>n[1], c = <double>n[2]
    p[MAKE_A] = 40.0
    p[LOSE_A] = 0.5 * a
    p[DIMERISE] = 0.004 * a * <double>(n[0] - 1) / 2
    p[SPLIT] = 0.6 * b
    p[BIND] = 0.002 * a * b
    p[DECAY_C] = 0.3 * c


cdef inline double _uniform(unsigned long long *state) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (<double>(state[0] >> 11) + 0.5) / 9007199254740992.0


@cython_benchmark(args=(4, 300.0, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gillespie_dimerization_network(int trajectories, double t_end, unsigned long long seed):
    """Return ([(A, B, C, events, time-average A, peak C) per run], firings per reaction)."""
    cdef unsigned long long state = seed
    cdef long long fired[6]
    cdef long long counts[3]
    cdef double props[6]
    cdef double t, dt, total, target, running, area_a, mean_a
    cdef long long events, peak_c
    cdef int r, chosen, k
    cdef list runs = []
    for r in range(N_REACTIONS):
        fired[r] = 0
    for _ in range(trajectories):
        counts[0] = 0
        counts[1] = 0
        counts[2] = 0
        t = 0.0
        area_a = 0.0
        peak_c = 0
        events = 0
        with nogil:
            while True:
                _propensities(counts, props)
                total = 0.0
                for r in range(N_REACTIONS):
                    total += props[r]
                dt = -log(_uniform(&state)) / total
                if t + dt > t_end:
                    area_a += <double>counts[0] * (t_end - t)
                    break
                area_a += <double>counts[0] * dt
                t += dt
                target = _uniform(&state) * total
                chosen = DECAY_C
                running = 0.0
                for r in range(N_REACTIONS):
                    running += props[r]
                    if target < running:
                        chosen = r
                        break
                for k in range(3):
                    counts[k] += CHANGE[chosen][k]
                fired[chosen] += 1
                events += 1
                if counts[2] > peak_c:
                    peak_c = counts[2]
        mean_a = area_a / t_end if t_end > 0 else 0.0
        runs.append((counts[0], counts[1], counts[2], events, mean_a, peak_c))
    return (runs, [fired[r] for r in range(N_REACTIONS)])
