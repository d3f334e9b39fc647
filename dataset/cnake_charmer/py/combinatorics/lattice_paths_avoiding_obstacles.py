"""Monotone lattice paths that avoid blocked points, by inclusion-exclusion.

Paths from (0, 0) to (W, H) use unit right/up steps; there are C(dx + dy, dx) between
two points. With the blocked points sorted, f(p) = paths(start, p) minus paths
through an earlier blocked point q: f(p) = P(s, p) - sum f(q) * P(q, p). The answer
subtracts every f(p) * P(p, end). Everything is modulo a prime with factorial tables.

Keywords: combinatorics, lattice paths, binomial coefficients, inclusion-exclusion, obstacles
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(3000, 2500, 700, 61), cases=[(0, 0, 0, 1), (3, 3, 0, 2), (4, 4, 5, 3), (30, 20, 40, 4)])
def lattice_paths_avoiding_obstacles(width: int, height: int, obstacles: int, seed: int) -> Tuple[int, int, int]:
    """Return (paths avoiding all blocked points, distinct blocked points, checksum of f values)."""
    size = width + height + 1
    fact = [1] * size
    for i in range(1, size):
        fact[i] = fact[i - 1] * i % MOD
    inv_fact = [1] * size
    inv_fact[-1] = pow(fact[-1], MOD - 2, MOD)
    for i in range(size - 1, 0, -1):
        inv_fact[i - 1] = inv_fact[i] * i % MOD

    def paths(x1: int, y1: int, x2: int, y2: int) -> int:
        dx, dy = x2 - x1, y2 - y1
        if dx < 0 or dy < 0:
            return 0
        return fact[dx + dy] * inv_fact[dx] % MOD * inv_fact[dy] % MOD

    state = seed & 0x7FFFFFFF
    blocked = set()
    for _ in range(obstacles):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state % (width + 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = state % (height + 1)
        if (x, y) not in ((0, 0), (width, height)):
            blocked.add((x, y))
    points = sorted(blocked)
    through = []
    for i, (x, y) in enumerate(points):
        value = paths(0, 0, x, y)
        for j in range(i):
            qx, qy = points[j]
            if qx <= x and qy <= y:
                value -= through[j] * paths(qx, qy, x, y)
        through.append(value % MOD)
    answer = paths(0, 0, width, height)
    for (x, y), f in zip(points, through):
        answer -= f * paths(x, y, width, height)
    checksum = sum((i + 1) * f for i, f in enumerate(through)) % MOD
    return (answer % MOD, len(points), checksum)
