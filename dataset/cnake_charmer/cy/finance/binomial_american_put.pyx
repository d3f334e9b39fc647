# cython: language_level=3
"""American put on a CRR tree using cython.view arrays and cached powers.

The option values live in ``cython.view.array`` buffers read through typed
memoryviews. The Python side calls ``up ** j`` and ``down ** (level - j)`` at every
node; here each power is computed once with libc ``pow`` into a table (the same
values, so results match exactly) and the backward induction is a bounds-check-free
double loop of multiplications.

Keywords: finance, binomial tree, american option, backward induction, crr model
"""

cimport cython
from cython.view cimport array as cvarray
from libc.math cimport exp, sqrt, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100.0, 100.0, 0.05, 0.3, 1.0, 500))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def binomial_american_put(double spot, double strike, double rate, double vol, double years, int steps):
    """Return (American put, European put, early-exercise node count)."""
    cdef double value
    if steps <= 0:
        value = strike - spot if strike - spot > 0.0 else 0.0
        return value, value, 0
    cdef double dt = years / steps
    cdef double up = exp(vol * sqrt(dt))
    cdef double down = 1.0 / up
    cdef double growth = exp(rate * dt)
    cdef double p = (growth - down) / (up - down)
    cdef double disc = 1.0 / growth
    cdef double[::1] am = cvarray(shape=(steps + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] eu = cvarray(shape=(steps + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] up_pow = cvarray(shape=(steps + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] down_pow = cvarray(shape=(steps + 1,), itemsize=sizeof(double), format="d")
    cdef int level, j
    cdef long exercised = 0
    cdef double cont, intrinsic
    for j in range(steps + 1):
        up_pow[j] = pow(up, j)
        down_pow[j] = pow(down, j)
    for j in range(steps + 1):
        value = strike - spot * up_pow[j] * down_pow[steps - j]
        am[j] = value if value > 0.0 else 0.0
        eu[j] = am[j]
    for level in range(steps - 1, -1, -1):
        for j in range(level + 1):
            cont = disc * (p * am[j + 1] + (1.0 - p) * am[j])
            intrinsic = strike - spot * up_pow[j] * down_pow[level - j]
            if intrinsic > cont:
                am[j] = intrinsic
                exercised += 1
            else:
                am[j] = cont
            eu[j] = disc * (p * eu[j + 1] + (1.0 - p) * eu[j])
    return am[0], eu[0], exercised
