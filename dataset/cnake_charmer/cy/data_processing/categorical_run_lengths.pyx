# cython: language_level=3
"""Run-length statistics in one streaming pass with C counters.

The column is never materialised: each generated value is compared with the previous
one, and when a run ends its length updates per-state C arrays (runs, longest, total)
and the transition matrix. No groupby objects, run tuples or generator sums.

Keywords: run-length encoding, streaming, categorical, transitions, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def categorical_run_lengths(int n, int states):
    """Run statistics of a generated state column; return (per state, transitions, head RLE, runs)."""
    if n <= 0 or states <= 0:
        return [], [], [], 0
    cdef long long *runs = <long long *> calloc(states, sizeof(long long))
    cdef long long *longest = <long long *> calloc(states, sizeof(long long))
    cdef long long *total = <long long *> calloc(states, sizeof(long long))
    cdef long long *trans = <long long *> calloc(states * states, sizeof(long long))
    cdef int head_v[12]
    cdef long long head_l[12]
    cdef long long state = 1001, length = 0, nruns = 0
    cdef int i, cur = 0, prev = -1, last_run = -1, a, b
    try:
        with nogil:
            for i in range(n + 1):
                if i < n:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if state % 100 >= 92:
                        cur = (state >> 8) % states
                if i == n or (i > 0 and cur != prev):
                    runs[prev] += 1
                    total[prev] += length
                    if length > longest[prev]:
                        longest[prev] = length
                    if last_run >= 0:
                        trans[last_run * states + prev] += 1
                    if nruns < 12:
                        head_v[nruns] = prev
                        head_l[nruns] = length
                    nruns += 1
                    last_run = prev
                    length = 0
                length += 1
                prev = cur
        per = [(runs[a], longest[a], total[a]) for a in range(states)]
        tr = [[trans[a * states + b] for b in range(states)] for a in range(states)]
        head = [(head_v[a], head_l[a]) for a in range(nruns if nruns < 12 else 12)]
        return per, tr, head, nruns
    finally:
        free(runs); free(longest); free(total); free(trans)
