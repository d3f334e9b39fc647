"""Binary logistic regression trained by stochastic gradient descent.

Feature vectors are LCG uniforms in [-1, 1]; labels come from a hidden linear model
passed through a noisy threshold. Weights follow per-sample SGD with L2 decay and a
learning rate that shrinks each epoch. Returns the weights, the bias, the mean log-loss
after every epoch and the final training accuracy count.

Keywords: logistic regression, sgd, sigmoid, log loss, l2 regularisation, classifier
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@python_benchmark(args=(3000, 10, 8, 0.1), cases=[(0, 3, 2, 0.1), (1, 1, 1, 0.5), (20, 3, 0, 0.1), (50, 4, 5, 0.05), (200, 6, 3, 0.2)],
                  tolerance=1e-7)
def logistic_regression_sgd(n: int, dim: int, epochs: int, lr: float) -> Tuple[List[float], float, List[float], int]:
    """Fit logistic regression by SGD; return (weights, bias, loss per epoch, correct)."""
    if n <= 0 or dim <= 0:
        return [], 0.0, [], 0
    state = 31337
    truth = []
    for _ in range(dim):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        truth.append(state / 0x7FFFFFFF * 4.0 - 2.0)
    data = []
    for _ in range(n):
        xs = []
        for _ in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xs.append(state / 0x7FFFFFFF * 2.0 - 1.0)
        z = 0.0
        for t, x in zip(truth, xs):
            z += t * x
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = state / 0x7FFFFFFF - 0.5
        data.append((xs, 1 if z + noise > 0.1 else 0))

    weights = [0.0] * dim
    bias = 0.0
    decay = 1e-4
    losses = []
    for epoch in range(epochs):
        rate = lr / (1.0 + epoch)
        for xs, label in data:
            z = bias
            for w, x in zip(weights, xs):
                z += w * x
            err = _sigmoid(z) - label
            weights = [w - rate * (err * x + decay * w) for w, x in zip(weights, xs)]
            bias -= rate * err
        total = 0.0
        for xs, label in data:
            z = bias
            for w, x in zip(weights, xs):
                z += w * x
            p = min(max(_sigmoid(z), 1e-12), 1.0 - 1e-12)
            total -= math.log(p) if label else math.log(1.0 - p)
        losses.append(total / n)
    correct = 0
    for xs, label in data:
        z = bias
        for w, x in zip(weights, xs):
            z += w * x
        correct += (z > 0) == (label == 1)
    return weights, bias, losses, correct
