# cython: language_level=3
"""Connected components of a random binary image by two-pass union-find labelling.

Labels, the union-find parent forest and the component sizes are malloc'd int arrays;
find() is an inline nogil cdef function with path halving, and the whole labelling
pass runs without the GIL. Only the five largest sizes are turned into Python objects.

Keywords: image processing, connected components, labelling, union find, binary image
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int find_root(int* parent, int a) noexcept nogil:
    while parent[a] != a:
        parent[a] = parent[parent[a]]
        a = parent[a]
    return a


@cython_benchmark(args=(420, 360, 55, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
def binary_components_union_find(int width, int height, int density, long long seed):
    """Label 4-connected foreground components of a seeded binary image."""
    if width <= 0 or height <= 0:
        return (0, [], 0)
    cdef long long state = seed & 0x7FFFFFFF
    cdef int n = width * height
    cdef int* labels = <int*>calloc(n, sizeof(int))
    cdef int* parent = <int*>malloc((n + 1) * sizeof(int))
    cdef int* sizes = <int*>calloc(n + 1, sizeof(int))
    cdef int x, y, i, left, up, a, b, nlab = 1, comps = 0, specks = 0
    cdef bint fg
    if labels == NULL or parent == NULL or sizes == NULL:
        free(labels); free(parent); free(sizes)
        raise MemoryError()
    try:
        parent[0] = 0
        with nogil:
            for y in range(height):
                for x in range(width):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    fg = (state >> 4) % 100 < density
                    if not fg:
                        continue
                    i = y * width + x
                    left = labels[i - 1] if x > 0 else 0
                    up = labels[i - width] if y > 0 else 0
                    if left == 0 and up == 0:
                        parent[nlab] = nlab
                        labels[i] = nlab
                        nlab += 1
                    elif left != 0 and up != 0:
                        a = find_root(parent, left)
                        b = find_root(parent, up)
                        if a < b:
                            parent[b] = a
                            labels[i] = a
                        else:
                            parent[a] = b
                            labels[i] = b
                    else:
                        labels[i] = left if left != 0 else up
            for i in range(n):
                if labels[i] != 0:
                    sizes[find_root(parent, labels[i])] += 1
        ordered = []
        for i in range(1, nlab):
            if sizes[i] > 0:
                comps += 1
                if sizes[i] == 1:
                    specks += 1
                ordered.append(sizes[i])
        ordered.sort(reverse=True)
        return (comps, ordered[:5], specks)
    finally:
        free(labels); free(parent); free(sizes)
