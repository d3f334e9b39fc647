"""NPN equivalence classes of all Boolean functions of up to four inputs.

Two functions are NPN-equivalent when one becomes the other by negating inputs,
permuting inputs and negating the output. Every truth table is visited once: each
unvisited table seeds a breadth-first search of its orbit under the generators
(negate input i, swap adjacent inputs i and i+1, negate output), each applied with
shift-and-mask operations on the packed truth table. Returns the number of classes
(1, 2, 4, 14, 222 for 0..4 inputs), the histogram of orbit sizes, the number of
balanced classes (half the minterms true) and a checksum of the smallest table of
every class.

Keywords: logic circuits, NPN classification, Boolean functions, truth table, orbit, symmetry group, canonical form
"""

from collections import Counter, deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def position_mask(nvars: int, predicate) -> int:
    """Truth-table bits whose minterm index satisfies predicate."""
    return sum(1 << x for x in range(1 << nvars) if predicate(x))


@python_benchmark(args=(4,), cases=[(0,), (1,), (2,), (3,)])
def npn_equivalence_classes(nvars: int) -> Tuple[int, List[Tuple[int, int]], int, int]:
    """Return (classes, sorted (orbit size, count) pairs, balanced classes, rep checksum)."""
    if not 0 <= nvars <= 4:
        raise ValueError("nvars must be in 0..4")
    size = 1 << nvars
    full = (1 << size) - 1
    negations = []
    for i in range(nvars):
        negations.append((position_mask(nvars, lambda x, i=i: not x >> i & 1), 1 << i))
    swaps = []
    for i in range(nvars - 1):
        up = position_mask(nvars, lambda x, i=i: (x >> i & 1) and not (x >> (i + 1) & 1))
        down = position_mask(nvars, lambda x, i=i: not (x >> i & 1) and (x >> (i + 1) & 1))
        swaps.append((up, down, full & ~(up | down), 1 << i))

    def neighbours(t: int):
        for mask, shift in negations:
            yield ((t & mask) << shift) | ((t >> shift) & mask)
        for up, down, keep, shift in swaps:
            yield (t & keep) | ((t & up) << shift) | ((t & down) >> shift)
        yield t ^ full

    visited = bytearray(1 << size)
    orbit_sizes: Counter = Counter()
    balanced = 0
    checksum = 0
    for start in range(1 << size):
        if visited[start]:
            continue
        visited[start] = 1
        queue = deque([start])
        members = 0
        smallest = start
        while queue:
            t = queue.popleft()
            members += 1
            smallest = min(smallest, t)
            for u in neighbours(t):
                if not visited[u]:
                    visited[u] = 1
                    queue.append(u)
        if 2 * start.bit_count() == size:
            balanced += 1
        orbit_sizes[members] += 1
        checksum = (checksum * 131 + smallest) % 1_000_000_007
    return (sum(orbit_sizes.values()), sorted(orbit_sizes.items()), balanced, checksum)
