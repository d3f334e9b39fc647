"""Shannon entropy of every block of a mixed-content byte stream.

The stream alternates text-like regions, near-random regions and long runs; the
order-0 entropy (bits per byte) of each 1 KiB block predicts how well a generic
compressor will do there, which is how archivers decide whether to store or compress.

Keywords: entropy, shannon, block statistics, compressibility, compression
"""

import math
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(250000, 1024, 8), tolerance=1e-9, cases=[(0, 64, 1), (1, 64, 2), (100, 7, 3), (5000, 500, 4)])
def block_entropy_profile(n: int, block: int, seed: int) -> Tuple[List[float], float, int, int]:
    """Return (entropy of the first 20 blocks, mean entropy, most random block, blocks under 1 bit)."""
    state = seed
    data = bytearray()
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        region = (i // 4096) % 3
        if region == 0:
            data.append(97 + (state >> 8) % 26 if (state >> 20) % 4 else 32)
        elif region == 1:
            data.append((state >> 7) & 0xFF)
        else:
            data.append(48 if (state >> 9) % 50 else 49)
    entropies = []
    for start in range(0, n, block):
        chunk = data[start:start + block]
        size = len(chunk)
        h = 0.0
        for count in sorted(Counter(chunk).values()):
            p = count / size
            h -= p * math.log2(p)
        entropies.append(h)
    if not entropies:
        return ([], 0.0, -1, 0)
    best = max(range(len(entropies)), key=lambda i: entropies[i])
    return (entropies[:20], sum(entropies) / len(entropies), best, sum(1 for h in entropies if h < 1.0))
