"""Nagel-Schreckenberg cellular automaton for traffic on a circular road.

Cars on a ring of cells accelerate by one up to vmax, brake to the gap in front,
randomly slow down with a probability given in percent (seeded LCG), then move. The
model reproduces spontaneous traffic jams. Returns the mean speed, the flow (cars
passing cell 0 per step), the number of stopped cars at the end and the first car
positions.

Keywords: simulation, traffic flow, nagel schreckenberg, cellular automaton, ring road
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 600, 300, 5, 25, 3), cases=[(10, 0, 5, 5, 20, 1), (10, 1, 10, 5, 0, 2), (20, 20, 10, 3, 50, 3), (50, 10, 0, 5, 10, 4)])
def traffic_nagel_schreckenberg(length: int, cars: int, steps: int, vmax: int, slow_pct: int, seed: int) -> Tuple[float, float, int, List[int]]:
    """Simulate `cars` cars on a ring of `length` cells for `steps` steps."""
    cars = min(cars, length)
    pos = [i * length // cars for i in range(cars)] if cars else []
    vel = [0] * cars
    state = seed & 0x7FFFFFFF
    speed_total = 0
    passes = 0
    for _ in range(steps):
        for i in range(cars):
            gap = (pos[(i + 1) % cars] - pos[i] - 1) % length if cars > 1 else length - 1
            v = min(vel[i] + 1, vmax, gap)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if v > 0 and (state >> 16) % 100 < slow_pct:
                v -= 1
            vel[i] = v
        for i in range(cars):
            new = pos[i] + vel[i]
            if new >= length:
                passes += 1
            pos[i] = new % length
            speed_total += vel[i]
    mean_speed = speed_total / (cars * steps) if cars and steps else 0.0
    flow = passes / steps if steps else 0.0
    stopped = sum(1 for v in vel if v == 0)
    return (mean_speed, flow, stopped, pos[:8])
