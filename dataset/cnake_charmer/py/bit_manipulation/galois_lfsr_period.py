"""Galois linear-feedback shift registers: periods and output bit statistics.

A Galois LFSR shifts right and, when the output bit is 1, XORs the tap mask into the
state. For each of several tap masks on a `width`-bit register the state is stepped
until it returns to the seed (or a step cap is hit) to measure the period; a
maximal-length register has period 2**width - 1. Returns each period and the number
of one bits output during it.

Keywords: LFSR, Galois, shift register, period, pseudo-random bits
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20, 8), cases=[(2, 1), (4, 2), (8, 3), (1, 1), (0, 1)])
def galois_lfsr_period(width: int, masks: int) -> List[Tuple[int, int, int]]:
    """Return [(tap mask, period or -1 if over the cap, ones output)] for generated tap masks; 1 <= width <= 24."""
    if not 1 <= width <= 24:
        raise ValueError("width must be in 1..24")
    top = 1 << (width - 1)
    cap = 1 << width
    results = []
    for m in range(masks):
        taps = top | ((0x9E3779B9 * (m + 1)) >> 7) & (top - 1) | 1 if width > 1 else 1
        start = 1
        state = start
        period = 0
        ones = 0
        while True:
            out = state & 1
            state >>= 1
            if out:
                state ^= taps
            ones += out
            period += 1
            if state == start or period > cap:
                break
        results.append((taps, period if period <= cap else -1, ones))
    return results
