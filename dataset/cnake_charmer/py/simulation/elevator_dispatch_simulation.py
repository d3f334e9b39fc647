"""Tick-based simulation of a bank of elevators serving random passenger calls.

Passengers appear on random floors with random destinations (seeded LCG) and queue
first-come first-served. Every tick each car unloads riders for the current floor,
boards waiting passengers up to its capacity, keeps its direction while it still has
targets ahead (collective control), otherwise reverses or heads to the nearest call.
Returns deliveries, total and worst trip time, the floors travelled by each car and
the number of passengers still waiting.

Keywords: simulation, elevator, discrete time, scheduling, queueing, collective control
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20, 4, 15000, 8, 17), cases=[(2, 1, 50, 1, 1), (5, 2, 0, 4, 2), (6, 1, 200, 0, 3), (10, 3, 500, 2, 4)])
def elevator_dispatch_simulation(floors: int, cars: int, ticks: int, capacity: int, seed: int) -> Tuple[int, int, int, List[int], int]:
    """Run the elevator bank for `ticks` ticks."""
    state = seed & 0x7FFFFFFF
    waiting: List[List[Tuple[int, int]]] = [[] for _ in range(floors)]
    pos = [0] * cars
    direction = [1] * cars
    riders: List[List[Tuple[int, int]]] = [[] for _ in range(cars)]
    moves = [0] * cars
    delivered = total_time = worst = 0
    for t in range(ticks):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 100 < 35 and floors > 1:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            origin = (state >> 16) % floors
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            dest = (state >> 16) % floors
            if dest != origin:
                waiting[origin].append((t, dest))
        for e in range(cars):
            f = pos[e]
            keep = []
            for arrival, d in riders[e]:
                if d == f:
                    delivered += 1
                    total_time += t - arrival
                    worst = max(worst, t - arrival)
                else:
                    keep.append((arrival, d))
            riders[e] = keep
            while waiting[f] and len(riders[e]) < capacity:
                riders[e].append(waiting[f].pop(0))
            targets = [d for _, d in riders[e]]
            if not targets:
                calls = [fl for fl in range(floors) if waiting[fl]]
                if calls:
                    targets = [min(calls, key=lambda fl: (abs(fl - f), fl))]
            if not any(d != f for d in targets):
                continue
            if direction[e] > 0 and not any(d > f for d in targets):
                direction[e] = -1
            elif direction[e] < 0 and not any(d < f for d in targets):
                direction[e] = 1
            pos[e] += direction[e]
            moves[e] += 1
    return (delivered, total_time, worst, moves, sum(len(q) for q in waiting))
