"""Constant-velocity Kalman filter tracking a manoeuvring target from noisy positions.

A 1-D target moves with piecewise-constant acceleration; positions are observed with
LCG noise. A two-state (position, velocity) Kalman filter with process noise q and
measurement noise r predicts and updates each step, keeping the 2x2 covariance
explicitly. Returns the RMS errors of raw measurements and filtered estimates, the
final state, the final covariance and the steady-state gain.

Keywords: kalman filter, state estimation, tracking, covariance, constant velocity model
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(0,), (1,), (2,), (100,)])
def kalman_filter_tracking(n: int) -> Tuple[float, float, List[float], List[float], List[float]]:
    """Filter n noisy position readings; return error RMS values, state, covariance and gain."""
    dt = 0.1
    q = 0.05
    r = 4.0
    state = 2020
    true_pos = 0.0
    true_vel = 1.0
    x = [0.0, 0.0]
    p = [[100.0, 0.0], [0.0, 100.0]]
    gain = [0.0, 0.0]
    raw_err = 0.0
    filt_err = 0.0
    for i in range(n):
        accel = 0.5 if (i // 500) % 3 == 0 else (-0.4 if (i // 500) % 3 == 1 else 0.0)
        true_vel += accel * dt
        true_pos += true_vel * dt
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        z = true_pos + 4.0 * (state / 0x7FFFFFFF - 0.5) * math.sqrt(3.0)
        # predict
        x = [x[0] + dt * x[1], x[1]]
        p00 = p[0][0] + dt * (p[1][0] + p[0][1]) + dt * dt * p[1][1] + q * dt ** 4 / 4
        p01 = p[0][1] + dt * p[1][1] + q * dt ** 3 / 2
        p10 = p[1][0] + dt * p[1][1] + q * dt ** 3 / 2
        p11 = p[1][1] + q * dt * dt
        # update
        s = p00 + r
        gain = [p00 / s, p10 / s]
        innovation = z - x[0]
        x = [x[0] + gain[0] * innovation, x[1] + gain[1] * innovation]
        p = [[(1 - gain[0]) * p00, (1 - gain[0]) * p01],
             [p10 - gain[1] * p00, p11 - gain[1] * p01]]
        raw_err += (z - true_pos) ** 2
        filt_err += (x[0] - true_pos) ** 2
    if n == 0:
        return 0.0, 0.0, x, [p[0][0], p[0][1], p[1][0], p[1][1]], gain
    return (math.sqrt(raw_err / n), math.sqrt(filt_err / n), x,
            [p[0][0], p[0][1], p[1][0], p[1][1]], gain)
