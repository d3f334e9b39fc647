"""Chess bitboards: knight attack sets and mobility over random positions.

A board is a 64-bit integer, one bit per square. Knight attacks from a set of knights
are computed with eight shifts masked to stop wrap-around across the board edges.
For random placements of white knights and blockers, counts the squares attacked,
the attacked blockers and squares attacked twice or more. Returns totals and samples.

Keywords: bitboard, chess, knight moves, bit shifts, masks
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

FULL = 0xFFFFFFFFFFFFFFFF
NOT_A = 0xFEFEFEFEFEFEFEFE
NOT_AB = 0xFCFCFCFCFCFCFCFC
NOT_H = 0x7F7F7F7F7F7F7F7F
NOT_GH = 0x3F3F3F3F3F3F3F3F


def _knight_targets(knights: int) -> List[int]:
    return [
        ((knights << 17) & NOT_A) & FULL,
        ((knights << 15) & NOT_H) & FULL,
        ((knights << 10) & NOT_AB) & FULL,
        ((knights << 6) & NOT_GH) & FULL,
        (knights >> 17) & NOT_H,
        (knights >> 15) & NOT_A,
        (knights >> 10) & NOT_GH,
        (knights >> 6) & NOT_AB,
    ]


@python_benchmark(args=(60000, 11), cases=[(0, 1), (1, 2), (5, 3), (100, 4)])
def bitboard_knight_attacks(positions: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (total attacked squares, attacked blockers, doubly attacked squares, first 4 attack sets)."""
    state = (seed & 0x7FFFFFFF) | 1
    attacked_total = hit_blockers = doubled = 0
    samples = []
    for _ in range(positions):
        state = (state * 6364136223846793005 + 1442695040888963407) & FULL
        knights = state & (state >> 7) & (state >> 13)
        state = (state * 6364136223846793005 + 1442695040888963407) & FULL
        blockers = (state & (state >> 3)) & ~knights & FULL
        seen = twice = 0
        for t in _knight_targets(knights):
            twice |= seen & t
            seen |= t
        attacked_total += bin(seen).count("1")
        hit_blockers += bin(seen & blockers).count("1")
        doubled += bin(twice).count("1")
        if len(samples) < 4:
            samples.append(seen)
    return attacked_total, hit_blockers, doubled, samples
