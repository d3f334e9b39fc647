# cython: language_level=3
"""TCP-like flows sharing a bottleneck link with slow start and AIMD.

Per-flow state (window, threshold, delivered bytes) is a Flow struct in one malloc'd
array and each round trip is a nogil pass; the offered load is re-summed in flow order
exactly as Python's sum() does so every floating-point decision matches.

Keywords: simulation, tcp, congestion control, aimd, slow start, network, fairness
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Flow:
    double cwnd
    double ssthresh
    double delivered


@cython_benchmark(args=(50, 6000, 400.0, 100.0, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def tcp_aimd_congestion_flows(int flows, int rtts, double capacity, double buffer, long long seed):
    """Simulate `flows` AIMD flows for `rtts` round trips."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Flow* f = <Flow*>malloc((flows + 1) * sizeof(Flow))
    cdef int i, r, k, start
    cdef long losses = 0
    cdef double offered, excess, total = 0.0, squares = 0.0, fairness, half
    if f == NULL:
        raise MemoryError()
    try:
        for i in range(flows):
            f[i].cwnd = 1.0 + (i % 3)
            f[i].ssthresh = 64.0
            f[i].delivered = 0.0
        with nogil:
            for r in range(rtts):
                offered = 0.0
                for i in range(flows):
                    offered += f[i].cwnd
                if offered > capacity + buffer:
                    losses += 1
                    for i in range(flows):
                        f[i].delivered += f[i].cwnd * capacity / offered
                    excess = offered - capacity - buffer
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    start = <int>((state >> 16) % flows)
                    k = 0
                    while excess > 0 and k < flows:
                        i = (start + k) % flows
                        half = f[i].cwnd / 2
                        excess -= half
                        f[i].ssthresh = half if half > 1.0 else 1.0
                        f[i].cwnd = f[i].ssthresh
                        k += 1
                else:
                    for i in range(flows):
                        f[i].delivered += f[i].cwnd
                        if f[i].cwnd < f[i].ssthresh:
                            f[i].cwnd = f[i].cwnd * 2 if f[i].cwnd * 2 < f[i].ssthresh else f[i].ssthresh
                        else:
                            f[i].cwnd += 1.0
            for i in range(flows):
                total += f[i].delivered
            for i in range(flows):
                squares += f[i].delivered * f[i].delivered
        fairness = total * total / (flows * squares) if squares else 0.0
        return (total, fairness, losses, [f[i].cwnd for i in range(flows if flows < 6 else 6)])
    finally:
        free(f)
