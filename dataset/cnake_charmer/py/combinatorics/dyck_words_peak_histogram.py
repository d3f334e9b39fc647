"""Statistics over all Dyck paths of semilength n, found by exhaustive generation.

Every balanced sequence of n up-steps and n down-steps that never goes below zero is
generated recursively. The histogram of peak counts (the Narayana numbers), the total
number of returns to the axis and the total maximum height are collected.

Keywords: combinatorics, dyck paths, catalan numbers, narayana numbers, enumeration, backtracking
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10,), cases=[(0,), (1,), (2,), (5,)])
def dyck_words_peak_histogram(n: int) -> Tuple[int, List[int], int, int]:
    """Return (paths, peak-count histogram, total returns to zero, total max height)."""
    peaks_hist = [0] * (n + 1)
    totals = [0, 0, 0]
    word: List[int] = []

    def record() -> None:
        height = best = returns = 0
        for step in word:
            height += step
            best = max(best, height)
            if height == 0:
                returns += 1
        peaks = sum(1 for a, b in zip(word, word[1:]) if a == 1 and b == -1)
        peaks_hist[peaks] += 1
        totals[0] += 1
        totals[1] += returns
        totals[2] += best

    def grow(opened: int, closed: int) -> None:
        if closed == n:
            record()
            return
        if opened < n:
            word.append(1)
            grow(opened + 1, closed)
            word.pop()
        if closed < opened:
            word.append(-1)
            grow(opened, closed + 1)
            word.pop()

    grow(0, 0)
    return (totals[0], peaks_hist, totals[1], totals[2])
