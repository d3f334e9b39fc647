"""Assign elemental formulas to accurate masses by brute-force CHNOS enumeration within a ppm window.

Target ions are made from random true formulas whose monoisotopic mass is perturbed
by a few ppm. For each target every combination of C, N, O and S counts is tried, the
hydrogen count is solved from the remaining mass (checking the neighbouring counts),
and a candidate is kept when it lies within the tolerance and passes the nitrogen
rule / ring-plus-double-bond test (non-negative, integral RDBE). Returns, per target,
the true formula, the number of candidates, the rank of the true formula by mass
error, the best-scoring formula, and the total number of candidates.

Keywords: chemistry, mass spectrometry, accurate mass, elemental composition, formula search, ppm, rdbe
"""

from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASS = {"C": 12.0, "H": 1.00782503207, "N": 14.0030740048, "O": 15.99491461956, "S": 31.972071}


@dataclass(frozen=True)
class Formula:
    c: int
    h: int
    n: int
    o: int
    s: int

    def mass(self) -> float:
        return self.c * MASS["C"] + self.n * MASS["N"] + self.o * MASS["O"] + self.s * MASS["S"] + self.h * MASS["H"]

    def as_tuple(self) -> Tuple[int, int, int, int, int]:
        return (self.c, self.h, self.n, self.o, self.s)


def candidates(target: float, ppm: float, max_c: int) -> List[Tuple[float, Formula]]:
    found = []
    for c in range(max_c + 1):
        for n in range(7):
            for o in range(13):
                for s in range(4):
                    partial = c * MASS["C"] + n * MASS["N"] + o * MASS["O"] + s * MASS["S"]
                    if partial > target:
                        continue
                    guess = int((target - partial) / MASS["H"])
                    for h in (guess - 1, guess, guess + 1):
                        if h < 0:
                            continue
                        formula = Formula(c, h, n, o, s)
                        error = abs(formula.mass() - target) / target * 1e6
                        double_bonds = 2 * c + 2 + n - h
                        if error <= ppm and double_bonds >= 0 and double_bonds % 2 == 0:
                            found.append((error, formula))
    return found


@python_benchmark(args=(12, 50, 3.0, 5), cases=[(0, 20, 3.0, 1), (1, 10, 5.0, 2), (3, 5, 0.0, 3), (3, 20, 10.0, 4)])
def accurate_mass_formula_search(targets: int, max_c: int, ppm: float, seed: int) -> Tuple[int, List[Tuple[Tuple[int, ...], int, int, Tuple[int, ...]]]]:
    """Return (total candidates, [(true formula, candidates, rank of truth, best formula)])."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    total = 0
    report = []
    for _ in range(targets):
        c = 1 + draw(max_c)
        truth = Formula(c, draw(2 * c + 3), draw(5), draw(9), draw(3))
        if (2 * truth.c + 2 + truth.n - truth.h) % 2:
            truth = Formula(truth.c, truth.h + 1, truth.n, truth.o, truth.s)
        shift = (draw(2001) - 1000) / 1000.0 * 0.5 * ppm
        target = truth.mass() * (1.0 + shift * 1e-6)
        found = candidates(target, ppm, max_c)
        total += len(found)
        true_error = next((e for e, f in found if f == truth), None)
        rank = -1 if true_error is None else sum(1 for e, _ in found if e < true_error)
        best = min(found, key=lambda item: item[0])[1].as_tuple() if found else ()
        report.append((truth.as_tuple(), len(found), rank, best))
    return (total, report)
