"""Adler-32 and Fletcher-16 checksums of many records, and a corruption test.

Both checksums keep two running sums (the second summing the first) modulo a
constant: 65521 and 2**16 packing for Adler-32 (zlib), 255 and 2**8 packing for
Fletcher-16. Every record is also checked after flipping one bit, to count how often
each checksum misses the error.

Keywords: adler32, fletcher16, checksum, error detection, zlib, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def _fletcher16(data: bytes) -> int:
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


@python_benchmark(args=(5000, 3), cases=[(0, 1), (1, 2), (6, 3), (100, 4)])
def adler32_fletcher16_checksums(n_records: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (xor of Adler-32s, xor of Fletcher-16s, Adler misses, Fletcher misses, first 3 pairs)."""
    state = seed
    ax = fx = a_miss = f_miss = 0
    first = []
    for i in range(n_records):
        record = bytearray()
        for _ in range(1 + i % 60):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            record.append((state >> 9) & 0xFF if state % 4 else 0xFF)
        ad, fl = _adler32(bytes(record)), _fletcher16(bytes(record))
        ax ^= ad
        fx ^= fl
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        corrupt = bytearray(record)
        corrupt[state % len(record)] ^= 1 << ((state >> 8) % 8)
        a_miss += _adler32(bytes(corrupt)) == ad
        f_miss += _fletcher16(bytes(corrupt)) == fl
        if len(first) < 3:
            first.append((ad, fl))
    return (ax, fx, a_miss, f_miss, first)
