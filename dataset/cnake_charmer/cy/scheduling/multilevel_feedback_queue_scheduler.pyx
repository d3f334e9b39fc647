# cython: language_level=3
"""MLFQ scheduler on C ring buffers, a struct process table and a C min-heap.

Each level's ready queue is a fixed-capacity ring buffer of process ids (a process is
in at most one queue, so capacity n suffices); processes are an array of C structs;
blocked processes wait in a hand-written binary heap ordered by (wake time, pid),
matching the Python tuple order. Queue and heap helpers are ``cdef inline`` and the
simulation runs without the GIL.

Keywords: scheduling, mlfq, multilevel feedback queue, priority boost, cpu scheduling, operating systems
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    IO_EVERY = 3
    IO_TIME = 10


cdef struct Proc:
    long long arrival
    long long first_run
    long long finish
    int remaining
    int level
    int since_io
    bint interactive


cdef struct Ring:
    int *buf
    int head
    int size
    int cap


cdef struct Wake:
    long long time
    int pid


cdef inline void ring_push(Ring *r, int v) noexcept nogil:
    r.buf[(r.head + r.size) % r.cap] = v
    r.size += 1


cdef inline int ring_pop(Ring *r) noexcept nogil:
    cdef int v = r.buf[r.head]
    r.head = (r.head + 1) % r.cap
    r.size -= 1
    return v


cdef inline bint wake_less(Wake a, Wake b) noexcept nogil:
    return a.time < b.time or (a.time == b.time and a.pid < b.pid)


cdef inline void heap_push(Wake *h, int *size, Wake w) noexcept nogil:
    cdef int i = size[0], parent
    size[0] += 1
    while i > 0:
        parent = (i - 1) >> 1
        if not wake_less(w, h[parent]):
            break
        h[i] = h[parent]
        i = parent
    h[i] = w


cdef inline Wake heap_pop(Wake *h, int *size) noexcept nogil:
    cdef Wake top = h[0], last
    cdef int i = 0, child, n
    size[0] -= 1
    n = size[0]
    if n > 0:
        last = h[n]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and wake_less(h[child + 1], h[child]):
                child += 1
            if not wake_less(h[child], last):
                break
            h[i] = h[child]
            i = child
        h[i] = last
    return top


cdef inline void admit(Proc *procs, int n, int *nxt, long long clock, Ring *queues,
                       Wake *blocked, int *nblocked) noexcept nogil:
    cdef Wake w
    while nxt[0] < n and procs[nxt[0]].arrival <= clock:
        ring_push(&queues[0], nxt[0])
        nxt[0] += 1
    while nblocked[0] > 0 and blocked[0].time <= clock:
        w = heap_pop(blocked, nblocked)
        ring_push(&queues[procs[w.pid].level], w.pid)


@cython_benchmark(args=(20000, 400, 33))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def multilevel_feedback_queue_scheduler(int n, long long boost_period, long long seed):
    """Run MLFQ on n seeded processes."""
    if n <= 0:
        return (0.0, 0.0, 0, 0, [0, 0, 0], 0, 0, [])
    cdef int quanta[3]
    quanta[0] = 4; quanta[1] = 8; quanta[2] = 16
    cdef Proc *procs = <Proc *>malloc(n * sizeof(Proc))
    cdef int *storage = <int *>malloc(3 * n * sizeof(int))
    cdef Wake *blocked = <Wake *>malloc(n * sizeof(Wake))
    cdef Ring queues[3]
    cdef long long served[3]
    cdef int order[10]
    cdef int norder = 0, nblocked = 0, nxt = 0, done = 0, demotions = 0, boosts = 0
    cdef int pid, lv, level, run, i, moved
    cdef long long clock = 0, t = 0, next_boost = boost_period, upcoming
    cdef long long turnaround = 0, response = 0, checksum = 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Proc *p
    cdef Wake w
    try:
        if procs == NULL or storage == NULL or blocked == NULL:
            raise MemoryError()
        with nogil:
            for lv in range(3):
                queues[lv].buf = storage + lv * n
                queues[lv].head = 0
                queues[lv].size = 0
                queues[lv].cap = n
                served[lv] = 0
            for pid in range(n):
                p = &procs[pid]
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                t += <long long>((state >> 16) % 44)
                p.arrival = t
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                p.interactive = (state >> 16) % 10 < 3
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if p.interactive:
                    p.remaining = 2 + <int>((state >> 16) % 12)
                else:
                    p.remaining = 5 + <int>((state >> 16) % 40)
                p.level = 0
                p.since_io = 0
                p.first_run = -1
                p.finish = 0
            while done < n:
                admit(procs, n, &nxt, clock, queues, blocked, &nblocked)
                level = -1
                for lv in range(3):
                    if queues[lv].size > 0:
                        level = lv
                        break
                if level < 0:
                    if nxt < n:
                        upcoming = procs[nxt].arrival
                        if nblocked > 0 and blocked[0].time < upcoming:
                            upcoming = blocked[0].time
                    else:
                        upcoming = blocked[0].time
                    clock = upcoming
                    continue
                pid = ring_pop(&queues[level])
                p = &procs[pid]
                if p.first_run < 0:
                    p.first_run = clock
                run = quanta[level]
                if p.remaining < run:
                    run = p.remaining
                if p.interactive and IO_EVERY - p.since_io < run:
                    run = IO_EVERY - p.since_io
                clock += run
                served[level] += run
                p.remaining -= run
                p.since_io += run
                admit(procs, n, &nxt, clock, queues, blocked, &nblocked)
                if p.remaining == 0:
                    p.finish = clock
                    done += 1
                    if norder < 10:
                        order[norder] = pid
                        norder += 1
                elif p.interactive and p.since_io == IO_EVERY:
                    p.since_io = 0
                    w.time = clock + IO_TIME
                    w.pid = pid
                    heap_push(blocked, &nblocked, w)
                else:
                    if run == quanta[level] and level < 2:
                        p.level = level + 1
                        demotions += 1
                    ring_push(&queues[p.level], pid)
                if clock >= next_boost:
                    boosts += 1
                    for lv in range(1, 3):
                        moved = queues[lv].size
                        for i in range(moved):
                            ring_push(&queues[0], ring_pop(&queues[lv]))
                    for i in range(queues[0].size):
                        procs[queues[0].buf[(queues[0].head + i) % n]].level = 0
                    for i in range(nblocked):
                        procs[blocked[i].pid].level = 0
                    while next_boost <= clock:
                        next_boost += boost_period
            for pid in range(n):
                turnaround += procs[pid].finish - procs[pid].arrival
                response += procs[pid].first_run - procs[pid].arrival
                checksum = (checksum * 31 + procs[pid].finish) % 1000000007
        return (turnaround / <double>n, response / <double>n, demotions, boosts,
                [served[0], served[1], served[2]], clock, checksum, [order[i] for i in range(norder)])
    finally:
        free(procs); free(storage); free(blocked)
