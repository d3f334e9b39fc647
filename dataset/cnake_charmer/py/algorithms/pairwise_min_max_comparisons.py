"""Find the minimum and maximum together with about 3n/2 comparisons.

Instead of comparing every element with both the running minimum and maximum (2n
comparisons), elements are taken in pairs: the pair is ordered with one comparison,
then the smaller is compared with the minimum and the larger with the maximum. The
same routine runs over an integer array and a float array. Returns, for each, the
extremes, their first indices and the number of comparisons made.

Keywords: min max, pairwise comparisons, 3n/2, tournament method, classic exercise
"""

from typing import List, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

Number = Union[int, float]


def _min_max(values: List[Number]) -> Tuple[Number, int, Number, int, int]:
    n = len(values)
    if n == 0:
        return 0, -1, 0, -1, 0
    comparisons = 0
    if n % 2:
        lo = hi = values[0]
        lo_i = hi_i = 0
        start = 1
    else:
        comparisons += 1
        if values[1] < values[0]:
            lo, lo_i, hi, hi_i = values[1], 1, values[0], 0
        else:
            lo, lo_i, hi, hi_i = values[0], 0, values[1], 1
        start = 2
    for i in range(start, n - 1, 2):
        a, b = values[i], values[i + 1]
        comparisons += 3
        if b < a:
            small, si, big, bi = b, i + 1, a, i
        else:
            small, si, big, bi = a, i, b, i + 1
        if small < lo:
            lo, lo_i = small, si
        if big > hi:
            hi, hi_i = big, bi
    return lo, lo_i, hi, hi_i, comparisons


@python_benchmark(args=(400000, 9), cases=[(0, 1), (1, 2), (2, 3), (7, 4), (100, 5)])
def pairwise_min_max_comparisons(n: int, seed: int) -> List[Tuple[Number, int, Number, int, int]]:
    """Return [(min, argmin, max, argmax, comparisons)] for an int array and a float array."""
    state = seed & 0x7FFFFFFF
    ints = []
    floats = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ints.append((state >> 4) % 1000003 - 500000)
        floats.append((state % 65536) / 256.0 - (state >> 20) * 0.5)
    return [_min_max(ints), _min_max(floats)]
