"""Gale-Shapley stable matching between two groups with random preferences.

Each proposer ranks all acceptors (a seeded Fisher-Yates shuffle) and vice versa.
Free proposers propose in preference order; an acceptor keeps the better of her
current partner and the new proposer according to a rank table. The result is the
proposer-optimal stable matching. Returns the number of proposals, how many
proposers got their first choice, the average acceptor rank of their partner
(as a sum) and the first pairs.

Keywords: stable matching, Gale-Shapley, deferred acceptance, preferences, classic algorithm
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _shuffled(n: int, state: int) -> Tuple[List[int], int]:
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = state % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order, state


@python_benchmark(args=(500, 14), cases=[(0, 1), (1, 2), (2, 3), (7, 4)])
def gale_shapley_stable_matching(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (proposals, proposers matched to first choice, sum of acceptor-side ranks, partners of first 8 proposers)."""
    state = seed & 0x7FFFFFFF
    proposer_prefs = []
    for _ in range(n):
        prefs, state = _shuffled(n, state)
        proposer_prefs.append(prefs)
    acceptor_rank = []
    for _ in range(n):
        prefs, state = _shuffled(n, state)
        rank = [0] * n
        for position, p in enumerate(prefs):
            rank[p] = position
        acceptor_rank.append(rank)
    next_choice = [0] * n
    partner_of_acceptor = [-1] * n
    free = deque(range(n))
    proposals = 0
    while free:
        p = free.popleft()
        a = proposer_prefs[p][next_choice[p]]
        next_choice[p] += 1
        proposals += 1
        current = partner_of_acceptor[a]
        if current < 0:
            partner_of_acceptor[a] = p
        elif acceptor_rank[a][p] < acceptor_rank[a][current]:
            partner_of_acceptor[a] = p
            free.append(current)
        else:
            free.append(p)
    partner = [-1] * n
    for a, p in enumerate(partner_of_acceptor):
        partner[p] = a
    first_choice = sum(1 for p in range(n) if proposer_prefs[p][0] == partner[p])
    acceptor_side = sum(acceptor_rank[a][p] for a, p in enumerate(partner_of_acceptor))
    return proposals, first_choice, acceptor_side, partner[:8]
