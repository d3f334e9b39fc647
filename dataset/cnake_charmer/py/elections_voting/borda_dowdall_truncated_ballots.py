"""Positional counts of truncated ballots: Borda, Emerson (modified Borda) and Dowdall.

Voters rank only a prefix of their order, and a quarter of them "bullet vote" for a
single candidate. Standard Borda gives n-1-i points to position i, Emerson's modified
Borda gives L-i on a ballot of length L, and Dowdall (Nauru) gives 1/(i+1). Each count
yields an order (highest score first, lower number on ties); disagreements between
methods are the interesting part.

Keywords: elections, Borda count, Dowdall, Nauru, modified Borda, positional voting, truncated ballots, bullet voting
"""

from collections import Counter

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(35000, 15, 17),
    cases=[(0, 3, 1), (10, 1, 2), (6, 2, 3), (120, 5, 4), (999, 9, 5)],
)
def borda_dowdall_truncated_ballots(n_voters: int, n_cands: int, seed: int):
    """Return orders and top scores for the three counts plus the ballot-length histogram."""
    state = seed & 0x7FFFFFFF

    def roll(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    borda = Counter()
    emerson = Counter()
    dowdall = dict.fromkeys(range(n_cands), 0.0)
    lengths = Counter()
    bias = [roll(5) for _ in range(n_cands)]
    for _ in range(n_voters):
        noise = {c: bias[c] + roll(8) for c in range(n_cands)}
        ranking = sorted(range(n_cands), key=lambda c: (-noise[c], c))
        if n_cands == 0:
            cut = 0
        elif roll(4) == 0:
            cut = 1
        else:
            cut = 1 + roll(n_cands)
        ballot = ranking[:cut]
        lengths[cut] += 1
        for i, c in enumerate(ballot):
            borda[c] += n_cands - 1 - i
            emerson[c] += cut - i
            dowdall[c] += 1.0 / (i + 1)

    def order(score):
        return sorted(range(n_cands), key=lambda c: (-score[c], c))

    borda_order, emerson_order, dowdall_order = order(borda), order(emerson), order(dowdall)
    return (
        borda_order,
        emerson_order,
        dowdall_order,
        [borda[c] for c in borda_order[:3]],
        [emerson[c] for c in emerson_order[:3]],
        [dowdall[c] for c in dowdall_order[:3]],
        sorted(lengths.items()),
    )
