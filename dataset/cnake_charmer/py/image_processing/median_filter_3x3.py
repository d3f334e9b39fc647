"""3x3 median filter over a salt-and-pepper corrupted gradient image.

A smooth diagonal gradient is corrupted with seeded impulse noise, then every interior
pixel is replaced with the median of its 3x3 window (borders are copied). Returns how
many noise pixels survived, a position-weighted checksum and the middle row sample.

Keywords: image processing, median filter, denoising, salt and pepper, rank filter
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 260, 12), cases=[(0, 0, 1), (2, 2, 5), (7, 5, 9), (30, 3, 4)])
def median_filter_3x3(width: int, height: int, seed: int) -> Tuple[int, int, List[int]]:
    """Median-filter a noisy synthetic image."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 8) % 100
            row.append(0 if r < 6 else 255 if r < 12 else (x + 2 * y) % 200 + 20)
        img.append(row)
    out = [row[:] for row in img]
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            window = img[y - 1][x - 1:x + 2] + img[y][x - 1:x + 2] + img[y + 1][x - 1:x + 2]
            out[y][x] = sorted(window)[4]
    impulses = sum(1 for row in out for v in row if v == 0 or v == 255)
    checksum = sum((i + 1) * v for i, v in enumerate(v for row in out for v in row)) % 1000000007
    return (impulses, checksum, out[height // 2][:10] if height else [])
