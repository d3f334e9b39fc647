# cython: language_level=3
"""Event-driven simulation of elastic collisions between beads on a line.

Each bead is a C struct (position, velocity, mass) in one malloc'd array; the earliest
event search and the drift of all beads are nogil C loops, and the event kind is a C
enum, so each event costs O(n) machine operations instead of Python float objects.

Keywords: physics, event driven simulation, elastic collision, momentum, kinetic energy
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Bead:
    double x
    double v
    double m

cdef enum EventKind:
    NONE = -1
    LEFT_WALL = 0
    RIGHT_WALL = 1
    PAIR = 2


cdef inline double rnd(long long* state) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return state[0] / 2147483648.0


@cython_benchmark(args=(40, 8000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def elastic_collisions_1d_events(int n, int events, long long seed):
    """Process `events` collision events among n beads in the box [0, n]."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Bead* b = <Bead*>malloc((n + 1) * sizeof(Bead))
    cdef int i, e, who
    cdef EventKind kind
    cdef double best_t, t, closing, length = n, m1, m2, u1, u2, kinetic = 0.0, momentum = 0.0
    cdef long bead_hits = 0, wall_hits = 0
    if b == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            b[i].x = i + 0.5
        for i in range(n):
            b[i].v = rnd(&state) * 2 - 1
        for i in range(n):
            b[i].m = 0.5 + rnd(&state)
        with nogil:
            for e in range(events):
                best_t = INFINITY
                kind = NONE
                who = -1
                if n > 0 and b[0].v < 0:
                    best_t = -b[0].x / b[0].v
                    kind = LEFT_WALL
                    who = 0
                if n > 0 and b[n - 1].v > 0:
                    t = (length - b[n - 1].x) / b[n - 1].v
                    if t < best_t:
                        best_t = t
                        kind = RIGHT_WALL
                        who = n - 1
                for i in range(n - 1):
                    closing = b[i].v - b[i + 1].v
                    if closing > 0:
                        t = (b[i + 1].x - b[i].x) / closing
                        if t < best_t:
                            best_t = t
                            kind = PAIR
                            who = i
                if kind == NONE:
                    break
                for i in range(n):
                    b[i].x += b[i].v * best_t
                if kind == LEFT_WALL:
                    b[0].v = -b[0].v
                    b[0].x = 0.0
                    wall_hits += 1
                elif kind == RIGHT_WALL:
                    b[n - 1].v = -b[n - 1].v
                    b[n - 1].x = length
                    wall_hits += 1
                else:
                    m1 = b[who].m
                    m2 = b[who + 1].m
                    u1 = b[who].v
                    u2 = b[who + 1].v
                    b[who].v = ((m1 - m2) * u1 + 2 * m2 * u2) / (m1 + m2)
                    b[who + 1].v = ((m2 - m1) * u2 + 2 * m1 * u1) / (m1 + m2)
                    b[who + 1].x = b[who].x
                    bead_hits += 1
        for i in range(n):
            kinetic += 0.5 * b[i].m * (b[i].v * b[i].v)
        for i in range(n):
            momentum += b[i].m * b[i].v
        return (bead_hits, wall_hits, kinetic, momentum, [b[i].x for i in range(n if n < 6 else 6)])
    finally:
        free(b)
