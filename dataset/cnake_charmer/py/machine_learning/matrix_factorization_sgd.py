"""Low-rank matrix factorisation of a sparse rating matrix by SGD (recommender).

A hidden rank-3 model generates ratings for a random subset of user-item pairs, plus
noise. User and item factor vectors of the chosen rank plus per-user and per-item
biases are fitted by stochastic gradient descent with L2 regularisation over the
observed ratings. Returns the training RMSE after each epoch, the global mean and
predictions for a few fixed user-item pairs.

Keywords: matrix factorization, collaborative filtering, recommender, sgd, latent factors
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 200, 4000, 8, 10), cases=[(0, 5, 10, 2, 2), (3, 3, 0, 2, 2), (1, 1, 1, 1, 3), (10, 8, 40, 2, 4), (40, 30, 500, 3, 3)],
                  tolerance=1e-7)
def matrix_factorization_sgd(users: int, items: int, ratings: int, rank: int, epochs: int) -> Tuple[List[float], float, List[float]]:
    """Fit biased matrix factorisation by SGD; return (rmse per epoch, mean, predictions)."""
    if users <= 0 or items <= 0 or ratings <= 0 or rank <= 0:
        return [], 0.0, []
    state = 424242

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 0x7FFFFFFF

    hidden_u = [[uniform() for _ in range(3)] for _ in range(users)]
    hidden_i = [[uniform() for _ in range(3)] for _ in range(items)]
    observed = []
    for _ in range(ratings):
        u = int(uniform() * users) % users
        i = int(uniform() * items) % items
        value = 1.0 + sum(a * b for a, b in zip(hidden_u[u], hidden_i[i])) * 1.5 + (uniform() - 0.5) * 0.5
        observed.append((u, i, value))
    mean = 0.0
    for _, _, r in observed:
        mean += r
    mean /= ratings
    P = [[(uniform() - 0.5) * 0.1 for _ in range(rank)] for _ in range(users)]
    Q = [[(uniform() - 0.5) * 0.1 for _ in range(rank)] for _ in range(items)]
    bu = [0.0] * users
    bi = [0.0] * items
    lr, reg = 0.02, 0.05
    history = []
    for _ in range(epochs):
        squared = 0.0
        for u, i, r in observed:
            pu, qi = P[u], Q[i]
            pred = mean + bu[u] + bi[i]
            for f in range(rank):
                pred += pu[f] * qi[f]
            err = r - pred
            squared += err * err
            bu[u] += lr * (err - reg * bu[u])
            bi[i] += lr * (err - reg * bi[i])
            for f in range(rank):
                p, q = pu[f], qi[f]
                pu[f] = p + lr * (err * q - reg * p)
                qi[f] = q + lr * (err * p - reg * q)
        history.append((squared / ratings) ** 0.5)
    probes = []
    for k in range(5):
        u, i = (k * 7) % users, (k * 11) % items
        pred = mean + bu[u] + bi[i]
        for f in range(rank):
            pred += P[u][f] * Q[i][f]
        probes.append(pred)
    return history, mean, probes
