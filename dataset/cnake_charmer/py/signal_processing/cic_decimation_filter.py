"""Cascaded integrator-comb (CIC) decimator with 32-bit wrap-around arithmetic.

A CIC filter of order N and decimation ratio R (differential delay 1) integrates the
input N times at the high rate, decimates by R and applies N comb stages at the low
rate. As in hardware, all registers are 32-bit two's-complement and wrap on overflow,
which is harmless for CIC filters; the output is exact. Returns the output length,
its first samples, a checksum and the DC gain check R^N.

Keywords: cic filter, decimation, integrator comb, modular arithmetic, fixed point
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFFFFFF


def _signed(v: int) -> int:
    return v - (1 << 32) if v & 0x80000000 else v


@python_benchmark(args=(60000, 16, 4), cases=[(0, 4, 2), (10, 1, 1), (50, 5, 0), (100, 8, 3)])
def cic_decimation_filter(n: int, ratio: int, order: int) -> Tuple[int, List[int], int, int]:
    """Run an order-N, ratio-R CIC decimator over n input samples; summarise the output."""
    if ratio < 1 or order < 0:
        return 0, [], 0, 0
    state = 4242
    integrators = [0] * order
    combs = [0] * order
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = ((state >> 8) & 0xFF) - 128 + (64 if (i // 1000) % 2 else -64)
        acc = x & MASK
        for k in range(order):
            integrators[k] = (integrators[k] + acc) & MASK
            acc = integrators[k]
        if i % ratio == ratio - 1:
            for k in range(order):
                prev = combs[k]
                combs[k] = acc
                acc = (acc - prev) & MASK
            out.append(_signed(acc))
    checksum = 0
    for j, v in enumerate(out):
        checksum = (checksum * 31 + v) % 1_000_000_007
    return len(out), out[:8], checksum, ratio ** order
