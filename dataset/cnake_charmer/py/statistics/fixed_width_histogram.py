"""Fixed-width histograms of an integer stream and a real-valued stream.

Integer samples (sums of three LCG dice, range 3..18 scaled) and real samples (a
triangular-like LCG variate) are binned into `bins` equal-width bins spanning their
known ranges; values on the upper edge go into the last bin. Returns both count vectors
plus the index of the fullest bin of each.

Keywords: histogram, binning, frequency counts, distribution, integer and real data
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _histogram(values, lo, hi, bins: int) -> List[int]:
    counts = [0] * bins
    width = (hi - lo) / bins
    for v in values:
        idx = int((v - lo) / width)
        counts[min(max(idx, 0), bins - 1)] += 1
    return counts


@python_benchmark(args=(60000, 32), cases=[(0, 4), (1, 1), (10, 3), (100, 7), (5, 0)])
def fixed_width_histogram(n: int, bins: int) -> Tuple[List[int], int, List[int], int]:
    """Histogram n integer and n real samples into `bins` bins each."""
    if bins <= 0:
        return [], -1, [], -1
    state = 8080
    ints = []
    reals = []
    for _ in range(n):
        total = 0
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            total += state % 6 + 1
        ints.append(total * 7)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state / 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        reals.append(a + state / 0x7FFFFFFF)
    int_counts = _histogram(ints, 21, 126, bins)
    real_counts = _histogram(reals, 0.0, 2.0, bins)
    return (int_counts, int_counts.index(max(int_counts)),
            real_counts, real_counts.index(max(real_counts)))
