"""Enumerate all k-element subsets of n items with Gosper's hack.

Gosper's hack turns a bit mask with k set bits into the next larger mask with the
same number of bits using a few arithmetic operations. Each subset is scored by the
weights of its items; the function returns how many subsets there are, how many have
a weight sum divisible by 7, the best subset mask (maximum weight, lowest mask on
ties) and its weight.

Keywords: Gosper's hack, combinations, bit masks, subset enumeration, same popcount
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20, 8, 3), cases=[(0, 0, 1), (5, 0, 2), (5, 5, 3), (6, 2, 4), (4, 6, 5), (3, -1, 6)])
def gosper_hack_k_subsets(n: int, k: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (subsets, subsets with weight % 7 == 0, best mask, best weight); 0 <= n <= 30."""
    if not 0 <= n <= 30:
        raise ValueError("n must be in 0..30")
    if k < 0 or k > n:
        return 0, 0, -1, -1
    state = seed & 0x7FFFFFFF
    weights = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1 + (state >> 10) % 997)
    count = divisible = 0
    best_mask, best_weight = -1, -1
    mask = (1 << k) - 1
    limit = 1 << n
    while mask < limit:
        total = sum(w for i, w in enumerate(weights) if (mask >> i) & 1)
        count += 1
        if total % 7 == 0:
            divisible += 1
        if total > best_weight:
            best_mask, best_weight = mask, total
        if mask == 0:
            break
        low = mask & -mask
        ripple = mask + low
        mask = (((ripple ^ mask) >> 2) // low) | ripple
    return count, divisible, best_mask, best_weight
