"""k-medoids clustering by PAM: greedy BUILD, then best-improvement SWAP.

Integer points in the plane are scattered around a few centres; distances are Manhattan,
so every cost is an exact integer. BUILD picks medoids one at a time, each minimising
the total cost; SWAP then repeatedly applies the single medoid/non-medoid exchange that
lowers the cost most, until none helps. Returns the final cost, the sorted medoid
indices, the number of swaps and the cluster sizes.

Keywords: k-medoids, pam, clustering, manhattan distance, swap, unsupervised
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100, 5), cases=[(0, 3), (1, 1), (4, 4), (10, 2), (40, 3)])
def kmedoids_pam_swap(n: int, k: int) -> Tuple[int, List[int], int, List[int]]:
    """Run PAM on n generated points; return (cost, medoids, swaps, sizes)."""
    if n <= 0 or k <= 0:
        return 0, [], 0, []
    k = min(k, n)
    state = 8080
    points = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cx = (i % 4) * 90
        dx = state % 70
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        points.append((cx + dx, (i % 3) * 80 + state % 70))
    dist = [[abs(ax - bx) + abs(ay - by) for bx, by in points] for ax, ay in points]

    def cost(meds: List[int]) -> int:
        return sum(min(row[m] for m in meds) for row in dist)

    medoids: List[int] = []
    for _ in range(k):
        candidates = [c for c in range(n) if c not in medoids]
        medoids.append(min(candidates, key=lambda c: cost(medoids + [c])))
    current = cost(medoids)
    swaps = 0
    while True:
        best_cost, best_move = current, None
        for pos in range(k):
            for c in range(n):
                if c in medoids:
                    continue
                trial = medoids[:pos] + [c] + medoids[pos + 1:]
                trial_cost = cost(trial)
                if trial_cost < best_cost:
                    best_cost, best_move = trial_cost, (pos, c)
        if best_move is None:
            break
        medoids[best_move[0]] = best_move[1]
        current = best_cost
        swaps += 1
    sizes = [0] * k
    for row in dist:
        sizes[min(range(k), key=lambda p: row[medoids[p]])] += 1
    order = sorted(range(k), key=lambda p: medoids[p])
    return current, [medoids[p] for p in order], swaps, [sizes[p] for p in order]
