# cython: language_level=3
"""Buffon's needle with a rejection direction sampler in pure-Python mode.

The rejection sampler for a random direction is a ``@cython.cfunc`` with
``@cython.locals`` and a pointer out-parameter; the drop loop uses C doubles and the
generator state is ``cython.declare``'d, so the whole experiment compiles to C while
reading like Python.

Keywords: monte carlo, buffon needle, geometric probability, pi estimation, rejection sampling
"""

import cython
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def uniform(state: cython.p_ulonglong) -> cython.double:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return cython.cast(cython.double, state[0]) / 2147483648.0


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(dx=cython.double, dy=cython.double, r2=cython.double, misses=cython.long)
def direction_sine(state: cython.p_ulonglong, rejected: cython.p_long) -> cython.double:
    """Return |sin(theta)| of a uniformly random direction; count rejected samples."""
    misses = 0
    while True:
        dx = 2.0 * uniform(state) - 1.0
        dy = 2.0 * uniform(state) - 1.0
        r2 = dx * dx + dy * dy
        if 0.0 < r2 <= 1.0:
            break
        misses += 1
    rejected[0] += misses
    return fabs(dy) / sqrt(r2)


@cython_benchmark(args=(4, 25000, 19))
def buffon_needle_crossings(lengths: cython.int, drops: cython.long, seed: cython.long):
    """Return (crossings per needle length, pi estimates, rejected direction samples)."""
    state = cython.declare(cython.ulonglong, seed & 0x7FFFFFFF)
    rejected = cython.declare(cython.long, 0)
    hits = cython.declare(cython.long)
    d = cython.declare(cython.long)
    k = cython.declare(cython.int)
    length = cython.declare(cython.double)
    centre = cython.declare(cython.double)
    crossings = []
    estimates = []
    for k in range(lengths):
        length = 0.25 * (k + 1)
        hits = 0
        for d in range(drops):
            centre = 0.5 * uniform(cython.address(state))
            if centre <= 0.5 * length * direction_sine(cython.address(state), cython.address(rejected)):
                hits += 1
        crossings.append(hits)
        estimates.append(2.0 * length * drops / hits if hits else 0.0)
    return crossings, estimates, rejected
