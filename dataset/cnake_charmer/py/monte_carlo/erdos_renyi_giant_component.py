"""Giant component of Erdos-Renyi random graphs around the critical point.

For average degrees c on a grid around 1, a G(n, c/n) graph is sampled edge by edge
with a seeded LCG and its connected components are found by breadth-first search over
adjacency lists. The pair returns, per c, the largest and second-largest component
sizes and the number of isolated vertices; the giant component emerges past c = 1.

Keywords: monte carlo, random graphs, erdos renyi, giant component, phase transition
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(450, 6, 3), cases=[(0, 3, 1), (1, 2, 2), (10, 3, 3), (50, 0, 4)])
def erdos_renyi_giant_component(n: int, steps: int, seed: int) -> List[Tuple[float, int, int, int]]:
    """Return [(average degree, largest component, second largest, isolated vertices)]."""
    state = seed & 0x7FFFFFFF
    out = []
    for k in range(steps):
        c = 0.5 + 0.25 * k
        p = c / n if n > 0 else 0.0
        adj: List[List[int]] = [[] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if state / 2147483648.0 < p:
                    adj[i].append(j)
                    adj[j].append(i)
        seen = [False] * n
        sizes = []
        for start in range(n):
            if seen[start]:
                continue
            seen[start] = True
            queue = deque([start])
            size = 0
            while queue:
                v = queue.popleft()
                size += 1
                for u in adj[v]:
                    if not seen[u]:
                        seen[u] = True
                        queue.append(u)
            sizes.append(size)
        sizes.sort(reverse=True)
        largest = sizes[0] if sizes else 0
        second = sizes[1] if len(sizes) > 1 else 0
        out.append((c, largest, second, sum(1 for a in adj if not a)))
    return out
