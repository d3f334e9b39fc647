"""Black-body radiation: integrating Planck's law numerically with Simpson's rule.

For a range of temperatures the spectral radiance B(lambda, T) is integrated over
wavelength with composite Simpson's rule, and the peak wavelength is located on the
grid. The integrals are compared with the Stefan-Boltzmann law, and Wien's constant
lambda_max * T is estimated. Returns the mean relative error, the Wien estimate and
the radiated power of the hottest body.

Keywords: physics, black body, planck law, simpson rule, stefan boltzmann, wien law
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

H = 6.62607015e-34
C = 299792458.0
KB = 1.380649e-23


@python_benchmark(args=(30, 4000), cases=[(1, 10), (2, 2), (3, 50), (0, 100)])
def planck_radiation_integration(temps: int, intervals: int) -> Tuple[float, float, float]:
    """Integrate Planck's law for `temps` temperatures on an even Simpson grid."""
    if temps <= 0 or intervals < 2:
        return (0.0, 0.0, 0.0)
    intervals += intervals % 2
    sigma = 2 * math.pi ** 5 * KB ** 4 / (15 * C ** 2 * H ** 3)
    lo, hi = 5e-8, 1e-4
    h = (hi - lo) / intervals
    err_sum = 0.0
    wien_sum = 0.0
    power = 0.0
    for k in range(temps):
        t = 1000.0 + 8000.0 * k / temps
        total = 0.0
        peak_b, peak_l = 0.0, lo
        for i in range(intervals + 1):
            lam = lo + i * h
            b = 2 * H * C * C / lam ** 5 / (math.exp(H * C / (lam * KB * t)) - 1.0)
            weight = 1 if i == 0 or i == intervals else (4 if i % 2 else 2)
            total += weight * b
            if b > peak_b:
                peak_b, peak_l = b, lam
        integral = total * h / 3 * math.pi
        exact = sigma * t ** 4
        err_sum += abs(integral - exact) / exact
        wien_sum += peak_l * t
        power = integral
    return (err_sum / temps, wien_sum / temps, power)
