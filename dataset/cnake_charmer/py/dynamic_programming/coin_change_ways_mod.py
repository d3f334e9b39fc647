"""Number of ways to make every amount from a generated coin system (mod a prime).

Distinct coin denominations are drawn from a seeded LCG. The unbounded coin-change
recurrence, processing one denomination at a time so order does not matter, counts
combinations for all amounts up to the target modulo 1e9+7.

Keywords: dynamic programming, coin change, counting, combinations, modular arithmetic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(150000, 10, 11), cases=[(0, 3, 1), (1, 1, 2), (10, 0, 3), (250, 5, 4)])
def coin_change_ways_mod(amount: int, coin_count: int, seed: int) -> Tuple[List[int], int, int, int]:
    """Return (coins, ways for the amount, checksum over all amounts, amounts with no way)."""
    state = seed & 0x7FFFFFFF
    coins = set()
    while len(coins) < coin_count:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        coins.add(2 + (state >> 10) % 97)
    coins = sorted(coins)
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] = (ways[total] + ways[total - coin]) % MOD
    checksum = sum(w * (i % 1009 + 1) for i, w in enumerate(ways)) % MOD
    return (coins, ways[amount], checksum, ways.count(0))
