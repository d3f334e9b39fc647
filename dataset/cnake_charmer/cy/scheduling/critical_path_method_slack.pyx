# cython: language_level=3
"""CPM forward/backward passes over compressed adjacency in typed memoryviews.

Edges are gathered once into flat arrays and turned into compressed successor and
predecessor lists (CSR) by counting sort; all per-activity data are ``cpython.array``
buffers viewed as ``int[::1]`` / ``long long[::1]`` memoryviews. Kahn's queue is an
index range over the topological-order array itself, and both passes and the float
statistics run in ``nogil`` loops.

Keywords: scheduling, critical path method, cpm, project scheduling, total float, topological sort
"""

import cython
from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(40000, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def critical_path_method_slack(int n, long long seed):
    """Return (duration, critical activities, critical links, total float, free float, max float, first critical)."""
    cdef array.array int_template = array.array('i', [])
    cdef array.array ll_template = array.array('q', [])
    cdef int cap = 3 * n + 1
    cdef int[::1] listing = array.clone(int_template, n + 1, zero=True)
    cdef int[::1] dur = array.clone(int_template, n + 1, zero=True)
    cdef int[::1] edge_from = array.clone(int_template, cap, zero=True)
    cdef int[::1] edge_to = array.clone(int_template, cap, zero=True)
    cdef int[::1] succ_start = array.clone(int_template, n + 2, zero=True)
    cdef int[::1] pred_start = array.clone(int_template, n + 2, zero=True)
    cdef int[::1] succ = array.clone(int_template, cap, zero=True)
    cdef int[::1] pred = array.clone(int_template, cap, zero=True)
    cdef int[::1] fill = array.clone(int_template, n + 2, zero=True)
    cdef int[::1] indegree = array.clone(int_template, n + 1, zero=True)
    cdef int[::1] topo = array.clone(int_template, n + 1, zero=True)
    cdef long long[::1] es = array.clone(ll_template, n + 1, zero=True)
    cdef long long[::1] lf = array.clone(ll_template, n + 1, zero=True)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, k, e, a, b, pos, tmp, count, head = 0, tail = 0, nedges = 0, window
    cdef int ncritical = 0, links = 0
    cdef long long project = 0, v, total = 0, free_total = 0, worst = 0, tf, earliest_succ
    critical = []
    with nogil:
        for i in range(n):
            listing[i] = i
        for i in range(n - 1, 0, -1):
            j = draw(&state, i + 1)
            tmp = listing[i]; listing[i] = listing[j]; listing[j] = tmp
        for i in range(n):
            dur[i] = 1 + draw(&state, 30)
        for pos in range(1, n):
            a = listing[pos]
            count = draw(&state, 4)
            window = pos if pos < 40 else 40
            for k in range(count):
                b = listing[pos - 1 - draw(&state, window)]
                edge_from[nedges] = b
                edge_to[nedges] = a
                nedges += 1
                succ_start[b + 1] += 1
                pred_start[a + 1] += 1
        for i in range(n):
            succ_start[i + 1] += succ_start[i]
            pred_start[i + 1] += pred_start[i]
        for i in range(n):
            fill[i] = succ_start[i]
        for e in range(nedges):
            succ[fill[edge_from[e]]] = edge_to[e]
            fill[edge_from[e]] += 1
        for i in range(n):
            fill[i] = pred_start[i]
        for e in range(nedges):
            pred[fill[edge_to[e]]] = edge_from[e]
            fill[edge_to[e]] += 1
        for i in range(n):
            indegree[i] = pred_start[i + 1] - pred_start[i]
            if indegree[i] == 0:
                topo[tail] = i
                tail += 1
        while head < tail:
            a = topo[head]
            head += 1
            for e in range(succ_start[a], succ_start[a + 1]):
                b = succ[e]
                indegree[b] -= 1
                if indegree[b] == 0:
                    topo[tail] = b
                    tail += 1
        for i in range(n):
            a = topo[i]
            v = 0
            for e in range(pred_start[a], pred_start[a + 1]):
                b = pred[e]
                if es[b] + dur[b] > v:
                    v = es[b] + dur[b]
            es[a] = v
            if v + dur[a] > project:
                project = v + dur[a]
        for i in range(n - 1, -1, -1):
            a = topo[i]
            v = project
            for e in range(succ_start[a], succ_start[a + 1]):
                b = succ[e]
                if lf[b] - dur[b] < v:
                    v = lf[b] - dur[b]
            lf[a] = v
        for a in range(n):
            tf = lf[a] - es[a] - dur[a]
            total += tf
            if tf > worst:
                worst = tf
            earliest_succ = project
            for e in range(succ_start[a], succ_start[a + 1]):
                if es[succ[e]] < earliest_succ:
                    earliest_succ = es[succ[e]]
            free_total += earliest_succ - es[a] - dur[a]
            if tf == 0:
                ncritical += 1
                for e in range(succ_start[a], succ_start[a + 1]):
                    b = succ[e]
                    if lf[b] - es[b] - dur[b] == 0 and es[a] + dur[a] == es[b]:
                        links += 1
    for a in range(n):
        if lf[a] - es[a] - dur[a] == 0:
            critical.append(a)
            if len(critical) == 8:
                break
    return (project, ncritical, links, total, free_total, worst, critical)
