# cython: language_level=3
"""Hierholzer's algorithm on CSR arrays with per-vertex tail cursors.

The walk's edges are bucketed into compressed rows; instead of popping Python lists,
each vertex keeps a cursor that moves backwards through its row, and the circuit is
written into a C array in reverse, with a ``long long`` running checksum.

Keywords: graph, eulerian circuit, hierholzer, multigraph, directed graph, stack
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(5000, 300000, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
def eulerian_circuit_hierholzer(int n, int walk_length, long long seed):
    """Return (circuit length, weighted checksum, first 10 circuit vertices)."""
    if n <= 0:
        return (0, 0, [])
    cdef Py_ssize_t m = walk_length + 1
    cdef int *src = <int *>malloc(m * sizeof(int))
    cdef int *dst = <int *>malloc(m * sizeof(int))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef int *nbr = <int *>malloc(m * sizeof(int))
    cdef int *cursor = <int *>malloc(n * sizeof(int))
    cdef int *stack = <int *>malloc((m + 1) * sizeof(int))
    cdef int *circuit = <int *>malloc((m + 1) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long checksum = 0
    cdef Py_ssize_t i, k, top, out = 0
    cdef int current = 0, nxt, v
    try:
        for i in range(walk_length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nxt = <int>((state >> 11) % n)
            src[i] = current
            dst[i] = nxt
            current = nxt
        src[m - 1] = current
        dst[m - 1] = 0
        with nogil:
            for i in range(m):
                start[src[i] + 1] += 1
            for i in range(n):
                start[i + 1] += start[i]
            for i in range(m):
                k = start[src[i]]
                nbr[k] = dst[i]
                start[src[i]] = <int>(k + 1)
            for i in range(n):
                cursor[i] = start[i]
            for i in range(n, 0, -1):
                start[i] = start[i - 1]
            start[0] = 0
            top = 0
            stack[0] = 0
            while top >= 0:
                v = stack[top]
                if cursor[v] > start[v]:
                    cursor[v] -= 1
                    top += 1
                    stack[top] = nbr[cursor[v]]
                else:
                    circuit[out] = v
                    out += 1
                    top -= 1
            for i in range(out):
                checksum = (checksum + (i + 1) * <long long>circuit[out - 1 - i]) % 998244353
        first = [circuit[out - 1 - i] for i in range(min(out, 10))]
    finally:
        free(src); free(dst); free(start); free(nbr); free(cursor); free(stack); free(circuit)
    return (out, checksum, first)
