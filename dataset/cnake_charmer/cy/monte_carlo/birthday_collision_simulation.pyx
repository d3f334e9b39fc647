# cython: language_level=3
"""Birthday-problem trials with a stamped cpython.array instead of a set.

A ``cpython.array`` of ints holds, for each day, the number of the trial that last
used it; comparing against the current trial number replaces clearing a set, and the
LCG and counters are C integers.

Keywords: monte carlo, birthday paradox, collision, probability, simulation
"""

cimport cython
from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(12000, 365, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
def birthday_collision_simulation(int trials, int days, long seed):
    """Return (total people, max people, trials collided by 23, histogram by tens)."""
    if days <= 0:
        return 0, 0, 0, []
    cdef array.array stamp = array.clone(array.array("i"), days, zero=True)
    cdef int *mark = stamp.data.as_ints
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long total = 0, longest = 0, early = 0
    cdef int hist[12]
    cdef int t, people, day, k
    for k in range(12):
        hist[k] = 0
    for t in range(1, trials + 1):
        people = 1
        while True:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            day = <int>((state >> 8) % <unsigned long long>days)
            if mark[day] == t:
                break
            mark[day] = t
            people += 1
        total += people
        if people > longest:
            longest = people
        if people <= 23:
            early += 1
        k = people // 10
        hist[k if k < 11 else 11] += 1
    return total, longest, early, [hist[k] for k in range(12)]
