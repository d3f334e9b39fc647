"""Kohonen self-organising map: a one-dimensional chain of units fitted to 2-D data.

Inputs are LCG points on a noisy spiral. Each step picks the best-matching unit (the
nearest weight vector), then pulls every unit towards the input by a learning rate
times a Gaussian neighbourhood in chain distance; both the rate and the neighbourhood
radius decay exponentially. Returns the final unit positions, the quantisation error and
the number of inputs won by each of the first few units.

Keywords: self-organizing map, kohonen, competitive learning, neighbourhood, topology
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 30, 3), cases=[(0, 5, 1), (1, 1, 1), (10, 4, 0), (50, 6, 2), (200, 10, 2)])
def self_organizing_map_chain(n: int, units: int, epochs: int) -> Tuple[List[Tuple[float, float]], float, List[int]]:
    """Train a 1-D SOM chain on n spiral points; return (unit weights, qerror, wins)."""
    if n <= 0 or units <= 0:
        return [], 0.0, []
    state = 5555
    data = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = (state % 10000) / 10000.0 * 3.0 * math.pi
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        jitter = (state / 0x7FFFFFFF - 0.5) * 0.3
        data.append(((t + 1.0) * math.cos(t) + jitter, (t + 1.0) * math.sin(t) - jitter))
    nodes = [[math.cos(u * 0.7) * 0.5, math.sin(u * 0.7) * 0.5] for u in range(units)]
    steps = epochs * n
    sigma0 = max(units / 2.0, 1.0)
    step = 0
    for _ in range(epochs):
        for x, y in data:
            frac = step / steps
            rate = 0.5 * math.exp(-3.0 * frac)
            sigma = sigma0 * math.exp(-4.0 * frac)
            winner = min(range(units), key=lambda u: (nodes[u][0] - x) * (nodes[u][0] - x)
                         + (nodes[u][1] - y) * (nodes[u][1] - y))
            for u, node in enumerate(nodes):
                h = math.exp(-((u - winner) ** 2) / (2.0 * sigma * sigma))
                node[0] += rate * h * (x - node[0])
                node[1] += rate * h * (y - node[1])
            step += 1
    wins = [0] * units
    qerror = 0.0
    for x, y in data:
        winner = min(range(units), key=lambda u: (nodes[u][0] - x) * (nodes[u][0] - x)
                     + (nodes[u][1] - y) * (nodes[u][1] - y))
        wins[winner] += 1
        qerror += math.sqrt((nodes[winner][0] - x) * (nodes[winner][0] - x)
                            + (nodes[winner][1] - y) * (nodes[winner][1] - y))
    return [(a, b) for a, b in nodes], qerror / n, wins[:10]
