"""Local binary pattern (LBP) texture histogram of a synthetic texture.

For every interior pixel the eight neighbours are compared with the centre and packed
into an 8-bit code; the 256-bin code histogram is a classic texture descriptor. Also
counts "uniform" codes (at most two 0/1 transitions around the circle).

Keywords: image processing, local binary pattern, lbp, texture, descriptor, histogram
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

OFFSETS = [(-1, -1), (0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0)]


@python_benchmark(args=(260, 240, 17), cases=[(0, 0, 1), (3, 3, 2), (8, 5, 3), (2, 9, 4)])
def local_binary_pattern_histogram(width: int, height: int, seed: int) -> Tuple[List[Tuple[int, int]], int, int]:
    """Return the five most common LBP codes, the uniform-code count and a checksum."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(((x // 5) * 40 + (y // 7) * 25 + (state >> 27)) % 256)
        img.append(row)
    hist = [0] * 256
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            c = img[y][x]
            code = 0
            for bit, (dx, dy) in enumerate(OFFSETS):
                if img[y + dy][x + dx] >= c:
                    code |= 1 << bit
            hist[code] += 1
    uniform = 0
    for code, count in enumerate(hist):
        transitions = sum(((code >> i) & 1) != ((code >> ((i + 1) % 8)) & 1) for i in range(8))
        if transitions <= 2:
            uniform += count
    top = sorted(range(256), key=lambda c: (-hist[c], c))[:5]
    checksum = sum((c + 1) * h for c, h in enumerate(hist))
    return ([(c, hist[c]) for c in top], uniform, checksum)
