"""Recover Michaelis-Menten constants from noisy rate data with three linearisations.

For each simulated enzyme, initial rates v = Vmax S / (Km + S) are measured at a
geometric series of substrate concentrations with multiplicative noise from a seeded
generator. Vmax and Km are estimated by ordinary least squares on the Lineweaver-Burk
(1/v against 1/S), Hanes-Woolf (S/v against S) and Eadie-Hofstee (v against v/S)
plots. Returns the mean relative error of Km for each method, the number of enzymes
where Hanes-Woolf beats Lineweaver-Burk, and the first fitted (Vmax, Km) triples.

Keywords: chemistry, enzyme kinetics, michaelis-menten, lineweaver-burk, hanes-woolf, eadie-hofstee, least squares
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def fit_line(xs: List[float], ys: List[float]) -> Tuple[float, float]:
    """Least-squares (slope, intercept)."""
    n = len(xs)
    sx = sy = sxx = sxy = 0.0
    for x, y in zip(xs, ys):
        sx += x
        sy += y
        sxx += x * x
        sxy += x * y
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    return slope, (sy - slope * sx) / n


@python_benchmark(args=(6000, 40, 13), cases=[(0, 10, 1), (1, 3, 2), (5, 2, 3), (20, 12, 4)])
def michaelis_menten_linearized_fits(enzymes: int, points: int, seed: int) -> Tuple[List[float], int, List[List[Tuple[float, float]]]]:
    """Return (mean relative Km error per method, Hanes better count, first fits per method)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    errors = [0.0, 0.0, 0.0]
    hanes_better = 0
    samples = []
    for _ in range(enzymes):
        vmax = 1.0 + 9.0 * uniform()
        km = 0.05 + 4.95 * uniform()
        substrate = [km * 0.1 * 1.25 ** i for i in range(points)]
        rates = [vmax * s / (km + s) * (1.0 + 0.04 * (uniform() - 0.5)) for s in substrate]
        slope, intercept = fit_line([1.0 / s for s in substrate], [1.0 / v for v in rates])
        lineweaver = (1.0 / intercept, slope / intercept)
        slope, intercept = fit_line(substrate, [s / v for s, v in zip(substrate, rates)])
        hanes = (1.0 / slope, intercept / slope)
        slope, intercept = fit_line([v / s for s, v in zip(substrate, rates)], rates)
        eadie = (intercept, -slope)
        fits = [lineweaver, hanes, eadie]
        for m, (_, k) in enumerate(fits):
            errors[m] += abs(k - km) / km
        if abs(hanes[1] - km) < abs(lineweaver[1] - km):
            hanes_better += 1
        if len(samples) < 3:
            samples.append(fits)
    mean_errors = [e / enzymes for e in errors] if enzymes else errors
    return (mean_errors, hanes_better, samples)
