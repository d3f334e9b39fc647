"""Nelder-Mead simplex minimisation of Himmelblau's function from a grid of starts.

Himmelblau's function has four equal minima. From every start on a grid a
two-dimensional Nelder-Mead search (reflection, expansion, contraction, shrink) runs
for a fixed number of iterations. The pair counts how many starts converge to each
minimum, the total function evaluations and the worst final value.

Keywords: optimization, nelder mead, simplex search, derivative free, himmelblau
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MINIMA = [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)]


def himmelblau(p: Tuple[float, float]) -> float:
    x, y = p
    return (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2


@python_benchmark(args=(18, 120), cases=[(1, 10), (2, 0), (3, 40), (0, 10)])
def nelder_mead_himmelblau(grid: int, iterations: int) -> Tuple[List[int], int, float]:
    """Return (starts reaching each minimum, evaluations, worst final value)."""
    hits = [0, 0, 0, 0]
    evaluations = 0
    worst = 0.0
    for gi in range(grid):
        for gj in range(grid):
            x0 = -5.0 + 10.0 * (gi + 0.5) / grid
            y0 = -5.0 + 10.0 * (gj + 0.5) / grid
            simplex = [(x0, y0), (x0 + 0.5, y0), (x0, y0 + 0.5)]
            values = [himmelblau(p) for p in simplex]
            evaluations += 3
            for _ in range(iterations):
                order = sorted(range(3), key=lambda k: values[k])
                simplex = [simplex[k] for k in order]
                values = [values[k] for k in order]
                cx = (simplex[0][0] + simplex[1][0]) / 2.0
                cy = (simplex[0][1] + simplex[1][1]) / 2.0
                wx, wy = simplex[2]
                reflected = (cx + (cx - wx), cy + (cy - wy))
                fr = himmelblau(reflected)
                evaluations += 1
                if fr < values[0]:
                    expanded = (cx + 2.0 * (cx - wx), cy + 2.0 * (cy - wy))
                    fe = himmelblau(expanded)
                    evaluations += 1
                    simplex[2], values[2] = (expanded, fe) if fe < fr else (reflected, fr)
                elif fr < values[1]:
                    simplex[2], values[2] = reflected, fr
                else:
                    contracted = (cx + 0.5 * (wx - cx), cy + 0.5 * (wy - cy))
                    fc = himmelblau(contracted)
                    evaluations += 1
                    if fc < values[2]:
                        simplex[2], values[2] = contracted, fc
                    else:
                        bx, by = simplex[0]
                        for k in (1, 2):
                            px, py = simplex[k]
                            simplex[k] = (bx + 0.5 * (px - bx), by + 0.5 * (py - by))
                            values[k] = himmelblau(simplex[k])
                        evaluations += 2
            best = min(range(3), key=lambda k: values[k])
            bx, by = simplex[best]
            nearest = min(range(4), key=lambda m: (bx - MINIMA[m][0]) ** 2 + (by - MINIMA[m][1]) ** 2)
            hits[nearest] += 1
            worst = max(worst, values[best])
    return hits, evaluations, worst
