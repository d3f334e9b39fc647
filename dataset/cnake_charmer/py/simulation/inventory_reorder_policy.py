"""Choosing an (s, S) inventory policy by simulation over a grid of policies.

Daily demand comes from a seeded LCG (the same stream for every policy). When the
inventory position drops to s or below, an order up to S is placed and arrives after
a fixed lead time; unmet demand is lost. Each policy's cost adds ordering, holding
and shortage costs. Returns the cheapest policy, its cost, its fill rate and the cost
of the naive policy (s = 0, S = largest).

Keywords: simulation, inventory, reorder point, s S policy, lead time, operations research
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30, 900, 3, 11), cases=[(1, 10, 1, 1), (3, 0, 1, 2), (5, 50, 0, 3), (8, 100, 4, 4)])
def inventory_reorder_policy(max_level: int, days: int, lead: int, seed: int) -> Tuple[Tuple[int, int], float, float, float]:
    """Grid-search (s, S) with 0 <= s < S <= max_level over `days` simulated days."""
    state = seed & 0x7FFFFFFF
    demand = []
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        demand.append((state >> 16) % 9)
    order_cost, hold_cost, short_cost = 20.0, 0.5, 4.0

    def simulate(s: int, big_s: int) -> Tuple[float, float]:
        stock = big_s
        pipeline = [0] * (lead + 1)
        cost = 0.0
        served = wanted = 0
        for day in range(days):
            stock += pipeline[day % (lead + 1)]
            pipeline[day % (lead + 1)] = 0
            want = demand[day]
            sold = min(stock, want)
            stock -= sold
            served += sold
            wanted += want
            cost += short_cost * (want - sold) + hold_cost * stock
            position = stock + sum(pipeline)
            if position <= s:
                pipeline[(day + lead) % (lead + 1)] += big_s - position
                cost += order_cost
        return cost, (served / wanted if wanted else 1.0)

    best = (0, 0)
    best_cost, best_fill = float("inf"), 0.0
    for s in range(max_level):
        for big_s in range(s + 1, max_level + 1):
            cost, fill = simulate(s, big_s)
            if cost < best_cost:
                best, best_cost, best_fill = (s, big_s), cost, fill
    naive = simulate(0, max_level)[0] if max_level > 0 else 0.0
    if best_cost == float("inf"):
        best_cost = 0.0
    return (best, best_cost, best_fill, naive)
