"""Newton's method on a batch of depressed cubics x^3 + a*x + b = 0.

With a > 0 each cubic is strictly increasing and has exactly one real root, so Newton
from x = 0 always converges. The coefficients come from a seeded LCG; the result holds
the total iteration count, the sum of roots and the first few roots.

Keywords: root finding, newton raphson, cubic equation, iteration
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _coefficients(count: int, seed: int) -> List[Tuple[float, float]]:
    state = seed
    coeffs = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = 0.5 + state / 0x7FFFFFFF * 9.5
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = (state / 0x7FFFFFFF - 0.5) * 200.0
        coeffs.append((a, b))
    return coeffs


@python_benchmark(args=(25000,), cases=[(0,), (1,), (5,), (100,)])
def newton_cubic_roots(count: int) -> Tuple[int, float, List[float]]:
    """Solve count random cubics; return (iterations, sum of roots, first roots)."""
    roots = []
    total_iters = 0
    for a, b in _coefficients(count, 42):
        x = 0.0
        for it in range(1, 101):
            step = (x * x * x + a * x + b) / (3.0 * x * x + a)
            x -= step
            if abs(step) < 1e-12:
                break
        total_iters += it
        roots.append(x)
    return total_iters, sum(roots, 0.0), roots[:6]
