"""Run-length encode a byte stream with runs capped at 255.

Data made of runs of repeated bytes is encoded as (count, byte) pairs using
``itertools.groupby``; runs longer than 255 are split. The encoding is decoded again to
check the round trip.

Keywords: run length encoding, rle, bytes, groupby, compression
"""

from itertools import groupby
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000000, 40, 2), cases=[(0, 5, 1), (1, 5, 2), (50, 1, 3), (2000, 600, 4)])
def rle_byte_runs(n: int, max_run: int, seed: int) -> Tuple[int, int, List[int], bool]:
    """Return (encoded length, checksum, first 16 encoded bytes, round trip ok)."""
    state = seed
    data = bytearray()
    while len(data) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data += bytes([65 + (state >> 8) % 6]) * (1 + state % max_run)
    data = bytes(data[:n])
    out = bytearray()
    for byte, group in groupby(data):
        run = len(list(group))
        while run > 0:
            take = min(run, 255)
            out += bytes((take, byte))
            run -= take
    decoded = b"".join(bytes([out[i + 1]]) * out[i] for i in range(0, len(out), 2))
    checksum = 0
    for b in out:
        checksum = (checksum * 31 + b) & 0xFFFFFFFF
    return (len(out), checksum, list(out[:16]), decoded == data)
