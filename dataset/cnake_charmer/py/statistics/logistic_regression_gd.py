"""Logistic regression fitted by full-batch gradient descent.

n labelled points in d dimensions come from an LCG, with labels drawn from a known
logistic model. Weights (plus bias) are fitted by `epochs` steps of gradient descent
on the mean log-loss. Returns the fitted weights, the final log-loss and the training
accuracy.

Keywords: logistic regression, gradient descent, log loss, sigmoid, classification
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@python_benchmark(args=(2000, 5, 20), cases=[(0, 2, 5), (1, 1, 3), (10, 3, 0), (20, 2, 10)])
def logistic_regression_gd(n: int, d: int, epochs: int) -> Tuple[List[float], float, float]:
    """Fit logistic regression; return weights (bias last), final log-loss and accuracy."""
    if n <= 0:
        return [0.0] * (d + 1), 0.0, 0.0
    state = 1729
    true_w = [((j * 7) % 5 - 2) * 0.8 for j in range(d)]
    xs = []
    ys = []
    for _ in range(n):
        row = []
        for _ in range(d):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state / 0x7FFFFFFF * 4.0 - 2.0)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        p = _sigmoid(sum(w * x for w, x in zip(true_w, row)) + 0.3)
        xs.append(row)
        ys.append(1 if state / 0x7FFFFFFF < p else 0)
    w = [0.0] * d
    b = 0.0
    rate = 0.5
    for _ in range(epochs):
        grad = [0.0] * d
        grad_b = 0.0
        for row, y in zip(xs, ys):
            err = _sigmoid(sum(wj * xj for wj, xj in zip(w, row)) + b) - y
            for j in range(d):
                grad[j] += err * row[j]
            grad_b += err
        w = [wj - rate * g / n for wj, g in zip(w, grad)]
        b -= rate * grad_b / n
    loss = 0.0
    correct = 0
    for row, y in zip(xs, ys):
        p = _sigmoid(sum(wj * xj for wj, xj in zip(w, row)) + b)
        p = min(max(p, 1e-12), 1.0 - 1e-12)
        loss -= y * math.log(p) + (1 - y) * math.log(1.0 - p)
        correct += (p >= 0.5) == (y == 1)
    return w + [b], loss / n, correct / n
