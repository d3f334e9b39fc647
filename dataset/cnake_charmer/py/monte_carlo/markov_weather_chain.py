"""Simulate a three-state weather Markov chain and measure its behaviour.

States sunny, cloudy and rainy follow a fixed transition matrix; a seeded LCG picks
each next state by inverse-CDF lookup. The visit counts estimate the stationary
distribution and the longest run of each state plus the number of transitions check
the path itself.

Keywords: monte carlo, markov chain, stationary distribution, simulation, weather
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

TRANSITIONS = [
    [0.7, 0.2, 0.1],
    [0.3, 0.4, 0.3],
    [0.2, 0.45, 0.35],
]


@python_benchmark(args=(300000, 0, 17), cases=[(0, 0, 1), (1, 2, 2), (100, 1, 3), (50, 5, 4)])
def markov_weather_chain(steps: int, start: int, seed: int) -> Tuple[List[int], List[int], int]:
    """Return (visits per state, longest run per state, number of state changes)."""
    if not 0 <= start < 3:
        raise ValueError("start must be 0, 1 or 2")
    cumulative = []
    for row in TRANSITIONS:
        acc, cum = 0.0, []
        for p in row:
            acc += p
            cum.append(acc)
        cumulative.append(cum)
    state = seed & 0x7FFFFFFF
    visits = [0, 0, 0]
    longest = [0, 0, 0]
    current, run, changes = start, 0, 0
    for _ in range(steps):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 2147483648.0
        cum = cumulative[current]
        nxt = 0 if u < cum[0] else (1 if u < cum[1] else 2)
        if nxt == current:
            run += 1
        else:
            changes += 1
            run = 1
        current = nxt
        visits[current] += 1
        longest[current] = max(longest[current], run)
    return visits, longest, changes
