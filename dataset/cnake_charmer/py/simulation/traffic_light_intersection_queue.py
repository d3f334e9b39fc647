"""Choosing the green split of a two-phase traffic light by simulation.

Cars arrive on four approaches (north/south share a phase, east/west the other) as
seeded Bernoulli trials with different rates. Each cycle gives the first phase `g`
ticks of green, then a fixed all-red gap, then the rest to the second phase; a green
approach discharges one queued car per tick (FIFO). Every split is simulated with the
same arrival stream. Returns the best split, its mean delay, the worst queue seen
under it and the mean delay of every split.

Keywords: simulation, traffic signal, queueing, signal timing, fifo queue, delay
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

RATES = (30, 26, 14, 18)


@python_benchmark(args=(40, 1200, 12), cases=[(6, 10, 1), (10, 0, 2), (8, 200, 3), (20, 600, 4)])
def traffic_light_intersection_queue(cycle: int, ticks: int, seed: int) -> Tuple[int, float, int, List[float]]:
    """Evaluate every green split of a `cycle`-tick signal over `ticks` ticks."""
    state = seed & 0x7FFFFFFF
    arrivals = []
    for _ in range(ticks):
        row = []
        for rate in RATES:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 16) % 100 < rate)
        arrivals.append(row)
    gap = 2
    delays: List[float] = []
    best_g, best_delay, best_queue = -1, float("inf"), 0
    for g in range(1, cycle - 2 * gap):
        queues = [deque() for _ in range(4)]
        waited = served = worst = 0
        for t in range(ticks):
            for a in range(4):
                if arrivals[t][a]:
                    queues[a].append(t)
            phase_t = t % cycle
            if phase_t < g:
                green = (0, 1)
            elif gap <= phase_t - g < cycle - g - gap:
                green = (2, 3)
            else:
                green = ()
            for a in green:
                if queues[a]:
                    waited += t - queues[a].popleft()
                    served += 1
            worst = max(worst, max(len(q) for q in queues))
        mean = waited / served if served else 0.0
        delays.append(mean)
        if mean < best_delay:
            best_g, best_delay, best_queue = g, mean, worst
    if best_g < 0:
        best_delay = 0.0
    return (best_g, best_delay, best_queue, delays)
