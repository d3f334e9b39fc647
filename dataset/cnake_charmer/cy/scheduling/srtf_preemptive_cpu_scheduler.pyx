# distutils: language = c++
# cython: language_level=3
"""Shortest-remaining-time-first CPU scheduling on a C++ priority queue.

The ready queue is a ``std::priority_queue`` of ``(−remaining, −index)`` pairs, so the
max-heap yields the least remaining work with the lower index on ties — the same order
as the Python tuples. Arrivals, bursts and per-process times live in malloc'd C arrays
and the whole event loop runs without the GIL.

Keywords: scheduling, srtf, shortest remaining time, preemptive, cpu scheduling, heap, operating systems
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp.queue cimport priority_queue
from libcpp.utility cimport pair

from cnake_charmer.benchmarks import cython_benchmark

ctypedef pair[int, int] Entry


@cython_benchmark(args=(120000, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def srtf_preemptive_cpu_scheduler(int n, long long seed):
    """Simulate SRTF on n seeded processes."""
    if n <= 0:
        return (0.0, 0.0, 0.0, 0, 0, 0, [])
    cdef long long *arrival = <long long *>malloc(n * sizeof(long long))
    cdef int *burst = <int *>malloc(n * sizeof(int))
    cdef int *remaining = <int *>malloc(n * sizeof(int))
    cdef long long *first_run = <long long *>malloc(n * sizeof(long long))
    cdef long long *finish = <long long *>malloc(n * sizeof(long long))
    cdef int completed[8]
    cdef int ncompleted = 0
    cdef priority_queue[Entry] ready
    cdef Entry top
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long clock = 0, next_arrival, turnaround = 0, waiting = 0, response = 0, worst = 0, w
    cdef int i, nxt = 0, done = 0, last = -1, p, rem, preemptions = 0
    cdef bint long_job
    try:
        if arrival == NULL or burst == NULL or remaining == NULL or first_run == NULL or finish == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                clock += <long long>((state >> 16) % 20)
                arrival[i] = clock
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                long_job = (state >> 16) % 100 < 8
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if long_job:
                    burst[i] = 20 + <int>((state >> 16) % 81)
                else:
                    burst[i] = 1 + <int>((state >> 16) % 8)
                remaining[i] = burst[i]
                first_run[i] = -1
            clock = 0
            while done < n:
                if ready.empty() and arrival[nxt] > clock:
                    clock = arrival[nxt]
                while nxt < n and arrival[nxt] <= clock:
                    ready.push(Entry(-burst[nxt], -nxt))
                    nxt += 1
                top = ready.top()
                ready.pop()
                rem = -top.first
                p = -top.second
                if last != -1 and last != p and remaining[last] > 0:
                    preemptions += 1
                if first_run[p] < 0:
                    first_run[p] = clock
                if nxt >= n or clock + rem <= arrival[nxt]:
                    clock += rem
                    remaining[p] = 0
                    finish[p] = clock
                    done += 1
                    if ncompleted < 8:
                        completed[ncompleted] = p
                        ncompleted += 1
                else:
                    next_arrival = arrival[nxt]
                    remaining[p] = rem - <int>(next_arrival - clock)
                    clock = next_arrival
                    ready.push(Entry(-remaining[p], -p))
                last = p
            for i in range(n):
                turnaround += finish[i] - arrival[i]
                w = finish[i] - arrival[i] - burst[i]
                waiting += w
                if w > worst:
                    worst = w
                response += first_run[i] - arrival[i]
        return (waiting / <double>n, turnaround / <double>n, response / <double>n, worst, preemptions, clock,
                [completed[i] for i in range(ncompleted)])
    finally:
        free(arrival); free(burst); free(remaining); free(first_run); free(finish)
