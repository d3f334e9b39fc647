"""Simulate the birthday problem: draw birthdays until two people share one.

Each trial draws uniform days from a seeded LCG until a day repeats. The number of
people needed is recorded; the pair reports the total, the maximum, how many trials
collided within 23 people and a coarse histogram of the draw counts.

Keywords: monte carlo, birthday paradox, collision, probability, simulation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12000, 365, 77), cases=[(0, 365, 1), (1, 1, 2), (300, 30, 5), (10, 0, 3)])
def birthday_collision_simulation(trials: int, days: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (total people, max people, trials collided by 23, histogram by tens)."""
    if days <= 0:
        return 0, 0, 0, []
    state = seed & 0x7FFFFFFF
    total = longest = early = 0
    hist = [0] * 12
    for _ in range(trials):
        seen = set()
        while True:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            day = (state >> 8) % days
            if day in seen:
                break
            seen.add(day)
        people = len(seen) + 1
        total += people
        longest = max(longest, people)
        early += people <= 23
        hist[min(people // 10, 11)] += 1
    return total, longest, early, hist
