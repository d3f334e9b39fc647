"""Shortest edit scripts between strings with Myers' O(ND) diff algorithm.

For pairs of strings where the second is a mutated copy of the first, Myers' greedy
algorithm explores diagonals ``k`` of the edit graph for increasing edit counts ``d``
and finds the minimum number of single-character insertions and deletions, the core
of ``diff`` and version-control tools.

Keywords: myers diff, edit script, shortest path, diagonals, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _myers(a: str, b: str) -> int:
    n, m = len(a), len(b)
    v = {1: 0}
    for d in range(n + m + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[k - 1] < v[k + 1]):
                x = v[k + 1]
            else:
                x = v[k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            v[k] = x
            if x >= n and y >= m:
                return d
    return n + m


@python_benchmark(args=(1500, 120, 5), cases=[(0, 10, 1), (1, 0, 2), (5, 8, 3), (40, 30, 4)])
def myers_diff_edit_script(n_pairs: int, length: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (total edit distance, largest distance, first 10 distances)."""
    state = seed
    dists = []
    for _ in range(n_pairs):
        a = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a.append("acgt"[(state >> 9) & 3])
        b = list(a)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for _ in range(state % 12):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pos = (state >> 5) % (len(b) + 1)
            if state % 3 == 0 and b:
                del b[min(pos, len(b) - 1)]
            elif state % 3 == 1:
                b.insert(pos, "acgt"[(state >> 12) & 3])
            elif b:
                b[min(pos, len(b) - 1)] = "acgt"[(state >> 12) & 3]
        dists.append(_myers("".join(a), "".join(b)))
    return (sum(dists), max(dists, default=0), dists[:10])
