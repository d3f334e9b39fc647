"""K-fold cross-validation to choose k for nearest-neighbour regression.

One-dimensional inputs with a noisy sine target are split into folds by index modulo
the fold count. For each held-out point the training points of the other folds are
ordered by distance (ties by index) and the prediction for every k from 1 to k_max is
the mean of the first k targets. Returns the cross-validated MSE for each k and the best
k.

Keywords: cross-validation, k-fold, knn regression, model selection, mean squared error
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(600, 5, 15), cases=[(0, 3, 3), (2, 2, 1), (5, 5, 2), (12, 3, 4), (60, 4, 6)],
                  tolerance=1e-9)
def kfold_knn_regression_cv(n: int, folds: int, k_max: int) -> Tuple[List[float], int]:
    """Cross-validate k-NN regression for k = 1..k_max; return (mse per k, best k)."""
    if n <= 1 or folds <= 1 or k_max <= 0:
        return [], 0
    state = 9901
    xs = []
    ys = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state % 100000) / 10000.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(x)
        ys.append(math.sin(x) + (state / 0x7FFFFFFF - 0.5) * 0.4)
    errors = [0.0] * k_max
    counted = [0] * k_max
    for fold in range(folds):
        train = [i for i in range(n) if i % folds != fold]
        for i in range(fold, n, folds):
            ranked = sorted(train, key=lambda j: (abs(xs[j] - xs[i]), j))
            running = 0.0
            for k, j in enumerate(ranked[:k_max]):
                running += ys[j]
                pred = running / (k + 1)
                errors[k] += (pred - ys[i]) ** 2
                counted[k] += 1
    mse = [e / c if c else 0.0 for e, c in zip(errors, counted)]
    best = min(range(k_max), key=lambda k: (mse[k], k)) + 1
    return mse, best
