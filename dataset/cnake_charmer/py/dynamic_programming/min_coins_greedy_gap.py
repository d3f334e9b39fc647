"""Where does the greedy change-making algorithm fail for a generated coin system?

For every amount up to a limit the optimal number of coins is computed by DP and
compared with the greedy "largest coin first" count. The coin system always contains
1. Returned are the optimum for the limit, how many amounts greedy gets wrong, the
smallest counterexample and the worst excess.

Keywords: dynamic programming, coin change, greedy, change making, counterexample
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000, 6, 13), cases=[(0, 3, 1), (1, 2, 2), (50, 1, 3), (500, 4, 4)])
def min_coins_greedy_gap(limit: int, extra_coins: int, seed: int) -> Tuple[List[int], int, int, int, int]:
    """Return (coins, optimum for limit, greedy failures, first failure or -1, worst excess)."""
    state = seed & 0x7FFFFFFF
    coins = {1}
    while len(coins) < extra_coins + 1:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        coins.add(2 + (state >> 12) % 60)
    coins = sorted(coins)
    optimum = [0] * (limit + 1)
    for amount in range(1, limit + 1):
        optimum[amount] = 1 + min(optimum[amount - c] for c in coins if c <= amount)
    failures, first, worst = 0, -1, 0
    descending = coins[::-1]
    for amount in range(1, limit + 1):
        rest, greedy = amount, 0
        for c in descending:
            greedy += rest // c
            rest %= c
        gap = greedy - optimum[amount]
        if gap > 0:
            failures += 1
            if first < 0:
                first = amount
            worst = max(worst, gap)
    return (coins, optimum[limit], failures, first, worst)
