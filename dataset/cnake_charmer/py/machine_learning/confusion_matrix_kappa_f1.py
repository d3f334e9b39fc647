"""Multi-class confusion matrix with per-class F1, macro F1 and Cohen's kappa.

True labels over n_classes are drawn by an LCG with a skewed distribution and a noisy
classifier predicts the true label most of the time, otherwise a label biased towards
its neighbour class. The confusion matrix is tallied, then precision, recall and F1 per
class, the macro-averaged F1, the overall accuracy and Cohen's kappa are derived.

Keywords: confusion matrix, f1 score, cohen kappa, precision, recall, evaluation metrics
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 6), cases=[(0, 3), (1, 2), (10, 1), (50, 4), (1000, 5)])
def confusion_matrix_kappa_f1(n: int, n_classes: int) -> Tuple[List[List[int]], List[float], float, float, float]:
    """Score a noisy classifier; return (confusion, per-class F1, macro F1, accuracy, kappa)."""
    if n <= 0 or n_classes <= 0:
        return [], [], 0.0, 0.0, 0.0
    state = 2468
    pairs = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state % 1000
        truth = (u * u // 1000) * n_classes // 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state % 100
        if r < 70:
            pred = truth
        elif r < 90:
            pred = (truth + 1) % n_classes
        else:
            pred = (state >> 8) % n_classes
        pairs.append((truth, pred))
    tally = Counter(pairs)
    matrix = [[tally[(t, p)] for p in range(n_classes)] for t in range(n_classes)]
    row_sums = [sum(row) for row in matrix]
    col_sums = [sum(col) for col in zip(*matrix)]
    f1s = []
    for c in range(n_classes):
        tp = matrix[c][c]
        precision = tp / col_sums[c] if col_sums[c] else 0.0
        recall = tp / row_sums[c] if row_sums[c] else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    accuracy = sum(matrix[c][c] for c in range(n_classes)) / n
    expected = sum(r * c for r, c in zip(row_sums, col_sums)) / (n * n)
    kappa = (accuracy - expected) / (1.0 - expected) if expected != 1.0 else 0.0
    return matrix, f1s, sum(f1s) / n_classes, accuracy, kappa
