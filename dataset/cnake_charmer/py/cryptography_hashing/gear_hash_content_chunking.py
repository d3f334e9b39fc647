"""Content-defined chunking with a Gear rolling hash (FastCDC style).

A 32-bit Gear hash (``h = (h << 1) + G[byte]``) is rolled over the data and a chunk
boundary is declared where the hash's masked bits are zero, subject to minimum and
maximum chunk sizes. Because boundaries depend on content, inserting bytes near the
start only changes the first chunks, which deduplicating backup tools rely on.

Keywords: content defined chunking, gear hash, rolling hash, deduplication, fastcdc, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _chunks(data: bytes, gear: List[int], mask: int, lo: int, hi: int) -> List[int]:
    sizes = []
    start = 0
    h = 0
    for i, byte in enumerate(data):
        h = ((h << 1) + gear[byte]) & 0xFFFFFFFF
        size = i - start + 1
        if (size >= lo and h & mask == 0) or size >= hi:
            sizes.append(size)
            start = i + 1
            h = 0
    if start < len(data):
        sizes.append(len(data) - start)
    return sizes


@python_benchmark(args=(200000, 9), cases=[(0, 1), (1, 2), (100, 3), (5000, 4)])
def gear_hash_content_chunking(n: int, seed: int) -> Tuple[int, int, int, List[int], int]:
    """Return (chunks, smallest, largest, first 6 sizes, chunks shared after an edit)."""
    state = seed
    gear = []
    for _ in range(256):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        gear.append((state * 2654435761) & 0xFFFFFFFF)
    data = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((state >> 7) & 0xFF)
    sizes = _chunks(bytes(data), gear, 0x1FF << 20, 64, 4096)
    edited = bytes(data[:10]) + b"INSERTED" + bytes(data[10:])
    sizes2 = _chunks(edited, gear, 0x1FF << 20, 64, 4096)
    ends = set()
    pos = 0
    for s in sizes:
        pos += s
        ends.add(pos)
    shared = 0
    pos = 0
    for s in sizes2:
        pos += s
        shared += pos > 18 and (pos - 8) in ends
    return (len(sizes), min(sizes, default=0), max(sizes, default=0), sizes[:6], shared)
