# cython: language_level=3
"""Swarm formation consensus over a lossy graph — agent structs and edge arrays in C.

Each robot is an ``Agent`` struct (position, formation slot, velocity accumulator)
in one malloc'd array, the communication graph is a pair of int arrays, and the
consensus, all-pairs repulsion, speed saturation and formation-error passes run in
nogil loops over those arrays instead of lists of tuples and nested lists.

Keywords: robotics, swarm, multi-robot, consensus, formation control, distributed control, collision avoidance
"""

import cython
from libc.math cimport sqrt, sin, cos, M_PI, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Agent:
    double x
    double y
    double sx
    double sy
    double vx
    double vy


cdef inline int below(unsigned int *s, int k) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((s[0] >> 16) % <unsigned int>k)


@cython.cdivision(True)
cdef double formation_error(const Agent *a, int n) noexcept nogil:
    cdef double mx = 0.0, my = 0.0, worst = 0.0, ex, ey, d
    cdef int i
    for i in range(n):
        mx += a[i].x - a[i].sx
        my += a[i].y - a[i].sy
    mx /= n
    my /= n
    for i in range(n):
        ex = a[i].x - a[i].sx - mx
        ey = a[i].y - a[i].sy - my
        d = sqrt(ex * ex + ey * ey)
        if d > worst:
            worst = d
    return worst


@cython_benchmark(args=(30, 14, 2000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def swarm_formation_consensus(int robots, int chords, int max_steps, long long seed):
    """Return (converged step or -1, steps run, dropped links, min separation, final error, centroid)."""
    if robots == 0:
        return (-1, 0, 0, -1.0, 0.0, (0.0, 0.0))
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int n = robots
    cdef Agent *ag = <Agent *>malloc(n * sizeof(Agent))
    cdef int *ea = <int *>malloc((n + chords) * sizeof(int))
    cdef int *eb = <int *>malloc((n + chords) * sizeof(int))
    cdef int m = 0, i, j, e, a, b, dropped = 0, converged = -1, steps = 0
    cdef double closest = INFINITY, error, dx, dy, d, push, speed, cx = 0.0, cy = 0.0
    if not (ag and ea and eb):
        free(ag); free(ea); free(eb)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                ag[i].sx = 8.0 * cos(2.0 * M_PI * i / n)
                ag[i].sy = 8.0 * sin(2.0 * M_PI * i / n)
            for i in range(n):
                ag[i].x = below(&state, 4000) / 100.0
                ag[i].y = below(&state, 4000) / 100.0
            if n > 1:
                for i in range(n):
                    ea[m] = i
                    eb[m] = (i + 1) % n
                    m += 1
            for e in range(chords):
                a = below(&state, n)
                b = below(&state, n)
                if a != b:
                    ea[m] = a
                    eb[m] = b
                    m += 1
            error = formation_error(ag, n)
            while steps < max_steps:
                if error < 0.05:
                    converged = steps
                    break
                for i in range(n):
                    ag[i].vx = 0.0
                    ag[i].vy = 0.0
                for e in range(m):
                    if below(&state, 100) < 20:
                        dropped += 1
                        continue
                    a = ea[e]
                    b = eb[e]
                    dx = (ag[b].x - ag[b].sx) - (ag[a].x - ag[a].sx)
                    dy = (ag[b].y - ag[b].sy) - (ag[a].y - ag[a].sy)
                    ag[a].vx += 0.4 * dx
                    ag[a].vy += 0.4 * dy
                    ag[b].vx -= 0.4 * dx
                    ag[b].vy -= 0.4 * dy
                for i in range(n):
                    for j in range(n):
                        if i == j:
                            continue
                        dx = ag[i].x - ag[j].x
                        dy = ag[i].y - ag[j].y
                        d = sqrt(dx * dx + dy * dy)
                        if i < j and d < closest:
                            closest = d
                        if 1e-12 < d < 1.0:
                            push = 1.5 * (1.0 - d) / d
                            ag[i].vx += push * dx
                            ag[i].vy += push * dy
                for i in range(n):
                    speed = sqrt(ag[i].vx * ag[i].vx + ag[i].vy * ag[i].vy)
                    if speed > 2.0:
                        ag[i].vx = ag[i].vx / speed * 2.0
                        ag[i].vy = ag[i].vy / speed * 2.0
                    ag[i].x = ag[i].x + ag[i].vx * 0.1
                    ag[i].y = ag[i].y + ag[i].vy * 0.1
                steps += 1
                error = formation_error(ag, n)
            for i in range(n):
                cx += ag[i].x
                cy += ag[i].y
    finally:
        free(ag); free(ea); free(eb)
    return (converged, steps, dropped, closest if closest < INFINITY else -1.0, error, (cx / n, cy / n))
