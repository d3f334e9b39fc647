"""Power-of-two rounding, integer log2 and alignment for many values.

For each generated 32-bit value the function computes the next power of two at or
above it, the previous power of two at or below it, floor and ceiling of log2, whether
it is a power of two, and the value rounded up to a multiple of an alignment (a
power of two). The Python side uses int.bit_length(); the totals and the first
records are returned.

Keywords: power of two, log2, bit_length, alignment, rounding
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 6, 8), cases=[(0, 3, 1), (1, 0, 2), (10, 4, 3), (100, 12, 4), (5, -1, 1)])
def power_of_two_rounding_tricks(n: int, align_bits: int, seed: int) -> Tuple[int, int, int, int, int, List[Tuple[int, int, int, int]]]:
    """Return (sum next pow2, sum prev pow2, sum floor log2, powers of two seen, sum aligned, first 4 records); 0 <= align_bits <= 20."""
    if not 0 <= align_bits <= 20:
        raise ValueError("align_bits must be in 0..20")
    align = 1 << align_bits
    state = seed & 0x7FFFFFFF
    next_sum = prev_sum = log_sum = pow_count = aligned_sum = 0
    first = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = 1 + (state >> (i % 24))
        floor_log = v.bit_length() - 1
        prev_pow = 1 << floor_log
        is_pow = v == prev_pow
        next_pow = v if is_pow else prev_pow << 1
        aligned = (v + align - 1) // align * align
        next_sum += next_pow
        prev_sum += prev_pow
        log_sum += floor_log
        pow_count += is_pow
        aligned_sum += aligned
        if len(first) < 4:
            first.append((v, next_pow, floor_log, aligned))
    return next_sum, prev_sum, log_sum, pow_count, aligned_sum, first
