"""Reynolds boids: flocking from separation, alignment and cohesion.

Boids with seeded positions and headings fly in a periodic square. Each step every
boid looks at neighbours within a radius (minimum-image distances), steers away from
very close ones, towards their mean heading and their centre, is speed-limited, and
all boids then move simultaneously. Returns the polarisation (|mean unit velocity|),
the mean speed, the mean neighbour count of the last step and the first boid's state.

Keywords: simulation, boids, flocking, agent based model, swarm, collective motion
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(180, 12, 3), cases=[(1, 5, 1), (2, 10, 2), (5, 0, 3), (20, 15, 4)])
def boids_flocking_steps(n: int, steps: int, seed: int) -> Tuple[float, float, float, Tuple[float, float, float, float]]:
    """Simulate n boids for `steps` steps in a 100 x 100 periodic box."""
    box, radius, close, vmax = 100.0, 10.0, 2.5, 2.0
    state = seed & 0x7FFFFFFF

    def rnd() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    x = [rnd() * box for _ in range(n)]
    y = [rnd() * box for _ in range(n)]
    vx = [rnd() * 2 - 1 for _ in range(n)]
    vy = [rnd() * 2 - 1 for _ in range(n)]
    mean_nb = 0.0
    for _ in range(steps):
        nvx, nvy = vx[:], vy[:]
        nb_total = 0
        for i in range(n):
            sx = sy = ax = ay = cx = cy = 0.0
            count = 0
            for j in range(n):
                if i == j:
                    continue
                dx = x[j] - x[i]
                dy = y[j] - y[i]
                dx -= box * round(dx / box)
                dy -= box * round(dy / box)
                d2 = dx * dx + dy * dy
                if d2 < radius * radius:
                    count += 1
                    ax += vx[j]
                    ay += vy[j]
                    cx += dx
                    cy += dy
                    if d2 < close * close:
                        sx -= dx
                        sy -= dy
            nb_total += count
            if count:
                nvx[i] += 0.05 * (ax / count - vx[i]) + 0.01 * (cx / count) + 0.1 * sx
                nvy[i] += 0.05 * (ay / count - vy[i]) + 0.01 * (cy / count) + 0.1 * sy
            speed = math.hypot(nvx[i], nvy[i])
            if speed > vmax:
                nvx[i] *= vmax / speed
                nvy[i] *= vmax / speed
        vx, vy = nvx, nvy
        for i in range(n):
            x[i] = (x[i] + vx[i]) % box
            y[i] = (y[i] + vy[i]) % box
        mean_nb = nb_total / n if n else 0.0
    if n == 0:
        return (0.0, 0.0, 0.0, (0.0, 0.0, 0.0, 0.0))
    ux = uy = 0.0
    speed_sum = 0.0
    for i in range(n):
        s = math.hypot(vx[i], vy[i])
        speed_sum += s
        if s > 0:
            ux += vx[i] / s
            uy += vy[i] / s
    return (math.hypot(ux, uy) / n, speed_sum / n, mean_nb, (x[0], y[0], vx[0], vy[0]))
