# cython: language_level=3
"""Tick-based simulation of a bank of elevators serving random passenger calls.

Passenger requests live in flat C arrays (arrival tick, destination) and each floor's
FIFO queue is an intrusive linked list (head/tail/next indices), so boarding is O(1)
instead of list.pop(0); every car is a Car struct with a fixed-capacity rider array
compacted in place when passengers leave.

Keywords: simulation, elevator, discrete time, scheduling, queueing, collective control
"""

import cython
from libc.stdlib cimport malloc, calloc, free, abs as iabs

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Car:
    int floor
    int direction
    int count
    int moves
    int* riders


@cython_benchmark(args=(20, 4, 15000, 8, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def elevator_dispatch_simulation(int floors, int cars, int ticks, int capacity, long long seed):
    """Run the elevator bank for `ticks` ticks."""
    cdef long long state = seed & 0x7FFFFFFF, total_time = 0
    cdef int* arrival = <int*>malloc((ticks + 1) * sizeof(int))
    cdef int* dest = <int*>malloc((ticks + 1) * sizeof(int))
    cdef int* nxt = <int*>malloc((ticks + 1) * sizeof(int))
    cdef int* head = <int*>malloc((floors + 1) * sizeof(int))
    cdef int* tail = <int*>malloc((floors + 1) * sizeof(int))
    cdef Car* car = <Car*>calloc(cars + 1, sizeof(Car))
    cdef int* slots = <int*>malloc((cars * capacity + 1) * sizeof(int))
    cdef int t, e, f, i, k, r, origin, d, nreq = 0, delivered = 0, worst = 0, best, bestd, left = 0
    cdef bint has_target, above, below
    if not (arrival and dest and nxt and head and tail and car and slots):
        free(arrival); free(dest); free(nxt); free(head); free(tail); free(car); free(slots)
        raise MemoryError()
    try:
        for f in range(floors):
            head[f] = -1
            tail[f] = -1
        for e in range(cars):
            car[e].direction = 1
            car[e].riders = slots + e * capacity
        for t in range(ticks):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 100 < 35 and floors > 1:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                origin = <int>((state >> 16) % floors)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                d = <int>((state >> 16) % floors)
                if d != origin:
                    arrival[nreq] = t
                    dest[nreq] = d
                    nxt[nreq] = -1
                    if tail[origin] >= 0:
                        nxt[tail[origin]] = nreq
                    else:
                        head[origin] = nreq
                    tail[origin] = nreq
                    nreq += 1
            for e in range(cars):
                f = car[e].floor
                k = 0
                for i in range(car[e].count):
                    r = car[e].riders[i]
                    if dest[r] == f:
                        delivered += 1
                        total_time += t - arrival[r]
                        if t - arrival[r] > worst:
                            worst = t - arrival[r]
                    else:
                        car[e].riders[k] = r
                        k += 1
                car[e].count = k
                while head[f] >= 0 and car[e].count < capacity:
                    r = head[f]
                    head[f] = nxt[r]
                    if head[f] < 0:
                        tail[f] = -1
                    car[e].riders[car[e].count] = r
                    car[e].count += 1
                has_target = False
                above = False
                below = False
                if car[e].count > 0:
                    for i in range(car[e].count):
                        d = dest[car[e].riders[i]]
                        if d > f:
                            above = True
                        elif d < f:
                            below = True
                else:
                    best = -1
                    bestd = 1 << 30
                    for i in range(floors):
                        if head[i] >= 0 and iabs(i - f) < bestd:
                            bestd = iabs(i - f)
                            best = i
                    if best > f:
                        above = True
                    elif 0 <= best < f:
                        below = True
                if not (above or below):
                    continue
                if car[e].direction > 0 and not above:
                    car[e].direction = -1
                elif car[e].direction < 0 and not below:
                    car[e].direction = 1
                car[e].floor += car[e].direction
                car[e].moves += 1
        for f in range(floors):
            r = head[f]
            while r >= 0:
                left += 1
                r = nxt[r]
        return (delivered, total_time, worst, [car[e].moves for e in range(cars)], left)
    finally:
        free(arrival); free(dest); free(nxt); free(head); free(tail); free(car); free(slots)
