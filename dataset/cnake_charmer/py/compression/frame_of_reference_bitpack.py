"""Frame-of-reference bit packing of integer blocks.

Each block of 128 integers stores its minimum as a reference and packs the offsets
``v - min`` with the smallest bit width that fits the block's range, the layout used by
columnar formats and search-engine posting lists; blocks are unpacked to verify.

Keywords: frame of reference, bit packing, integer compression, columnar, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 4), cases=[(0, 1), (1, 2), (129, 3), (3000, 4)])
def frame_of_reference_bitpack(n: int, seed: int) -> Tuple[int, List[int], int, bool]:
    """Return (packed bytes incl. 5-byte block headers, width histogram 0..32, checksum, ok)."""
    state = seed
    values = []
    base = 1000
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if i % 128 == 0:
            base = (state >> 4) % 1000000
            spread = 1 << ((state >> 24) % 20)
        values.append(base + (state >> 3) % spread)
    hist = [0] * 33
    total = 0
    checksum = 0
    ok = True
    for start in range(0, n, 128):
        block = values[start:start + 128]
        ref = min(block)
        width = (max(block) - ref).bit_length()
        hist[width] += 1
        acc = 0
        for i, v in enumerate(block):
            acc |= (v - ref) << (i * width)
        nbytes = (len(block) * width + 7) // 8
        packed = acc.to_bytes(nbytes, "little")
        total += 5 + nbytes
        for b in packed:
            checksum = (checksum * 131 + b) & 0xFFFFFFFF
        back = int.from_bytes(packed, "little")
        mask = (1 << width) - 1
        ok = ok and all(ref + ((back >> (i * width)) & mask) == v for i, v in enumerate(block))
    return (total, hist, checksum, ok)
