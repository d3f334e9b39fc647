"""Isotope patterns of generated CHNOS molecules by atom-by-atom polynomial convolution.

Every atom multiplies the running isotope distribution by its element's isotope
polynomial (nominal mass offset -> abundance), truncated to the first twelve nominal
mass bins; alongside each bin's probability the probability-weighted exact mass is
carried so that the monoisotopic, centroid and average masses fall out at the end.
Returns the total of average masses, how many molecules have a base peak above the
monoisotopic one, and for the first molecules their formula, monoisotopic mass,
average mass, base-peak offset and the intensities relative to the base peak.

Keywords: chemistry, mass spectrometry, isotope pattern, convolution, polynomial, monoisotopic mass, average mass
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BINS = 12
ISOTOPES: Dict[str, List[Tuple[int, float, float]]] = {
    "C": [(0, 12.0, 0.9893), (1, 13.003354835, 0.0107)],
    "H": [(0, 1.00782503207, 0.999885), (1, 2.0141017778, 0.000115)],
    "N": [(0, 14.0030740048, 0.99636), (1, 15.0001088982, 0.00364)],
    "O": [(0, 15.99491461956, 0.99757), (1, 16.9991317, 0.00038), (2, 17.999161, 0.00205)],
    "S": [(0, 31.972071, 0.9499), (1, 32.97145876, 0.0075), (2, 33.9678669, 0.0425), (4, 35.96708076, 0.0001)],
}


def add_atom(prob: List[float], mass: List[float], isotopes: List[Tuple[int, float, float]]) -> Tuple[List[float], List[float]]:
    new_prob = [0.0] * BINS
    new_mass = [0.0] * BINS
    for i in range(BINS):
        if prob[i] == 0.0:
            continue
        for offset, isotope_mass, abundance in isotopes:
            if i + offset < BINS:
                new_prob[i + offset] += prob[i] * abundance
                new_mass[i + offset] += mass[i] * abundance + prob[i] * abundance * isotope_mass
    return new_prob, new_mass


@python_benchmark(args=(600, 17), cases=[(0, 1), (1, 2), (4, 3), (12, 4)])
def isotope_pattern_convolution(n: int, seed: int) -> Tuple[float, int, List[Tuple[str, float, float, int, List[float]]]]:
    """Return (sum of average masses, base peak not monoisotopic count, first patterns)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    total_average = 0.0
    shifted = 0
    samples = []
    for _ in range(n):
        carbons = 1 + draw(90)
        counts = {"C": carbons, "H": draw(2 * carbons + 3), "N": draw(6), "O": draw(11), "S": draw(4)}
        prob = [1.0] + [0.0] * (BINS - 1)
        mass = [0.0] * BINS
        for element, count in counts.items():
            for _ in range(count):
                prob, mass = add_atom(prob, mass, ISOTOPES[element])
        total_p = 0.0
        total_m = 0.0
        for p, m in zip(prob, mass):
            total_p += p
            total_m += m
        average = total_m / total_p
        base = max(range(BINS), key=lambda b: prob[b])
        total_average += average
        if base > 0:
            shifted += 1
        if len(samples) < 5:
            formula = "".join(f"{e}{c}" for e, c in counts.items() if c)
            samples.append((formula, mass[0] / prob[0], average, base, [p / prob[base] for p in prob[:6]]))
    return (total_average, shifted, samples)
