"""Final-size distribution of stochastic Reed-Frost chain-binomial outbreaks.

In each generation every susceptible escapes infection independently with
probability (1 - p) ** I, where I is the number of current infectives; infectives
recover after one generation. Many outbreaks are simulated in a closed population
with a seeded generator, one Bernoulli draw per susceptible per generation. The
result is the (bimodal) distribution of final sizes, the share of minor outbreaks,
the mean duration in generations and the mean epidemic curve of the first generations.

Keywords: epidemiology, reed-frost, chain binomial, final size, stochastic epidemic, outbreak, generations
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 600, 0.006, 2, 41), cases=[(50, 20, 0.03, 0, 1), (1, 10, 0.5, 1, 2), (40, 0, 0.05, 1, 3), (60, 30, 0.04, 3, 4)])
def reed_frost_final_size_distribution(population: int, outbreaks: int, p: float, initial: int, seed: int):
    """Return (sorted (final size, count) pairs, minor share, mean generations, mean curve of first 8 generations)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    initial = min(initial, population)
    sizes = Counter()
    minor = 0
    total_generations = 0
    curve_sum = [0] * 8
    for _ in range(outbreaks):
        susceptible = population - initial
        infective = initial
        final = initial
        generation = 0
        while infective > 0:
            escape = (1.0 - p) ** infective
            new_cases = 0
            for _ in range(susceptible):
                if uniform() >= escape:
                    new_cases += 1
            if generation < 8:
                curve_sum[generation] += infective
            susceptible -= new_cases
            final += new_cases
            infective = new_cases
            generation += 1
        sizes[final] += 1
        total_generations += generation
        if final * 10 < population:
            minor += 1
    runs = max(outbreaks, 1)
    curve = [round(c / runs, 9) for c in curve_sum]
    return (sorted(sizes.items()), minor / runs, total_generations / runs, curve)
