"""Golden-section search for the minima of a family of tilted wells.

Each function f(x) = (x - c)^2 + a sin(b x) on [c - 2, c + 2] is minimised by
golden-section search until the bracket is narrower than 1e-10. The parameters (a, b,
c) come from an LCG. Returns the minimisers' sum, the minimum values' sum, the total
number of evaluations and a few sampled minimisers.

Keywords: optimisation, golden section search, unimodal minimisation, bracketing
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

INV_PHI = (math.sqrt(5.0) - 1.0) / 2.0


@python_benchmark(args=(4000,), cases=[(0,), (1,), (2,), (25,)])
def golden_section_minimize_batch(count: int) -> Tuple[float, float, int, List[float]]:
    """Minimise count random tilted wells; return summary statistics."""
    state = 2024
    arg_sum = 0.0
    val_sum = 0.0
    evaluations = 0
    samples = []
    for k in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = 0.1 + 0.3 * state / 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = 0.5 + 2.0 * state / 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = -5.0 + 10.0 * state / 0x7FFFFFFF

        def f(x: float) -> float:
            return (x - c) * (x - c) + a * math.sin(b * x)

        lo, hi = c - 2.0, c + 2.0
        x1 = hi - INV_PHI * (hi - lo)
        x2 = lo + INV_PHI * (hi - lo)
        f1, f2 = f(x1), f(x2)
        evaluations += 2
        while hi - lo > 1e-10:
            if f1 < f2:
                hi, x2, f2 = x2, x1, f1
                x1 = hi - INV_PHI * (hi - lo)
                f1 = f(x1)
            else:
                lo, x1, f1 = x1, x2, f2
                x2 = lo + INV_PHI * (hi - lo)
                f2 = f(x2)
            evaluations += 1
        best = 0.5 * (lo + hi)
        arg_sum += best
        val_sum += f(best)
        if k % 500 == 0:
            samples.append(best)
    return arg_sum, val_sum, evaluations, samples
