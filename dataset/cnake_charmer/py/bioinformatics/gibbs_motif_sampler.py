"""Gibbs sampling for a motif planted in a set of DNA sequences.

One k-mer position per sequence is kept. Each step picks a sequence at random, builds a
profile (with +1 pseudocounts) from the motifs of all the others, weighs every k-mer of
the chosen sequence by its profile probability and samples a new position in
proportion. The motif set with the lowest column-mismatch score is remembered; its
score, motifs, consensus and the step at which it was found are returned.

Keywords: bioinformatics, motif finding, gibbs sampling, profile, consensus, randomized algorithm, dna
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 90, 9, 2000, 37), cases=[(0, 20, 4, 10, 1), (1, 10, 3, 5, 2), (3, 4, 5, 5, 3), (5, 30, 6, 40, 4)])
def gibbs_motif_sampler(t: int, length: int, k: int, steps: int, seed: int) -> Tuple[int, List[str], str, int, List[int]]:
    """Return (best score, best motifs, their consensus, step found (-1 = start), final positions)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    if t == 0 or length < k:
        return (0, [], "", -1, [])
    planted = "".join("ACGT"[draw(4)] for _ in range(k))
    sequences = []
    for _ in range(t):
        bases = ["ACGT"[draw(4)] for _ in range(length)]
        at = draw(length - k + 1)
        for j, base in enumerate(planted):
            bases[at + j] = "ACGT"[draw(4)] if draw(5) == 0 else base
        sequences.append("".join(bases))

    def motifs_at(positions: List[int]) -> List[str]:
        return [s[p:p + k] for s, p in zip(sequences, positions)]

    def score(motifs: List[str]) -> int:
        return sum(len(motifs) - max(column.count(b) for b in "ACGT") for column in zip(*motifs))

    positions = [draw(length - k + 1) for _ in range(t)]
    best_positions, best_score, found = positions[:], score(motifs_at(positions)), -1
    for step in range(steps):
        i = draw(t)
        others = [m for j, m in enumerate(motifs_at(positions)) if j != i]
        profile = [{b: ([m[col] for m in others].count(b) + 1) / (t + 3) for b in "ACGT"} for col in range(k)]
        weights = []
        for p in range(length - k + 1):
            w = 1.0
            for col, base in enumerate(sequences[i][p:p + k]):
                w *= profile[col][base]
            weights.append(w)
        total = 0.0
        for w in weights:
            total += w
        target = (draw(1 << 15) * (1 << 15) + draw(1 << 15)) / (1 << 30) * total
        chosen, running = len(weights) - 1, 0.0
        for p, w in enumerate(weights):
            running += w
            if target < running:
                chosen = p
                break
        positions[i] = chosen
        current = score(motifs_at(positions))
        if current < best_score:
            best_positions, best_score, found = positions[:], current, step
    best = motifs_at(best_positions)
    consensus = "".join(max("ACGT", key=column.count) for column in zip(*best))
    return (best_score, best, consensus, found, positions)
