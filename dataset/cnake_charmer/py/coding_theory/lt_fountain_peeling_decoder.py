"""Luby-transform fountain code with an incremental peeling (belief-propagation) decoder.

Each trial draws k random 32-bit source symbols, then streams encoded symbols: a degree
from a soliton-like distribution with an extra degree-1 mass and a spike (integer
weights), that many distinct source indices, and the XOR of their values. The decoder
strips already-recovered sources from each arrival; a degree-one symbol releases a
source, which is peeled out of every pending symbol, possibly releasing more. The run
stops when all k sources are known or the reception budget is exhausted.

Keywords: coding theory, fountain code, LT code, erasure code, peeling decoder, soliton distribution, belief propagation
"""

from bisect import bisect_right

from cnake_charmer.benchmarks import python_benchmark


class Lcg64:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def below(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


def degree_cumulative(k):
    scale = 1 << 20
    weights = [0] * (k + 1)
    weights[1] = scale // k + scale // 50
    for d in range(2, k + 1):
        weights[d] = scale // (d * (d - 1))
    weights[max(2, k // 20) if k >= 2 else 1] += scale // 10
    cumulative, total = [], 0
    for d in range(1, k + 1):
        total += weights[d]
        cumulative.append(total)
    return cumulative


def lt_trial(k, rng, cumulative, budget):
    """Return (symbols received, sources recovered, ripple releases, recovered values)."""
    sources = [rng.below(1 << 31) ^ (rng.below(2) << 31) for _ in range(k)]
    recovered = [None] * k
    known = 0
    releases = 0
    pending = {}
    containing = [[] for _ in range(k)]
    received = 0
    while known < k and received < budget:
        sid = received
        received += 1
        degree = bisect_right(cumulative, rng.below(cumulative[-1])) + 1
        chosen = []
        while len(chosen) < degree:
            s = rng.below(k)
            if s not in chosen:
                chosen.append(s)
        value = 0
        for s in chosen:
            value ^= sources[s]
        unknown = set()
        for s in chosen:
            if recovered[s] is None:
                unknown.add(s)
            else:
                value ^= recovered[s]
        if not unknown:
            continue
        ripple = []
        if len(unknown) == 1:
            ripple.append((unknown.pop(), value))
        else:
            pending[sid] = [unknown, value]
            for s in unknown:
                containing[s].append(sid)
        while ripple:
            s, v = ripple.pop()
            if recovered[s] is not None:
                continue
            recovered[s] = v
            known += 1
            releases += 1
            for other in containing[s]:
                entry = pending.get(other)
                if entry is None:
                    continue
                entry[0].discard(s)
                entry[1] ^= v
                if len(entry[0]) == 1:
                    ripple.append((next(iter(entry[0])), entry[1]))
                    del pending[other]
            containing[s] = []
    return received, known, releases, recovered, sources


@python_benchmark(args=(1500, 5, 3, 9), cases=[(1, 3, 2, 1), (50, 0, 2, 2), (40, 4, 1, 3), (200, 3, 0, 4), (8, 6, 2, 5)])
def lt_fountain_peeling_decoder(k: int, trials: int, budget_factor: int, seed: int):
    """Return (symbols received, failed trials, releases, wrong symbols, checksum of recovered data)."""
    rng = Lcg64(seed)
    cumulative = degree_cumulative(k)
    budget = budget_factor * k + 20
    total_received = failures = total_releases = wrong = 0
    checksum = 0
    for _ in range(trials):
        received, known, releases, recovered, sources = lt_trial(k, rng, cumulative, budget)
        total_received += received
        total_releases += releases
        if known < k:
            failures += 1
        for value, truth in zip(recovered, sources):
            if value is not None and value != truth:
                wrong += 1
            checksum = (checksum * 31 + (value if value is not None else 7)) % 1000000007
    return total_received, failures, total_releases, wrong, checksum
