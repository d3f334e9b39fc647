"""Scanning both strands of a genome with a position weight matrix (PWM).

Aligned binding sites (noisy copies of a consensus) are counted column by column and
turned into log2-odds scores against a uniform background, with pseudocounts. Every
window of the genome, and of its reverse complement, is scored by adding the column
scores; windows above 85% of the score range are reported as hits with their strand.

Keywords: bioinformatics, position weight matrix, motif scanning, log odds, transcription factor binding, dna
"""

import math
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

COMPLEMENT = str.maketrans("ACGT", "TGCA")


@python_benchmark(args=(80000, 40, 12, 15), cases=[(0, 10, 8, 1), (5, 0, 6, 2), (20, 5, 1, 3), (3000, 20, 8, 4)])
def pwm_log_odds_scan(n: int, sites: int, width: int, seed: int) -> Tuple[float, int, int, Tuple[int, str, float], List[Tuple[int, str, float]]]:
    """Return (threshold, hits, hits on + strand, best hit, first 8 hits (position, strand, score))."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    def noisy(motif: str) -> str:
        return "".join("ACGT"[draw(4)] if draw(4) == 0 else base for base in motif)

    consensus = "".join("ACGT"[draw(4)] for _ in range(width))
    aligned = [noisy(consensus) for _ in range(sites)]
    pwm = []
    for column in range(width):
        counts = Counter(site[column] for site in aligned)
        pwm.append({base: math.log2((counts[base] + 0.5) / (sites + 2) / 0.25) for base in "ACGT"})
    best_total = worst_total = 0.0
    for column in pwm:
        best_total += max(column.values())
        worst_total += min(column.values())
    threshold = worst_total + 0.85 * (best_total - worst_total)

    pieces, size = [], 0
    while size < n:
        if draw(500) == 0:
            site = noisy(consensus)
            pieces.append(site.translate(COMPLEMENT)[::-1] if draw(2) else site)
            size += width
        else:
            pieces.append("ACGT"[draw(4)])
            size += 1
    genome = "".join(pieces)[:n]

    def score(window: str) -> float:
        total = 0.0
        for column, base in zip(pwm, window):
            total += column[base]
        return total

    hits = []
    for i in range(len(genome) - width + 1):
        window = genome[i:i + width]
        for strand, text in (("+", window), ("-", window.translate(COMPLEMENT)[::-1])):
            value = score(text)
            if value >= threshold:
                hits.append((i, strand, value))
    best = max(hits, key=lambda h: (h[2], -h[0]), default=(-1, "", 0.0))
    plus = sum(1 for h in hits if h[1] == "+")
    return (threshold, len(hits), plus, best, hits[:8])
