# distutils: language = c++
# cython: language_level=3
"""Stabbing queries on a centred interval tree — flattened node lists, C++ selection and sorting.

All node lists live in two shared C arrays of ``Iv`` structs (one sorted by start,
one by decreasing end); a node stores only its centre, the slice bounds and child
indices. The centre comes from ``std::nth_element`` over the endpoints, the
three-way split is done in place through a scratch buffer, and each node's slice is
ordered by ``std::sort`` with ``cdef`` comparators. Queries are a nogil loop down one
path.

Keywords: spatial indexing, interval tree, stabbing query, centred interval tree, median, intervals
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp cimport bool as cbool
from libcpp.algorithm cimport nth_element, sort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Iv:
    int s
    int e
    int id


cdef struct CNode:
    int center
    int first       # slice [first, last) of by_start / by_end
    int last
    int left
    int right


cdef struct Forest:
    Iv* work
    Iv* scratch
    Iv* by_start
    Iv* by_end
    int* endpoints
    CNode* nodes
    int n_nodes
    int filled


cdef cbool start_order(const Iv& a, const Iv& b) noexcept nogil:
    if a.s != b.s:
        return a.s < b.s
    return a.id < b.id


cdef cbool end_order(const Iv& a, const Iv& b) noexcept nogil:
    if a.e != b.e:
        return a.e > b.e
    return a.id < b.id


cdef int build(Forest* f, int lo, int hi, int* height, int depth) noexcept nogil:
    if lo >= hi:
        return -1
    cdef int me = f.n_nodes, i, m = 0, n_left = 0, n_right = 0, n_here = 0, center, child
    f.n_nodes += 1
    if depth > height[0]:
        height[0] = depth
    for i in range(lo, hi):
        f.endpoints[m] = f.work[i].s
        f.endpoints[m + 1] = f.work[i].e
        m += 2
    nth_element(f.endpoints, f.endpoints + m // 2, f.endpoints + m)
    center = f.endpoints[m // 2]
    f.nodes[me].center = center
    # left part to the front of work, right part and centre part to the scratch buffer
    for i in range(lo, hi):
        if f.work[i].e < center:
            f.work[lo + n_left] = f.work[i]
            n_left += 1
        elif f.work[i].s > center:
            f.scratch[n_right] = f.work[i]
            n_right += 1
        else:
            f.by_start[f.filled + n_here] = f.work[i]
            f.by_end[f.filled + n_here] = f.work[i]
            n_here += 1
    for i in range(n_right):
        f.work[lo + n_left + i] = f.scratch[i]
    f.nodes[me].first = f.filled
    f.nodes[me].last = f.filled + n_here
    sort(f.by_start + f.filled, f.by_start + f.filled + n_here, start_order)
    sort(f.by_end + f.filled, f.by_end + f.filled + n_here, end_order)
    f.filled += n_here
    child = build(f, lo, lo + n_left, height, depth + 1)
    f.nodes[me].left = child
    child = build(f, lo + n_left, lo + n_left + n_right, height, depth + 1)
    f.nodes[me].right = child
    return me


@cython_benchmark(args=(30000, 8000, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def interval_tree_stabbing_queries(int n, int queries, long long seed):
    """Return (nodes, height, checksum, deepest stab, nodes visited, first 8 counts)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int span = 1000 + 40 * n, i, t, start, length, q, at, k, found, height = 0
    cdef long long checksum = 0, deepest = 0, visited = 0
    cdef Forest f
    cdef CNode* node
    f.work = <Iv*>malloc((n + 1) * sizeof(Iv))
    f.scratch = <Iv*>malloc((n + 1) * sizeof(Iv))
    f.by_start = <Iv*>malloc((n + 1) * sizeof(Iv))
    f.by_end = <Iv*>malloc((n + 1) * sizeof(Iv))
    f.endpoints = <int*>malloc((2 * n + 2) * sizeof(int))
    f.nodes = <CNode*>malloc((n + 1) * sizeof(CNode))
    f.n_nodes = 0
    f.filled = 0
    first = []
    try:
        if not (f.work and f.scratch and f.by_start and f.by_end and f.endpoints and f.nodes):
            raise MemoryError()
        for i in range(n):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            start = <int>((state >> 12) % <unsigned int>span)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            length = <int>((state >> 12) % <unsigned int>(span // 40 if i % 25 == 0 else 400))
            if i % 40 == 1:
                start = f.work[i - 1].s
                length = f.work[i - 1].e - f.work[i - 1].s
            f.work[i].s = start
            f.work[i].e = start + length
            f.work[i].id = i
        with nogil:
            build(&f, 0, n, &height, 1)
        for t in range(queries):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            q = <int>((state >> 12) % <unsigned int>(span + 400))
            found = 0
            at = 0 if n > 0 else -1
            while at >= 0:
                node = &f.nodes[at]
                visited += 1
                if q < node.center:
                    for k in range(node.first, node.last):
                        if f.by_start[k].s > q:
                            break
                        found += 1
                        checksum = (checksum * 1000003 + f.by_start[k].id + 1) % 1000000007
                    at = node.left
                elif q > node.center:
                    for k in range(node.first, node.last):
                        if f.by_end[k].e < q:
                            break
                        found += 1
                        checksum = (checksum * 1000003 + f.by_end[k].id + 1) % 1000000007
                    at = node.right
                else:
                    for k in range(node.first, node.last):
                        found += 1
                        checksum = (checksum * 1000003 + f.by_start[k].id + 1) % 1000000007
                    break
            if found > deepest:
                deepest = found
            if t < 8:
                first.append(found)
        return (f.n_nodes, height, checksum, deepest, visited, first)
    finally:
        free(f.work); free(f.scratch); free(f.by_start); free(f.by_end); free(f.endpoints); free(f.nodes)
