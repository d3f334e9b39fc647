"""Normalised LMS adaptive filter identifying an unknown FIR system.

A white LCG input drives an unknown FIR "plant" with `taps` coefficients; its output
plus a little noise is the desired signal. An NLMS filter of the same length adapts its
weights sample by sample (step mu divided by input power) to minimise the error.
Returns the learned weights' distance from the plant, the mean squared error of the
last tenth of the run and the first learned weights.

Keywords: adaptive filter, lms, nlms, system identification, gradient descent
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 16), cases=[(0, 4), (10, 1), (100, 0), (500, 5)])
def lms_adaptive_filter(n: int, taps: int) -> Tuple[float, float, List[float]]:
    """Run NLMS for n samples with `taps` weights; return misalignment, late MSE and weights."""
    if taps <= 0:
        return 0.0, 0.0, []
    plant = [((k * 5) % 7 - 3) * 0.25 / (1 + k) for k in range(taps)]
    weights = [0.0] * taps
    history = [0.0] * taps
    mu = 0.5
    state = 1618
    late_err = 0.0
    late_count = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state / 0x7FFFFFFF - 0.5
        history = [x] + history[:-1]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        desired = sum(p * h for p, h in zip(plant, history)) + 0.01 * (state / 0x7FFFFFFF - 0.5)
        estimate = sum(w * h for w, h in zip(weights, history))
        error = desired - estimate
        power = sum(h * h for h in history) + 1e-6
        weights = [w + mu * error * h / power for w, h in zip(weights, history)]
        if i >= n - n // 10:
            late_err += error * error
            late_count += 1
    misalignment = sum((w - p) ** 2 for w, p in zip(weights, plant))
    return misalignment, late_err / late_count if late_count else 0.0, weights[:6]
