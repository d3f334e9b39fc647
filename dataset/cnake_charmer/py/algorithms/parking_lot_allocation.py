"""Parking-lot allocation: the object-oriented design exercise, simulated.

A garage has several levels, each with small, medium and large spots. Motorcycles
fit any spot, cars need medium or large, buses need large. Ordinary levels let a
vehicle take any spot big enough (smallest first); "reserved" levels, a subclass,
only accept a vehicle in its own size class. A stream of arrivals and departures is
processed, arrivals trying the levels in order. Returns the rejected arrivals, the
occupancy of each level, the vehicles still parked and a checksum of assigned spots.

Keywords: object-oriented design, inheritance, parking lot, allocation, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Level:
    def __init__(self, number: int, capacities: Tuple[int, int, int]) -> None:
        self.number = number
        self.free = [list(range(c - 1, -1, -1)) for c in capacities]
        self.occupied = 0

    def size_order(self, kind: int) -> Tuple[int, ...]:
        return (0, 1, 2) if kind == 0 else (1, 2) if kind == 1 else (2,)

    def park(self, kind: int) -> int:
        for size in self.size_order(kind):
            if self.free[size]:
                self.occupied += 1
                return self.number * 1000 + size * 300 + self.free[size].pop()
        return -1

    def leave(self, spot: int) -> None:
        size, index = divmod(spot % 1000, 300)
        self.free[size].append(index)
        self.occupied -= 1

    def __len__(self) -> int:
        return self.occupied


class ReservedLevel(Level):
    def size_order(self, kind: int) -> Tuple[int, ...]:
        return (kind,)


@python_benchmark(args=(6, 100000, 3), cases=[(0, 10, 1), (1, 0, 2), (1, 50, 3), (3, 400, 4)])
def parking_lot_allocation(n_levels: int, events: int, seed: int) -> Tuple[int, List[int], int, int]:
    """Return (rejected arrivals, occupied spots per level, vehicles parked at the end, spot checksum)."""
    capacities = (20, 40, 8)
    levels = [Level(i, capacities) if i % 2 == 0 else ReservedLevel(i, capacities) for i in range(n_levels)]
    parked: List[int] = []
    rejected = 0
    checksum = 0
    state = seed & 0x7FFFFFFF
    for _ in range(events):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if parked and (state >> 8) % 5 < 2:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            idx = (state >> 4) % len(parked)
            spot = parked[idx]
            parked[idx] = parked[-1]
            parked.pop()
            levels[spot // 1000].leave(spot)
            continue
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = (state >> 8) % 100
        kind = 0 if r < 30 else 1 if r < 85 else 2
        spot = -1
        for level in levels:
            spot = level.park(kind)
            if spot >= 0:
                break
        if spot < 0:
            rejected += 1
        else:
            parked.append(spot)
            checksum = (checksum * 31 + spot) % 1000000007
    return rejected, [len(level) for level in levels], len(parked), checksum
