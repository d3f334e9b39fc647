# distutils: language = c++
# cython: language_level=3
"""Region quadtree stored as a std::vector of C structs addressed by index.

Nodes are plain structs (origin, size, count, index of the first of four children)
in a std::vector, and leaf buckets are std::vector<int> of packed x*1024+y points, so
splitting and counting are index manipulations; the recursive insert and count are
cdef functions taking the vectors by reference.

Keywords: quadtree, spatial index, range counting, bucket split, recursion
"""

import cython
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


cdef struct QNode:
    int x0
    int y0
    int size
    int count
    int kids


cdef int child_of(const QNode &nd, int x, int y) noexcept:
    cdef int half = nd.size // 2
    return nd.kids + (2 if x >= nd.x0 + half else 0) + (1 if y >= nd.y0 + half else 0)


cdef int insert(vector[QNode] &nodes, vector[vector[int]] &pts, int node, int x, int y, int cap):
    cdef int created = 0, half, dx, dy, k, p
    cdef QNode kid
    cdef vector[int] old
    while True:
        nodes[node].count += 1
        if nodes[node].kids < 0:
            pts[node].push_back(x * 1024 + y)
            if <int>pts[node].size() <= cap or nodes[node].size == 1:
                return created
            half = nodes[node].size // 2
            nodes[node].kids = <int>nodes.size()
            for dx in range(2):
                for dy in range(2):
                    kid.x0 = nodes[node].x0 + dx * half
                    kid.y0 = nodes[node].y0 + dy * half
                    kid.size = half
                    kid.count = 0
                    kid.kids = -1
                    nodes.push_back(kid)
                    pts.push_back(vector[int]())
            created += 4
            old.swap(pts[node])
            for k in range(<int>old.size()):
                p = old[k]
                created += insert(nodes, pts, child_of(nodes[node], p // 1024, p % 1024), p // 1024, p % 1024, cap)
            return created
        node = child_of(nodes[node], x, y)


cdef int count_in(vector[QNode] &nodes, vector[vector[int]] &pts, int node, int x1, int y1, int x2, int y2) noexcept:
    cdef QNode nd = nodes[node]
    cdef int total = 0, k, p, px, py
    if nd.x0 > x2 or nd.y0 > y2 or nd.x0 + nd.size - 1 < x1 or nd.y0 + nd.size - 1 < y1:
        return 0
    if x1 <= nd.x0 and y1 <= nd.y0 and nd.x0 + nd.size - 1 <= x2 and nd.y0 + nd.size - 1 <= y2:
        return nd.count
    if nd.kids < 0:
        for k in range(<int>pts[node].size()):
            p = pts[node][k]
            px = p // 1024
            py = p % 1024
            if x1 <= px <= x2 and y1 <= py <= y2:
                total += 1
        return total
    for k in range(4):
        total += count_in(nodes, pts, nd.kids + k, x1, y1, x2, y2)
    return total


cdef int depth_of(vector[QNode] &nodes, int node) noexcept:
    cdef int best = 0, d, k
    if nodes[node].kids < 0:
        return 1
    for k in range(4):
        d = depth_of(nodes, nodes[node].kids + k)
        if d > best:
            best = d
    return 1 + best


@cython_benchmark(args=(20000, 3000, 8, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def quadtree_point_counting(int n_points, int n_queries, int capacity, long long seed):
    """Return (nodes, depth, answer checksum, first 8 answers); capacity >= 1."""
    if capacity < 1:
        raise ValueError("capacity must be positive")
    cdef vector[QNode] nodes
    cdef vector[vector[int]] pts
    cdef QNode root
    root.x0 = 0
    root.y0 = 0
    root.size = 1024
    root.count = 0
    root.kids = -1
    nodes.push_back(root)
    pts.push_back(vector[int]())
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int i, x, y, x1, y1, w, answer
    cdef long long checksum = 0
    cdef list first = []
    for i in range(n_points):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        x = <int>((state >> 8) % 1024)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        y = (<int>((state >> 8) % 1024) + x // 3) % 1024
        insert(nodes, pts, 0, x, y, capacity)
    for i in range(n_queries):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        x1 = <int>((state >> 8) % 1024)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        y1 = <int>((state >> 8) % 1024)
        w = 1 + <int>((state >> 4) % 200)
        answer = count_in(nodes, pts, 0, x1, y1, x1 + w, y1 + w)
        checksum = (checksum * 1009 + answer) % 1000000007
        if i < 8:
            first.append(answer)
    return <int>nodes.size(), depth_of(nodes, 0), checksum, first
