"""Extended Kalman filter localisation of a unicycle robot from range-bearing landmarks.

The robot circles the middle of a 100 x 100 field, steering on its own estimate, through a field of seeded point
landmarks while its true motion is perturbed by control noise. The filter predicts
its (x, y, heading) estimate and 3 x 3 covariance with the linearised motion model,
then fuses every landmark within sensor range one at a time with the linearised
range-bearing measurement model (innovation covariance, Kalman gain, Joseph-free
covariance update).

Keywords: robotics, extended kalman filter, ekf, localisation, landmarks, range bearing, state estimation
"""

import math

from cnake_charmer.benchmarks import python_benchmark

SENSOR_RANGE = 30.0
Q_POS = 0.02
Q_HEADING = 0.001
R_RANGE = 0.25
R_BEARING = 0.0025


class Lcg:
    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def uniform(self) -> float:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0

    def noise(self) -> float:
        return self.uniform() + self.uniform() - 1.0


def _wrap(angle: float) -> float:
    while angle > math.pi:
        angle -= 2.0 * math.pi
    while angle < -math.pi:
        angle += 2.0 * math.pi
    return angle


def _matmul(a: list, b: list) -> list:
    result = []
    for row in a:
        out = []
        for j in range(len(b[0])):
            acc = 0.0
            for k in range(len(b)):
                acc += row[k] * b[k][j]
            out.append(acc)
        result.append(out)
    return result


def _transpose(a: list) -> list:
    return [list(col) for col in zip(*a)]


@python_benchmark(args=(2500, 12, 5), cases=[(50, 0, 1), (0, 6, 2), (80, 4, 3), (200, 20, 4)])
def ekf_landmark_localisation(steps: int, landmarks: int, seed: int) -> tuple:
    """Return (updates fused, final error, mean error, covariance trace, final estimate)."""
    rng = Lcg(seed)
    marks = [(rng.uniform() * 100.0, rng.uniform() * 100.0) for _ in range(landmarks)]
    true_pose = (50.0, 20.0, 0.0)
    mean = [50.0, 20.0, 0.0]
    cov = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.1]]
    updates = 0
    error_total = 0.0
    error = 0.0
    for t in range(steps):
        v = 0.8
        cx, cy = mean[0] - 50.0, mean[1] - 50.0
        w = 0.03 + 0.01 * math.sin(t * 0.01) + 0.003 * (math.sqrt(cx * cx + cy * cy) - 27.0)
        x, y, h = true_pose
        noisy_v = v + 0.05 * rng.noise()
        noisy_w = w + 0.01 * rng.noise()
        true_pose = (x + noisy_v * math.cos(h), y + noisy_v * math.sin(h), _wrap(h + noisy_w))

        x, y, h = mean
        jacobian = [[1.0, 0.0, -v * math.sin(h)], [0.0, 1.0, v * math.cos(h)], [0.0, 0.0, 1.0]]
        mean = [x + v * math.cos(h), y + v * math.sin(h), _wrap(h + w)]
        cov = _matmul(_matmul(jacobian, cov), _transpose(jacobian))
        cov[0][0] += Q_POS
        cov[1][1] += Q_POS
        cov[2][2] += Q_HEADING

        tx, ty, th = true_pose
        for lx, ly in marks:
            true_dx, true_dy = lx - tx, ly - ty
            true_range = math.sqrt(true_dx * true_dx + true_dy * true_dy)
            if true_range > SENSOR_RANGE or true_range < 1e-9:
                continue
            z_range = true_range + 0.5 * rng.noise()
            z_bearing = _wrap(math.atan2(true_dy, true_dx) - th + 0.05 * rng.noise())

            dx, dy = lx - mean[0], ly - mean[1]
            q = dx * dx + dy * dy
            r = math.sqrt(q)
            if r < 1e-9:
                continue
            h_mat = [[-dx / r, -dy / r, 0.0], [dy / q, -dx / q, -1.0]]
            h_t = _transpose(h_mat)
            s = _matmul(_matmul(h_mat, cov), h_t)
            s[0][0] += R_RANGE
            s[1][1] += R_BEARING
            det = s[0][0] * s[1][1] - s[0][1] * s[1][0]
            s_inv = [[s[1][1] / det, -s[0][1] / det], [-s[1][0] / det, s[0][0] / det]]
            gain = _matmul(_matmul(cov, h_t), s_inv)
            innovation = (z_range - r, _wrap(z_bearing - _wrap(math.atan2(dy, dx) - mean[2])))
            for i in range(3):
                mean[i] += gain[i][0] * innovation[0] + gain[i][1] * innovation[1]
            mean[2] = _wrap(mean[2])
            kh = _matmul(gain, h_mat)
            reduce = [[(1.0 if i == j else 0.0) - kh[i][j] for j in range(3)] for i in range(3)]
            cov = _matmul(reduce, cov)
            updates += 1

        error = math.sqrt((mean[0] - tx) * (mean[0] - tx) + (mean[1] - ty) * (mean[1] - ty))
        error_total += error

    trace = cov[0][0] + cov[1][1] + cov[2][2]
    return (updates, error, error_total / steps if steps else 0.0, trace, tuple(mean))
