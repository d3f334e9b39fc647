"""Gray-Scott reaction-diffusion on a periodic grid.

Two chemical species U and V diffuse at different rates and react (U + 2V -> 3V, with
feed rate F and kill rate k); starting from U = 1 with a seeded square of V in the
middle, an explicit Euler step with a 5-point Laplacian grows spot/stripe patterns.
Returns the mean of V, the number of cells with V > 0.25, the maximum of V and a
sampled row of V.

Keywords: physics, reaction diffusion, gray scott, pattern formation, laplacian, pde
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(64, 30, 0.037, 0.06), cases=[(4, 1, 0.04, 0.06), (6, 0, 0.04, 0.06), (10, 20, 0.03, 0.055), (16, 40, 0.05, 0.065)])
def gray_scott_reaction_diffusion(n: int, steps: int, feed: float, kill: float) -> Tuple[float, int, float, List[float]]:
    """Evolve an n x n Gray-Scott system for `steps` explicit steps."""
    du, dv, dt = 0.16, 0.08, 1.0
    u = [[1.0] * n for _ in range(n)]
    v = [[0.0] * n for _ in range(n)]
    lo, hi = n // 2 - n // 8, n // 2 + n // 8
    for y in range(lo, hi):
        for x in range(lo, hi):
            u[y][x] = 0.5
            v[y][x] = 0.25 + 0.01 * ((x * 7 + y * 3) % 5)
    for _ in range(steps):
        nu = [[0.0] * n for _ in range(n)]
        nv = [[0.0] * n for _ in range(n)]
        for y in range(n):
            ym, yp = (y - 1) % n, (y + 1) % n
            for x in range(n):
                xm, xp = (x - 1) % n, (x + 1) % n
                uc, vc = u[y][x], v[y][x]
                lap_u = u[ym][x] + u[yp][x] + u[y][xm] + u[y][xp] - 4 * uc
                lap_v = v[ym][x] + v[yp][x] + v[y][xm] + v[y][xp] - 4 * vc
                uvv = uc * vc * vc
                nu[y][x] = uc + dt * (du * lap_u - uvv + feed * (1 - uc))
                nv[y][x] = vc + dt * (dv * lap_v + uvv - (feed + kill) * vc)
        u, v = nu, nv
    total = 0.0
    for row in v:
        for val in row:
            total += val
    spots = sum(1 for row in v for val in row if val > 0.25)
    peak = max(max(row) for row in v) if n else 0.0
    return (total / (n * n) if n else 0.0, spots, peak, v[n // 2][::max(1, n // 8)] if n else [])
