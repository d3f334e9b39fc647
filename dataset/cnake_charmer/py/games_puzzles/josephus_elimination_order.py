"""The Josephus game: people in a circle, every k-th one is eliminated.

For each step size k in a range the full elimination order of n people is simulated
with a list. The pair returns, per k, the survivor, the position eliminated halfway
through and a checksum of the whole elimination order.

Keywords: games, josephus problem, elimination, circular list, simulation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 2, 40), cases=[(1, 1, 3), (0, 1, 2), (7, 3, 3), (10, 4, 2)])
def josephus_elimination_order(n: int, k_low: int, k_high: int) -> List[Tuple[int, int, int, int]]:
    """Return [(k, survivor, halfway elimination, order checksum)] for k in range."""
    result = []
    for k in range(max(k_low, 1), k_high + 1):
        people = list(range(n))
        index = 0
        order = []
        while people:
            index = (index + k - 1) % len(people)
            order.append(people.pop(index))
        if not order:
            result.append((k, -1, -1, 0))
            continue
        checksum = 0
        for victim in order:
            checksum = (checksum * 1000003 + victim) % 2147483647
        result.append((k, order[-1], order[len(order) // 2], checksum))
    return result
