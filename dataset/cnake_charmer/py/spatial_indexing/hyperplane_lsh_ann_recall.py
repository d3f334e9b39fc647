"""Approximate nearest neighbours with random-hyperplane locality-sensitive hashing.

Seeded 8-D integer vectors around cluster centres are hashed into `tables` hash
tables; a table's key is the sign pattern of `bits` dot products with seeded integer
hyperplane normals, so nearby vectors (small angle) tend to share buckets. A query
unions the buckets it falls into across the tables and returns the closest candidate
by squared Euclidean distance (ties by index). For every tenth query the exact answer
is also found by brute force, to measure recall. Returns the candidates examined, a
checksum of the approximate answers, the number of exact matches among the checked
queries and their summed distance excess, plus the first answers.

Keywords: spatial indexing, locality sensitive hashing, random hyperplanes, approximate nearest neighbour, recall, simhash
"""

from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

DIM = 8
Vector = Tuple[int, ...]


def dot(a: Vector, b: Vector) -> int:
    return sum(x * y for x, y in zip(a, b))


def dist2(a: Vector, b: Vector) -> int:
    return sum((x - y) * (x - y) for x, y in zip(a, b))


def signature(v: Vector, planes: List[Vector]) -> int:
    key = 0
    for normal in planes:
        key = key * 2 + (1 if dot(v, normal) >= 0 else 0)
    return key


@python_benchmark(args=(3000, 400, 3, 12, 41), cases=[(0, 3, 2, 4, 1), (1, 2, 1, 1, 2), (3, 5, 3, 0, 3), (200, 30, 4, 6, 4), (500, 0, 2, 3, 5), (120, 20, 0, 5, 6)])
def hyperplane_lsh_ann_recall(n: int, queries: int, tables: int, bits: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (candidates, answer checksum, exact matches, distance excess, first 5 (dist2, index))."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 11) % k

    centres = [tuple(draw(161) - 80 for _ in range(DIM)) for _ in range(16)]
    points: List[Vector] = []
    for _ in range(n):
        c = centres[draw(16)]
        points.append(tuple(c[k] + draw(41) - 20 for k in range(DIM)))
    planes = [[tuple(draw(17) - 8 for _ in range(DIM)) for _ in range(bits)] for _ in range(tables)]
    buckets: List[Dict[int, List[int]]] = []
    for t in range(tables):
        table: Dict[int, List[int]] = defaultdict(list)
        for i, p in enumerate(points):
            table[signature(p, planes[t])].append(i)
        buckets.append(table)

    examined = checksum = matches = excess = 0
    first: List[Tuple[int, int]] = []
    for qi in range(queries):
        c = centres[draw(16)]
        q = tuple(c[k] + draw(41) - 20 for k in range(DIM))
        candidates = set()
        for t in range(tables):
            candidates.update(buckets[t].get(signature(q, planes[t]), ()))
        examined += len(candidates)
        answer = min(((dist2(q, points[i]), i) for i in candidates), default=(-1, -1))
        checksum = (checksum * 1000003 + answer[0] * 4099 + answer[1] + 2) % 1000000007
        if qi % 10 == 0 and points:
            exact = min((dist2(q, p), i) for i, p in enumerate(points))
            if answer == exact:
                matches += 1
            elif answer[1] >= 0:
                excess += answer[0] - exact[0]
        if qi < 5:
            first.append(answer)
    return examined, checksum, matches, excess, first
