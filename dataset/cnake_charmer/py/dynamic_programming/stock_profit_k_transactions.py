"""Best trading profit with at most k buy/sell transactions, for every k.

Prices follow a seeded random walk. For each transaction budget t the DP keeps the
best cash while holding (after the t-th buy) and while flat (after the t-th sell),
sweeping the days once. The maximal profits for 1..k transactions are returned along
with the profit of unlimited trading.

Keywords: dynamic programming, stock trading, transactions, state machine, optimization
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 12, 67), cases=[(0, 3, 1), (1, 2, 2), (8, 0, 3), (40, 4, 4)])
def stock_profit_k_transactions(days: int, k: int, seed: int) -> Tuple[List[int], int]:
    """Return (best profit for 1..k transactions, unlimited-transaction profit)."""
    state = seed & 0x7FFFFFFF
    prices = []
    price = 500
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        price = max(1, price + (state >> 10) % 21 - 10)
        prices.append(price)
    if not prices:
        return ([0] * k, 0)
    hold = [-prices[0]] * (k + 1)
    flat = [0] * (k + 1)
    for p in prices[1:]:
        for t in range(1, k + 1):
            hold[t] = max(hold[t], flat[t - 1] - p)
            flat[t] = max(flat[t], hold[t] + p)
    unlimited = sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
    return (flat[1:], unlimited)
