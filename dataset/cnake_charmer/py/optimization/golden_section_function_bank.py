"""Golden-section search over a bank of unimodal test functions and shifts.

For every function in a small bank and every shift s in a grid, the minimum of
f(x - s) on [-5, 5] is bracketed by golden-section search to a fixed number of
iterations. The pair returns, per function, the sum of the located minimisers and of
the minimum values, plus the total number of function evaluations.

Keywords: optimization, golden section search, line search, unimodal, derivative free
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BANK = [
    lambda x: (x - 1.0) ** 2 + 0.5,
    lambda x: math.cosh(x) - 1.0,
    lambda x: abs(x) + 0.1 * x * x,
    lambda x: math.log(1.0 + x * x) + 0.05 * x,
]


@python_benchmark(args=(2500, 60), cases=[(0, 10), (1, 1), (5, 20), (3, 0)])
def golden_section_function_bank(shifts: int, iterations: int) -> Tuple[List[float], List[float], int]:
    """Return (sum of minimisers per function, sum of minima per function, evaluations)."""
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    arg_sums = [0.0] * len(BANK)
    val_sums = [0.0] * len(BANK)
    evaluations = 0
    for k, f in enumerate(BANK):
        for s_index in range(shifts):
            s = -2.0 + 4.0 * s_index / max(shifts, 1)
            lo, hi = -5.0, 5.0
            x1 = hi - ratio * (hi - lo)
            x2 = lo + ratio * (hi - lo)
            f1, f2 = f(x1 - s), f(x2 - s)
            evaluations += 2
            for _ in range(iterations):
                if f1 < f2:
                    hi, x2, f2 = x2, x1, f1
                    x1 = hi - ratio * (hi - lo)
                    f1 = f(x1 - s)
                else:
                    lo, x1, f1 = x1, x2, f2
                    x2 = lo + ratio * (hi - lo)
                    f2 = f(x2 - s)
                evaluations += 1
            x = 0.5 * (lo + hi)
            arg_sums[k] += x
            val_sums[k] += f(x - s)
    return arg_sums, val_sums, evaluations
