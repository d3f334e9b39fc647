"""Distinct items in every sliding window of a purchase stream.

A stream of product codes drawn from a Zipf-like distribution is scanned with a window
of fixed length. For each window position the number of distinct products is tracked
with a multiset of counts that is updated as one item enters and another leaves.
Returns the minimum and maximum distinct counts, the total over all windows, the sum
over windows of the top product's frequency, and sampled counts.

Keywords: sliding window, distinct count, multiset, counter, streaming, frequency
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 200, 5000), cases=[(0, 3, 10), (1, 1, 1), (5, 10, 3), (50, 7, 20), (2000, 30, 100)])
def sliding_window_distinct_items(n: int, window: int, catalogue: int) -> Tuple[int, int, int, int, List[int]]:
    """Slide a window over n purchases; return (min, max, total distinct, summed top frequency, samples)."""
    if n <= 0 or window <= 0 or catalogue <= 0 or window > n:
        return 0, 0, 0, 0, []
    state = 6464
    stream = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 8) % 10000 + 1
        stream.append((catalogue * 37 // u) % catalogue)
    counts = Counter(stream[:window])
    history = [len(counts)]
    top_total = max(counts.values())
    for i in range(window, n):
        leaving = stream[i - window]
        counts[leaving] -= 1
        if counts[leaving] == 0:
            del counts[leaving]
        counts[stream[i]] += 1
        history.append(len(counts))
        top_total += max(counts.values())
    return min(history), max(history), sum(history), top_total, history[:: max(1, len(history) // 10)]
