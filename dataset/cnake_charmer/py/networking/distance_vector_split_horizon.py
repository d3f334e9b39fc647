"""RIP-style distance-vector routing: count-to-infinity with and without split horizon.

Routers on a ring with random chords exchange their distance vectors in synchronous
rounds. A receiver adopts a strictly better route, and always believes its current
next hop (even when the news is worse); routes not refreshed for a few rounds expire, and the exchange is quiet only when
nothing changed and every route was refreshed.
After the tables converge, every link of one router and one more random link fail
(so some destinations become unreachable), the routers at their ends invalidate the
affected routes, and the exchange runs until quiet again. The same scenario is run
with plain advertisements, split horizon (routes learned from a neighbour are not
advertised back) and poisoned reverse (they are advertised back as infinity), so the
rounds and updates spent counting to infinity can be compared.

Keywords: networking, distance vector, rip, bellman-ford, count to infinity, split horizon, poisoned reverse, routing
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

INFINITY = 48
TIMEOUT = 12
MAX_ROUNDS = 400
MODES = ("plain", "split_horizon", "poisoned_reverse")


def build_topology(n: int, chords: int, seed: int) -> Tuple[List[Dict[int, int]], List[Tuple[int, int]]]:
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    links: Dict[int, Dict[int, int]] = {u: {} for u in range(n)}
    order = []
    for u in range(n if n > 2 else n - 1):
        v = (u + 1) % n
        if v not in links[u]:
            cost = 1 + draw(3)
            links[u][v] = links[v][u] = cost
            order.append((u, v))
    for _ in range(chords if n > 3 else 0):
        u, v = draw(n), draw(n)
        if u != v and v not in links[u]:
            cost = 1 + draw(3)
            links[u][v] = links[v][u] = cost
            order.append((u, v))
    isolated = draw(n) if n else 0
    failing = [(u, v) for u, v in order if isolated in (u, v)]
    if order:
        failing.append(order[draw(len(order))])
    return [links[u] for u in range(n)], failing


def run_rounds(neighbours: List[Dict[int, int]], dist: List[List[int]], hop: List[List[int]],
               age: List[List[int]], mode: str) -> Tuple[int, int]:
    n = len(dist)
    rounds = updates = 0
    while rounds < MAX_ROUNDS:
        rounds += 1
        snapshot = [row[:] for row in dist]
        hop_snapshot = [row[:] for row in hop]
        changed = False
        for v in range(n):
            for d in range(n):
                if d != v:
                    age[v][d] += 1
            for u, cost in neighbours[v].items():
                for d in range(n):
                    if d == v:
                        continue
                    metric = snapshot[u][d]
                    if hop_snapshot[u][d] == v:
                        if mode == "split_horizon":
                            continue
                        if mode == "poisoned_reverse":
                            metric = INFINITY
                    metric = min(INFINITY, metric + cost)
                    if hop[v][d] == u:
                        age[v][d] = 0
                        if metric != dist[v][d]:
                            dist[v][d] = metric
                            if metric == INFINITY:
                                hop[v][d] = -1
                            changed = True
                            updates += 1
                    elif metric < dist[v][d]:
                        dist[v][d] = metric
                        hop[v][d] = u
                        age[v][d] = 0
                        changed = True
                        updates += 1
            for d in range(n):
                if d == v or hop[v][d] < 0 or age[v][d] == 0:
                    continue
                if age[v][d] > TIMEOUT:
                    dist[v][d] = INFINITY
                    hop[v][d] = -1
                    updates += 1
                changed = True
        if not changed:
            break
    return rounds, updates


@python_benchmark(args=(34, 30, 11), cases=[(1, 0, 1), (2, 0, 2), (3, 1, 3), (8, 4, 4), (0, 0, 5)])
def distance_vector_split_horizon(n: int, chords: int, seed: int) -> Dict[str, Tuple[int, int, int, int, int, int, List[int]]]:
    """Per mode: (rounds, updates, rounds after failure, updates after, unreachable pairs, distance checksum, row 0)."""
    results = {}
    for mode in MODES:
        neighbours, failing = build_topology(n, chords, seed)
        dist = [[0 if d == v else INFINITY for d in range(n)] for v in range(n)]
        hop = [[v if d == v else -1 for d in range(n)] for v in range(n)]
        age = [[0] * n for _ in range(n)]
        rounds, updates = run_rounds(neighbours, dist, hop, age, mode)
        for a, b in failing:
            neighbours[a].pop(b, None)
            neighbours[b].pop(a, None)
            for x, y in ((a, b), (b, a)):
                for d in range(n):
                    if hop[x][d] == y:
                        dist[x][d] = INFINITY
                        hop[x][d] = -1
        rounds_after, updates_after = run_rounds(neighbours, dist, hop, age, mode)
        unreachable = sum(row.count(INFINITY) for row in dist)
        checksum = 0
        for v in range(n):
            for d in range(n):
                checksum = (checksum * 31 + dist[v][d] * 7 + hop[v][d] + 1) % 1000000007
        results[mode] = (rounds, updates, rounds_after, updates_after, unreachable, checksum, dist[0][:] if n else [])
    return results
