"""Bitonic sorting network on 2**k elements.

Runs the classic compare-exchange network: stages build bitonic sequences of growing
size and merge them. The network is data-oblivious, so it always performs the same
comparisons; the function returns how many exchanges actually swapped, plus samples.

Keywords: bitonic sort, sorting network, compare exchange, power of two, oblivious
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(14, 3), cases=[(0, 1), (1, 5), (3, 2), (6, 9), (-1, 1)])
def bitonic_sort_network(log_size: int, seed: int) -> Tuple[int, int, List[int]]:
    """Sort 2**log_size LCG values (0 <= log_size <= 20); return (swaps, checksum, samples)."""
    if not 0 <= log_size <= 20:
        raise ValueError("log_size must be between 0 and 20")
    n = 1 << log_size
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state % 65536)
    swaps = 0
    size = 2
    while size <= n:
        stride = size // 2
        while stride > 0:
            for i in range(n):
                partner = i ^ stride
                if partner > i:
                    ascending = (i & size) == 0
                    if (data[i] > data[partner]) == ascending and data[i] != data[partner]:
                        data[i], data[partner] = data[partner], data[i]
                        swaps += 1
            stride //= 2
        size *= 2
    checksum = sum(v * (i + 1) for i, v in enumerate(data)) % 1000000007
    step = max(1, n // 8)
    return swaps, checksum, data[::step]
