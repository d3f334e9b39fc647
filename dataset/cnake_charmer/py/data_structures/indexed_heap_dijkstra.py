"""Dijkstra's algorithm driven by an indexed binary heap with decrease-key.

Unlike the lazy "push duplicates" approach, an indexed heap stores each vertex once
and remembers its position, so relaxing an edge moves the vertex up in place. The
graph is a random sparse digraph. Returns the number of reachable vertices, the
number of decrease-key operations, a checksum of the distances and the farthest
distance.

Keywords: indexed heap, decrease key, Dijkstra, priority queue, shortest paths
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class IndexedMinHeap:
    def __init__(self, n: int) -> None:
        self.heap: List[int] = []
        self.pos = [-1] * n
        self.key = [0] * n

    def _swap(self, i: int, j: int) -> None:
        h = self.heap
        h[i], h[j] = h[j], h[i]
        self.pos[h[i]] = i
        self.pos[h[j]] = j

    def _up(self, i: int) -> None:
        while i > 0:
            parent = (i - 1) // 2
            if (self.key[self.heap[parent]], self.heap[parent]) <= (self.key[self.heap[i]], self.heap[i]):
                break
            self._swap(i, parent)
            i = parent

    def _down(self, i: int) -> None:
        n = len(self.heap)
        while True:
            best = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and (self.key[self.heap[child]], self.heap[child]) < (self.key[self.heap[best]], self.heap[best]):
                    best = child
            if best == i:
                return
            self._swap(i, best)
            i = best

    def push_or_decrease(self, v: int, k: int) -> bool:
        if self.pos[v] < 0:
            self.key[v] = k
            self.heap.append(v)
            self.pos[v] = len(self.heap) - 1
            self._up(len(self.heap) - 1)
            return False
        self.key[v] = k
        self._up(self.pos[v])
        return True

    def pop(self) -> int:
        top = self.heap[0]
        self._swap(0, len(self.heap) - 1)
        self.heap.pop()
        self.pos[top] = -2
        if self.heap:
            self._down(0)
        return top


@python_benchmark(args=(10000, 6, 3), cases=[(1, 3, 1), (2, 1, 2), (50, 2, 3), (400, 4, 4), (10, 0, 5)])
def indexed_heap_dijkstra(n: int, degree: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (reachable, decrease-keys, distance checksum, farthest distance); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    state = seed & 0x7FFFFFFF
    adj: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
    for u in range(n):
        for _ in range(degree):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = (state >> 4) % n
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            adj[u].append((v, 1 + (state >> 4) % 100))
    dist = [-1] * n
    heap = IndexedMinHeap(n)
    heap.push_or_decrease(0, 0)
    decreases = 0
    while heap.heap:
        u = heap.pop()
        d = heap.key[u]
        dist[u] = d
        for v, w in adj[u]:
            if heap.pos[v] == -2:
                continue
            if heap.pos[v] < 0 or d + w < heap.key[v]:
                decreases += heap.push_or_decrease(v, d + w)
    reached = [d for d in dist if d >= 0]
    checksum = 0
    for d in dist:
        checksum = (checksum * 31 + d + 1) % 1000000007
    return len(reached), decreases, checksum, max(reached)
