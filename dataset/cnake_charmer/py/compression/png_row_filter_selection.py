"""PNG-style adaptive row filtering of a synthetic greyscale image.

For every scanline the encoder tries the five PNG filters (None, Sub, Up, Average,
Paeth), each predicting a byte from its left, upper and upper-left neighbours, and keeps
the one whose residuals have the smallest sum of absolute values as signed bytes, the
heuristic recommended by the PNG specification before DEFLATE.

Keywords: png, row filters, paeth predictor, image compression, heuristics
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


@python_benchmark(args=(160, 200, 5), cases=[(0, 4, 1), (1, 1, 2), (3, 5, 3), (20, 30, 4)])
def png_row_filter_selection(height: int, width: int, seed: int) -> Tuple[List[int], int, List[int], int]:
    """Return (filter usage counts, total cost, filter of the first 12 rows, checksum of filtered bytes)."""
    state = seed
    image = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x * 3 + y * 2 + (x * y) // 16 + (state >> 12) % 9) & 0xFF)
        image.append(row)
    usage = [0] * 5
    total = 0
    chosen = []
    checksum = 0
    prev = [0] * width
    for row in image:
        best = None
        for f in range(5):
            out = []
            for x, v in enumerate(row):
                a = row[x - 1] if x else 0
                b = prev[x]
                c = prev[x - 1] if x else 0
                pred = [0, a, b, (a + b) // 2, _paeth(a, b, c)][f]
                out.append((v - pred) & 0xFF)
            cost = sum(o if o < 128 else 256 - o for o in out)
            if best is None or cost < best[0]:
                best = (cost, f, out)
        cost, f, out = best
        usage[f] += 1
        total += cost
        if len(chosen) < 12:
            chosen.append(f)
        for o in out:
            checksum = (checksum * 31 + o) & 0xFFFFFFFF
        prev = row
    return (usage, total, chosen, checksum)
