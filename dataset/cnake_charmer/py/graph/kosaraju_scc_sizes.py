"""Strongly connected components of a random digraph (Kosaraju's algorithm).

An iterative depth-first search records finishing order on the graph, then a second
sweep over the reversed graph in reverse finishing order peels off one strongly
connected component at a time. The component count, the largest sizes and the sum of
squared sizes describe the decomposition.

Keywords: graph, strongly connected components, kosaraju, dfs, digraph
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 75000, 17), cases=[(0, 0, 1), (1, 2, 2), (8, 12, 3), (100, 150, 5)])
def kosaraju_scc_sizes(n: int, m: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (component count, five largest sizes, sum of squared sizes)."""
    if n <= 0:
        return (0, [], 0)
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    radj = [[] for _ in range(n)]
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 5) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 5) % n
        adj[u].append(v)
        radj[v].append(u)
    visited = [False] * n
    order = []
    for s in range(n):
        if visited[s]:
            continue
        visited[s] = True
        stack = [(s, iter(adj[s]))]
        while stack:
            v, it = stack[-1]
            for w in it:
                if not visited[w]:
                    visited[w] = True
                    stack.append((w, iter(adj[w])))
                    break
            else:
                stack.pop()
                order.append(v)
    comp = [-1] * n
    sizes = []
    for s in reversed(order):
        if comp[s] != -1:
            continue
        label = len(sizes)
        comp[s] = label
        todo = [s]
        size = 0
        while todo:
            v = todo.pop()
            size += 1
            for w in radj[v]:
                if comp[w] == -1:
                    comp[w] = label
                    todo.append(w)
        sizes.append(size)
    sizes.sort(reverse=True)
    return (len(sizes), sizes[:5], sum(s * s for s in sizes))
