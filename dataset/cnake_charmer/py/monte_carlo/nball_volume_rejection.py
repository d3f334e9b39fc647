"""Estimate unit n-ball volumes by rejection sampling in the enclosing cube.

For each dimension d from 1 to `max_dim`, points are drawn uniformly in [-1, 1]^d
from one LCG stream and counted when their squared norm is below 1; the volume
estimate is the hit fraction times 2^d. The pair returns the hit counts, the volume
estimates and the dimension with the largest estimated volume (5 for the true
volumes).

Keywords: monte carlo, n ball volume, rejection sampling, high dimensions, estimation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10, 6000, 4), cases=[(0, 100, 1), (1, 0, 2), (3, 50, 3), (2, 1, 4)])
def nball_volume_rejection(max_dim: int, samples: int, seed: int) -> Tuple[List[int], List[float], int]:
    """Return (hits per dimension, volume estimate per dimension, argmax dimension)."""
    state = seed & 0x7FFFFFFF
    hits = []
    volumes = []
    for d in range(1, max_dim + 1):
        inside = 0
        for _ in range(samples):
            norm = 0.0
            for _ in range(d):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                x = 2.0 * state / 2147483648.0 - 1.0
                norm += x * x
            if norm < 1.0:
                inside += 1
        hits.append(inside)
        volumes.append(inside / samples * 2.0 ** d if samples > 0 else 0.0)
    best = max(range(len(volumes)), key=lambda k: (volumes[k], -k)) + 1 if volumes else 0
    return hits, volumes, best
