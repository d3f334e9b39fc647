"""Internal rate of return of many cash-flow streams by Newton's method.

Each project is an initial outlay followed by LCG-generated yearly inflows. The IRR
solves NPV(r) = 0; Newton iterations start at 10% and stop when the step is tiny. A
project whose inflows never exceed the outlay has no positive IRR and raises
ValueError for the whole batch when `strict` is set; otherwise it is skipped.

Keywords: finance, irr, npv, newton method, capital budgeting, root finding
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def npv_and_slope(rate: float, flows: List[float]) -> Tuple[float, float]:
    npv = slope = 0.0
    factor = 1.0
    for t, cf in enumerate(flows):
        npv += cf / factor
        slope -= t * cf / (factor * (1.0 + rate))
        factor *= 1.0 + rate
    return npv, slope


@python_benchmark(args=(1500, 25, 0, 6), cases=[(0, 5, 0, 1), (1, 1, 0, 2), (20, 8, 1, 3), (30, 3, 1, 4)])
def irr_newton_cashflows(projects: int, years: int, strict: int, seed: int) -> Tuple[int, float, List[float]]:
    """Return (projects solved, sum of IRRs, first few IRRs)."""
    state = seed & 0x7FFFFFFF
    solved, total, first = 0, 0.0, []
    for _ in range(projects):
        flows = [-1000.0]
        for _ in range(years):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            flows.append(float(state % 400))
        if sum(flows) <= 0.0:
            if strict:
                raise ValueError("cash flows have no positive IRR")
            continue
        rate = 0.1
        for _ in range(100):
            npv, slope = npv_and_slope(rate, flows)
            step = npv / slope
            rate -= step
            if abs(step) < 1e-12:
                break
        solved += 1
        total += rate
        if len(first) < 5:
            first.append(rate)
    return solved, total, first
