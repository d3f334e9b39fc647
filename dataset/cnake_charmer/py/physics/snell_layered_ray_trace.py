"""Optical rays through a stack of layers: Snell refraction and total internal reflection.

Rays enter a stack of horizontal layers with seeded refractive indices at a fan of
angles. At each interface the ray refracts by Snell's law, or is totally internally
reflected when sin(theta_t) would exceed 1, until it leaves through the top or bottom
or exceeds a bounce limit. Returns how many rays exit below, above and get trapped,
the mean lateral offset of transmitted rays and the total path length.

Keywords: physics, optics, snell law, refraction, total internal reflection, ray tracing
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 25000, 9), cases=[(1, 5, 1), (3, 1, 2), (5, 0, 3), (8, 40, 4)])
def snell_layered_ray_trace(layers: int, rays: int, seed: int) -> Tuple[int, int, int, float, float]:
    """Trace `rays` rays through `layers` seeded layers (thickness 1 each)."""
    state = seed & 0x7FFFFFFF
    index = [1.0]
    for _ in range(layers):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        index.append(1.0 + (state % 1500) / 1000.0)
    index.append(1.0)
    below = above = trapped = 0
    offset_sum = 0.0
    path = 0.0
    for k in range(rays):
        theta = (k + 0.5) / max(rays, 1) * (math.pi / 2) * 0.98
        layer, going_down, x = 1, True, 0.0
        sin_t = math.sin(theta) * index[0] / index[1]
        if sin_t >= 1.0:
            above += 1
            continue
        theta = math.asin(sin_t)
        bounces = 0
        while True:
            seg = 1.0 / math.cos(theta)
            path += seg
            x += math.tan(theta)
            nxt = layer + 1 if going_down else layer - 1
            s = index[layer] / index[nxt] * math.sin(theta)
            if s >= 1.0:
                going_down = not going_down
                bounces += 1
                if bounces > 40:
                    trapped += 1
                    break
                continue
            theta = math.asin(s)
            layer = nxt
            if layer == layers + 1:
                below += 1
                offset_sum += x
                break
            if layer == 0:
                above += 1
                break
    return (below, above, trapped, offset_sum / below if below else 0.0, path)
