"""Titration curves of generated polyprotic acids with NaOH by solving the charge balance.

Each acid has one to three pKa values and a random concentration. For every added
volume of base the proton concentration is found by bisection on pH so that
[H+] + [Na+] = [OH-] + sum j C alpha_j, with the speciation fractions alpha_j built
from the dissociation constants. Returns, for each acid, its pKa values, the initial pH,
the pH at each equivalence point, the volume of the steepest rise, the fraction of the
fully protonated form at the first half-equivalence and the sum of all curve pH values.

Keywords: chemistry, acid-base, titration, charge balance, bisection, pka, speciation, equilibrium
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

KW = 1e-14
BASE = 0.1
V0 = 25.0


def fractions_of(h: float, kas: List[float]) -> List[float]:
    """Speciation fractions alpha_0..alpha_n of an acid with dissociation constants kas."""
    n = len(kas)
    terms = []
    product = 1.0
    for j in range(n + 1):
        terms.append(h ** (n - j) * product)
        if j < n:
            product *= kas[j]
    total = 0.0
    for t in terms:
        total += t
    return [t / total for t in terms]


def solve_ph(conc: float, kas: List[float], volume: float) -> float:
    total = V0 + volume
    acid = conc * V0 / total
    sodium = BASE * volume / total
    low, high = 0.0, 14.0
    for _ in range(50):
        mid = 0.5 * (low + high)
        h = 10.0 ** -mid
        anion = 0.0
        for j, alpha in enumerate(fractions_of(h, kas)):
            anion += j * alpha
        balance = h + sodium - KW / h - acid * anion
        if balance > 0:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


@python_benchmark(args=(8, 600, 5), cases=[(0, 10, 1), (1, 1, 2), (2, 0, 3), (3, 20, 4)])
def polyprotic_titration_bisection(acids: int, points: int, seed: int) -> List[Tuple[List[float], float, List[float], float, float, float]]:
    """Return [(pKas, initial pH, pH at equivalences, steepest volume, alpha0 at half-eq, pH sum)]."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    results = []
    for _ in range(acids):
        pkas = []
        pka = 1.5 + draw(200) / 100.0
        for _ in range(1 + draw(3)):
            pkas.append(pka)
            pka += 2.5 + draw(300) / 100.0
        conc = 0.01 + draw(90) / 1000.0
        kas = [10.0 ** -p for p in pkas]
        first_eq = conc * V0 / BASE
        v_max = 1.3 * len(kas) * first_eq
        curve = []
        for i in range(points + 1):
            volume = v_max * i / points if points > 0 else 0.0
            curve.append((volume, solve_ph(conc, kas, volume)))
        steepest, best_slope = 0.0, -1.0
        for (v1, p1), (v2, p2) in zip(curve, curve[1:]):
            slope = (p2 - p1) / (v2 - v1)
            if slope > best_slope:
                best_slope, steepest = slope, 0.5 * (v1 + v2)
        equivalences = [solve_ph(conc, kas, first_eq * (j + 1)) for j in range(len(kas))]
        half_ph = solve_ph(conc, kas, 0.5 * first_eq)
        alpha0 = fractions_of(10.0 ** -half_ph, kas)[0]
        total_ph = 0.0
        for _, ph in curve:
            total_ph += ph
        results.append((pkas, curve[0][1], equivalences, steepest, alpha0, total_ph))
    return results
