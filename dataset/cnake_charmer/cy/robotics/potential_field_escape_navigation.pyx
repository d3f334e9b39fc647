# cython: language_level=3
"""Potential field navigation with local-minimum escapes — struct-returning inline gradient.

Obstacles are a malloc'd array of ``Disc`` structs; the field evaluation is a nogil
cdef function returning a ``Force`` struct (force vector and clearance) instead of a
Python tuple, run outcomes are a C ``enum``, and each robot's descent, stall test and
random-walk escape run on typed doubles with libc math.

Keywords: robotics, potential field, navigation, local minimum, gradient descent, obstacle avoidance
"""

import cython
from libc.math cimport sqrt, cos, sin, M_PI, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Outcome:
    RUNNING
    REACHED
    GAVE_UP
    COLLIDED


cdef struct Disc:
    double x
    double y
    double r


cdef struct Force:
    double fx
    double fy
    double clearance


cdef double GX = 90.0
cdef double GY = 50.0


cdef inline double uniform(unsigned int *state) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 7) / 16777216.0


cdef inline double goal_distance(double x, double y) noexcept nogil:
    return sqrt((GX - x) * (GX - x) + (GY - y) * (GY - y))


@cython.cdivision(True)
cdef Force field(double x, double y, const Disc *discs, int n) noexcept nogil:
    cdef Force f
    cdef double dx, dy, centre, d, push
    cdef int k
    f.fx = 0.05 * (GX - x)
    f.fy = 0.05 * (GY - y)
    f.clearance = INFINITY
    for k in range(n):
        dx = x - discs[k].x
        dy = y - discs[k].y
        centre = sqrt(dx * dx + dy * dy)
        d = centre - discs[k].r
        if d < f.clearance:
            f.clearance = d
        if 0.0 < d < 6.0:
            push = 40.0 * (1.0 / d - 1.0 / 6.0) / (d * d)
            f.fx += push * dx / centre
            f.fy += push * dy / centre
    return f


@cython_benchmark(args=(80, 25, 600, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def potential_field_escape_navigation(int robots, int obstacles, int max_steps, long long seed):
    """Return (reached, gave up, collided, total steps, escapes, final position checksum)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef Disc *discs = <Disc *>malloc((obstacles + 1) * sizeof(Disc))
    cdef Disc disc
    cdef Force f
    cdef Outcome outcome
    cdef int count = 0, robot, step, e, escapes
    cdef int reached = 0, gave_up = 0, collided = 0, total_steps = 0, escapes_used = 0
    cdef double x, y, last_check, remaining, norm, angle, checksum = 0.0
    if discs == NULL:
        raise MemoryError()
    try:
        with nogil:
            while count < obstacles:
                disc.x = 20.0 + uniform(&state) * 60.0
                disc.y = uniform(&state) * 100.0
                disc.r = 1.5 + uniform(&state) * 5.0
                if goal_distance(disc.x, disc.y) > disc.r + 3.0:
                    discs[count] = disc
                    count += 1
            for robot in range(robots):
                x = 2.0
                y = 100.0 * (robot + 0.5) / robots
                escapes = 0
                last_check = goal_distance(x, y)
                outcome = RUNNING
                for step in range(1, max_steps + 1):
                    f = field(x, y, discs, count)
                    if f.clearance <= 0.0:
                        outcome = COLLIDED
                        break
                    norm = sqrt(f.fx * f.fx + f.fy * f.fy)
                    if norm > 0.5:
                        f.fx = f.fx / norm * 0.5
                        f.fy = f.fy / norm * 0.5
                    x += f.fx
                    y += f.fy
                    total_steps += 1
                    remaining = goal_distance(x, y)
                    if remaining < 0.5:
                        outcome = REACHED
                        break
                    if step % 20 == 0:
                        if last_check - remaining < 0.2:
                            if escapes == 3:
                                outcome = GAVE_UP
                                break
                            escapes += 1
                            for e in range(15):
                                angle = uniform(&state) * 2.0 * M_PI
                                x += 0.5 * cos(angle)
                                y += 0.5 * sin(angle)
                        last_check = goal_distance(x, y)
                if outcome == REACHED:
                    reached += 1
                elif outcome == GAVE_UP:
                    gave_up += 1
                elif outcome == COLLIDED:
                    collided += 1
                escapes_used += escapes
                checksum += (robot + 1) * (x + 0.5 * y)
    finally:
        free(discs)
    return (reached, gave_up, collided, total_steps, escapes_used, checksum)
