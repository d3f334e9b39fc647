# cython: language_level=3
"""Round-robin CPU scheduling of seeded processes with a context-switch cost.

The ready queue is a circular buffer of process ids in a malloc'd int array (at most n
entries are ever queued), and arrival/burst/remaining/finish times are C arrays, so the
event loop does no deque or list operations; only the first ten finishers are boxed.

Keywords: simulation, cpu scheduling, round robin, time quantum, ready queue, operating systems
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(60000, 6, 1, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def round_robin_cpu_scheduler(int n, int quantum, int switch_cost, long long seed):
    """Schedule n seeded processes with the given quantum."""
    cdef long long state = seed & 0x7FFFFFFF, t = 0, clock = 0, turnaround = 0, bursts = 0
    cdef long long* buf = <long long*>malloc(4 * (n + 1) * sizeof(long long))
    cdef int* queue = <int*>malloc((n + 1) * sizeof(int))
    cdef long long* arrival
    cdef long long* burst
    cdef long long* remaining
    cdef long long* finish
    cdef int i, p, nxt = 0, last = -1, done = 0, qhead = 0, qlen = 0, cap = n + 1
    cdef long long run, switches = 0
    order = []
    if buf == NULL or queue == NULL:
        free(buf); free(queue)
        raise MemoryError()
    arrival = buf
    burst = buf + (n + 1)
    remaining = buf + 2 * (n + 1)
    finish = buf + 3 * (n + 1)
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            t += (state >> 16) % 7
            arrival[i] = t
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            burst[i] = 1 + (state >> 16) % 40
            remaining[i] = burst[i]
            bursts += burst[i]
        while done < n:
            while nxt < n and arrival[nxt] <= clock:
                queue[(qhead + qlen) % cap] = nxt
                qlen += 1
                nxt += 1
            if qlen == 0:
                clock = arrival[nxt]
                continue
            p = queue[qhead]
            qhead = (qhead + 1) % cap
            qlen -= 1
            if last != -1 and last != p:
                switches += 1
                clock += switch_cost
            run = quantum if quantum < remaining[p] else remaining[p]
            clock += run
            remaining[p] -= run
            last = p
            while nxt < n and arrival[nxt] <= clock:
                queue[(qhead + qlen) % cap] = nxt
                qlen += 1
                nxt += 1
            if remaining[p] == 0:
                finish[p] = clock
                done += 1
                if done <= 10:
                    order.append(p)
            else:
                queue[(qhead + qlen) % cap] = p
                qlen += 1
        for i in range(n):
            turnaround += finish[i] - arrival[i]
        return (turnaround / <double>n if n else 0.0, (turnaround - bursts) / <double>n if n else 0.0,
                switches, clock, order)
    finally:
        free(buf); free(queue)
