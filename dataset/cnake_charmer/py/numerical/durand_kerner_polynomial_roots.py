"""All complex roots of polynomials by the Durand-Kerner (Weierstrass) iteration.

For each of `count` monic polynomials of degree d with LCG integer coefficients, all d
roots are refined simultaneously: z_i <- z_i - p(z_i) / prod_{j != i} (z_i - z_j),
starting from powers of 0.4 + 0.9i, until the largest correction is below 1e-12.
Returns the iteration counts and, per polynomial, the sum of roots (which must equal
minus the next-to-leading coefficient; rounded to 6 places) and the largest root modulus.

Keywords: polynomial roots, durand kerner, weierstrass iteration, complex arithmetic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _horner(coeffs: List[int], z: complex) -> complex:
    value = 0j
    for c in coeffs:
        value = value * z + c
    return value


@python_benchmark(args=(150, 14), cases=[(0, 3), (1, 1), (2, 2), (3, 5)])
def durand_kerner_polynomial_roots(count: int, degree: int) -> Tuple[List[int], List[Tuple[float, float, float]]]:
    """Roots of `count` random monic polynomials of the given degree; return summaries."""
    if degree < 1:
        return [], []
    state = 8888
    iterations = []
    summaries = []
    for _ in range(count):
        coeffs = [1]
        for _ in range(degree):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            coeffs.append(state % 11 - 5)
        roots = [complex(0.4, 0.9) ** k for k in range(degree)]
        used = 0
        for used in range(1, 501):
            biggest = 0.0
            for i in range(degree):
                denom = 1 + 0j
                for j in range(degree):
                    if i != j:
                        denom *= roots[i] - roots[j]
                step = _horner(coeffs, roots[i]) / denom
                roots[i] -= step
                biggest = max(biggest, abs(step))
            if biggest < 1e-12:
                break
        iterations.append(used)
        total = sum(roots, 0j)
        summaries.append((round(total.real, 6), round(total.imag, 6), max(abs(r) for r in roots)))
    return iterations, summaries[:8]
