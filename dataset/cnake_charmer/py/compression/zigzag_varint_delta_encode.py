"""Delta + zigzag + LEB128 varint encoding of an integer series.

A slowly drifting integer series (like timestamps or sensor readings) is stored as
differences, mapped to unsigned values by zigzag (0, -1, 1, -2 ... -> 0, 1, 2, 3 ...)
and written as little-endian base-128 varints, the scheme of Protocol Buffers; the
bytes are decoded again to verify.

Keywords: varint, zigzag, delta encoding, leb128, protobuf, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 5), cases=[(0, 1), (1, 2), (30, 3), (2000, 4)])
def zigzag_varint_delta_encode(n: int, seed: int) -> Tuple[int, int, List[int], bool, int]:
    """Return (encoded bytes, checksum, first 12 bytes, round trip ok, largest zigzag value)."""
    state = seed
    values = []
    v = 1_000_000
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        step = (state >> 8) % 200 - 100
        if state % 97 == 0:
            step *= 100000
        v += step
        values.append(v)
    out = bytearray()
    prev = 0
    largest = 0
    for x in values:
        d = x - prev
        prev = x
        z = (d << 1) ^ (d >> 63)
        largest = max(largest, z)
        while z >= 0x80:
            out.append((z & 0x7F) | 0x80)
            z >>= 7
        out.append(z)
    decoded = []
    prev = 0
    i = 0
    while i < len(out):
        z = shift = 0
        while True:
            b = out[i]
            i += 1
            z |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                break
        d = (z >> 1) ^ -(z & 1)
        prev += d
        decoded.append(prev)
    checksum = 0
    for b in out:
        checksum = (checksum * 131 + b) & 0xFFFFFFFF
    return (len(out), checksum, list(out[:12]), decoded == values, largest)
