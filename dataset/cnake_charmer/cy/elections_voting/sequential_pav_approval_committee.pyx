# cython: language_level=3
"""Committee elections from approval ballots — 64-bit approval masks and a harmonic weight table.

Each ballot is one ``uint64`` bitmask; approval counts and PAV marginal gains test a
single bit. A voter's current PAV weight 1/(r+1) is looked up from a table indexed by
the number of approved members already elected, and gains are accumulated voter by
voter in the same order as the Python side, inside a ``nogil`` block.

Keywords: elections, approval voting, proportional approval voting, PAV, Thiele, committee, multiwinner, harmonic weights
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(9000, 24, 8, 4, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
def sequential_pav_approval_committee(int n_voters, int n_cands, int seats, int factions, long long seed):
    """Return (approval committee, PAV committee, per-step gains, approval counts, satisfaction)."""
    if n_cands > 64:
        raise ValueError("at most 64 candidates")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef uint64_t *mask = <uint64_t *>calloc(n_voters + 1, sizeof(uint64_t))
    cdef int *sat = <int *>calloc(n_voters + 1, sizeof(int))
    cdef long long *approvals = <long long *>calloc(n_cands + 1, sizeof(long long))
    cdef double weight[66]
    cdef int v, c, faction, limit, rounds, r, best
    cdef uint64_t chosen = 0, bit
    cdef double gain, best_gain
    gains = []
    committee = []
    try:
        for r in range(66):
            weight[r] = 1.0 / (r + 1)
        for v in range(n_voters):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            faction = <int>((state >> 16) % factions)
            for c in range(n_cands):
                limit = 6 if c % factions == faction else 1
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if <int>((state >> 16) % 10) < limit:
                    mask[v] |= (<uint64_t>1) << c
                    approvals[c] += 1
        counts = [approvals[c] for c in range(n_cands)]
        av = sorted(range(n_cands), key=lambda x: (-approvals[x], x))[:seats]
        rounds = seats if seats < n_cands else n_cands
        for r in range(rounds):
            best = -1
            best_gain = -1.0
            with nogil:
                for c in range(n_cands):
                    bit = (<uint64_t>1) << c
                    if chosen & bit:
                        continue
                    gain = 0.0
                    for v in range(n_voters):
                        if mask[v] & bit:
                            gain += weight[sat[v]]
                    if gain > best_gain:
                        best = c
                        best_gain = gain
                bit = (<uint64_t>1) << best
                chosen |= bit
                for v in range(n_voters):
                    if mask[v] & bit:
                        sat[v] += 1
            committee.append(best)
            gains.append(best_gain)
        histogram = [0] * (len(committee) + 1)
        for v in range(n_voters):
            histogram[sat[v]] += 1
    finally:
        free(mask); free(sat); free(approvals)
    return (av, committee, gains, counts, histogram)
