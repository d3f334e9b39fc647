"""Tabu search for the maximum cut of a random weighted graph.

Vertices are split into two sides; a move flips one vertex. Each iteration takes the
best non-tabu flip (or a tabu one that beats the best cut, the aspiration rule) and
forbids flipping that vertex again for `tenure` iterations. Gains are kept up to date
incrementally. The pair returns the best cut weight, the iteration it was found and
the side of every vertex in the best partition.

Keywords: optimization, tabu search, max cut, graph partitioning, metaheuristic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120, 3000, 7, 5), cases=[(1, 5, 2, 1), (2, 3, 1, 2), (8, 30, 3, 3), (0, 10, 2, 4)])
def tabu_search_max_cut(n: int, iterations: int, tenure: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (best cut weight, iteration of the best, best side of each vertex)."""
    state = seed & 0x7FFFFFFF
    weight = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 8) % 4 == 0:
                weight[i][j] = weight[j][i] = 1 + (state >> 12) % 20
    side = [v % 2 for v in range(n)]
    cut = sum(weight[i][j] for i in range(n) for j in range(i + 1, n) if side[i] != side[j])
    gain = [sum(weight[v][u] if side[u] == side[v] else -weight[v][u] for u in range(n)) for v in range(n)]
    tabu_until = [0] * n
    best_cut, best_iter, best_side = cut, 0, side[:]
    for it in range(1, iterations + 1):
        move = None
        for v in range(n):
            if tabu_until[v] >= it and cut + gain[v] <= best_cut:
                continue
            if move is None or gain[v] > gain[move]:
                move = v
        if move is None:
            break
        cut += gain[move]
        side[move] ^= 1
        for u in range(n):
            if weight[move][u]:
                gain[u] += 2 * weight[move][u] if side[u] == side[move] else -2 * weight[move][u]
        gain[move] = -gain[move]
        tabu_until[move] = it + tenure
        if cut > best_cut:
            best_cut, best_iter, best_side = cut, it, side[:]
    return best_cut, best_iter, best_side
