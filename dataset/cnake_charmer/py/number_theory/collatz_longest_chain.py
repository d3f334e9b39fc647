"""Longest Collatz chain below n with a memo of already-known chain lengths.

For each start k the 3x+1 map is followed until the value drops below k, whose chain
length is already known; the steps taken are added. Trajectories can climb far above
n, so only values below n are memoised. The longest chain, its start, the average
length and the highest peak value are returned.

Keywords: number theory, collatz conjecture, 3x+1, memoization, integer sequences
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(1,), (2,), (3,), (30,)])
def collatz_longest_chain(n: int) -> Tuple[int, int, int, int]:
    """Return (start of longest chain, its length, total of all lengths, highest value reached)."""
    if n < 2:
        return (0, 0, 0, 0)
    length = [0] * n
    length[1] = 1
    best_start, best_len, peak = 1, 1, 1
    for k in range(2, n):
        x, steps = k, 0
        while x >= k:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
            peak = max(peak, x)
        length[k] = steps + length[x]
        if length[k] > best_len:
            best_start, best_len = k, length[k]
    return (best_start, best_len, sum(length), peak)
