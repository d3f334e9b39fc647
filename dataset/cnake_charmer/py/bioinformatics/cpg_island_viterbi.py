"""CpG island detection with a two-state hidden Markov model decoded by Viterbi.

A genome is sampled from the model itself: long background stretches (AT-rich) and
shorter GC-rich islands. The Viterbi algorithm, in log space, recovers the most
probable state path; runs of the island state become the predicted islands. The path
log-probability, the islands found and the agreement with the true labels are returned.

Keywords: bioinformatics, hidden markov model, viterbi, cpg island, dynamic programming, log probability
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# state 0: background, state 1: CpG island
TRANSITION = [[0.9995, 0.0005], [0.004, 0.996]]
EMISSION = [[0.30, 0.20, 0.20, 0.30], [0.15, 0.35, 0.35, 0.15]]


@python_benchmark(args=(90000, 17), cases=[(0, 1), (1, 2), (2, 3), (500, 4), (6000, 5)])
def cpg_island_viterbi(n: int, seed: int) -> Tuple[float, int, List[Tuple[int, int]], int, int]:
    """Return (best path log-probability, islands, first 6 (start, end), island bases, labels agreeing)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    truth, genome = [], []
    hidden = 0
    for _ in range(n):
        roll = draw(10000)
        if roll < TRANSITION[hidden][1 - hidden] * 10000:
            hidden = 1 - hidden
        roll = draw(100)
        cumulative = 0
        for base, p in zip("ACGT", EMISSION[hidden]):
            cumulative += round(p * 100)
            if roll < cumulative:
                break
        truth.append(hidden)
        genome.append(base)
    if not genome:
        return (0.0, 0, [], 0, 0)

    log_t = [[math.log(p) for p in row] for row in TRANSITION]
    log_e = [dict(zip("ACGT", (math.log(p) for p in row))) for row in EMISSION]
    scores = [math.log(0.5) + log_e[s][genome[0]] for s in (0, 1)]
    back = []
    for base in genome[1:]:
        pointers, new_scores = [], []
        for s in (0, 1):
            from_bg = scores[0] + log_t[0][s]
            from_island = scores[1] + log_t[1][s]
            came = 1 if from_island > from_bg else 0
            pointers.append(came)
            new_scores.append(max(from_bg, from_island) + log_e[s][base])
        back.append(pointers)
        scores = new_scores

    current = 1 if scores[1] > scores[0] else 0
    path = [current]
    for pointers in reversed(back):
        current = pointers[current]
        path.append(current)
    path.reverse()

    islands = []
    start = None
    for i, s in enumerate(path + [0]):
        if s == 1 and start is None:
            start = i
        elif s == 0 and start is not None:
            islands.append((start, i))
            start = None
    agree = sum(1 for p, q in zip(path, truth) if p == q)
    return (max(scores), len(islands), islands[:6], sum(path), agree)
