"""Maximum of every sliding window with a monotonic deque.

The deque holds indices whose values are decreasing; each new value evicts smaller
ones from the back, and the front leaves once it falls out of the window. Every
element enters and leaves once, so all window maxima cost O(n). Returns a checksum of
the maxima, how many times the maximum changed and the first maxima.

Keywords: sliding window, monotonic deque, window maximum, queue, streaming
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300000, 64, 7), cases=[(0, 3, 1), (5, 1, 2), (10, 20, 3), (100, 7, 4), (10, 0, 1)])
def sliding_window_maximum_deque(n: int, window: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (checksum of maxima, max changes, first 10 maxima); window >= 1."""
    if window < 1:
        raise ValueError("window must be positive")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 7) % 100000)
    dq: deque = deque()
    maxima = []
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - window:
            dq.popleft()
        if i >= window - 1:
            maxima.append(values[dq[0]])
    checksum = 0
    for m in maxima:
        checksum = (checksum * 100003 + m) % 1000000007
    changes = sum(1 for a, b in zip(maxima, maxima[1:]) if a != b)
    return checksum, changes, maxima[:10]
