"""Committee elections from approval ballots: plain approval vs sequential PAV.

Voters belong to one of several factions and approve a random subset that leans to
their faction's candidates. Plain approval voting takes the k most approved
candidates; sequential proportional approval voting (Thiele) adds, one seat at a
time, the candidate whose election raises the PAV score sum of 1 + 1/2 + ... + 1/r
(r = approved members elected) the most. Marginal gains are added voter by voter.

Keywords: elections, approval voting, proportional approval voting, PAV, Thiele, committee, multiwinner, harmonic weights
"""

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(9000, 24, 8, 4, 29),
    cases=[(0, 5, 2, 2, 1), (15, 1, 1, 1, 2), (20, 6, 6, 3, 3), (300, 10, 4, 2, 4), (501, 12, 5, 3, 7)],
)
def sequential_pav_approval_committee(n_voters: int, n_cands: int, seats: int, factions: int, seed: int):
    """Return (approval committee, PAV committee, per-step gains, approval counts, satisfaction)."""
    state = seed & 0x7FFFFFFF

    def coin(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    ballots = []
    for _ in range(n_voters):
        faction = coin(factions)
        ballots.append({c for c in range(n_cands)
                        if coin(10) < (6 if c % factions == faction else 1)})

    approvals = [sum(1 for b in ballots if c in b) for c in range(n_cands)]
    av_committee = sorted(range(n_cands), key=lambda c: (-approvals[c], c))[:seats]

    committee = []
    gains = []
    satisfied = [0] * n_voters
    for _ in range(min(seats, n_cands)):
        best, best_gain = -1, -1.0
        for c in range(n_cands):
            if c in committee:
                continue
            gain = 0.0
            for v, ballot in enumerate(ballots):
                if c in ballot:
                    gain += 1.0 / (satisfied[v] + 1)
            if gain > best_gain:
                best, best_gain = c, gain
        committee.append(best)
        gains.append(best_gain)
        for v, ballot in enumerate(ballots):
            if best in ballot:
                satisfied[v] += 1
    histogram = [satisfied.count(r) for r in range(len(committee) + 1)]
    return (av_committee, committee, gains, approvals, histogram)
