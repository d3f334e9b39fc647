# cython: language_level=3
"""Mass-action RK4 integration of a reaction network compiled into a C struct table.

Each reaction is a ``ctypedef struct`` holding its rate constant, the species indices
of its reactants (repeated by order) and its net stoichiometry. The right-hand side is
a ``noexcept nogil`` function over ``double[6]`` arrays and the four Runge-Kutta stages
live in one stack-allocated ``double[5][6]`` block, so a whole trajectory runs without
Python lists, dicts or index lookups.

Keywords: chemistry, kinetics, mass action, runge-kutta, rk4, ode integration, reaction network, rate law
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

DEF NS = 6
DEF NR = 7

ctypedef struct Rx:
    double k
    int n_in
    int ins[2]
    int n_net
    int idx[3]
    int nu[3]

cdef Rx NET[NR]
NET[0] = Rx(1.2, 2, [0, 1], 3, [0, 1, 2], [-1, -1, 1])
NET[1] = Rx(0.3, 1, [2, 0], 3, [2, 0, 1], [-1, 1, 1])
NET[2] = Rx(0.8, 2, [2, 1], 3, [2, 1, 3], [-1, -1, 1])
NET[3] = Rx(0.5, 2, [3, 3], 2, [3, 4, 0], [-2, 1, 0])
NET[4] = Rx(0.25, 1, [4, 0], 3, [4, 5, 1], [-1, 1, 1])
NET[5] = Rx(0.1, 1, [5, 0], 2, [5, 0, 0], [-1, 1, 0])
NET[6] = Rx(0.05, 2, [0, 3], 3, [0, 3, 5], [-1, -1, 1])


cdef void _derivative(const double *conc, double *out) noexcept nogil:
    cdef int r, j, s
    cdef double rate
    for s in range(NS):
        out[s] = 0.0
    for r in range(NR):
        rate = NET[r].k
        for j in range(NET[r].n_in):
            rate *= conc[NET[r].ins[j]]
        for j in range(NET[r].n_net):
            out[NET[r].idx[j]] += <double>NET[r].nu[j] * rate


@cython_benchmark(args=(6, 1000, 0.02))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mass_action_rk4_network(int starts, int steps, double dt):
    """Return [(final concentrations, peak C, time of peak C, first time E > D)] per start."""
    cdef double y[NS]
    cdef double tmp[NS]
    cdef double k[4][NS]
    cdef double peak_c, peak_time, crossing, half = 0.5 * dt, sixth = dt / 6.0
    cdef int run, step, s
    cdef list results = []
    for run in range(starts):
        y[0] = 1.0 + 0.5 * run
        y[1] = 2.0 - 0.25 * run
        y[2] = 0.0
        y[3] = 0.0
        y[4] = 0.0
        y[5] = 0.1
        peak_c = 0.0
        peak_time = 0.0
        crossing = -1.0
        with nogil:
            for step in range(1, steps + 1):
                _derivative(y, k[0])
                for s in range(NS):
                    tmp[s] = y[s] + half * k[0][s]
                _derivative(tmp, k[1])
                for s in range(NS):
                    tmp[s] = y[s] + half * k[1][s]
                _derivative(tmp, k[2])
                for s in range(NS):
                    tmp[s] = y[s] + dt * k[2][s]
                _derivative(tmp, k[3])
                for s in range(NS):
                    y[s] = y[s] + sixth * (k[0][s] + 2.0 * k[1][s] + 2.0 * k[2][s] + k[3][s])
                if y[2] > peak_c:
                    peak_c = y[2]
                    peak_time = step * dt
                if crossing < 0 and y[4] > y[3]:
                    crossing = step * dt
        results.append(([y[s] for s in range(NS)], peak_c, peak_time, crossing))
    return results
