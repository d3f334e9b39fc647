"""Copeland and Minimax winners of a polarised electorate built from two camps.

Each voter copies one of two opposing reference rankings and perturbs it with random
adjacent swaps. From the pairwise table the function reports doubled Copeland scores
(2 per pairwise win, 1 per tie), the Minimax winner under winning votes and under
margins (smallest worst defeat, lowest number on ties) and the Condorcet winner, if any.

Keywords: elections, Copeland method, Minimax, Simpson-Kramer, Condorcet winner, pairwise table, polarisation
"""

from itertools import combinations

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(14000, 13, 23),
    cases=[(0, 4, 1), (9, 1, 2), (2, 2, 3), (50, 5, 4), (777, 8, 6)],
)
def copeland_minimax_polarised(n_voters: int, n_cands: int, seed: int):
    """Return (copeland scores, copeland winners, minimax wv, minimax margins, condorcet)."""
    state = seed & 0x7FFFFFFF

    def step(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    left = list(range(n_cands))
    right = left[::-1]
    beats = [[0] * n_cands for _ in range(n_cands)]
    for _ in range(n_voters):
        ballot = list(left if step(2) == 0 else right)
        for _ in range(n_cands):
            if n_cands > 1:
                i = step(n_cands - 1)
                ballot[i], ballot[i + 1] = ballot[i + 1], ballot[i]
        for hi, lo in combinations(ballot, 2):
            beats[hi][lo] += 1

    copeland = [0] * n_cands
    for a, b in combinations(range(n_cands), 2):
        if beats[a][b] > beats[b][a]:
            copeland[a] += 2
        elif beats[a][b] < beats[b][a]:
            copeland[b] += 2
        else:
            copeland[a] += 1
            copeland[b] += 1
    top = max(copeland, default=0)
    copeland_winners = [c for c in range(n_cands) if copeland[c] == top]

    def worst_wv(c):
        return max((beats[o][c] for o in range(n_cands) if beats[o][c] > beats[c][o]), default=0)

    def worst_margin(c):
        return max((beats[o][c] - beats[c][o] for o in range(n_cands) if o != c), default=0)

    minimax_wv = min(range(n_cands), key=lambda c: (worst_wv(c), c), default=-1)
    minimax_margin = min(range(n_cands), key=lambda c: (worst_margin(c), c), default=-1)
    condorcet = next((c for c in range(n_cands) if copeland[c] == 2 * (n_cands - 1)), -1)
    return (copeland, copeland_winners, minimax_wv, minimax_margin, condorcet)
