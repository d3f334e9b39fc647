# distutils: language = c++
# cython: language_level=3
"""Probabilistic roadmap with k-nearest connections and a Dijkstra query — C++ containers.

Boxes and vertices are C structs; each vertex's neighbour candidates go into a reused
``std::vector[pair[double, int]]`` cut with ``std::partial_sort`` instead of fully
sorting a list of tuples, edge de-duplication uses a flat byte matrix, the roadmap is
a vector of adjacency vectors, and Dijkstra runs on a ``std::priority_queue`` with
negated keys (same pop order as the Python heap of tuples).

Keywords: robotics, motion planning, probabilistic roadmap, prm, k-nearest neighbours, dijkstra
"""

import cython
from libc.math cimport sqrt, fabs, INFINITY
from libc.stdlib cimport calloc, free
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libcpp.queue cimport priority_queue
from libcpp.algorithm cimport partial_sort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Box:
    double x0
    double y0
    double x1
    double y1


cdef struct Point:
    double x
    double y


cdef inline double draw(unsigned int *state) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 7) / 16777216.0


cdef inline bint inside(double x, double y, const Box *b) noexcept nogil:
    return b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1


cdef inline bint slab(double p, double d, double lo, double hi, double *t_enter, double *t_exit) noexcept nogil:
    """Clip the parameter interval against one axis; False when the segment misses."""
    cdef double t1, t2, tmp
    if fabs(d) < 1e-12:
        return not (p < lo or p > hi)
    t1 = (lo - p) / d
    t2 = (hi - p) / d
    if t1 > t2:
        tmp = t1
        t1 = t2
        t2 = tmp
    if t1 > t_enter[0]:
        t_enter[0] = t1
    if t2 < t_exit[0]:
        t_exit[0] = t2
    return not (t_enter[0] > t_exit[0])


cdef inline bint segment_hits(double ax, double ay, double bx, double by, const Box *b) noexcept nogil:
    cdef double t_enter = 0.0, t_exit = 1.0
    if not slab(ax, bx - ax, b.x0, b.x1, &t_enter, &t_exit):
        return False
    return slab(ay, by - ay, b.y0, b.y1, &t_enter, &t_exit)


@cython_benchmark(args=(500, 25, 8, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def prm_roadmap_dijkstra_query(int samples, int boxes, int k, long long seed):
    """Return (edges, goal reached, path length, path hops, vertices settled)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef vector[Box] obstacles
    cdef vector[Point] points
    cdef vector[vector[pair[int, double]]] adjacency
    cdef vector[pair[double, int]] cand
    cdef priority_queue[pair[double, int]] heap
    cdef vector[double] dist
    cdef vector[int] prev
    cdef vector[char] done
    cdef Box box
    cdef Point p
    cdef int n, i, j, c, m, u, v, settled = 0, hops = 0, edge_count = 0, b
    cdef bint free_point, blocked
    cdef double xi, yi, xj, yj, w, d
    cdef unsigned char *linked
    with nogil:
        while <int>obstacles.size() < boxes:
            box.x0 = draw(&state) * 90.0
            box.y0 = draw(&state) * 90.0
            box.x1 = box.x0 + (3.0 + draw(&state) * 12.0)
            box.y1 = box.y0 + (3.0 + draw(&state) * 12.0)
            if not inside(2.0, 2.0, &box) and not inside(98.0, 98.0, &box):
                obstacles.push_back(box)
        p.x = 2.0
        p.y = 2.0
        points.push_back(p)
        p.x = 98.0
        p.y = 98.0
        points.push_back(p)
        while <int>points.size() < samples + 2:
            p.x = draw(&state) * 100.0
            p.y = draw(&state) * 100.0
            free_point = True
            for b in range(boxes):
                if inside(p.x, p.y, &obstacles[b]):
                    free_point = False
                    break
            if free_point:
                points.push_back(p)
    n = <int>points.size()
    linked = <unsigned char *>calloc(<size_t>n * n, 1)
    if linked == NULL:
        raise MemoryError()
    try:
        with nogil:
            adjacency.resize(n)
            cand.reserve(n)
            m = k if k < n - 1 else n - 1
            for i in range(n):
                xi = points[i].x
                yi = points[i].y
                cand.clear()
                for j in range(n):
                    if j != i:
                        xj = points[j].x
                        yj = points[j].y
                        cand.push_back(pair[double, int]((xj - xi) * (xj - xi) + (yj - yi) * (yj - yi), j))
                if m > 0:
                    partial_sort(cand.begin(), cand.begin() + m, cand.end())
                for c in range(m):
                    j = cand[c].second
                    if linked[<size_t>i * n + j]:
                        continue
                    xj = points[j].x
                    yj = points[j].y
                    blocked = False
                    for b in range(boxes):
                        if segment_hits(xi, yi, xj, yj, &obstacles[b]):
                            blocked = True
                            break
                    if blocked:
                        continue
                    linked[<size_t>i * n + j] = 1
                    linked[<size_t>j * n + i] = 1
                    edge_count += 1
                    w = sqrt((xj - xi) * (xj - xi) + (yj - yi) * (yj - yi))
                    adjacency[i].push_back(pair[int, double](j, w))
                    adjacency[j].push_back(pair[int, double](i, w))

            dist.assign(n, INFINITY)
            prev.assign(n, -1)
            done.assign(n, 0)
            dist[0] = 0.0
            heap.push(pair[double, int](-0.0, 0))
            while not heap.empty():
                d = -heap.top().first
                u = -heap.top().second
                heap.pop()
                if done[u]:
                    continue
                done[u] = 1
                settled += 1
                if u == 1:
                    break
                for c in range(<int>adjacency[u].size()):
                    v = adjacency[u][c].first
                    w = adjacency[u][c].second
                    if d + w < dist[v]:
                        dist[v] = d + w
                        prev[v] = u
                        heap.push(pair[double, int](-dist[v], -v))
            if done[1]:
                v = 1
                while v != 0:
                    v = prev[v]
                    hops += 1
    finally:
        free(linked)
    return (edge_count, bool(done[1]), dist[1] if done[1] else -1.0, hops, settled)
