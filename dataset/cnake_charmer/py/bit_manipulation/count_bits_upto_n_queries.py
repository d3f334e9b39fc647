"""Total number of set bits in all integers 0..N, answered per bit position.

For bit b the pattern of 2**b zeros then 2**b ones repeats with period 2**(b+1), so
the ones at bit b among 0..N are (N+1) // 2**(b+1) * 2**b plus the partial period.
Many queries are answered this way and verified against a brute-force popcount sum
for small N. Returns a checksum of the answers, the number of brute-force checks that
passed and the first answers.

Keywords: popcount, counting bits, periodic pattern, bit positions, prefix counts
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _ones_upto(n: int) -> int:
    if n < 0:
        return 0
    total = 0
    b = 0
    while (1 << b) <= n:
        period = 1 << (b + 1)
        full, part = divmod(n + 1, period)
        total += full * (1 << b) + max(0, part - (1 << b))
        b += 1
    return total


@python_benchmark(args=(15000, 12), cases=[(0, 1), (1, 2), (20, 3), (300, 4)])
def count_bits_upto_n_queries(queries: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, brute-force checks passed, first 6 answers)."""
    state = seed & 0x7FFFFFFF
    checksum = passed = 0
    first = []
    brute_prefix = [0]
    for v in range(1, 4097):
        brute_prefix.append(brute_prefix[-1] + bin(v).count("1"))
    for q in range(queries):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        n = state >> (8 + q % 50)
        answer = _ones_upto(n)
        if n <= 4096:
            passed += answer == brute_prefix[n]
        checksum = (checksum * 1000003 + answer) % 998244353
        if len(first) < 6:
            first.append(answer)
    return checksum, passed, first
