"""Morphological opening (erosion then dilation) with a square structuring element.

A seeded speckled binary image with a few solid blocks is eroded and then dilated by a
(2r+1)x(2r+1) square; the opening removes specks smaller than the element while keeping
the blocks. Returns foreground counts before, after erosion and after opening, plus a
row checksum.

Keywords: image processing, morphology, opening, erosion, dilation, structuring element
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _erode(img: List[List[int]], r: int) -> List[List[int]]:
    h, w = len(img), len(img[0])
    return [[int(all(img[yy][xx] for yy in range(max(0, y - r), min(h, y + r + 1))
                     for xx in range(max(0, x - r), min(w, x + r + 1))))
             for x in range(w)] for y in range(h)]


def _dilate(img: List[List[int]], r: int) -> List[List[int]]:
    h, w = len(img), len(img[0])
    return [[int(any(img[yy][xx] for yy in range(max(0, y - r), min(h, y + r + 1))
                     for xx in range(max(0, x - r), min(w, x + r + 1))))
             for x in range(w)] for y in range(h)]


@python_benchmark(args=(120, 100, 2, 8), cases=[(1, 1, 1, 1), (5, 5, 0, 2), (9, 7, 1, 3), (12, 12, 3, 4)])
def morphological_opening_square(width: int, height: int, r: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Open a speckled binary image with a square element of radius r."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            block = (x // 20 + y // 15) % 3 == 0
            row.append(1 if block or (state >> 20) % 11 == 0 else 0)
        img.append(row)
    eroded = _erode(img, r)
    opened = _dilate(eroded, r)
    before = sum(map(sum, img))
    after_e = sum(map(sum, eroded))
    after_o = sum(map(sum, opened))
    rows = [sum((x + 1) * v for x, v in enumerate(row)) for row in opened]
    return (before, after_e, after_o, rows[:8])
