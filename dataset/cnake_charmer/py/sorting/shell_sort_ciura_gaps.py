"""Shell sort with Ciura's gap sequence, counting element comparisons.

Gapped insertion sort with gaps 701, 301, 132, 57, 23, 10, 4, 1 (extended by a factor
2.25 for large inputs). The comparison count is returned with the sorted samples, so a
different gap sequence or insertion rule gives a different answer.

Keywords: shell sort, gap sequence, Ciura, insertion sort, comparisons
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 5), cases=[(0, 2), (1, 2), (9, 4), (2000, 13), (-7, 1)])
def shell_sort_ciura_gaps(n: int, seed: int) -> Tuple[int, List[int], int]:
    """Shell-sort n LCG values; return (comparisons, samples, first-last spread)."""
    gaps = [1, 4, 10, 23, 57, 132, 301, 701]
    while gaps[-1] * 9 // 4 < n:
        gaps.append(gaps[-1] * 9 // 4)
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state >> 4)
    comparisons = 0
    for gap in reversed(gaps):
        for i in range(gap, len(data)):
            item = data[i]
            j = i
            while j >= gap:
                comparisons += 1
                if data[j - gap] <= item:
                    break
                data[j] = data[j - gap]
                j -= gap
            data[j] = item
    step = max(1, len(data) // 10)
    spread = data[-1] - data[0] if data else 0
    return comparisons, data[::step], spread
