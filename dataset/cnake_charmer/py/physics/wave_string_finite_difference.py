"""Vibrating string: the 1-D wave equation by explicit finite differences.

A string with fixed ends is plucked into a triangle and released; the leapfrog
update u_next = 2u - u_prev + C^2 (u[i+1] - 2u + u[i-1]) advances it in time with a
small damping factor. Returns the final displacement samples, the number of sign
changes of the probe point's displacement and the final discrete energy.

Keywords: physics, wave equation, vibrating string, finite difference, leapfrog, pde
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 1200, 0.9), cases=[(3, 5, 0.5), (10, 0, 0.5), (20, 40, 1.0), (50, 100, 0.3)])
def wave_string_finite_difference(points: int, steps: int, courant: float) -> Tuple[List[float], int, float]:
    """Simulate a plucked string of `points` nodes for `steps` time steps."""
    c2 = courant * courant
    damping = 0.9995
    pluck = points // 3
    u = [0.0] * points
    for i in range(1, points - 1):
        u[i] = i / pluck if i <= pluck else (points - 1 - i) / (points - 1 - pluck)
    prev = u[:]
    probe = points // 5
    crossings = 0
    last_sign = u[probe] > 0
    for _ in range(steps):
        nxt = [0.0] * points
        for i in range(1, points - 1):
            nxt[i] = damping * (2 * u[i] - prev[i]) + c2 * (u[i + 1] - 2 * u[i] + u[i - 1])
        prev, u = u, nxt
        sign = u[probe] > 0
        if sign != last_sign:
            crossings += 1
            last_sign = sign
    energy = 0.0
    for i in range(1, points):
        energy += (u[i] - prev[i]) ** 2 + c2 * (u[i] - u[i - 1]) ** 2
    return ([u[i] for i in range(0, points, max(1, points // 10))], crossings, energy)
