"""Monte Carlo estimate of pi from independent LCG streams thrown in blocks.

Each block owns a linear congruential generator seeded from its index and throws
`per_block` darts into the unit square, counting those inside the quarter circle. The
per-block hit counts (so a wrong stream or seed is visible), their total and the
resulting pi estimate are returned.

Keywords: monte carlo, pi estimation, lcg, random streams, integration
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _block_hits(block: int, darts: int) -> int:
    state = (block * 7919 + 17) & 0x7FFFFFFF
    hits = 0
    for _ in range(darts):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state & 0xFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = state & 0xFFFF
        if x * x + y * y < 65536 * 65536:
            hits += 1
    return hits


@python_benchmark(args=(64, 3000), cases=[(0, 10), (1, 0), (1, 1), (5, 50)])
def lcg_dart_pi_blocks(blocks: int, per_block: int) -> Tuple[List[int], int, float]:
    """Per-block hit counts, total hits and the pi estimate."""
    counts = [_block_hits(b, per_block) for b in range(blocks)]
    total = sum(counts)
    throws = blocks * per_block
    estimate = 4.0 * total / throws if throws else 0.0
    return counts[:16], total, estimate
