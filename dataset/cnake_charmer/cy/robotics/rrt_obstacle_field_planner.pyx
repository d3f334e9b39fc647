# distutils: language = c++
# cython: language_level=3
"""Rapidly-exploring random tree across circular obstacles — C structs in a std::vector.

Discs are a malloc'd array of ``Disc`` structs and the tree is a
``std::vector[Node]`` whose nodes carry their parent index; the nearest-node scan,
segment-versus-disc tests and steering are nogil inline functions on typed doubles,
replacing a Python ``min`` with a key lambda over a list of tuples.

Keywords: robotics, motion planning, rrt, rapidly-exploring random tree, sampling-based planning, collision checking
"""

import cython
from libc.math cimport sqrt
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Disc:
    double x
    double y
    double r


cdef struct Node:
    double x
    double y
    int parent


cdef inline double uniform(unsigned int *state) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 7) / 16777216.0


cdef inline double dist(double ax, double ay, double bx, double by) noexcept nogil:
    return sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay))


cdef bint segment_clear(double ax, double ay, double bx, double by, const Disc *discs, int n) noexcept nogil:
    cdef double dx = bx - ax, dy = by - ay
    cdef double seg2 = dx * dx + dy * dy, t, cx, cy
    cdef int k
    for k in range(n):
        t = 0.0
        if seg2 > 0.0:
            t = ((discs[k].x - ax) * dx + (discs[k].y - ay) * dy) / seg2
            if t < 0.0:
                t = 0.0
            if t > 1.0:
                t = 1.0
        cx = ax + t * dx - discs[k].x
        cy = ay + t * dy - discs[k].y
        if cx * cx + cy * cy <= discs[k].r * discs[k].r:
            return False
    return True


@cython_benchmark(args=(50, 20000, 0.6, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rrt_obstacle_field_planner(int obstacles, int iterations, double step, long long seed):
    """Return (found, tree size, iterations used, rejected extensions, path nodes, path length)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef Disc *discs = <Disc *>malloc((obstacles + 1) * sizeof(Disc))
    cdef vector[Node] nodes
    cdef Disc disc
    cdef Node node
    cdef int count = 0, goal_node = -1, rejected = 0, used = 0, nearest, i, path_nodes = 0, cur, p
    cdef double sx, sy, nx, ny, d, best, ddx, ddy, dd, length = 0.0
    cdef double gx = 95.0, gy = 95.0
    if discs == NULL:
        raise MemoryError()
    try:
        with nogil:
            while count < obstacles:
                disc.x = uniform(&state) * 100.0
                disc.y = uniform(&state) * 100.0
                disc.r = 2.0 + uniform(&state) * 6.0
                if dist(disc.x, disc.y, 5.0, 5.0) > disc.r + 1.0 and dist(disc.x, disc.y, gx, gy) > disc.r + 1.0:
                    discs[count] = disc
                    count += 1
            node.x = 5.0
            node.y = 5.0
            node.parent = -1
            nodes.push_back(node)
            if dist(5.0, 5.0, gx, gy) <= step and segment_clear(5.0, 5.0, gx, gy, discs, count):
                node.x = gx
                node.y = gy
                node.parent = 0
                nodes.push_back(node)
                goal_node = 1
            while goal_node < 0 and used < iterations:
                used += 1
                if uniform(&state) < 0.05:
                    sx = gx
                    sy = gy
                else:
                    sx = uniform(&state) * 100.0
                    sy = uniform(&state) * 100.0
                nearest = 0
                best = 1e300
                for i in range(<int>nodes.size()):
                    ddx = nodes[i].x - sx
                    ddy = nodes[i].y - sy
                    dd = ddx * ddx + ddy * ddy
                    if dd < best:
                        best = dd
                        nearest = i
                nx = nodes[nearest].x
                ny = nodes[nearest].y
                d = dist(nx, ny, sx, sy)
                if d > step:
                    sx = nx + (sx - nx) / d * step
                    sy = ny + (sy - ny) / d * step
                if not segment_clear(nx, ny, sx, sy, discs, count):
                    rejected += 1
                    continue
                node.x = sx
                node.y = sy
                node.parent = nearest
                nodes.push_back(node)
                if dist(sx, sy, gx, gy) <= step and segment_clear(sx, sy, gx, gy, discs, count):
                    node.x = gx
                    node.y = gy
                    node.parent = <int>nodes.size() - 1
                    nodes.push_back(node)
                    goal_node = <int>nodes.size() - 1
            cur = goal_node
            while cur > 0:
                p = nodes[cur].parent
                length += dist(nodes[p].x, nodes[p].y, nodes[cur].x, nodes[cur].y)
                path_nodes += 1
                cur = p
    finally:
        free(discs)
    return (goal_node >= 0, <int>nodes.size(), used, rejected, path_nodes, length)
