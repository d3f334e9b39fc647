"""Random, degree-targeted and acquaintance vaccination on a scale-free network via bond percolation.

A Barabasi-Albert preferential-attachment network stands in for a heavy-tailed contact
network. For each vaccination strategy and coverage, vaccinated people are removed and
every remaining contact transmits with probability T (bond percolation); the outbreak
clusters are the connected components found with union-find. For each scenario the
largest possible outbreak and the expected outbreak size from a random index case
(sum of squared cluster sizes over the unvaccinated population) are reported.

Keywords: epidemiology, vaccination, scale-free network, barabasi-albert, percolation, union-find, herd immunity, targeted immunisation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def find(parent: List[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@python_benchmark(args=(7000, 3, 0.45, 23), cases=[(0, 2, 0.5, 1), (1, 1, 0.5, 2), (5, 2, 0.0, 3), (40, 2, 0.8, 4)])
def vaccination_strategy_bond_percolation(n: int, m: int, transmissibility: float, seed: int):
    """Return {strategy: [(coverage %, largest outbreak, expected outbreak)]}."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 11) / 9007199254740992.0

    edges: List[Tuple[int, int]] = []
    core = min(m + 1, n)
    for u in range(core):
        for v in range(u + 1, core):
            edges.append((u, v))
    ends = [x for edge in edges for x in edge]
    for v in range(core, n):
        chosen: List[int] = []
        while len(chosen) < m:
            t = ends[int(uniform() * len(ends))]
            if t not in chosen:
                chosen.append(t)
        for t in chosen:
            edges.append((t, v))
            ends.extend((t, v))
    neighbours: List[List[int]] = [[] for _ in range(n)]
    for u, v in edges:
        neighbours[u].append(v)
        neighbours[v].append(u)
    by_degree = sorted(range(n), key=lambda x: (-len(neighbours[x]), x))

    results = {}
    for strategy in ("random", "targeted", "acquaintance"):
        rows = []
        for coverage in (0, 5, 10, 20, 30):
            doses = n * coverage // 100
            vaccinated = [False] * n
            if strategy == "targeted":
                for x in by_degree[:doses]:
                    vaccinated[x] = True
            elif strategy == "random":
                order = list(range(n))
                for i in range(doses):
                    j = i + int(uniform() * (n - i))
                    order[i], order[j] = order[j], order[i]
                    vaccinated[order[i]] = True
            else:
                given, attempts = 0, 0
                while given < doses and attempts < 20 * n:
                    attempts += 1
                    person = int(uniform() * n)
                    if neighbours[person]:
                        friend = neighbours[person][int(uniform() * len(neighbours[person]))]
                        if not vaccinated[friend]:
                            vaccinated[friend] = True
                            given += 1
            parent = list(range(n))
            for u, v in edges:
                if uniform() < transmissibility and not vaccinated[u] and not vaccinated[v]:
                    ru, rv = find(parent, u), find(parent, v)
                    if ru != rv:
                        parent[max(ru, rv)] = min(ru, rv)
            sizes = {}
            for x in range(n):
                if not vaccinated[x]:
                    root = find(parent, x)
                    sizes[root] = sizes.get(root, 0) + 1
            susceptible = n - sum(vaccinated)
            largest = max(sizes.values(), default=0)
            squares = 0
            for s in sizes.values():
                squares += s * s
            expected = squares / susceptible if susceptible > 0 else 0.0
            rows.append((coverage, largest, round(expected, 9)))
        results[strategy] = rows
    return results
