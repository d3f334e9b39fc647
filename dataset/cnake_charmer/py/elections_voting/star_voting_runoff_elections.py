"""STAR voting (Score Then Automatic Runoff) across many elections, with min-max exaggerators.

Voters score candidates 0-5 from a shared appeal plus personal taste; a third of them
exaggerate, giving 5 to their favourite(s) and 0 to everyone else. The two highest
score totals advance (lower number on ties); the finalist preferred on more ballots
wins the runoff, falling back to the higher total, then the lower number. The result
compares STAR with plain score voting and plurality of favourites.

Keywords: elections, STAR voting, score voting, automatic runoff, range voting, cardinal ballots, strategic exaggeration, plurality
"""

from collections import Counter

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(500, 120, 7, 33),
    cases=[(0, 10, 3, 1), (4, 0, 3, 2), (3, 9, 1, 3), (20, 11, 2, 4), (60, 25, 5, 5)],
)
def star_voting_runoff_elections(n_elections: int, n_voters: int, n_cands: int, seed: int):
    """Return (STAR win counts, score disagreements, plurality disagreements, runoff ties, first election)."""
    state = seed & 0x7FFFFFFF

    def die(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    star_wins = [0] * n_cands
    differs_score = differs_plurality = runoff_ties = 0
    first = None
    for e in range(n_elections):
        appeal = [die(4) for _ in range(n_cands)]
        ballots = []
        for _ in range(n_voters):
            ballot = [min(5, appeal[c] + die(3)) for c in range(n_cands)]
            if die(3) == 0:
                best = max(ballot, default=0)
                ballot = [5 if s == best else 0 for s in ballot]
            ballots.append(ballot)
        if n_cands == 0:
            continue
        totals = [sum(b[c] for b in ballots) for c in range(n_cands)]
        by_total = sorted(range(n_cands), key=lambda c: (-totals[c], c))
        if n_cands == 1:
            winner, a_pref, b_pref = by_total[0], 0, 0
        else:
            a, b = by_total[0], by_total[1]
            a_pref = sum(1 for ballot in ballots if ballot[a] > ballot[b])
            b_pref = sum(1 for ballot in ballots if ballot[b] > ballot[a])
            if a_pref != b_pref:
                winner = a if a_pref > b_pref else b
            else:
                runoff_ties += 1
                winner = a
        favourites = Counter(max(range(n_cands), key=lambda c: (ballot[c], -c)) for ballot in ballots)
        plurality = min(range(n_cands), key=lambda c: (-favourites[c], c))
        star_wins[winner] += 1
        differs_score += winner != by_total[0]
        differs_plurality += winner != plurality
        if first is None:
            first = (totals, by_total[:2], a_pref, b_pref, winner, plurality)
    return (star_wins, differs_score, differs_plurality, runoff_ties, first)
