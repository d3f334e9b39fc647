"""ROC and precision-recall curves of a scored binary classifier, with their areas.

Scores are quantised LCG values shifted upwards for positives, so many scores tie. The
samples are sorted by descending score and each distinct score becomes one threshold
(ties move together). The ROC area is integrated by trapezoids, average precision sums
precision times recall increments. Returns both areas, the number of thresholds, the
best Youden J threshold and a few sampled ROC points.

Keywords: roc curve, auc, precision recall, average precision, threshold, evaluation
"""

from itertools import groupby
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000,), cases=[(0,), (1,), (2,), (7,), (500,)])
def roc_pr_curve_areas(n: int) -> Tuple[float, float, int, int, List[Tuple[int, int]]]:
    """Build ROC/PR curves for n scored samples; return (auc, ap, thresholds, youden, samples)."""
    if n <= 0:
        return 0.0, 0.0, 0, 0, []
    state = 11235
    samples = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        positive = state % 3 == 0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        score = state % 1000 + (350 if positive else 0)
        samples.append((score, positive))
    total_pos = sum(1 for _, p in samples if p)
    total_neg = n - total_pos
    samples.sort(key=lambda s: -s[0])
    tp = fp = 0
    auc = 0.0
    ap = 0.0
    curve = [(0, 0)]
    best_j, best_threshold = -1.0, 0
    for score, group in groupby(samples, key=lambda s: s[0]):
        labels = [p for _, p in group]
        gp = sum(labels)
        prev_tp, prev_fp = tp, fp
        tp += gp
        fp += len(labels) - gp
        if total_pos and total_neg:
            auc += (fp - prev_fp) * (tp + prev_tp) / 2.0
            j = tp / total_pos - fp / total_neg
            if j > best_j:
                best_j, best_threshold = j, score
        if total_pos:
            ap += (tp - prev_tp) / total_pos * (tp / (tp + fp))
        curve.append((tp, fp))
    if total_pos and total_neg:
        auc /= total_pos * total_neg
    step = max(1, len(curve) // 8)
    return auc, ap, len(curve) - 1, best_threshold, curve[::step]
