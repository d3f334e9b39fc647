# cython: language_level=3
"""Cartesian tree construction with a C-array stack and a depth pass by parent links.

The right spine is a malloc'd int stack; left/right/parent links are int arrays.
Instead of level-by-level Python lists, depths are computed in one pass over a
preorder produced by an explicit C stack.

Keywords: Cartesian tree, stack construction, treap shape, tree depth, linear time
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def cartesian_tree_depths(int n, long long seed):
    """Return (root index or -1, height, sum of depths, parents of the first 10 nodes)."""
    cdef int size = n if n > 0 else 0
    cdef int i, v, last, top = 0, node, root = -1, height = 0, d
    cdef long long total = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *block = <int *>malloc((6 * size + 1) * sizeof(int))
    if block == NULL:
        raise MemoryError()
    cdef int *values = block
    cdef int *parent = block + size
    cdef int *left = block + 2 * size
    cdef int *right = block + 3 * size
    cdef int *stack = block + 4 * size
    cdef int *depth = block + 5 * size
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            values[i] = <int>((state >> 6) % 100000)
            parent[i] = -1
            left[i] = -1
            right[i] = -1
        with nogil:
            for i in range(size):
                v = values[i]
                last = -1
                while top > 0 and values[stack[top - 1]] > v:
                    top -= 1
                    last = stack[top]
                if last >= 0:
                    left[i] = last
                    parent[last] = i
                if top > 0:
                    right[stack[top - 1]] = i
                    parent[i] = stack[top - 1]
                stack[top] = i
                top += 1
            if size > 0:
                root = stack[0]
                top = 0
                stack[top] = root
                top += 1
                depth[root] = 1
                while top > 0:
                    top -= 1
                    node = stack[top]
                    d = depth[node]
                    total += d
                    if d > height:
                        height = d
                    if left[node] >= 0:
                        depth[left[node]] = d + 1
                        stack[top] = left[node]
                        top += 1
                    if right[node] >= 0:
                        depth[right[node]] = d + 1
                        stack[top] = right[node]
                        top += 1
        return root, height, total, [parent[i] for i in range(min(10, size))]
    finally:
        free(block)
