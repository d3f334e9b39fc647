"""Vapour-liquid coexistence of a van der Waals gas by Maxwell's equal-area construction.

In reduced units the isotherm is P = 8T / (3V - 1) - 3 / V^2. For each subcritical
temperature the saturation pressure is found by bisection: at a trial pressure the
cubic for the volume is solved in closed form (trigonometric roots when there are
three), and the signed area between the isotherm and the horizontal line from the
liquid to the gas root decides the direction. Returns the sampled coexistence curve
(T, p, V_liquid, V_gas), the sum of all saturation pressures and the apparent
Clausius-Clapeyron slope of ln p against 1 / T.

Keywords: chemistry, van der waals, equation of state, maxwell construction, phase coexistence, cubic roots, bisection
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def volume_roots(p: float, t: float) -> List[float]:
    """Real roots of 3p V^3 - (p + 8T) V^2 + 9V - 3 = 0, ascending."""
    a = -(p + 8.0 * t) / (3.0 * p)
    b = 3.0 / p
    c = -1.0 / p
    q = (a * a - 3.0 * b) / 9.0
    r = (2.0 * a * a * a - 9.0 * a * b + 27.0 * c) / 54.0
    if r * r < q * q * q:
        theta = math.acos(r / math.sqrt(q * q * q))
        scale = -2.0 * math.sqrt(q)
        roots = [scale * math.cos((theta + shift) / 3.0) - a / 3.0 for shift in (0.0, 2.0 * math.pi, -2.0 * math.pi)]
        return sorted(roots)
    big = -math.copysign((abs(r) + math.sqrt(r * r - q * q * q)) ** (1.0 / 3.0), r)
    small = q / big if big != 0.0 else 0.0
    return [big + small - a / 3.0]


def equal_area_gap(p: float, t: float) -> Tuple[float, float, float]:
    roots = volume_roots(p, t)
    if len(roots) == 1:
        return (-1.0 if roots[0] < 1.0 else 1.0), roots[0], roots[0]
    liquid, gas = roots[0], roots[2]
    area = (8.0 * t / 3.0) * (math.log(3.0 * gas - 1.0) - math.log(3.0 * liquid - 1.0)) + 3.0 / gas - 3.0 / liquid
    return area - p * (gas - liquid), liquid, gas


@python_benchmark(args=(2000, 0.45), cases=[(0, 0.5), (1, 0.9), (2, 0.6), (7, 0.3)])
def van_der_waals_maxwell_construction(temperatures: int, t_low: float) -> Tuple[List[Tuple[float, float, float, float]], float, float]:
    """Return (sampled (T, p_sat, V_liquid, V_gas), sum of p_sat, ln p vs 1/T slope)."""
    curve = []
    for i in range(temperatures):
        t = t_low + (0.99 - t_low) * i / max(temperatures - 1, 1)
        low, high = 1e-9, 1.0
        liquid = gas = 0.0
        for _ in range(80):
            mid = 0.5 * (low + high)
            gap, liquid, gas = equal_area_gap(mid, t)
            if gap > 0:
                low = mid
            else:
                high = mid
        curve.append((t, 0.5 * (low + high), liquid, gas))
    total = 0.0
    for _, p, _, _ in curve:
        total += p
    slope = 0.0
    if len(curve) > 1:
        (t1, p1, _, _), (t2, p2, _, _) = curve[0], curve[-1]
        slope = (math.log(p2) - math.log(p1)) / (1.0 / t2 - 1.0 / t1)
    step = max(1, len(curve) // 8)
    return (curve[::step], total, slope)
