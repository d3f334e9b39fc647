# cython: language_level=3
"""Static timing analysis of a generated gate DAG: arrival, required time, slack, critical path.

Cells are stored structure-of-arrays: a fixed three-slot fanin table with wire
delays, intrinsic delays and ``long long`` arrival/required arrays, all from one
``malloc`` block freed in ``finally``. The forward and backward passes and the
critical-path trace run in a ``nogil`` cdef function.

Keywords: logic circuits, static timing analysis, arrival time, required time, slack, critical path, DAG
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Timing:
    long long latest
    long long worst
    long long negative
    long long path_len
    long long path_sum
    long long hist[10]


cdef void analyse(int n, int *delay, int *nfan, int *src, int *wire, char *fanout,
                  long long *arr, long long *req, long long period, Timing *out) noexcept nogil:
    cdef int i, k, s, node, best_k
    cdef long long a, best, sl, b
    out.latest = 0
    for i in range(n):
        best = 0
        for k in range(nfan[i]):
            a = arr[src[3 * i + k]] + wire[3 * i + k]
            if k == 0 or a > best:
                best = a
        arr[i] = delay[i] + best
        if arr[i] > out.latest:
            out.latest = arr[i]
    for i in range(n):
        req[i] = (1LL << 60) if fanout[i] else period
    for i in range(n - 1, -1, -1):
        for k in range(nfan[i]):
            s = src[3 * i + k]
            b = req[i] - delay[i] - wire[3 * i + k]
            if b < req[s]:
                req[s] = b
    out.worst = 0
    out.negative = 0
    for i in range(n):
        sl = req[i] - arr[i]
        if i == 0 or sl < out.worst:
            out.worst = sl
        if sl < 0:
            out.negative += 1
    for k in range(10):
        out.hist[k] = 0
    for i in range(n):
        b = (req[i] - arr[i] - out.worst) // 50
        out.hist[b if b < 9 else 9] += 1
    out.path_len = 0
    out.path_sum = 0
    node = -1
    for i in range(n):
        if not fanout[i] and (node < 0 or req[i] - arr[i] < req[node] - arr[node]):
            node = i
    if node < 0:
        return
    while True:
        out.path_len += 1
        out.path_sum = (out.path_sum * 65599 + node) % 1000000007
        if nfan[node] == 0:
            break
        best_k = 0
        for k in range(1, nfan[node]):
            if arr[src[3 * node + k]] + wire[3 * node + k] > arr[src[3 * node + best_k]] + wire[3 * node + best_k]:
                best_k = k
        node = src[3 * node + best_k]


@cython_benchmark(args=(60000, 29000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def static_timing_slack_analysis(int ncells, long long period, long long seed):
    """Return (latest arrival, worst slack, negative-slack cells, path length, path checksum, slack histogram)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int ninputs = ncells if ncells < 16 else 16, i, k, m, w
    cdef size_t n1 = ncells + 1
    cdef char *block = <char *>malloc(n1 * (2 * sizeof(long long) + 8 * sizeof(int) + 1))
    if block == NULL:
        raise MemoryError()
    cdef long long *arr = <long long *>block
    cdef long long *req = arr + n1
    cdef int *delay = <int *>(req + n1)
    cdef int *nfan = delay + n1
    cdef int *src = nfan + n1
    cdef int *wire = src + 3 * n1
    cdef char *fanout = <char *>(wire + 3 * n1)
    cdef Timing t
    try:
        for i in range(ncells):
            fanout[i] = 0
        for i in range(ninputs):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            delay[i] = <int>((state >> 16) % 5)
            nfan[i] = 0
        for i in range(ninputs, ncells):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            delay[i] = 1 + <int>((state >> 16) % 9)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nfan[i] = 1 + <int>((state >> 16) % 3)
            m = i if i < 64 else 64
            for k in range(nfan[i]):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                src[3 * i + k] = i - 1 - <int>((state >> 16) % m)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                wire[3 * i + k] = 1 + <int>((state >> 16) % 4)
                fanout[src[3 * i + k]] = 1
        with nogil:
            analyse(ncells, delay, nfan, src, wire, fanout, arr, req, period, &t)
    finally:
        free(block)
    return (t.latest, t.worst, t.negative, t.path_len, t.path_sum, [t.hist[k] for k in range(10)])
