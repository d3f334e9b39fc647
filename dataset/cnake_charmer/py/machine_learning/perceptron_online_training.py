"""Rosenblatt perceptron trained online on integer feature vectors.

Samples with dim small integer features are labelled by a hidden integer hyperplane
plus a band of label noise, so the data is almost but not quite separable. The
perceptron sweeps the data for a number of epochs, adding or subtracting a misclassified
sample from the weights. Returns the final weights and bias, the mistakes in each epoch
and the final training accuracy count.

Keywords: perceptron, online learning, linear classifier, integer weights, epochs
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(4000, 12, 12), cases=[(0, 3, 2), (1, 1, 1), (20, 4, 0), (60, 5, 3), (300, 8, 4)])
def perceptron_online_training(n: int, dim: int, epochs: int) -> Tuple[List[int], int, List[int], int]:
    """Train a perceptron; return (weights, bias, mistakes per epoch, correct count)."""
    if n <= 0 or dim <= 0:
        return [], 0, [], 0
    state = 99
    hidden = []
    for _ in range(dim):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        hidden.append(state % 21 - 10)
    samples = []
    for _ in range(n):
        feats = []
        for _ in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            feats.append(state % 31 - 15)
        score = sum(h * f for h, f in zip(hidden, feats)) + 7
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if abs(score) < 12 and state % 4 == 0:
            score = -score
        samples.append((feats, 1 if score >= 0 else -1))

    weights = [0] * dim
    bias = 0
    history = []
    for _ in range(epochs):
        mistakes = 0
        for feats, label in samples:
            activation = sum(w * f for w, f in zip(weights, feats)) + bias
            if label * activation <= 0:
                weights = [w + label * f for w, f in zip(weights, feats)]
                bias += label
                mistakes += 1
        history.append(mistakes)
    correct = sum(1 for feats, label in samples
                  if label * (sum(w * f for w, f in zip(weights, feats)) + bias) > 0)
    return weights, bias, history, correct
