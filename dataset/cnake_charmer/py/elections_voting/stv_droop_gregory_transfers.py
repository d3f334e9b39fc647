"""Single transferable vote with a Droop quota and Gregory surplus transfers.

Ballots carry an integer weight in units of 1/100000 of a vote. Each round the
continuing candidates are tallied from every ballot's highest continuing choice. A
candidate reaching the Droop quota is elected (largest tally first, lowest number on
ties) and every ballot on their pile keeps weight * surplus // tally (the Gregory
fraction, floored); otherwise the weakest candidate is excluded (highest number on
ties) and their ballots move on at full weight. Preferences follow a popularity bias.

Keywords: elections, single transferable vote, STV, Droop quota, Gregory method, surplus transfer, proportional representation
"""

from cnake_charmer.benchmarks import python_benchmark

SCALE = 100000


@python_benchmark(
    args=(18000, 16, 5, 7),
    cases=[(0, 5, 2, 1), (40, 1, 1, 2), (9, 4, 4, 3), (300, 6, 2, 4), (2000, 10, 3, 11)],
)
def stv_droop_gregory_transfers(n_voters: int, n_cands: int, seats: int, seed: int):
    """Return (elected, quota, exhausted weight, log of (action, candidate, tally))."""
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    popularity = [1 + rand(9) for _ in range(n_cands)]
    ballots = []
    for _ in range(n_voters):
        pool = list(range(n_cands))
        ballot = []
        depth = 1 + rand(n_cands) if n_cands else 0
        while len(ballot) < depth:
            ticket = rand(sum(popularity[c] for c in pool))
            for c in pool:
                ticket -= popularity[c]
                if ticket < 0:
                    break
            ballot.append(c)
            pool.remove(c)
        ballots.append(ballot)

    weights = [SCALE] * n_voters
    quota = n_voters * SCALE // (seats + 1) + 1
    continuing = set(range(n_cands))
    elected = []
    log = []
    exhausted = 0
    while len(elected) < seats and continuing:
        tally = dict.fromkeys(continuing, 0)
        tops = []
        exhausted = 0
        for ballot, weight in zip(ballots, weights):
            top = next((c for c in ballot if c in continuing), -1)
            tops.append(top)
            if top < 0:
                exhausted += weight
            else:
                tally[top] += weight
        ranked = sorted(continuing, key=lambda c: (-tally[c], c))
        if len(continuing) + len(elected) <= seats:
            for c in ranked:
                elected.append(c)
                log.append(("fill", c, tally[c]))
            break
        best = ranked[0]
        if tally[best] >= quota:
            surplus = tally[best] - quota
            for b, top in enumerate(tops):
                if top == best:
                    weights[b] = weights[b] * surplus // tally[best]
            elected.append(best)
            log.append(("elect", best, tally[best]))
            continuing.remove(best)
        else:
            loser = ranked[-1]
            log.append(("exclude", loser, tally[loser]))
            continuing.remove(loser)
    return (elected, quota, exhausted, log)
