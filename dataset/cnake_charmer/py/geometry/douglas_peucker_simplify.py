"""Ramer-Douglas-Peucker simplification of a noisy polyline.

A wiggly polyline (sum of sines plus seeded jitter) is simplified: the point farthest
from the chord between the endpoints is kept if its distance exceeds epsilon, and
both halves are processed recursively (here with an explicit stack). Returns the kept
vertex count, the first kept indices and the maximum deviation of discarded points.

Keywords: geometry, douglas peucker, polyline simplification, recursion, distance to line
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 0.05, 2), cases=[(0, 0.1, 1), (1, 0.1, 1), (2, 0.1, 1), (50, 0.0, 3), (300, 1.0, 4)])
def douglas_peucker_simplify(n: int, epsilon: float, seed: int) -> Tuple[int, List[int], float]:
    """Simplify an n-point synthetic polyline with tolerance epsilon."""
    state = seed & 0x7FFFFFFF
    xs, ys = [], []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = i * 0.01
        xs.append(t)
        ys.append(math.sin(t) + 0.3 * math.sin(7.3 * t) + ((state >> 8) % 1000) / 50000.0)
    if n < 3:
        return (n, list(range(n)), 0.0)
    keep = [False] * n
    keep[0] = keep[n - 1] = True
    stack = [(0, n - 1)]
    while stack:
        a, b = stack.pop()
        dx, dy = xs[b] - xs[a], ys[b] - ys[a]
        norm = math.hypot(dx, dy)
        best_i, best_d = -1, -1.0
        for i in range(a + 1, b):
            d = abs(dy * (xs[i] - xs[a]) - dx * (ys[i] - ys[a])) / norm
            if d > best_d:
                best_i, best_d = i, d
        if best_i >= 0 and best_d > epsilon:
            keep[best_i] = True
            stack.append((a, best_i))
            stack.append((best_i, b))
    kept = [i for i in range(n) if keep[i]]
    deviation = 0.0
    for a, b in zip(kept, kept[1:]):
        dx, dy = xs[b] - xs[a], ys[b] - ys[a]
        norm = math.hypot(dx, dy)
        for i in range(a + 1, b):
            deviation = max(deviation, abs(dy * (xs[i] - xs[a]) - dx * (ys[i] - ys[a])) / norm)
    return (len(kept), kept[:10], deviation)
