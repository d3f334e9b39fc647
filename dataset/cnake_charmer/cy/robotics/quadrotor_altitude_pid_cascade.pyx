# cython: language_level=3
"""Cascaded PID altitude control of a quadrotor — controller structs updated by pointer.

Each loop is a ``Pid`` C struct advanced by a nogil inline function that writes its
saturation flag through a ``bint *`` out-parameter, replacing a dataclass method that
returns a tuple. Plant, gust generator and scoring are typed doubles in one nogil
loop, with the same operation order as the Python simulation.

Keywords: robotics, pid, cascade control, quadrotor, altitude hold, anti-windup, feedback control
"""

import cython
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pid:
    double kp
    double ki
    double kd
    double low
    double high
    double integral
    double previous


cdef inline Pid make_pid(double kp, double ki, double kd, double low, double high) noexcept nogil:
    cdef Pid p
    p.kp = kp
    p.ki = ki
    p.kd = kd
    p.low = low
    p.high = high
    p.integral = 0.0
    p.previous = 0.0
    return p


@cython.cdivision(True)
cdef inline double pid_update(Pid *p, double error, double dt, bint *saturated) noexcept nogil:
    cdef double derivative = (error - p.previous) / dt
    cdef double candidate, output
    p.previous = error
    candidate = p.integral + error * dt
    output = p.kp * error + p.ki * candidate + p.kd * derivative
    if output > p.high:
        saturated[0] = True
        return p.high
    if output < p.low:
        saturated[0] = True
        return p.low
    p.integral = candidate
    saturated[0] = False
    return output


@cython_benchmark(args=(40, 4000, 8))
@cython.cdivision(True)
def quadrotor_altitude_pid_cascade(int segments, int steps_per_segment, long long seed):
    """Return (settle steps, unsettled segments, worst overshoot, saturated steps, IAE, final state)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef Pid outer = make_pid(1.8, 0.05, 0.2, -3.0, 3.0)
    cdef Pid inner = make_pid(6.0, 4.0, 0.02, 0.0, 30.0)
    cdef double dt = 0.002, outer_dt = 0.002 * 5
    cdef double altitude = 0.0, velocity = 0.0, thrust = 1.2 * 9.81, climb_setpoint = 0.0, command
    cdef double worst_overshoot = 0.0, iae = 0.0, gust = 0.0, setpoint = 0.0, previous_setpoint
    cdef double overshoot, error, accel, beyond
    cdef int seg, step, settled_at, settle_total = 0, unsettled = 0, saturated = 0
    cdef bint rising, hit = False
    with nogil:
        for seg in range(segments):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            previous_setpoint = setpoint
            setpoint = 1.0 + 19.0 * (state >> 7) / 16777216.0
            rising = setpoint > previous_setpoint
            settled_at = -1
            overshoot = 0.0
            for step in range(steps_per_segment):
                error = setpoint - altitude
                if step % 5 == 0:
                    climb_setpoint = pid_update(&outer, error, outer_dt, &hit)
                    saturated += hit
                command = pid_update(&inner, climb_setpoint - velocity, dt, &hit)
                saturated += hit

                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                gust = 0.995 * gust + 0.02 * ((state >> 7) / 16777216.0 - 0.5)
                thrust += (command - thrust) * dt / 0.04
                accel = (thrust - 0.35 * velocity * fabs(velocity) + gust) / 1.2 - 9.81
                velocity += accel * dt
                altitude += velocity * dt
                if altitude < 0.0:
                    altitude = 0.0
                    if velocity < 0.0:
                        velocity = 0.0

                error = setpoint - altitude
                iae += fabs(error) * dt
                beyond = altitude - setpoint if rising else setpoint - altitude
                if beyond > overshoot:
                    overshoot = beyond
                if fabs(error) <= 0.02 * setpoint:
                    if settled_at < 0:
                        settled_at = step
                else:
                    settled_at = -1
            if settled_at < 0:
                unsettled += 1
            else:
                settle_total += settled_at
            if overshoot > worst_overshoot:
                worst_overshoot = overshoot
    return (settle_total, unsettled, worst_overshoot, saturated, iae, (altitude, velocity, thrust))
