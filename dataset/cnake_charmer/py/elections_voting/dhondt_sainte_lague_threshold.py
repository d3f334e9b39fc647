"""D'Hondt vs Sainte-Laguë highest-averages seat allocation over many districts with a 5 % threshold.

Each district has a random magnitude and party votes drawn around national strengths.
Parties under 5 % of the district vote are excluded. Seats go one at a time to the
party with the largest quotient: votes / (s + 1) for D'Hondt, votes / (2s + 1) for
Sainte-Laguë (exact fractions; lower party number on ties). The Gallagher
least-squares index measures the national disproportionality of each method.

Keywords: elections, apportionment, D'Hondt, Sainte-Lague, Webster, highest averages, electoral threshold, Gallagher index, proportional representation
"""

from fractions import Fraction
from math import sqrt

from cnake_charmer.benchmarks import python_benchmark


def _allocate(votes, eligible, magnitude, divisor):
    seats = [0] * len(votes)
    for _ in range(magnitude if eligible else 0):
        winner = max(eligible, key=lambda p: (Fraction(votes[p], divisor(seats[p])), -p))
        seats[winner] += 1
    return seats


def _gallagher(votes, seats):
    total_v, total_s = 0, 0
    for x in votes:
        total_v += x
    for x in seats:
        total_s += x
    if total_v == 0 or total_s == 0:
        return 0.0
    acc = 0.0
    for v, s in zip(votes, seats):
        diff = 100.0 * v / total_v - 100.0 * s / total_s
        acc += diff * diff
    return sqrt(acc / 2.0)


@python_benchmark(
    args=(700, 8, 41),
    cases=[(0, 4, 1), (3, 1, 2), (5, 2, 3), (40, 5, 4), (120, 12, 5)],
)
def dhondt_sainte_lague_threshold(n_districts: int, n_parties: int, seed: int):
    """Return national seats, Gallagher index per method, split districts and a sample."""
    state = seed & 0x7FFFFFFF

    def draw(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    strength = [1 + draw(40) for _ in range(n_parties)]
    national_votes = [0] * n_parties
    dh_total = [0] * n_parties
    sl_total = [0] * n_parties
    split = 0
    sample = []
    for d in range(n_districts):
        magnitude = 2 + draw(11)
        votes = [strength[p] * (200 + draw(800)) for p in range(n_parties)]
        district_total = sum(votes)
        eligible = [p for p in range(n_parties) if 20 * votes[p] >= district_total]
        dh = _allocate(votes, eligible, magnitude, lambda s: s + 1)
        sl = _allocate(votes, eligible, magnitude, lambda s: 2 * s + 1)
        split += dh != sl
        if d < 3:
            sample.append((magnitude, dh, sl))
        for p in range(n_parties):
            national_votes[p] += votes[p]
            dh_total[p] += dh[p]
            sl_total[p] += sl[p]
    return (dh_total, sl_total, _gallagher(national_votes, dh_total),
            _gallagher(national_votes, sl_total), split, sample)
