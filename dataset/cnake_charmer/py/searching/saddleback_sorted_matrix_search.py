"""Saddleback search in a matrix sorted along rows and columns.

Starting at the top-right corner, each comparison discards a whole row or column, so
a lookup costs at most rows + cols steps. The function also counts, for each query,
how many entries are <= the query (the same staircase walk). Returns hits, total
steps, the summed ranks and the first rank counts.

Keywords: saddleback search, sorted matrix, staircase, two-dimensional search, rank
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 3000, 8), cases=[(0, 5, 1), (1, 3, 2), (4, 10, 3), (25, 0, 4)])
def saddleback_sorted_matrix_search(size: int, queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (found, walk steps, sum of ranks, first 8 counts of entries <= query)."""
    state = seed & 0x7FFFFFFF
    matrix = [[0] * size for _ in range(size)]
    for r in range(size):
        for c in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            above = matrix[r - 1][c] if r else 0
            left = matrix[r][c - 1] if c else 0
            matrix[r][c] = max(above, left) + (state >> 12) % 5
    top = matrix[-1][-1] + 2 if size else 2
    found = steps = 0
    ranks = []
    rank_total = 0
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = state % top
        r, c = 0, size - 1
        hit = False
        while r < size and c >= 0:
            steps += 1
            v = matrix[r][c]
            if v == key:
                hit = True
                break
            if v > key:
                c -= 1
            else:
                r += 1
        found += hit
        count = 0
        c = size - 1
        for r in range(size):
            while c >= 0 and matrix[r][c] > key:
                c -= 1
            count += c + 1
        rank_total += count
        if len(ranks) < 8:
            ranks.append(count)
    return found, steps, rank_total, ranks
