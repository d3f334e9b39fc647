# cython: language_level=3
"""Pure pursuit tracking with a kinematic bicycle — vehicle state struct updated through a pointer.

Waypoints are an array of ``Waypoint`` structs and the car is a ``Car`` struct that a
nogil cdef function advances in place; lookahead search and the windowed nearest
waypoint scan work on the C array with libc trig, replacing tuple unpacking and
Python float boxing in the 40 000-step control loop.

Keywords: robotics, pure pursuit, path tracking, bicycle model, lookahead, steering control
"""

import cython
from libc.math cimport sqrt, sin, cos, tan, atan2, M_PI, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Waypoint:
    double x
    double y


cdef struct Car:
    double x
    double y
    double yaw
    double speed


cdef inline double gap(const Waypoint *p, double x, double y) noexcept nogil:
    return sqrt((p.x - x) * (p.x - x) + (p.y - y) * (p.y - y))


cdef inline void advance(Car *car, double steer) noexcept nogil:
    cdef double accel = 1.5 * (6.0 - car.speed)
    car.x += car.speed * cos(car.yaw) * 0.05
    car.y += car.speed * sin(car.yaw) * 0.05
    car.yaw += car.speed / 2.5 * tan(steer) * 0.05
    car.speed += accel * 0.05


@cython_benchmark(args=(12000, 40000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pure_pursuit_path_tracking(int waypoints, int max_steps, long long seed):
    """Return (steps, finished, target index, max cross-track, mean cross-track, final pose)."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double amp[3]
    cdef double wavelength[3]
    cdef Waypoint *path = <Waypoint *>malloc((waypoints + 1) * sizeof(Waypoint))
    cdef Car car
    cdef int i, k, target = 0, nearest = 0, steps = 0, hi
    cdef bint finished = waypoints == 0
    cdef double lookahead, alpha, steer, best, d, worst = 0.0, total = 0.0, px
    if path == NULL:
        raise MemoryError()
    try:
        for k in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            amp[k] = 1.0 + 6.0 * (state >> 7) / 16777216.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            wavelength[k] = 30.0 + 90.0 * (state >> 7) / 16777216.0
        with nogil:
            for i in range(waypoints):
                px = 0.5 * i
                path[i].x = px
                path[i].y = 0.0
                for k in range(3):
                    path[i].y += amp[k] * sin(2.0 * M_PI * px / wavelength[k])
            car.x = 0.0
            car.y = 0.0
            car.yaw = 0.0
            car.speed = 0.0
            while steps < max_steps and not finished:
                lookahead = 0.4 * car.speed + 2.0
                while target < waypoints - 1:
                    if gap(&path[target], car.x, car.y) >= lookahead:
                        break
                    target += 1
                alpha = atan2(path[target].y - car.y, path[target].x - car.x) - car.yaw
                steer = atan2(2.0 * 2.5 * sin(alpha), lookahead)
                if steer > 0.6:
                    steer = 0.6
                if steer < -0.6:
                    steer = -0.6
                advance(&car, steer)
                steps += 1

                best = INFINITY
                hi = nearest + 40
                if hi > waypoints:
                    hi = waypoints
                for i in range(nearest, hi):
                    d = gap(&path[i], car.x, car.y)
                    if d < best:
                        best = d
                        nearest = i
                if best > worst:
                    worst = best
                total += best
                if target == waypoints - 1 and gap(&path[waypoints - 1], car.x, car.y) < 1.0:
                    finished = True
    finally:
        free(path)
    return (steps, finished, target, worst, total / steps if steps else 0.0, (car.x, car.y, car.yaw))
