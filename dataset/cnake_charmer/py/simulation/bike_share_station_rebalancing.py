"""Bike-sharing system: hourly trips between docking stations and truck rebalancing.

Stations sit on a line with fixed dock capacities. Each hour a seeded number of trips
start at random stations; a trip is lost if its origin is empty, and a rider whose
destination is full rides on to the nearest station with a free dock (searching
outward, lower index first on ties). Every few hours a truck moves bikes from the
fullest station to the emptiest one. Returns completed, lost and rerouted trips, the
number of bikes the truck moved and the final fill of the first stations.

Keywords: simulation, bike sharing, docking stations, rebalancing, logistics, urban mobility
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 3000, 6, 2), cases=[(1, 10, 1, 1), (2, 0, 1, 2), (3, 20, 2, 3), (10, 100, 0, 4)])
def bike_share_station_rebalancing(stations: int, hours: int, truck_every: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Simulate `hours` hours of trips among `stations` stations."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    capacity = [10 + (s * 7) % 11 for s in range(stations)]
    bikes = [c // 2 for c in capacity]
    completed = lost = rerouted = trucked = 0
    for hour in range(hours):
        trips = 5 + draw(20) if stations else 0
        for _ in range(trips):
            origin = draw(stations)
            popular = (hour // 6) % stations
            dest = popular if draw(3) == 0 else draw(stations)
            if bikes[origin] == 0:
                lost += 1
                continue
            bikes[origin] -= 1
            if bikes[dest] < capacity[dest]:
                bikes[dest] += 1
            else:
                rerouted += 1
                for off in range(1, stations):
                    options = [s for s in (dest - off, dest + off) if 0 <= s < stations and bikes[s] < capacity[s]]
                    if options:
                        bikes[options[0]] += 1
                        break
                else:
                    bikes[origin] += 1
                    lost += 1
                    continue
            completed += 1
        if truck_every > 0 and hour % truck_every == truck_every - 1 and stations > 1:
            fullest = max(range(stations), key=lambda s: (bikes[s] / capacity[s], -s))
            emptiest = min(range(stations), key=lambda s: (bikes[s] / capacity[s], s))
            move = min(bikes[fullest] // 2, capacity[emptiest] - bikes[emptiest])
            if fullest != emptiest and move > 0:
                bikes[fullest] -= move
                bikes[emptiest] += move
                trucked += move
    return (completed, lost, rerouted, trucked, bikes[:8])
