"""Scan a noisy currency cross-rate table for triangular arbitrage.

Each currency gets a "true" value; quoted cross rates are the value ratio perturbed
by LCG noise and a bid-ask haircut. Every ordered triple i -> j -> k -> i is checked
for a round-trip product above 1. The pair returns the number of profitable cycles,
the best gross return and its cycle.

Keywords: finance, arbitrage, currency, cross rates, foreign exchange, triangular
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80, 0.002, 37), cases=[(0, 0.001, 1), (2, 0.001, 2), (5, 0.01, 3), (8, 0.0, 4)])
def triangular_arbitrage_scan(currencies: int, spread: float, seed: int) -> Tuple[int, float, Tuple[int, int, int]]:
    """Return (profitable ordered cycles, best round-trip product, best cycle)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    value = [0.5 + 2.0 * uniform() for _ in range(currencies)]
    rate = [[1.0] * currencies for _ in range(currencies)]
    for i in range(currencies):
        for j in range(currencies):
            if i != j:
                rate[i][j] = value[i] / value[j] * (1.0 + 0.01 * (uniform() - 0.5)) * (1.0 - spread)
    count, best, cycle = 0, 0.0, (-1, -1, -1)
    for i in range(currencies):
        for j in range(currencies):
            if j == i:
                continue
            first = rate[i][j]
            for k in range(currencies):
                if k == i or k == j:
                    continue
                product = first * rate[j][k] * rate[k][i]
                if product > 1.0:
                    count += 1
                if product > best:
                    best, cycle = product, (i, j, k)
    return count, best, cycle
