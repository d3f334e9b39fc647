"""Instant-runoff voting on truncated ranked ballots, tracking exhausted ballots.

Each voter ranks a random number of candidates (possibly none). Every round the
continuing candidates are counted by each ballot's highest continuing preference; a
candidate with a strict majority of the non-exhausted ballots wins, otherwise the
candidate with the fewest votes is eliminated (ties: the highest-numbered one goes).

Keywords: elections, instant-runoff voting, IRV, ranked choice, exhausted ballots, elimination
"""

from collections import Counter

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(30000, 14, 19),
    cases=[(0, 4, 1), (25, 1, 2), (7, 3, 3), (400, 6, 5), (1000, 9, 8)],
)
def instant_runoff_exhausted_ballots(n_voters: int, n_cands: int, seed: int):
    """Return (winner, rounds) with per-round (tallies, exhausted, eliminated)."""
    state = seed & 0x7FFFFFFF

    def draw(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    ballots = []
    for _ in range(n_voters):
        order = list(range(n_cands))
        for i in range(n_cands - 1, 0, -1):
            j = draw(i + 1)
            order[i], order[j] = order[j], order[i]
        length = draw(n_cands + 1)
        ballots.append(order[:length])

    continuing = set(range(n_cands))
    rounds = []
    winner = -1
    while continuing:
        tally = Counter({c: 0 for c in continuing})
        exhausted = 0
        for ballot in ballots:
            top = next((c for c in ballot if c in continuing), None)
            if top is None:
                exhausted += 1
            else:
                tally[top] += 1
        active = n_voters - exhausted
        leader = max(sorted(continuing), key=lambda c: tally[c])
        snapshot = tuple(tally[c] for c in sorted(continuing))
        if len(continuing) == 1 or 2 * tally[leader] > active:
            rounds.append((snapshot, exhausted, -1))
            winner = leader
            break
        loser = min(sorted(continuing, reverse=True), key=lambda c: tally[c])
        rounds.append((snapshot, exhausted, loser))
        continuing.discard(loser)
    return (winner, rounds)
