"""Single-machine total weighted tardiness by adjacent-swap descent.

Jobs have LCG-drawn processing times, due dates and weights. Starting from the
earliest-due-date order, the search repeatedly scans adjacent pairs and swaps any pair
whose exchange lowers the total weighted tardiness, until a full pass makes no
improvement. The pair returns the EDD cost, the final cost, the number of swaps and
the final sequence.

Keywords: optimization, scheduling, weighted tardiness, local search, single machine
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def weighted_tardiness(seq: List[int], p: List[int], d: List[int], w: List[int]) -> int:
    time = total = 0
    for j in seq:
        time += p[j]
        total += w[j] * max(0, time - d[j])
    return total


@python_benchmark(args=(160, 6), cases=[(0, 1), (1, 2), (6, 3), (12, 4)])
def weighted_tardiness_swap_search(jobs: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (EDD cost, final cost, swaps made, final sequence)."""
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    p = [1 + draw(20) for _ in range(jobs)]
    horizon = sum(p)
    d = [draw(max(horizon, 1)) for _ in range(jobs)]
    w = [1 + draw(10) for _ in range(jobs)]
    seq = sorted(range(jobs), key=lambda j: (d[j], j))
    edd = cost = weighted_tardiness(seq, p, d, w)
    swaps = 0
    improved = True
    while improved:
        improved = False
        for k in range(jobs - 1):
            seq[k], seq[k + 1] = seq[k + 1], seq[k]
            new = weighted_tardiness(seq, p, d, w)
            if new < cost:
                cost = new
                swaps += 1
                improved = True
            else:
                seq[k], seq[k + 1] = seq[k + 1], seq[k]
    return edd, cost, swaps, seq
