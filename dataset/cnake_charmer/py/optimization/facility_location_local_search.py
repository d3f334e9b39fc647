"""Uncapacitated facility location by add/drop local search.

Candidate facility sites have LCG opening costs and clients are assigned to the
nearest open facility (Manhattan distance on a grid). Starting from the single best
facility, the search repeatedly applies the best single open or close move that
lowers total cost (opening plus service) until none helps. The pair returns the final
cost, the sorted open sites and the number of moves made.

Keywords: optimization, facility location, local search, add drop heuristic, clustering
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 300, 5), cases=[(1, 5, 1), (3, 0, 2), (5, 20, 3), (0, 5, 4)])
def facility_location_local_search(sites: int, clients: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (total cost, open facility indices, improving moves)."""
    if sites <= 0:
        raise ValueError("need at least one candidate site")
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    site_xy = [(draw(200), draw(200)) for _ in range(sites)]
    open_cost = [200 + draw(800) for _ in range(sites)]
    client_xy = [(draw(200), draw(200)) for _ in range(clients)]
    dist = [[abs(cx - sx) + abs(cy - sy) for sx, sy in site_xy] for cx, cy in client_xy]

    def cost(open_set: List[bool]) -> int:
        chosen = [s for s in range(sites) if open_set[s]]
        if not chosen:
            return 1 << 60
        return sum(open_cost[s] for s in chosen) + sum(min(row[s] for s in chosen) for row in dist)

    best_single = min(range(sites), key=lambda s: (cost([t == s for t in range(sites)]), s))
    current = [s == best_single for s in range(sites)]
    current_cost = cost(current)
    moves = 0
    while True:
        best_move, best_cost = -1, current_cost
        for s in range(sites):
            current[s] = not current[s]
            c = cost(current)
            current[s] = not current[s]
            if c < best_cost:
                best_move, best_cost = s, c
        if best_move < 0:
            break
        current[best_move] = not current[best_move]
        current_cost = best_cost
        moves += 1
    return current_cost, [s for s in range(sites) if current[s]], moves
