"""Delta-of-delta encoding of irregular timestamps, Gorilla style.

Timestamps that arrive at a nearly fixed interval are stored as the change of the
change; the result is written with a prefix code whose buckets (1, 9, 12, 16 or 36
bits) depend on its magnitude. Reports the bit cost, bucket usage and a checksum.

Keywords: delta of delta, timestamps, time series, prefix code, gorilla, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 4), cases=[(0, 1), (1, 2), (2, 3), (2500, 4)])
def delta_of_delta_timestamps(n: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (total bits, bucket counts [zero, 7-bit, 9-bit, 12-bit, 32-bit], checksum)."""
    state = seed
    stamps = []
    t = 1_600_000_000
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state % 100
        jitter = 0 if r < 70 else ((state >> 8) % 41 - 20 if r < 95 else (state >> 8) % 9000 - 4000)
        t += 60 + jitter
        stamps.append(t)
    buckets = [0] * 5
    total = 64 if stamps else 0
    checksum = 0
    if len(stamps) > 1:
        total += 14
    prev_delta = stamps[1] - stamps[0] if len(stamps) > 1 else 0
    for a, b in zip(stamps[1:], stamps[2:]):
        delta = b - a
        dod = delta - prev_delta
        prev_delta = delta
        if dod == 0:
            bucket, cost = 0, 1
        elif -63 <= dod <= 64:
            bucket, cost = 1, 2 + 7
        elif -255 <= dod <= 256:
            bucket, cost = 2, 3 + 9
        elif -2047 <= dod <= 2048:
            bucket, cost = 3, 4 + 12
        else:
            bucket, cost = 4, 4 + 32
        buckets[bucket] += 1
        total += cost
        checksum = (checksum * 31 + (dod & 0xFFFFFFFF)) % 4294967291
    return (total, buckets, checksum)
