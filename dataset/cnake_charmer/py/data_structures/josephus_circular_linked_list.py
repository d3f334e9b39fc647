"""Josephus elimination on a circular singly linked list.

People 0..n-1 stand in a circle; counting starts at 0 and every k-th person is
removed until one remains. A dict maps each person to the next one, so removal is a
pointer update. Returns the survivor, the first eliminated people and a checksum of
the whole elimination order.

Keywords: Josephus problem, circular linked list, elimination, simulation, pointers
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 7), cases=[(1, 1), (2, 2), (7, 3), (41, 3), (0, 3), (10, 1)])
def josephus_circular_linked_list(n: int, k: int) -> Tuple[int, List[int], int]:
    """Return (survivor or -1, first 10 eliminated, order checksum); k >= 1."""
    if k < 1:
        raise ValueError("step must be positive")
    if n <= 0:
        return -1, [], 0
    nxt = {i: (i + 1) % n for i in range(n)}
    prev = n - 1
    current = 0
    order = []
    remaining = n
    while remaining > 1:
        steps = (k - 1) % remaining
        for _ in range(steps):
            prev, current = current, nxt[current]
        order.append(current)
        nxt[prev] = nxt[current]
        del nxt[current]
        current = nxt[prev]
        remaining -= 1
    checksum = 0
    for person in order:
        checksum = (checksum * 1000003 + person) % 998244353
    return current, order[:10], checksum
