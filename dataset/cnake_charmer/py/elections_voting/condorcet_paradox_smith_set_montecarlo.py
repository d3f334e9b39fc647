"""Monte Carlo frequency of the Condorcet paradox under impartial culture, with Smith-set sizes.

Every trial draws an odd number of uniformly random strict rankings (64-bit LCG,
Fisher-Yates) and builds the majority tournament. A Condorcet winner exists when one
candidate beats all others; otherwise the electorate is cyclic at the top. The Smith
set (smallest set beating everyone outside it) is found by sorting candidates by
Copeland wins and taking the shortest dominant prefix, since majority ties cannot
occur with an odd electorate.

Keywords: elections, Condorcet paradox, Condorcet winner, Smith set, impartial culture, majority tournament, Monte Carlo
"""

from collections import Counter

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(1300, 25, 7, 2024),
    cases=[(0, 5, 3, 1), (10, 1, 1, 2), (30, 3, 3, 3), (200, 9, 4, 4), (120, 15, 6, 5)],
)
def condorcet_paradox_smith_set_montecarlo(trials: int, n_voters: int, n_cands: int, seed: int):
    """Return (trials without a Condorcet winner, winner counts per candidate, Smith size histogram)."""
    state = (seed * 2654435761 + 1) & 0xFFFFFFFFFFFFFFFF

    def draw(k):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    no_winner = 0
    winners = Counter()
    smith_sizes = Counter()
    voters = n_voters | 1
    for _ in range(trials):
        support = Counter()
        for _ in range(voters):
            ranking = list(range(n_cands))
            for i in range(n_cands - 1, 0, -1):
                j = draw(i + 1)
                ranking[i], ranking[j] = ranking[j], ranking[i]
            for i, a in enumerate(ranking):
                for b in ranking[i + 1:]:
                    support[a, b] += 1
        beats = {a: {b for b in range(n_cands) if 2 * support[a, b] > voters} for a in range(n_cands)}
        order = sorted(range(n_cands), key=lambda c: (-len(beats[c]), c))
        size = n_cands
        for cut in range(1, n_cands + 1):
            inside, outside = order[:cut], order[cut:]
            if all(b in beats[a] for a in inside for b in outside):
                size = cut
                break
        smith_sizes[size] += 1
        if size == 1:
            winners[order[0]] += 1
        else:
            no_winner += 1
    return (no_winner, [winners[c] for c in range(n_cands)], sorted(smith_sizes.items()))
