"""Banzhaf and Shapley-Shubik power indices of a weighted voting game by dynamic programming.

Players carry integer weights and a coalition wins when its weight reaches the quota.
For each player i, a subset-sum count over the other players gives the number of
coalitions (of each size) whose weight w satisfies quota - w_i <= w < quota, i.e. in
which i is pivotal. Banzhaf counts swings; Shapley-Shubik weights a pivotal coalition
of size k by k! (n - 1 - k)! / n!.

Keywords: elections, voting power, Banzhaf index, Shapley-Shubik index, weighted voting game, swing, pivotal player, subset sum
"""

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(26, 60, 8),
    cases=[(0, 10, 1), (1, 5, 2), (3, 1, 3), (6, 9, 4), (12, 20, 5)],
)
def banzhaf_shapley_weighted_game(n_players: int, max_weight: int, seed: int):
    """Return (weights, quota, swing counts, Banzhaf shares, Shapley-Shubik values)."""
    state = seed & 0x7FFFFFFF

    def draw(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    weights = [1 + draw(max_weight) * draw(max_weight) // max_weight for _ in range(n_players)]
    total = sum(weights)
    quota = total // 2 + 1
    n = n_players

    coeff = []
    c = 1.0 / n if n else 0.0
    for k in range(n):
        coeff.append(c)
        if k < n - 1:
            c = c * (k + 1) / (n - 1 - k)

    swings, shapley = [], []
    for i in range(n):
        others = weights[:i] + weights[i + 1:]
        ways = [[0] * (total + 1) for _ in range(n)]
        ways[0][0] = 1
        for size, w in enumerate(others):
            for k in range(size, -1, -1):
                row, up = ways[k], ways[k + 1]
                for s in range(total - w, -1, -1):
                    if row[s]:
                        up[s + w] += row[s]
        lo = max(0, quota - weights[i])
        swing = 0
        value = 0.0
        for k in range(n):
            pivotal = sum(ways[k][lo:quota])
            swing += pivotal
            value += coeff[k] * pivotal
        swings.append(swing)
        shapley.append(value)
    total_swings = sum(swings)
    banzhaf = [s / total_swings if total_swings else 0.0 for s in swings]
    return (weights, quota, swings, banzhaf, shapley)
