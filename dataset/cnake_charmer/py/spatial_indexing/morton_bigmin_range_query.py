"""Rectangle queries over Z-order (Morton) sorted points with BIGMIN skipping.

Seeded points with 16-bit coordinates are sorted by their interleaved Morton codes.
A query rectangle maps to the code interval [z(lo corner), z(hi corner)], but most of
that interval lies outside the rectangle; whenever the scan meets an outside point
the Tropf-Herzog BIGMIN step computes the next code that is inside again and the scan
jumps there by binary search. Returns a checksum of (count, id sum) per query, the
codes inspected, the number of jumps, the total length of the plain code intervals
and the first counts.

Keywords: spatial indexing, morton code, z-order curve, bigmin, range query, bit interleaving
"""

from bisect import bisect_left
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BITS = 16
X_BITS = 0x55555555  # x in the even bit positions, y in the odd ones
Y_BITS = 0xAAAAAAAA


def morton(x: int, y: int) -> int:
    code = 0
    for b in range(BITS):
        code |= ((x >> b) & 1) << (2 * b) | ((y >> b) & 1) << (2 * b + 1)
    return code


def bigmin(z: int, zmin: int, zmax: int) -> int:
    """Smallest Morton code above z whose point lies in the box [zmin, zmax]."""
    best = zmax
    for bit in range(2 * BITS - 1, -1, -1):
        mask = 1 << bit
        same_dim = (X_BITS if bit % 2 == 0 else Y_BITS) & ((mask << 1) - 1)
        state = (bool(z & mask), bool(zmin & mask), bool(zmax & mask))
        if state == (False, False, True):
            best = (zmin & ~same_dim) | mask
            zmax = (zmax & ~same_dim) | (same_dim & ~mask)
        elif state == (False, True, True):
            return zmin
        elif state == (True, False, False):
            return best
        elif state == (True, False, True):
            zmin = (zmin & ~same_dim) | mask
    return best


@python_benchmark(args=(25000, 450, 9), cases=[(0, 3, 1), (1, 2, 2), (5, 6, 3), (300, 40, 4), (2000, 0, 5)])
def morton_bigmin_range_query(n: int, queries: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (checksum, codes inspected, bigmin jumps, naive interval length, first 8 counts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % k

    entries = []
    for i in range(n):
        if i % 50 == 7:
            x, y = entries[-1][1]  # a duplicate of the previous point
        else:
            x = draw(1 << BITS)
            y = (x + draw(12000)) % (1 << BITS)  # a wrapped diagonal band
        entries.append((morton(x, y), (x, y), i))
    entries.sort()
    codes = [e[0] for e in entries]

    checksum = 0
    inspected = jumps = span = 0
    first = []
    for q in range(queries):
        extent = 12000 if q % 4 == 0 else 2500  # every fourth window is large
        x0 = draw(1 << BITS)
        y0 = max(0, (x0 + draw(12000)) % (1 << BITS) - extent // 2)
        x1 = min(x0 + draw(extent), (1 << BITS) - 1)
        y1 = min(y0 + draw(extent), (1 << BITS) - 1)
        zmin, zmax = morton(x0, y0), morton(x1, y1)
        count = id_sum = 0
        i = bisect_left(codes, zmin)
        span += bisect_left(codes, zmax + 1) - i
        while i < len(codes) and codes[i] <= zmax:
            inspected += 1
            x, y = entries[i][1]
            if x0 <= x <= x1 and y0 <= y <= y1:
                count += 1
                id_sum += entries[i][2]
                i += 1
            else:
                jumps += 1
                i = bisect_left(codes, bigmin(codes[i], zmin, zmax), i)
        checksum = (checksum * 7919 + count * 1000003 + id_sum) % 1000000007
        if q < 8:
            first.append(count)
    return checksum, inspected, jumps, span, first
