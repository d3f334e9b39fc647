"""Square-root decomposition for range sums with range assignments.

The array is cut into blocks of about sqrt(n) elements; each block stores its sum and
an optional pending "all elements equal x" tag. Range assignment and range sum
touch O(sqrt n) blocks: whole blocks via their tags, partial blocks element by
element after pushing the tag down. Returns a checksum of answers, the final total
and the first answers.

Keywords: sqrt decomposition, blocks, range assignment, range sum, lazy tags
"""

from math import isqrt
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 5000, 5), cases=[(1, 4, 1), (5, 0, 2), (17, 30, 3), (1000, 400, 4)])
def sqrt_decomposition_block_sums(n: int, ops: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, final total, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 5) % 1000)
    size = max(1, isqrt(n))
    nblocks = (n + size - 1) // size
    sums = [sum(values[b * size:(b + 1) * size]) for b in range(nblocks)]
    tag: List[Optional[int]] = [None] * nblocks

    def push(b: int) -> None:
        if tag[b] is not None:
            for i in range(b * size, min(n, (b + 1) * size)):
                values[i] = tag[b]
            tag[b] = None

    checksum = 0
    first = []
    for _ in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % n
        lo, hi = min(a, b), max(a, b)
        bl, bh = lo // size, hi // size
        if (state >> 4) % 2:
            x = (state >> 6) % 1000
            for blk in (bl, bh):
                push(blk)
            for i in range(lo, min(hi, (bl + 1) * size - 1) + 1):
                values[i] = x
            for i in range(max(lo, bh * size), hi + 1):
                values[i] = x
            for blk in (bl, bh):
                sums[blk] = sum(values[blk * size:min(n, (blk + 1) * size)])
            for blk in range(bl + 1, bh):
                tag[blk] = x
                sums[blk] = x * (min(n, (blk + 1) * size) - blk * size)
        else:
            for blk in (bl, bh):
                push(blk)
            if bl == bh:
                answer = sum(values[lo:hi + 1])
            else:
                answer = sum(values[lo:(bl + 1) * size]) + sum(values[bh * size:hi + 1])
                answer += sum(sums[bl + 1:bh])
            checksum = (checksum * 1000003 + answer) % 998244353
            if len(first) < 8:
                first.append(answer)
    for b in range(nblocks):
        push(b)
    return checksum, sum(values), first
