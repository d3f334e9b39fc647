"""Gorilla-style XOR compression of a floating-point time series.

Each double is XORed with its predecessor's bit pattern; identical values cost one bit,
and otherwise the meaningful (non-zero) bits are stored either inside the previous
leading/trailing-zero window or with a new 5-bit leading count and 6-bit length, as in
Facebook's Gorilla time-series store. Reports the bit cost and a field checksum.

Keywords: gorilla, xor compression, floating point, time series, bit patterns, compression
"""

import struct
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


@python_benchmark(args=(120000, 3), cases=[(0, 1), (1, 2), (10, 3), (3000, 4)])
def gorilla_xor_float_pack(n: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (total bits, repeated values, window reuses, checksum of emitted fields)."""
    state = seed
    values = []
    level = 20.0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 4 == 0:
            level += ((state >> 8) % 7 - 3) * 0.25
        values.append(level if state % 3 else level * 1.5)
    total = 0
    repeats = reuses = 0
    checksum = 0
    prev = _bits(values[0]) if values else 0
    prev_lead, prev_trail = 65, 65
    if values:
        total += 64
    for v in values[1:]:
        cur = _bits(v)
        x = cur ^ prev
        prev = cur
        if x == 0:
            total += 1
            repeats += 1
            continue
        lead = min(64 - x.bit_length(), 31)
        trail = (x & -x).bit_length() - 1
        if lead >= prev_lead and trail >= prev_trail:
            width = 64 - prev_lead - prev_trail
            total += 2 + width
            reuses += 1
            field = (x >> prev_trail) & ((1 << width) - 1)
        else:
            width = 64 - lead - trail
            total += 2 + 5 + 6 + width
            prev_lead, prev_trail = lead, trail
            field = x >> trail
        checksum = (checksum * 1000003 + field + width) % (1 << 61)
    return (total, repeats, reuses, checksum)
