# cython: language_level=3
"""Min-Min / Max-Min / Sufferage with cached best-two machines per task.

The ETC matrix is a malloc'd block viewed as a 2-D ``int[:, ::1]`` memoryview cast
from the pointer. Each task caches its best and second-best (completion, machine);
after a commit only the chosen machine's ready time grows, so only tasks whose best or
second-best machine it was need a rescan — every other cached pair is provably
unchanged. Selection is one linear pass under a rule picked by a ``cdef enum``, all
without the GIL.

Keywords: scheduling, min-min, max-min, sufferage, unrelated machines, heterogeneous computing, batch mapping
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Rule:
    MIN_MIN = 0
    MAX_MIN = 1
    SUFFERAGE = 2


cdef inline void best_two(int[:, ::1] etc, const long long *ready, int machines, int t,
                          long long *best, int *bestm, long long *second, int *secondm) noexcept nogil:
    cdef int m
    cdef long long v
    best[0] = -1
    second[0] = -1
    bestm[0] = -1
    secondm[0] = -1
    for m in range(machines):
        v = ready[m] + etc[t, m]
        if bestm[0] < 0 or v < best[0]:
            second[0] = best[0]
            secondm[0] = bestm[0]
            best[0] = v
            bestm[0] = m
        elif secondm[0] < 0 or v < second[0]:
            second[0] = v
            secondm[0] = m
    if secondm[0] < 0:
        second[0] = best[0]
        secondm[0] = bestm[0]


cdef long long greedy_map(int[:, ::1] etc, int tasks, int machines, Rule rule, long long *ready,
                          long long *best, int *bestm, long long *second, int *secondm,
                          unsigned char *done, int *where) noexcept nogil:
    cdef int t, step, pick, m_star
    cdef long long key, pick_key, span = 0
    for t in range(machines):
        ready[t] = 0
    for t in range(tasks):
        done[t] = 0
        best_two(etc, ready, machines, t, &best[t], &bestm[t], &second[t], &secondm[t])
    for step in range(tasks):
        pick = -1
        pick_key = 0
        for t in range(tasks):
            if done[t]:
                continue
            if rule == MIN_MIN:
                key = best[t]
            elif rule == MAX_MIN:
                key = -best[t]
            else:
                key = best[t] - second[t]
            if pick < 0 or key < pick_key:
                pick = t
                pick_key = key
        m_star = bestm[pick]
        ready[m_star] = best[pick]
        where[pick] = m_star
        done[pick] = 1
        for t in range(tasks):
            if not done[t] and (bestm[t] == m_star or secondm[t] == m_star):
                best_two(etc, ready, machines, t, &best[t], &bestm[t], &second[t], &secondm[t])
    for t in range(machines):
        if ready[t] > span:
            span = ready[t]
    return span


@cython_benchmark(args=(200, 12, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def min_min_unrelated_machines(int tasks, int machines, long long seed):
    """Return (makespans [min-min, max-min, sufferage], min-min tasks per machine, checksums)."""
    if tasks <= 0:
        return [0, 0, 0], [0] * machines, [0, 0, 0]
    cdef int *block = <int *>malloc(<size_t>tasks * machines * sizeof(int))
    cdef int *speed = <int *>malloc(machines * sizeof(int))
    cdef long long *ready = <long long *>malloc(machines * sizeof(long long))
    cdef long long *best = <long long *>malloc(tasks * sizeof(long long))
    cdef long long *second = <long long *>malloc(tasks * sizeof(long long))
    cdef int *bestm = <int *>malloc(tasks * sizeof(int))
    cdef int *secondm = <int *>malloc(tasks * sizeof(int))
    cdef int *where = <int *>malloc(tasks * sizeof(int))
    cdef unsigned char *done = <unsigned char *>malloc(tasks)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int t, m, size, r
    cdef long long checksum
    cdef int[:, ::1] etc
    spans, sums, per_machine = [], [], []
    try:
        if (block == NULL or speed == NULL or ready == NULL or best == NULL or second == NULL
                or bestm == NULL or secondm == NULL or where == NULL or done == NULL):
            raise MemoryError()
        etc = <int[:tasks, :machines]>block
        for m in range(machines):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            speed[m] = 1 + <int>((state >> 16) % 8)
        for t in range(tasks):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            size = 10 + <int>((state >> 16) % 200)
            for m in range(machines):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                etc[t, m] = size * speed[m] + <int>((state >> 16) % <unsigned long long>(size + 1))
        for r in range(3):
            spans.append(greedy_map(etc, tasks, machines, <Rule>r, ready, best, bestm, second, secondm,
                                    done, where))
            checksum = 0
            for t in range(tasks):
                checksum = (checksum * 7919 + where[t] * 13 + t) % 1000000007
            sums.append(checksum)
            if r == MIN_MIN:
                per_machine = [0] * machines
                for t in range(tasks):
                    per_machine[where[t]] += 1
        return spans, per_machine, sums
    finally:
        free(block); free(speed); free(ready); free(best); free(second); free(bestm); free(secondm)
        free(where); free(done)
