"""Consistent hashing ring with virtual nodes, and the cost of removing a node.

Every server owns ``replicas`` points on a 64-bit ring (positions from the fmix64
finaliser); a key goes to the first point clockwise of its hash, found with ``bisect``.
Removing one server should move only the keys that server owned.

Keywords: consistent hashing, hash ring, virtual nodes, load balancing, fmix64, hashing
"""

from bisect import bisect_left
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF


def _fmix64(x: int) -> int:
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & M64
    x ^= x >> 33
    x = (x * 0xC4CEB9FE1A85EC53) & M64
    x ^= x >> 33
    return x


def _owners(points: List[Tuple[int, int]], keys: List[int]) -> List[int]:
    positions = [p for p, _ in points]
    out = []
    for h in keys:
        i = bisect_left(positions, h)
        out.append(points[i % len(points)][1])
    return out


@python_benchmark(args=(16, 64, 60000), cases=[(1, 1, 0), (1, 3, 5), (2, 1, 10), (5, 8, 300)])
def consistent_hash_ring(n_nodes: int, replicas: int, n_keys: int) -> Tuple[List[int], int, int]:
    """Return (keys per node, keys moved when node 0 leaves, keys that moved to a wrong node)."""
    points = sorted((_fmix64(node * 100003 + r + 1), node) for node in range(n_nodes) for r in range(replicas))
    keys = [_fmix64(k ^ 0x5DEECE66D) for k in range(n_keys)]
    before = _owners(points, keys)
    loads = [0] * n_nodes
    for owner in before:
        loads[owner] += 1
    rest = [p for p in points if p[1] != 0]
    if not rest:
        return (loads, 0, 0)
    after = _owners(rest, keys)
    moved = sum(1 for a, b in zip(before, after) if a != b)
    wrong = sum(1 for a, b in zip(before, after) if a != b and a != 0)
    return (loads, moved, wrong)
