"""Move-to-front coding of a clustered byte stream, with the inverse transform.

Each byte is replaced by its position in a recency list, which is then updated by
moving that byte to the front; runs of recently used symbols turn into small numbers,
the stage between the Burrows-Wheeler transform and entropy coding in bzip2.

Keywords: move to front, mtf, recency list, bzip2, transform, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 8), cases=[(0, 1), (1, 2), (20, 3), (3000, 4)])
def move_to_front_transform(n: int, seed: int) -> Tuple[int, int, List[int], bool]:
    """Return (sum of ranks, zero ranks, first 16 ranks, inverse ok)."""
    state = seed
    data = bytearray()
    current = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 5 == 0:
            current = (state >> 8) % 200
        data.append(current if state % 3 else (current + 1) % 256)
    table = list(range(256))
    ranks = []
    for b in data:
        i = table.index(b)
        ranks.append(i)
        table.pop(i)
        table.insert(0, b)
    table = list(range(256))
    back = bytearray()
    for r in ranks:
        b = table.pop(r)
        back.append(b)
        table.insert(0, b)
    return (sum(ranks), ranks.count(0), ranks[:16], back == data)
