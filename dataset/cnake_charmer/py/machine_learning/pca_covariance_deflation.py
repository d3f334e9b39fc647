"""Principal components by power iteration on the covariance matrix with deflation.

Correlated samples are built from three latent LCG factors mixed into dim observed
columns plus noise. The data are centred, the sample covariance matrix is formed, and
the leading components are extracted one at a time by power iteration followed by
Hotelling deflation. Returns the eigenvalues, the explained-variance ratios and the
first component (sign fixed so its largest entry is positive).

Keywords: pca, principal components, power iteration, covariance, deflation, eigenvalues
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1200, 20, 3, 60), cases=[(0, 3, 2, 10), (1, 2, 1, 10), (5, 3, 0, 10), (40, 4, 2, 30), (200, 6, 3, 40)],
                  tolerance=1e-6)
def pca_covariance_deflation(n: int, dim: int, components: int, iters: int) -> Tuple[List[float], List[float], List[float]]:
    """Top principal components of generated data; return (eigenvalues, ratios, first vector)."""
    if n <= 1 or dim <= 0 or components <= 0:
        return [], [], []
    components = min(components, dim)
    state = 1618
    rows = []
    for _ in range(n):
        factors = []
        for f in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            factors.append((state / 0x7FFFFFFF - 0.5) * (3.0 - f))
        row = []
        for j in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = (state / 0x7FFFFFFF - 0.5) * 0.3
            row.append(factors[0] * math.cos(j) + factors[1] * math.sin(0.5 * j)
                       + factors[2] * ((j % 3) - 1) + noise)
        rows.append(row)
    means = [sum(col) / n for col in zip(*rows)]
    centred = [[v - m for v, m in zip(row, means)] for row in rows]
    cov = [[0.0] * dim for _ in range(dim)]
    for row in centred:
        for a in range(dim):
            ra = row[a]
            cov_a = cov[a]
            for b in range(dim):
                cov_a[b] += ra * row[b]
    cov = [[v / (n - 1) for v in r] for r in cov]
    total_var = sum(cov[j][j] for j in range(dim))

    eigenvalues = []
    first = []
    for c in range(components):
        vec = [1.0 / math.sqrt(dim) + 0.01 * j for j in range(dim)]
        lam = 0.0
        for _ in range(iters):
            nxt = [sum(cij * vj for cij, vj in zip(ci, vec)) for ci in cov]
            norm = math.sqrt(sum(v * v for v in nxt))
            if norm == 0.0:
                break
            vec = [v / norm for v in nxt]
            lam = norm
        if c == 0:
            sign = 1.0 if max(vec, key=abs) > 0 else -1.0
            first = [sign * v for v in vec]
        eigenvalues.append(lam)
        cov = [[cov[a][b] - lam * vec[a] * vec[b] for b in range(dim)] for a in range(dim)]
    ratios = [lam / total_var for lam in eigenvalues]
    return eigenvalues, ratios, first
