# cython: language_level=3
"""Kendall's tau-b with the O(n^2) pair scan split across threads by prange.

The outer index runs in a prange loop; the four pair counters are integer reductions,
which OpenMP combines exactly regardless of scheduling. Data sits in int memoryviews
over cpython.array buffers, and the classification is plain C integer comparisons.

The speedup of this pair depends on free cores: on an oversubscribed machine the OpenMP
threads wait on each other at the loop's barrier and the measured gain can drop sharply.

Keywords: kendall tau, prange, openmp, integer reduction, cpython array, memoryview
"""

import cython
from cython.parallel cimport prange
from cpython cimport array
import array as pyarray
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(900,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def kendall_tau_pairs(int n):
    """Concordant, discordant, x-ties, y-ties counts and tau-b for n generated pairs."""
    if n < 0:
        n = 0
    cdef int[::1] xs = array.clone(pyarray.array('i'), n, zero=False)
    cdef int[::1] ys = array.clone(pyarray.array('i'), n, zero=False)
    cdef long long state = 2468
    cdef int i, j, x, dx, dy
    cdef long concordant = 0, discordant = 0, tie_x = 0, tie_y = 0
    cdef double denom, tau
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <int> (state % 60)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs[i] = x
        ys[i] = x + <int> (state % 40)
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=16):
        for j in range(i + 1, n):
            dx = xs[j] - xs[i]
            dy = ys[j] - ys[i]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tie_x += 1
            elif dy == 0:
                tie_y += 1
            elif (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    denom = sqrt(<double> ((concordant + discordant + tie_x) * (concordant + discordant + tie_y)))
    tau = (concordant - discordant) / denom if denom else 0.0
    return concordant, discordant, tie_x, tie_y, tau
