# cython: language_level=3
"""Differential-drive dead reckoning with slip — pose structs returned by value from inline steps.

True and estimated poses are ``Pose`` structs; the exact-arc and midpoint updates
are nogil inline functions taking and returning structs, encoder counts are C
``long long`` ticks from libc ``floor``, and the 120 000-step loop runs without the
GIL or any per-step tuple allocation.

Keywords: robotics, odometry, differential drive, dead reckoning, wheel encoders, slip, kinematics
"""

import cython
from libc.math cimport sqrt, sin, cos, atan2, floor, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pose:
    double x
    double y
    double h


cdef inline double draw(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


@cython.cdivision(True)
cdef inline Pose arc_step(Pose p, double left, double right) noexcept nogil:
    cdef double ds = 0.5 * (left + right)
    cdef double dh = (right - left) / 0.3
    cdef double radius
    cdef Pose out
    if fabs(dh) < 1e-12:
        out.x = p.x + ds * cos(p.h)
        out.y = p.y + ds * sin(p.h)
        out.h = p.h
        return out
    radius = ds / dh
    out.x = p.x + radius * (sin(p.h + dh) - sin(p.h))
    out.y = p.y - radius * (cos(p.h + dh) - cos(p.h))
    out.h = p.h + dh
    return out


@cython.cdivision(True)
cdef inline Pose midpoint_step(Pose p, double left, double right) noexcept nogil:
    cdef double ds = 0.5 * (left + right)
    cdef double dh = (right - left) / 0.3
    cdef double mid = p.h + 0.5 * dh
    cdef Pose out
    out.x = p.x + ds * cos(mid)
    out.y = p.y + ds * sin(mid)
    out.h = p.h + dh
    return out


@cython_benchmark(args=(120, 1000, 4))
@cython.cdivision(True)
def diff_drive_odometry_slip(int segments, int steps_per_segment, long long seed):
    """Return (final drift, max drift, heading error, slip steps, ticks (left, right), true pose)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double tick = 2.0 * M_PI * 0.05 / 512
    cdef Pose truth, estimate
    cdef double wheel_left = 0.0, wheel_right = 0.0, worst = 0.0, speed, turn
    cdef double left_speed, right_speed, turned_left, turned_right, rolled_left, rolled_right, dx, dy, d
    cdef long long ticks_left = 0, ticks_right = 0, new_left, new_right
    cdef int seg, step, slip_steps = 0
    cdef bint slippery
    truth.x = truth.y = truth.h = 0.0
    estimate.x = estimate.y = estimate.h = 0.0
    with nogil:
        for seg in range(segments):
            speed = 0.2 + 0.8 * draw(&state)
            turn = 2.0 * draw(&state) - 1.0
            slippery = draw(&state) < 0.3
            left_speed = speed - turn * 0.3 / 2.0
            right_speed = speed + turn * 0.3 / 2.0
            for step in range(steps_per_segment):
                turned_left = left_speed * 0.01
                turned_right = right_speed * 0.01
                rolled_left = turned_left
                rolled_right = turned_right
                if slippery:
                    slip_steps += 1
                    rolled_left = turned_left * (1.0 - 0.08 * draw(&state))
                    rolled_right = turned_right * (1.0 - 0.08 * draw(&state))
                truth = arc_step(truth, rolled_left, rolled_right)

                wheel_left += turned_left
                wheel_right += turned_right
                new_left = <long long>floor(wheel_left / tick)
                new_right = <long long>floor(wheel_right / tick)
                estimate = midpoint_step(estimate, <double>(new_left - ticks_left) * tick,
                                         <double>(new_right - ticks_right) * tick)
                ticks_left = new_left
                ticks_right = new_right

                dx = estimate.x - truth.x
                dy = estimate.y - truth.y
                d = sqrt(dx * dx + dy * dy)
                if d > worst:
                    worst = d
    dx = estimate.x - truth.x
    dy = estimate.y - truth.y
    return (sqrt(dx * dx + dy * dy), worst,
            atan2(sin(estimate.h - truth.h), cos(estimate.h - truth.h)),
            slip_steps, (ticks_left, ticks_right), (truth.x, truth.y, truth.h))
