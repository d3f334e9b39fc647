"""Rice coding of prediction residuals with a per-block parameter.

A slowly varying signal is predicted by its previous sample; residuals are zigzag
mapped and, for every block of 64, the Rice parameter ``k`` (0..15) that minimises the
coded size is chosen, as lossless audio coders such as FLAC do.

Keywords: golomb rice, residuals, prediction, flac, parameter search, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 9), cases=[(0, 1), (1, 2), (65, 3), (1000, 4)])
def golomb_rice_residuals(n: int, seed: int) -> Tuple[int, List[int], List[int]]:
    """Return (total coded bits, histogram of chosen k, first 10 chosen k)."""
    state = seed
    samples = []
    x = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        loud = 1 + (i // 500) % 8
        x += ((state >> 8) % (8 * loud * loud + 1)) - 4 * loud * loud
        samples.append(x)
    residuals = [s - p for s, p in zip(samples, [0] + samples[:-1])]
    mapped = [2 * r if r >= 0 else -2 * r - 1 for r in residuals]
    total = 0
    hist = [0] * 16
    chosen = []
    for start in range(0, n, 64):
        block = mapped[start:start + 64]
        best_k = min(range(16), key=lambda k: sum((v >> k) + 1 + k for v in block))
        total += 4 + sum((v >> best_k) + 1 + best_k for v in block)
        hist[best_k] += 1
        chosen.append(best_k)
    return (total, hist, chosen[:10])
