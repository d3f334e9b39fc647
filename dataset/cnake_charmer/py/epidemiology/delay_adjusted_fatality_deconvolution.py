"""Case fatality ratio corrected for onset-to-death delay, and death-curve deconvolution.

Daily symptomatic cases follow a seeded noisy epidemic wave; each day's deaths are the
earlier cases weighted by a discretised onset-to-death delay distribution times the
true fatality ratio (with rounding noise). The naive CFR (cumulative deaths over
cumulative cases) is biased low during growth; the delay-adjusted estimator divides
by cases convolved with the delay distribution. Finally, Richardson-Lucy iterations
deconvolve the death series back into an estimated curve of fatal onsets, whose peak
should line up with the case peak.

Keywords: epidemiology, case fatality ratio, reporting delay, deconvolution, richardson-lucy, convolution, right censoring, mortality
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark


def delay_distribution(length: int, mean: float, sd: float) -> List[float]:
    mu = math.log(mean * mean / math.sqrt(sd * sd + mean * mean))
    sigma = math.sqrt(math.log(1.0 + sd * sd / (mean * mean)))
    weights = []
    for d in range(length):
        x = d + 0.5
        z = math.log(x) - mu
        weights.append(math.exp(-(z * z) / (2.0 * sigma * sigma)) / x)
    total = 0.0
    for w in weights:
        total += w
    return [w / total for w in weights]


@python_benchmark(args=(400, 40, 60, 19), cases=[(0, 10, 5, 1), (1, 5, 3, 2), (50, 1, 0, 3), (120, 20, 10, 4)])
def delay_adjusted_fatality_deconvolution(days: int, max_delay: int, iterations: int, seed: int):
    """Return (naive CFR every 20 days, adjusted CFR every 20 days, case peak day, deconvolved peak day, residual)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    true_cfr = 0.03
    delay = delay_distribution(max_delay, 14.0, 7.0)
    cases = []
    for t in range(days):
        offset, width = t - days * 0.4, days * 0.12 + 1.0
        wave = 3000.0 * math.exp(-(offset * offset) / (2.0 * (width * width)))
        cases.append(int(wave * (0.85 + 0.3 * uniform())))
    deaths = []
    for t in range(days):
        expected = 0.0
        for d in range(min(t, max_delay - 1) + 1):
            expected += cases[t - d] * delay[d]
        deaths.append(int(true_cfr * expected + uniform()))
    naive, adjusted = [], []
    cum_cases, cum_deaths, cum_known = 0.0, 0.0, 0.0
    for t in range(days):
        cum_cases += cases[t]
        cum_deaths += deaths[t]
        known = 0.0
        for d in range(min(t, max_delay - 1) + 1):
            known += cases[t - d] * delay[d]
        cum_known += known
        if t % 20 == 19:
            naive.append(round(cum_deaths / cum_cases, 9) if cum_cases > 0 else 0.0)
            adjusted.append(round(cum_deaths / cum_known, 9) if cum_known > 0 else 0.0)
    estimate = [max(d, 1.0) for d in deaths]
    for _ in range(iterations):
        blurred = []
        for t in range(days):
            value = 0.0
            for d in range(min(t, max_delay - 1) + 1):
                value += estimate[t - d] * delay[d]
            blurred.append(value)
        updated = []
        for s in range(days):
            correction, weight = 0.0, 0.0
            for d in range(min(days - 1 - s, max_delay - 1) + 1):
                if blurred[s + d] > 0.0:
                    correction += delay[d] * deaths[s + d] / blurred[s + d]
                weight += delay[d]
            updated.append(estimate[s] * correction / weight if weight > 0.0 else estimate[s])
        estimate = updated
    case_peak = max(range(days), key=lambda t: (cases[t], -t), default=-1)
    onset_peak = max(range(days), key=lambda t: (estimate[t], -t), default=-1)
    residual = 0.0
    for t in range(days):
        value = 0.0
        for d in range(min(t, max_delay - 1) + 1):
            value += estimate[t - d] * delay[d]
        residual += abs(value - deaths[t])
    return (naive, adjusted, case_peak, onset_peak, residual)
