"""Seasonally forced SIRS epidemics with waning immunity and detection of the outbreak period.

The transmission rate follows beta(t) = beta0 * (1 + A cos(2 pi t / 365)); immunity wanes
at rate omega and there are births and deaths at rate mu. The ODEs are stepped with
small explicit Euler steps for many years for several forcing amplitudes A. After a
burn-in, daily prevalence is scanned for outbreak peaks (local maxima above a
threshold) and the mean inter-peak interval gives the epidemic period, revealing
annual versus multi-annual (subharmonic) cycles as A changes.

Keywords: epidemiology, sirs, seasonal forcing, waning immunity, periodicity, peak detection, euler method, subharmonic
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def find_peaks(series: List[float], threshold: float) -> List[int]:
    peaks = []
    for d in range(1, len(series) - 1):
        if series[d - 1] < series[d] >= series[d + 1] and series[d] > threshold:
            peaks.append(d)
    return peaks


@python_benchmark(args=(24, 8, 0.9, 3), cases=[(2, 4, 0.5, 0), (0, 4, 0.5, 2), (3, 1, 0.0, 1), (6, 2, 1.2, 3)])
def sirs_seasonal_forcing_periods(years: int, steps_per_day: int, beta0: float, burn_years: int):
    """Return [(amplitude, peak count, mean period in days, max prevalence, min prevalence)] after burn-in."""
    gamma, omega, mu = 1.0 / 7.0, 1.0 / 400.0, 1.0 / (60.0 * 365.0)
    h = 1.0 / steps_per_day
    results = []
    for amplitude in (0.0, 0.1, 0.25, 0.45):
        s, i, r = 0.7, 1e-4, 0.3 - 1e-4
        daily: List[float] = []
        t = 0.0
        for day in range(years * 365):
            for _ in range(steps_per_day):
                beta = beta0 * (1.0 + amplitude * math.cos(2.0 * math.pi * t / 365.0))
                infection = beta * s * i
                ds = mu - infection + omega * r - mu * s
                di = infection - gamma * i - mu * i
                dr = gamma * i - omega * r - mu * r
                s += h * ds
                i += h * di
                r += h * dr
                t += h
            if day >= burn_years * 365:
                daily.append(i)
        peaks = find_peaks(daily, 1e-5)
        if len(peaks) > 1:
            period = (peaks[-1] - peaks[0]) / (len(peaks) - 1)
        else:
            period = 0.0
        high = max(daily, default=0.0)
        low = min(daily, default=0.0)
        results.append((amplitude, len(peaks), round(period, 9), round(high, 12), round(low, 12)))
    return results
