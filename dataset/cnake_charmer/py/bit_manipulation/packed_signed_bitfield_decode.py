"""Decode a stream of packed 12-bit two's-complement samples.

Sensor formats often pack signed samples tightly: here every 3 bytes hold two 12-bit
values, little-endian bit order. The decoder reassembles each field with shifts and
masks and sign-extends it from 12 bits. It also re-encodes the samples and checks the
bytes round-trip. Returns the number of samples, their sum, the minimum and maximum,
the count of negative samples and the first samples.

Keywords: bit fields, sign extension, two's complement, packing, binary formats
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 4), cases=[(0, 1), (1, 2), (2, 3), (7, 4), (-3, 5)])
def packed_signed_bitfield_decode(n_pairs: int, seed: int) -> Tuple[int, int, int, int, int, bool, List[int]]:
    """Return (samples, sum, min, max, negatives, round trip ok, first 6 samples)."""
    state = seed & 0x7FFFFFFF
    data = bytearray()
    for _ in range(max(0, n_pairs)):
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((state >> 16) & 0xFF)
    samples = []
    for i in range(0, len(data), 3):
        word = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)
        for field in (word & 0xFFF, word >> 12):
            samples.append(field - 0x1000 if field & 0x800 else field)
    encoded = bytearray()
    for k in range(0, len(samples), 2):
        word = (samples[k] & 0xFFF) | ((samples[k + 1] & 0xFFF) << 12)
        encoded += bytes((word & 0xFF, (word >> 8) & 0xFF, word >> 16))
    if not samples:
        return 0, 0, 0, 0, 0, True, []
    negatives = sum(1 for s in samples if s < 0)
    return len(samples), sum(samples), min(samples), max(samples), negatives, encoded == data, samples[:6]
