"""Kemeny-Young consensus ranking by exhaustive search over all candidate orders.

A small electorate ranks up to eight candidates (Mallows-like: a shared order with
random adjacent swaps). Every permutation is scored by the number of voter-pair
agreements, sum of d[a][b] over a placed above b; the Kemeny ranking maximises it.
Permutations are visited in lexicographic order and the first maximum is reported.

Keywords: elections, Kemeny-Young, consensus ranking, permutations, brute force, Kendall tau, pairwise agreement
"""

from itertools import combinations, permutations

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(8, 250, 13),
    cases=[(0, 5, 1), (1, 4, 2), (3, 0, 3), (4, 7, 4), (6, 31, 5)],
)
def kemeny_young_brute_force(n_cands: int, n_voters: int, seed: int):
    """Return (best order, best score, number of optimal orders, worst score, score total)."""
    state = seed & 0x7FFFFFFF

    def pick(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    centre = list(range(n_cands))
    for i in range(n_cands - 1, 0, -1):
        j = pick(i + 1)
        centre[i], centre[j] = centre[j], centre[i]
    d = [[0] * n_cands for _ in range(n_cands)]
    for _ in range(n_voters):
        ballot = centre[:]
        for _ in range(pick(2 * n_cands + 1)):
            if n_cands > 1:
                i = pick(n_cands - 1)
                ballot[i], ballot[i + 1] = ballot[i + 1], ballot[i]
        for a, b in combinations(ballot, 2):
            d[a][b] += 1

    best_order, best, ties, worst, total = tuple(range(n_cands)), -1, 0, -1, 0
    for perm in permutations(range(n_cands)):
        score = sum(d[a][b] for a, b in combinations(perm, 2))
        total += score
        if score > best:
            best_order, best, ties = perm, score, 1
        elif score == best:
            ties += 1
        if worst < 0 or score < worst:
            worst = score
    return (list(best_order), best, ties, worst, total, centre)
