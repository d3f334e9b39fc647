# distutils: language = c++
# cython: language_level=3
"""HEFT with per-processor sorted C interval arrays and a binary-searched gap scan.

Each processor's timeline is a sorted C array of (start, finish, task) structs. Since
its intervals never overlap, finishes are sorted too, so the gap search binary-searches
the first interval ending after the task's ready time and scans forward from there,
instead of walking the whole timeline; insertion shifts the tail with ``memmove``. The
rank order is a ``std::sort`` of ``std::pair`` (−rank, task), and predecessor lists are
compressed into flat arrays.

Keywords: scheduling, heft, list scheduling, task graph, heterogeneous processors, dag, upward rank
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memmove
from libcpp.vector cimport vector
from libcpp.utility cimport pair
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


ctypedef pair[long long, int] Ranked


cdef struct Interval:
    long long start
    long long finish
    int task


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline long long earliest_slot(const Interval *busy, int count, long long ready, long long length) noexcept nogil:
    cdef int lo = 0, hi = count, mid, i
    cdef long long previous_end, candidate
    while lo < hi:
        mid = (lo + hi) >> 1
        if busy[mid].finish <= ready:
            lo = mid + 1
        else:
            hi = mid
    previous_end = busy[lo - 1].finish if lo > 0 else 0
    for i in range(lo, count):
        candidate = ready if ready > previous_end else previous_end
        if candidate + length <= busy[i].start:
            return candidate
        previous_end = busy[i].finish
    return ready if ready > previous_end else previous_end


@cython_benchmark(args=(2000, 8, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def heft_task_graph_list_scheduling(int n, int processors, long long seed):
    """Return (makespan, best sequential time, gap insertions, tasks per processor, checksum)."""
    cdef int P = processors
    cdef long long *cost = <long long *>malloc((<size_t>n * P + 1) * sizeof(long long))
    cdef int *pred_start = <int *>calloc(n + 1, sizeof(int))
    cdef int *pred = <int *>malloc((3 * n + 1) * sizeof(int))
    cdef long long *comm = <long long *>malloc((3 * n + 1) * sizeof(long long))
    cdef long long *rank = <long long *>calloc(n + 1, sizeof(long long))
    cdef Interval *busy = <Interval *>malloc((<size_t>n * P + 1) * sizeof(Interval))
    cdef int *count = <int *>calloc(P + 1, sizeof(int))
    cdef int *where = <int *>calloc(n + 1, sizeof(int))
    cdef long long *finish = <long long *>calloc(n + 1, sizeof(long long))
    cdef vector[Ranked] order
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int t, p, k, e, parent, edges = 0, best_p, pos, inserted = 0
    cdef long long base, ready, arrive, start, end, best_end, best_start, total, v
    cdef long long makespan = 0, sequential = 0, checksum = 0
    cdef Interval *line
    try:
        if (cost == NULL or pred_start == NULL or pred == NULL or comm == NULL or rank == NULL
                or busy == NULL or count == NULL or where == NULL or finish == NULL):
            raise MemoryError()
        order.reserve(n)
        with nogil:
            for t in range(n):
                base = 5 + draw(&state, 40)
                for p in range(P):
                    cost[t * P + p] = base + draw(&state, <int>base)
            for t in range(n):
                pred_start[t] = edges
                if t == 0:
                    continue
                k = 1 + draw(&state, 3)
                for e in range(k):
                    pred[edges] = t - 1 - draw(&state, t if t < 25 else 25)
                    comm[edges] = 1 + draw(&state, 30)
                    edges += 1
            pred_start[n] = edges
            # upward ranks: children have larger indices, so in a reverse sweep a task's
            # rank is final when reached and is pushed to its parents' tails (kept in finish)
            for t in range(n - 1, -1, -1):
                total = 0
                for p in range(P):
                    total += cost[t * P + p]
                rank[t] = total + finish[t]
                for e in range(pred_start[t], pred_start[t + 1]):
                    v = comm[e] * P + rank[t]
                    if v > finish[pred[e]]:
                        finish[pred[e]] = v
            for t in range(n):
                finish[t] = 0
            for t in range(n):
                order.push_back(Ranked(-rank[t], t))
            sort(order.begin(), order.end())
            for k in range(n):
                t = order[k].second
                best_p = -1
                best_end = 0
                best_start = 0
                for p in range(P):
                    ready = 0
                    for e in range(pred_start[t], pred_start[t + 1]):
                        parent = pred[e]
                        arrive = finish[parent] + (0 if where[parent] == p else comm[e])
                        if arrive > ready:
                            ready = arrive
                    start = earliest_slot(busy + <size_t>p * n, count[p], ready, cost[t * P + p])
                    end = start + cost[t * P + p]
                    if best_p < 0 or end < best_end:
                        best_p = p
                        best_end = end
                        best_start = start
                p = best_p
                line = busy + <size_t>p * n
                if count[p] > 0 and best_start < line[count[p] - 1].finish:
                    inserted += 1
                pos = count[p]
                while pos > 0 and line[pos - 1].start > best_start:
                    pos -= 1
                memmove(&line[pos + 1], &line[pos], (count[p] - pos) * sizeof(Interval))
                line[pos].start = best_start
                line[pos].finish = best_end
                line[pos].task = t
                count[p] += 1
                where[t] = p
                finish[t] = best_end
            for t in range(n):
                checksum = (checksum * 1009 + where[t] * 101 + finish[t]) % 1000000007
                if finish[t] > makespan:
                    makespan = finish[t]
            for p in range(P):
                total = 0
                for t in range(n):
                    total += cost[t * P + p]
                if p == 0 or total < sequential:
                    sequential = total
        return (makespan, sequential, inserted, [count[p] for p in range(P)], checksum)
    finally:
        free(cost); free(pred_start); free(pred); free(comm); free(rank); free(busy); free(count)
        free(where); free(finish)
