"""Best single-feature threshold split by Gini impurity (a decision stump).

Rows of small integer features carry one of three labels that depend on two of the
features through fixed rules plus noise. For every feature the rows are sorted by value
and every boundary between distinct values is scored by the weighted Gini impurity of
the two sides. Returns the best feature, threshold, impurity and the class counts of
both sides, plus the best impurity reached by each feature.

Keywords: decision stump, gini impurity, split search, decision tree, classification
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _gini(counts: List[int], total: int) -> float:
    if total == 0:
        return 0.0
    squares = 0.0
    for c in counts:
        share = c / total
        squares += share * share
    return 1.0 - squares


@python_benchmark(args=(12000, 6), cases=[(0, 3), (1, 2), (5, 0), (12, 3), (300, 4)])
def decision_stump_gini_split(n: int, n_features: int) -> Tuple[int, float, float, List[int], List[int], List[float]]:
    """Find the Gini-optimal stump; return (feature, threshold, impurity, left, right, per-feature)."""
    if n <= 0 or n_features <= 0:
        return -1, 0.0, 0.0, [], [], []
    state = 5150
    rows = []
    labels = []
    for _ in range(n):
        feats = []
        for _ in range(n_features):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            feats.append(state % 200)
        a = feats[0]
        b = feats[n_features // 2]
        label = 0 if a < 70 else (1 if b < 120 else 2)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            label = (label + 1) % 3
        rows.append(feats)
        labels.append(label)

    total_counts = [labels.count(c) for c in range(3)]
    best = (-1, 0.0, _gini(total_counts, n), [], [])
    per_feature = []
    for f in range(n_features):
        order = sorted(range(n), key=lambda i: rows[i][f])
        left = [0, 0, 0]
        right = list(total_counts)
        feature_best = _gini(total_counts, n)
        for pos in range(n - 1):
            i = order[pos]
            left[labels[i]] += 1
            right[labels[i]] -= 1
            v, nxt = rows[i][f], rows[order[pos + 1]][f]
            if v == nxt:
                continue
            nl = pos + 1
            nr = n - nl
            impurity = (nl * _gini(left, nl) + nr * _gini(right, nr)) / n
            if impurity < feature_best:
                feature_best = impurity
            if impurity < best[2]:
                best = (f, (v + nxt) / 2.0, impurity, list(left), list(right))
        per_feature.append(feature_best)
    return best[0], best[1], best[2], best[3], best[4], per_feature
