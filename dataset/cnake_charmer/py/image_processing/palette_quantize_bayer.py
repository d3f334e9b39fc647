"""Ordered (Bayer 4x4) dithering of a colour image onto a fixed 8-colour palette.

A synthetic RGB image is offset per pixel by the 4x4 Bayer threshold matrix and then
mapped to the nearest palette colour by squared RGB distance. Returns the usage count
of every palette entry and a checksum of the index plane.

Keywords: image processing, colour quantisation, bayer, ordered dithering, palette
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BAYER = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]
PALETTE = [(0, 0, 0), (255, 255, 255), (200, 30, 30), (30, 160, 40),
           (40, 60, 200), (230, 210, 40), (120, 120, 120), (180, 90, 200)]


@python_benchmark(args=(240, 200), cases=[(0, 0), (1, 1), (4, 4), (9, 3)])
def palette_quantize_bayer(width: int, height: int) -> Tuple[List[int], int]:
    """Quantise a synthetic RGB image to 8 colours with Bayer dithering."""
    usage = [0] * len(PALETTE)
    checksum = 0
    for y in range(height):
        for x in range(width):
            r = (x * 255) // max(width - 1, 1)
            g = (y * 255) // max(height - 1, 1)
            b = (x * y) % 256
            offset = (BAYER[y % 4][x % 4] - 8) * 4
            r, g, b = r + offset, g + offset, b + offset
            best = min(range(len(PALETTE)),
                       key=lambda i: (PALETTE[i][0] - r) ** 2 + (PALETTE[i][1] - g) ** 2 + (PALETTE[i][2] - b) ** 2)
            usage[best] += 1
            checksum = (checksum * 8 + best) % 998244353
    return (usage, checksum)
