"""Time-varying reproduction number estimated from daily incidence with the renewal equation.

Synthetic case counts are generated from the renewal equation I_t ~ R_t * sum_s w_s I_{t-s}
with a discretised serial interval w and a true R_t that switches between growth,
control and resurgence, plus seeded multiplicative reporting noise and a daily testing
capacity of 50000 reported cases. The estimator
(Cori-style) then slides a window of tau days and uses the conjugate gamma posterior:
mean (a + sum I) / (1/b + sum Lambda), where Lambda_t is the infection pressure. The result
compares estimate and truth: sampled posterior means and standard deviations, the mean
absolute error and the first day the estimate drops below 1.

Keywords: epidemiology, reproduction number, rt, renewal equation, serial interval, bayesian, gamma posterior, incidence
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark


def serial_interval(mean: float, sd: float, length: int) -> List[float]:
    ratio = mean / sd
    shape = ratio * ratio
    scale = sd * sd / mean
    weights = [0.0]
    for s in range(1, length):
        weights.append((s ** (shape - 1.0)) * math.exp(-s / scale))
    total = 0.0
    for w in weights:
        total += w
    return [w / total for w in weights]


def true_r(day: int) -> float:
    phase = (day // 60) % 3
    return (1.5, 0.65, 1.2)[phase] + 0.1 * math.sin(day / 9.0)


@python_benchmark(args=(24000, 40, 7, 13), cases=[(0, 20, 7, 1), (1, 20, 7, 2), (30, 10, 1, 3), (200, 25, 14, 4)])
def renewal_equation_rt_estimation(days: int, si_length: int, window: int, seed: int):
    """Return (posterior means every 100 days, posterior sds every 100 days, mean abs error, first day below 1)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    w = serial_interval(5.2, 2.8, si_length)
    cases: List[int] = []
    pressure: List[float] = []
    for t in range(days):
        lam = 0.0
        for s in range(1, min(t, si_length - 1) + 1):
            lam += w[s] * cases[t - s]
        pressure.append(lam)
        if t < 3:
            cases.append(20)
        else:
            expected = true_r(t) * lam
            noisy = int(expected * (0.8 + 0.4 * uniform()) + uniform())
            cases.append(min(noisy, 50000))
    prior_a, prior_b = 1.0, 5.0
    means, sds = [], []
    abs_error, counted, first_below = 0.0, 0, -1
    for t in range(window, days):
        cases_sum, pressure_sum = 0.0, 0.0
        for s in range(t - window + 1, t + 1):
            cases_sum += cases[s]
            pressure_sum += pressure[s]
        a = prior_a + cases_sum
        rate = 1.0 / prior_b + pressure_sum
        mean = a / rate
        sd = math.sqrt(a) / rate
        abs_error += abs(mean - true_r(t))
        counted += 1
        if first_below < 0 and t > 60 and mean < 1.0:
            first_below = t
        if t % 100 == 0:
            means.append(round(mean, 9))
            sds.append(round(sd, 9))
    mae = abs_error / counted if counted else 0.0
    return (means, sds, mae, first_below)
