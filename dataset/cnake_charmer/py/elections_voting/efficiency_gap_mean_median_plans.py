"""Partisan-fairness metrics of random districting plans: efficiency gap and mean-median difference.

A strip of precincts with a drifting two-party lean is cut into contiguous districts at
random cut points, many times. For each plan the function counts seats, wasted votes
(every losing vote plus the winner's votes beyond the bare majority), the efficiency
gap (wasted A minus wasted B over all votes) and the mean-median difference of party
A's district vote shares. Plans are summarised by the extremes and a seats histogram.

Keywords: elections, gerrymandering, efficiency gap, wasted votes, mean-median difference, redistricting, partisan bias
"""

from collections import Counter
from statistics import median

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(1800, 600, 13, 77),
    cases=[(0, 50, 4, 1), (3, 30, 1, 2), (5, 20, 3, 3), (40, 90, 6, 4), (200, 120, 9, 5)],
)
def efficiency_gap_mean_median_plans(n_plans: int, n_precincts: int, n_districts: int, seed: int):
    """Return (seat histogram, min/max efficiency gap, min/max mean-median, first plan detail)."""
    state = seed & 0x7FFFFFFF

    def rnd(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    lean = 50
    precincts = []
    for _ in range(n_precincts):
        lean = min(90, max(10, lean + rnd(11) - 5))
        voters = 300 + rnd(700)
        a = voters * lean // 100
        precincts.append((a, voters - a))

    k = min(n_districts, n_precincts)
    seat_hist = Counter()
    gaps, mean_medians = [], []
    first = None
    for plan in range(n_plans if k > 0 else 0):
        cuts = set()
        while len(cuts) < k - 1:
            cuts.add(1 + rnd(n_precincts - 1))
        bounds = [0] + sorted(cuts) + [n_precincts]
        seats_a = 0
        wasted_a = wasted_b = total = 0
        shares = []
        for lo, hi in zip(bounds, bounds[1:]):
            a = sum(p[0] for p in precincts[lo:hi])
            b = sum(p[1] for p in precincts[lo:hi])
            need = (a + b) // 2 + 1
            if a > b:
                seats_a += 1
                wasted_a += a - need
                wasted_b += b
            else:
                wasted_b += b - need if b > a else 0
                wasted_a += a
            total += a + b
            shares.append(a / (a + b))
        gap = (wasted_a - wasted_b) / total
        mean_share = 0.0
        for s in shares:
            mean_share += s
        mm = mean_share / len(shares) - median(shares)
        seat_hist[seats_a] += 1
        gaps.append(gap)
        mean_medians.append(mm)
        if plan == 0:
            first = (bounds, seats_a, wasted_a, wasted_b)
    if not gaps:
        return ([], 0.0, 0.0, 0.0, 0.0, None)
    return (sorted(seat_hist.items()), min(gaps), max(gaps), min(mean_medians), max(mean_medians), first)
