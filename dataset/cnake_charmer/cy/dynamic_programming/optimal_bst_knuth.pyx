# cython: language_level=3
"""Knuth-optimised optimal BST over flat C tables with an explicit interval stack.

Cost and root tables are (n+1) x (n+1) malloc'd blocks of ``long long`` and int; the
quadratic DP restricts the split search with Knuth's bounds in a nogil helper, and
the height is found with a C stack of (i, j, depth) structs.

Keywords: dynamic programming, optimal binary search tree, knuth optimization, interval dp
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Span:
    int i
    int j
    int depth


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void fill(int n, const long long *prefix, long long *cost, int *root) noexcept nogil:
    cdef Py_ssize_t w = n + 1
    cdef int length, i, j, r, best_r
    cdef long long best, c
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            best = -1
            best_r = -1
            for r in range(root[i * w + j - 1], root[(i + 1) * w + j] + 1):
                c = cost[i * w + r] + cost[(r + 1) * w + j]
                if best < 0 or c < best:
                    best = c
                    best_r = r
            cost[i * w + j] = best + prefix[j] - prefix[i]
            root[i * w + j] = best_r


@cython_benchmark(args=(500, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
def optimal_bst_knuth(int n, long long seed):
    """Return (minimal weighted cost, root key, tree height, checksum of all sub-range roots)."""
    if n <= 0:
        return (0, -1, 0, 0)
    cdef Py_ssize_t w = n + 1
    cdef long long *prefix = <long long *>malloc((n + 1) * sizeof(long long))
    cdef long long *cost = <long long *>calloc(w * w, sizeof(long long))
    cdef int *root = <int *>calloc(w * w, sizeof(int))
    cdef Span *stack = <Span *>malloc((2 * n + 4) * sizeof(Span))
    cdef long long state = seed & 0x7FFFFFFF, f, checksum = 0
    cdef int i, j, r, top, height = 0
    cdef Span s
    try:
        prefix[0] = 0
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            f = 1 + (state >> 10) % 1000
            prefix[i + 1] = prefix[i] + f
            cost[i * w + i + 1] = f
            root[i * w + i + 1] = i
        with nogil:
            fill(n, prefix, cost, root)
            top = 0
            stack[0].i = 0; stack[0].j = n; stack[0].depth = 1
            while top >= 0:
                s = stack[top]
                top -= 1
                if s.i >= s.j:
                    continue
                if s.depth > height:
                    height = s.depth
                r = root[s.i * w + s.j]
                top += 1
                stack[top].i = s.i; stack[top].j = r; stack[top].depth = s.depth + 1
                top += 1
                stack[top].i = r + 1; stack[top].j = s.j; stack[top].depth = s.depth + 1
            for i in range(n):
                for j in range(i + 1, n + 1):
                    checksum += root[i * w + j]
        result = (cost[n], root[n], height, checksum % 1000000007)
    finally:
        free(prefix); free(cost); free(root); free(stack)
    return result
