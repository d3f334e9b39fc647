"""Hexagonal binning of points and k-ring hotspot search.

Seeded event locations (a few hotspots over a uniform background) are snapped to
pointy-top hexagonal cells in axial coordinates by cube rounding, as hex indexes like
H3 do. Every occupied cell then sums the counts of all cells within hex distance k -
its k-ring - and the densest neighbourhood wins. Returns the occupied cell count, the
fullest cell, a checksum of (q, r, count) in (q, r) order, the hotspot (q, r, ring
sum) and the ring sums of the first cells.

Keywords: spatial indexing, hexagonal grid, axial coordinates, cube rounding, k-ring, hotspot
"""

import math
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ROOT3_OVER_3 = math.sqrt(3.0) / 3.0


def to_hex(x: float, y: float, size: float) -> Tuple[int, int]:
    """Axial (q, r) of the pointy-top hexagon containing (x, y)."""
    fq = (ROOT3_OVER_3 * x - y / 3.0) / size
    fr = (2.0 / 3.0 * y) / size
    fs = -fq - fr
    q, r, s = math.floor(fq + 0.5), math.floor(fr + 0.5), math.floor(fs + 0.5)
    dq, dr, ds = abs(q - fq), abs(r - fr), abs(s - fs)
    if dq > dr and dq > ds:
        q = -r - s
    elif dr > ds:
        r = -q - s
    return q, r


@python_benchmark(args=(60000, 2.5, 3, 29), cases=[(0, 1.0, 2, 1), (1, 5.0, 1, 2), (4, 1.0, 0, 3), (300, 20.0, 2, 4), (2000, 4.0, 5, 5), (10, 0.1, 1, 6)])
def hex_grid_hotspot_rings(n: int, size: float, k: int, seed: int) -> Tuple[int, int, int, Tuple[int, int, int], List[int]]:
    """Return (occupied cells, fullest cell, checksum, hotspot (q, r, ring sum), first 6 ring sums)."""
    if size < 0.5 or k < 0:
        raise ValueError("size must be at least 0.5 and k non-negative")
    state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 11) / 9007199254740992.0

    hotspots = [(uniform() * 1000.0, uniform() * 1000.0) for _ in range(5)]
    counts: Counter = Counter()
    for i in range(n):
        if i % 3 == 0:
            x, y = uniform() * 1000.0, uniform() * 1000.0
        else:
            hx, hy = hotspots[i % 5]
            # a triangular-ish spread: the sum of two uniforms
            x = hx + (uniform() + uniform() - 1.0) * 60.0
            y = hy + (uniform() + uniform() - 1.0) * 60.0
        counts[to_hex(x, y, size)] += 1

    cells = sorted(counts)
    checksum = 0
    for q, r in cells:
        checksum = (checksum * 1000003 + (q + 5000) * 10007 + (r + 5000) * 101 + counts[(q, r)]) % 1000000007
    best = (0, 0, 0)
    ring_sums = []
    for q, r in cells:
        total = 0
        for dq in range(-k, k + 1):
            for dr in range(max(-k, -dq - k), min(k, -dq + k) + 1):
                total += counts.get((q + dq, r + dr), 0)
        ring_sums.append(total)
        if (-total, q, r) < (-best[2], best[0], best[1]) or len(ring_sums) == 1:
            best = (q, r, total)
    return len(cells), max(counts.values(), default=0), checksum, best, ring_sums[:6]
