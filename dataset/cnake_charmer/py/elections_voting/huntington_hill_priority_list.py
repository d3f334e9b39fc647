"""Huntington-Hill (equal proportions) apportionment built from the priority-value list.

Every state starts with one seat; each further seat goes to the state with the
largest priority value pop / sqrt(s (s + 1)), where s is its current seat count
(lower state number on exact ties). The result is the seat vector, the priority
value of every 500th seat and of the last seat awarded, and the first state that
would receive the next seat beyond the house size.

Keywords: elections, apportionment, Huntington-Hill, equal proportions, priority values, geometric mean, heap
"""

import heapq
from math import sqrt

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(300, 250000, 12),
    cases=[(0, 5, 1), (1, 1, 2), (3, 2, 3), (4, 9, 4), (50, 435, 5)],
)
def huntington_hill_priority_list(n_states: int, house: int, seed: int):
    """Return (seats, sampled priority values, last awarded (state, value), next in line)."""
    state = seed & 0x7FFFFFFF

    def nxt(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    pops = [50000 + nxt(30000) * nxt(400) for _ in range(n_states)]
    if n_states == 0:
        return ([], [], (-1, 0.0), -1)
    seats = [1] * n_states
    heap = [(-p / sqrt(2.0), s) for s, p in enumerate(pops)]
    heapq.heapify(heap)
    samples = []
    last = (-1, 0.0)
    for number in range(n_states + 1, house + 1):
        neg, s = heapq.heappop(heap)
        seats[s] += 1
        last = (s, -neg)
        if number % 500 == 0:
            samples.append((number, s, -neg))
        k = seats[s]
        heapq.heappush(heap, (-pops[s] / sqrt(k * (k + 1.0)), s))
    return (seats, samples, last, heap[0][1])
