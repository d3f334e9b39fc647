"""Schulze method on a noisy spatial electorate, via widest (bottleneck) paths.

Candidates and voters sit on a 1000x1000 plane; a voter ranks candidates by squared
distance plus personal noise (lower candidate number first on equal scores). From the
pairwise preference matrix d, the strongest path strength p[i][j] is the widest path
over links with d[i][j] > d[j][i] (Floyd-Warshall style). Winners beat-or-tie every
rival on path strength; the full order sorts by the number of rivals beaten.

Keywords: elections, Schulze method, Condorcet, widest path, beatpath, pairwise preferences, spatial voting
"""

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(2600, 32, 91),
    cases=[(0, 3, 1), (11, 1, 2), (5, 2, 3), (60, 7, 4), (301, 12, 5)],
)
def schulze_widest_path_ranking(n_voters: int, n_cands: int, seed: int):
    """Return (winners, full ranking, path-strength checksum, first row of d)."""
    state = seed & 0x7FFFFFFF

    def rnd(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    spots = [(rnd(1000), rnd(1000)) for _ in range(n_cands)]
    d = [[0] * n_cands for _ in range(n_cands)]
    for _ in range(n_voters):
        vx, vy = rnd(1000), rnd(1000)
        score = {c: (x - vx) ** 2 + (y - vy) ** 2 + rnd(90000) for c, (x, y) in enumerate(spots)}
        ranking = sorted(range(n_cands), key=lambda c: (score[c], c))
        for pos, better in enumerate(ranking):
            for worse in ranking[pos + 1:]:
                d[better][worse] += 1

    p = [[d[i][j] if d[i][j] > d[j][i] else 0 for j in range(n_cands)] for i in range(n_cands)]
    for k in range(n_cands):
        for i in range(n_cands):
            if i == k:
                continue
            for j in range(n_cands):
                if j != i and j != k:
                    p[i][j] = max(p[i][j], min(p[i][k], p[k][j]))

    beaten = {i: sum(1 for j in range(n_cands) if p[i][j] > p[j][i]) for i in range(n_cands)}
    winners = [i for i in range(n_cands) if all(p[i][j] >= p[j][i] for j in range(n_cands))]
    order = sorted(range(n_cands), key=lambda c: (-beaten[c], c))
    checksum = sum((i * 31 + j) * p[i][j] for i in range(n_cands) for j in range(n_cands)) % 1000000007
    return (winners, order, checksum, d[0] if d else [])
