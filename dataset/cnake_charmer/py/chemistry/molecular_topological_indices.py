"""Wiener, Randić, Zagreb and Balaban indices of generated hydrogen-suppressed molecular graphs.

Each molecule grows as a carbon skeleton in which a new atom bonds to a random atom
that still has free valence (at most four bonds), and a few extra bonds between
distant atoms close rings. Breadth-first search from every atom gives all topological
distances: the Wiener index sums them, the Balaban J index uses each atom's distance
sum, while the Randić connectivity and the first and second Zagreb indices come from
the degrees. Returns the totals over all molecules and the indices of the first ones.

Keywords: chemistry, topological index, wiener index, randic index, zagreb index, balaban index, molecular graph, qsar
"""

import math
from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def distance_sums(adjacency: List[List[int]]) -> List[int]:
    sums = []
    for source in range(len(adjacency)):
        dist = {source: 0}
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for w in adjacency[u]:
                if w not in dist:
                    dist[w] = dist[u] + 1
                    queue.append(w)
        sums.append(sum(dist.values()))
    return sums


@python_benchmark(args=(250, 120, 19), cases=[(0, 10, 1), (1, 1, 2), (3, 2, 3), (10, 12, 4)])
def molecular_topological_indices(molecules: int, max_atoms: int, seed: int) -> Tuple[int, float, int, int, float, List[Tuple[int, int, int, float, int, int, float]]]:
    """Return (sum Wiener, sum Randic, sum M1, sum M2, sum Balaban J, first molecules' indices)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    total_w = total_m1 = total_m2 = 0
    total_r = total_j = 0.0
    first = []
    for _ in range(molecules):
        n = 1 + draw(max_atoms)
        adjacency: List[List[int]] = [[]]
        edges: List[Tuple[int, int]] = []
        for atom in range(1, n):
            while True:
                parent = draw(atom)
                if len(adjacency[parent]) < 4:
                    break
            adjacency.append([parent])
            adjacency[parent].append(atom)
            edges.append((parent, atom))
        for _ in range(n // 8):
            a, b = draw(n), draw(n)
            if a != b and b not in adjacency[a] and len(adjacency[a]) < 4 and len(adjacency[b]) < 4:
                adjacency[a].append(b)
                adjacency[b].append(a)
                edges.append((a, b))
        sums = distance_sums(adjacency)
        wiener = sum(sums) // 2
        randic = 0.0
        m2 = 0
        balaban_sum = 0.0
        for a, b in edges:
            da, db = len(adjacency[a]), len(adjacency[b])
            randic += 1.0 / math.sqrt(da * db)
            m2 += da * db
            balaban_sum += 1.0 / math.sqrt(sums[a] * sums[b])
        m1 = sum(len(neighbours) ** 2 for neighbours in adjacency)
        rings = len(edges) - n + 1
        balaban = len(edges) / (rings + 1) * balaban_sum if edges else 0.0
        total_w += wiener
        total_r += randic
        total_m1 += m1
        total_m2 += m2
        total_j += balaban
        if len(first) < 6:
            first.append((n, rings, wiener, randic, m1, m2, balaban))
    return (total_w, total_r, total_m1, total_m2, total_j, first)
