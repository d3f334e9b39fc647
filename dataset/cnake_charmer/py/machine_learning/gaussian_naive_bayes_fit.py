"""Gaussian naive Bayes: fit per-class feature moments, then classify a test set.

Four classes each draw their features from class-specific centres plus an LCG
approximation of Gaussian noise (a sum of three uniforms). Fitting records the class
priors and per-feature means and variances; prediction takes the class with the largest
log posterior. Returns the accuracy count, the confusion matrix and the fitted means of
the first class.

Keywords: naive bayes, gaussian, classifier, log likelihood, variance, supervised
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CLASSES = 4


def _draw(count: int, dim: int, state: int) -> Tuple[List[Tuple[List[float], int]], int]:
    rows = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        label = state % CLASSES
        feats = []
        for j in range(dim):
            noise = 0.0
            for _ in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise += state / 0x7FFFFFFF - 0.5
            centre = ((label * 7 + j * 3) % 11) / 4.0
            feats.append(centre + noise * (1.0 + 0.25 * label))
        rows.append((feats, label))
    return rows, state


@python_benchmark(args=(4000, 2500, 8), cases=[(0, 5, 3), (8, 0, 3), (4, 4, 2), (30, 20, 1), (200, 100, 5)])
def gaussian_naive_bayes_fit(n_train: int, n_test: int, dim: int) -> Tuple[int, List[List[int]], List[float]]:
    """Fit Gaussian NB on n_train rows and score n_test rows; return (correct, confusion, means0)."""
    empty = [[0] * CLASSES for _ in range(CLASSES)]
    if n_train <= 0 or n_test <= 0 or dim <= 0:
        return 0, empty, []
    train, state = _draw(n_train, dim, 4242)
    test, _ = _draw(n_test, dim, state)
    models = []
    for c in range(CLASSES):
        members = [feats for feats, label in train if label == c]
        if not members:
            models.append(None)
            continue
        columns = list(zip(*members))
        means = [sum(col) / len(col) for col in columns]
        variances = [sum((v - m) ** 2 for v in col) / len(col) + 1e-3 for col, m in zip(columns, means)]
        prior = math.log(len(members) / n_train)
        models.append((prior, means, variances))
    confusion = empty
    for feats, label in test:
        best_class, best_score = -1, -math.inf
        for c, model in enumerate(models):
            if model is None:
                continue
            prior, means, variances = model
            score = prior
            for v, m, var in zip(feats, means, variances):
                score -= 0.5 * math.log(2.0 * math.pi * var) + (v - m) ** 2 / (2.0 * var)
            if score > best_score:
                best_class, best_score = c, score
        confusion[label][best_class] += 1
    correct = sum(confusion[c][c] for c in range(CLASSES))
    first = models[0][1] if models[0] is not None else []
    return correct, confusion, first
