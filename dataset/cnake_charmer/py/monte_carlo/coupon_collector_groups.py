"""Coupon collector with packs: how many packs until every coupon is owned?

Each pack contains `per_pack` coupons drawn uniformly with replacement from n types
(seeded LCG). For many trials the pair records the number of packs needed, then
returns the mean, the minimum and maximum, how many coupons were duplicates in total
and the distribution of the last coupon type to be collected.

Keywords: monte carlo, coupon collector, occupancy, probability, simulation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 50, 5, 8), cases=[(0, 10, 3, 1), (3, 1, 1, 2), (20, 6, 2, 3), (5, 4, 0, 4)])
def coupon_collector_groups(trials: int, n: int, per_pack: int, seed: int) -> Tuple[float, int, int, int, List[int]]:
    """Return (mean packs, min packs, max packs, duplicates, count of each last type)."""
    if n <= 0 or per_pack <= 0:
        raise ValueError("need at least one coupon type and one coupon per pack")
    state = seed & 0x7FFFFFFF
    packs_needed = []
    duplicates = 0
    last_type = [0] * n
    for _ in range(trials):
        owned = set()
        packs = 0
        last = -1
        while len(owned) < n:
            packs += 1
            for _ in range(per_pack):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                coupon = (state >> 8) % n
                if coupon in owned:
                    duplicates += 1
                else:
                    owned.add(coupon)
                    last = coupon
        packs_needed.append(packs)
        last_type[last] += 1
    if not packs_needed:
        return 0.0, 0, 0, 0, last_type
    return sum(packs_needed) / trials, min(packs_needed), max(packs_needed), duplicates, last_type
