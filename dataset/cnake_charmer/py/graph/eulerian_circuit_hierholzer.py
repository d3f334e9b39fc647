"""Eulerian circuit of a random closed-walk multigraph with Hierholzer's algorithm.

A random closed walk starting and ending at vertex 0 is recorded as directed edges, so
every vertex is balanced and an Eulerian circuit exists. Hierholzer's stack-based
algorithm (taking each vertex's most recently added unused edge) rebuilds one; its
length, a position-weighted checksum and its first vertices are returned.

Keywords: graph, eulerian circuit, hierholzer, multigraph, directed graph, stack
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000, 300000, 19), cases=[(1, 0, 1), (1, 3, 2), (3, 5, 3), (10, 40, 4)])
def eulerian_circuit_hierholzer(n: int, walk_length: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (circuit length, weighted checksum, first 10 circuit vertices)."""
    if n <= 0:
        return (0, 0, [])
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    current = 0
    for _ in range(walk_length):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nxt = (state >> 11) % n
        adj[current].append(nxt)
        current = nxt
    adj[current].append(0)
    stack = [0]
    circuit = []
    while stack:
        v = stack[-1]
        if adj[v]:
            stack.append(adj[v].pop())
        else:
            circuit.append(stack.pop())
    circuit.reverse()
    checksum = sum(i * v for i, v in enumerate(circuit, 1)) % 998244353
    return (len(circuit), checksum, circuit[:10])
