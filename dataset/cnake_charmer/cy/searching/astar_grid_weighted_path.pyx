# distutils: language = c++
# cython: language_level=3
"""A* on a grid with a C++ priority_queue of packed (f, g, cell) keys.

The dicts and set of the Python version become flat C arrays (best cost, parent,
closed flag) held in std::vectors. Heap entries are tuples ordered exactly like the
Python ones, encoded as negated std::pair<long long, long long> values so the max-heap
std::priority_queue pops the smallest (f, g, cell) first.

Keywords: A star, heuristic search, shortest path, priority queue, grid
"""

import cython
from libcpp.vector cimport vector
from libcpp.queue cimport priority_queue
from libcpp.pair cimport pair

from cnake_charmer.benchmarks import cython_benchmark

ctypedef pair[long long, long long] entry_t


@cython_benchmark(args=(220, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def astar_grid_weighted_path(int size, long long seed):
    """Return (path cost or -1, expanded cells, path steps) on a size x size grid."""
    if size <= 0:
        return -1, 0, 0
    cdef long long total = <long long>size * size
    cdef long long goal = total - 1, i, cell, k, g, ng
    cdef long long INF = 1LL << 60
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF), r8
    cdef vector[int] cost
    cdef vector[long long] best
    cdef vector[long long] parent
    cdef vector[char] closed
    cdef priority_queue[entry_t] heap
    cdef entry_t top
    cdef long long expanded = 0, steps = 0
    cdef int r, c, nr, nc, d
    cdef int dr[4]
    cdef int dc[4]
    dr[:] = [1, -1, 0, 0]
    dc[:] = [0, 0, 1, -1]
    cost.resize(total)
    best.assign(total, INF)
    parent.assign(total, -1)
    closed.assign(total, 0)
    for i in range(total):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        r8 = (state >> 8) % 100
        cost[i] = 0 if r8 < 18 else <int>(1 + r8 % 9)
    cost[0] = 1
    cost[goal] = 1
    best[0] = 0
    # key = (f, g * total + cell) negated: pops smallest f, then g, then cell.
    heap.push(entry_t(-(2 * (size - 1)), -(0 * total + 0)))
    while not heap.empty():
        top = heap.top()
        heap.pop()
        g = (-top.second) // total
        cell = (-top.second) % total
        if closed[cell]:
            continue
        closed[cell] = 1
        expanded += 1
        if cell == goal:
            break
        r = <int>(cell // size)
        c = <int>(cell % size)
        for d in range(4):
            nr = r + dr[d]
            nc = c + dc[d]
            if 0 <= nr < size and 0 <= nc < size:
                k = <long long>nr * size + nc
                if cost[k] and not closed[k]:
                    ng = g + cost[k]
                    if ng < best[k]:
                        best[k] = ng
                        parent[k] = cell
                        heap.push(entry_t(-(ng + (size - 1 - nr) + (size - 1 - nc)), -(ng * total + k)))
    if not closed[goal]:
        return -1, expanded, 0
    cell = goal
    while parent[cell] >= 0:
        cell = parent[cell]
        steps += 1
    return best[goal], expanded, steps
