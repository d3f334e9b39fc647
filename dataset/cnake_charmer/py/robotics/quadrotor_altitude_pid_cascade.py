"""Cascaded PID altitude control of a simulated quadrotor with motor lag and gusts.

The vehicle's vertical dynamics include gravity, quadratic drag, a first-order motor
lag and seeded random gusts. A slow outer PID turns altitude error into a clamped
climb-rate setpoint; a fast inner PID turns climb-rate error into a clamped thrust
command, with conditional integration as anti-windup. The altitude setpoint jumps
to a new seeded level at the start of every segment; the result scores the response.

Keywords: robotics, pid, cascade control, quadrotor, altitude hold, anti-windup, feedback control
"""

from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark

DT = 0.002
OUTER_EVERY = 5
MASS = 1.2
GRAVITY = 9.81
DRAG = 0.35
MOTOR_TAU = 0.04
MAX_THRUST = 30.0
MAX_CLIMB = 3.0


@dataclass
class Pid:
    kp: float
    ki: float
    kd: float
    low: float
    high: float
    integral: float = 0.0
    previous: float = 0.0

    def update(self, error: float, dt: float) -> tuple:
        """Return (output, saturated)."""
        derivative = (error - self.previous) / dt
        self.previous = error
        candidate = self.integral + error * dt
        output = self.kp * error + self.ki * candidate + self.kd * derivative
        if output > self.high:
            return self.high, True
        if output < self.low:
            return self.low, True
        self.integral = candidate
        return output, False


@python_benchmark(args=(40, 4000, 8), cases=[(3, 0, 1), (0, 100, 2), (1, 3000, 3), (4, 500, 4)])
def quadrotor_altitude_pid_cascade(segments: int, steps_per_segment: int, seed: int) -> tuple:
    """Return (settle steps, unsettled segments, worst overshoot, saturated steps, IAE, final state)."""
    state = seed & 0x7FFFFFFF
    outer = Pid(1.8, 0.05, 0.2, -MAX_CLIMB, MAX_CLIMB)
    inner = Pid(6.0, 4.0, 0.02, 0.0, MAX_THRUST)
    altitude = velocity = 0.0
    thrust = MASS * GRAVITY
    climb_setpoint = 0.0
    command = thrust
    settle_total = unsettled = saturated = 0
    worst_overshoot = 0.0
    iae = 0.0
    gust = 0.0
    setpoint = 0.0
    for _ in range(segments):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        previous_setpoint = setpoint
        setpoint = 1.0 + 19.0 * (state >> 7) / 16777216.0
        rising = setpoint > previous_setpoint
        settled_at = -1
        overshoot = 0.0
        for step in range(steps_per_segment):
            error = setpoint - altitude
            if step % OUTER_EVERY == 0:
                climb_setpoint, hit = outer.update(error, DT * OUTER_EVERY)
                saturated += hit
            command, hit = inner.update(climb_setpoint - velocity, DT)
            saturated += hit

            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gust = 0.995 * gust + 0.02 * ((state >> 7) / 16777216.0 - 0.5)
            thrust += (command - thrust) * DT / MOTOR_TAU
            accel = (thrust - DRAG * velocity * abs(velocity) + gust) / MASS - GRAVITY
            velocity += accel * DT
            altitude += velocity * DT
            if altitude < 0.0:
                altitude = 0.0
                velocity = max(velocity, 0.0)

            error = setpoint - altitude
            iae += abs(error) * DT
            beyond = altitude - setpoint if rising else setpoint - altitude
            overshoot = max(overshoot, beyond)
            if abs(error) <= 0.02 * setpoint:
                if settled_at < 0:
                    settled_at = step
            else:
                settled_at = -1
        if settled_at < 0:
            unsettled += 1
        else:
            settle_total += settled_at
        worst_overshoot = max(worst_overshoot, overshoot)
    return (settle_total, unsettled, worst_overshoot, saturated, iae, (altitude, velocity, thrust))
