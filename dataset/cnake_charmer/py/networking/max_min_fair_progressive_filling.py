"""Max-min fair rate allocation on a multi-link network by progressive filling.

Flows follow random loop-free paths of two to six links with generated capacities;
some flows also have a finite demand. All unfrozen flows share one rising water level.
Each round finds the next event: the level at which some link runs out of capacity
(capacity left after frozen flows, divided by its unfrozen flows) or at which some flow
reaches its demand. Flows that reach their demand freeze at it, every unfrozen flow
crossing a saturated link freezes at the level, and the round repeats until all flows
are frozen. The result is the unique max-min fair allocation. Returns the rounds, the
number of bottleneck links, total throughput, Jain's fairness index, the smallest and
largest rates, demand-limited flows and the first rates.

Keywords: networking, max-min fairness, progressive filling, water filling, bandwidth allocation, bottleneck, congestion
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPSILON = 1e-9


@python_benchmark(args=(450, 6000, 61), cases=[(0, 0, 1), (3, 0, 2), (1, 1, 3), (12, 40, 4)], tolerance=1e-7)
def max_min_fair_progressive_filling(links: int, flows: int, seed: int) -> Tuple[int, int, float, float, float, float, int, List[float]]:
    """Return (rounds, bottleneck links, throughput, Jain fairness, min rate, max rate, demand-limited, first rates)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    capacity = [float(10 * (1 + draw(100))) for _ in range(links)]
    paths: List[List[int]] = []
    demand: List[float] = []
    for _ in range(flows if links else 0):
        hops = min(2 + draw(5), links)
        path: List[int] = []
        while len(path) < hops:
            link = draw(links)
            if link not in path:
                path.append(link)
        paths.append(path)
        demand.append(float(1 + draw(40)) if draw(3) == 0 else float("inf"))
    flows = len(paths)
    users: List[List[int]] = [[] for _ in range(links)]
    for f, path in enumerate(paths):
        for link in path:
            users[link].append(f)

    rate = [0.0] * flows
    frozen = [False] * flows
    frozen_load = [0.0] * links
    active = [len(u) for u in users]
    saturated = [False] * links
    level = 0.0
    remaining = flows
    rounds = limited = 0

    def freeze(f: int, value: float) -> None:
        nonlocal remaining
        frozen[f] = True
        rate[f] = value
        remaining -= 1
        for link in paths[f]:
            frozen_load[link] += value
            active[link] -= 1

    while remaining:
        rounds += 1
        target = float("inf")
        for link in range(links):
            if active[link]:
                target = min(target, (capacity[link] - frozen_load[link]) / active[link])
        for f in range(flows):
            if not frozen[f]:
                target = min(target, demand[f])
        level = max(level, target)
        for f in range(flows):
            if not frozen[f] and demand[f] <= level + EPSILON:
                freeze(f, demand[f])
                limited += 1
        for link in range(links):
            if saturated[link] or not active[link]:
                continue
            if capacity[link] - frozen_load[link] - level * active[link] <= EPSILON * capacity[link]:
                saturated[link] = True
                for f in users[link]:
                    if not frozen[f]:
                        freeze(f, level)
    total = squares = 0.0
    for r in rate:
        total += r
        squares += r * r
    fairness = total * total / (flows * squares) if squares > 0 else 0.0
    return (rounds, sum(saturated), total, fairness, min(rate, default=0.0), max(rate, default=0.0), limited, rate[:5])
