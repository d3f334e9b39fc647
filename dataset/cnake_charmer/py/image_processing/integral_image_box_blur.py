"""Box blur of a pseudo-random grey image through a summed-area table.

Builds an integral image (summed-area table) so every window sum costs four lookups,
then replaces each pixel with the integer mean of its (2r+1)x(2r+1) neighbourhood,
clipped at the borders. Returns a weighted checksum, the total and a sampled row.

Keywords: image processing, box blur, integral image, summed-area table, mean filter
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(360, 300, 4, 7), cases=[(0, 0, 1, 1), (1, 1, 0, 5), (9, 6, 2, 3), (5, 4, -1, 11)])
def integral_image_box_blur(width: int, height: int, radius: int, seed: int) -> Tuple[int, int, List[int]]:
    """Blur a seeded width x height image with a box of the given radius."""
    radius = max(radius, 0)
    if width <= 0 or height <= 0:
        return (0, 0, [])
    state = seed & 0x7FFFFFFF
    img = []
    for _ in range(height):
        row = []
        for _ in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state >> 23)
        img.append(row)
    sat = [[0] * (width + 1) for _ in range(height + 1)]
    for y in range(height):
        run = 0
        above, here = sat[y], sat[y + 1]
        for x, v in enumerate(img[y]):
            run += v
            here[x + 1] = above[x + 1] + run
    blurred = []
    for y in range(height):
        y0, y1 = max(0, y - radius), min(height, y + radius + 1)
        row = []
        for x in range(width):
            x0, x1 = max(0, x - radius), min(width, x + radius + 1)
            total = sat[y1][x1] - sat[y0][x1] - sat[y1][x0] + sat[y0][x0]
            row.append(total // ((y1 - y0) * (x1 - x0)))
        blurred.append(row)
    checksum = sum((y * width + x + 1) * v for y, row in enumerate(blurred) for x, v in enumerate(row))
    total = sum(map(sum, blurred))
    return (checksum, total, blurred[height // 2][:12])
