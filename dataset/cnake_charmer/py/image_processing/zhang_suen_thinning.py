"""Zhang-Suen thinning of thick synthetic strokes to a one-pixel skeleton.

Draws thick rectangles and a thick diagonal band, then runs the two-subiteration
Zhang-Suen algorithm until no pixel changes. Returns the skeleton size, the number of
iterations, a positional checksum and the skeleton's endpoint count.

Keywords: image processing, thinning, skeletonisation, zhang suen, morphology, binary
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150, 120), cases=[(0, 0), (3, 3), (12, 10), (25, 8)])
def zhang_suen_thinning(width: int, height: int) -> Tuple[int, int, int, int]:
    """Skeletonise a synthetic binary image with Zhang-Suen thinning."""
    img = [[0] * width for _ in range(height)]
    for y in range(height):
        for x in range(width):
            band = abs((x - y) - width // 5) < 6
            rect = height // 6 < y < height // 2 and width // 10 < x < width // 2
            bar = 2 * height // 3 < y < 2 * height // 3 + 9 and 5 < x < width - 5
            img[y][x] = 1 if band or rect or bar else 0
    iterations = 0
    changed = True
    while changed:
        changed = False
        iterations += 1
        for step in (0, 1):
            remove = []
            for y in range(1, height - 1):
                for x in range(1, width - 1):
                    if not img[y][x]:
                        continue
                    p = [img[y - 1][x], img[y - 1][x + 1], img[y][x + 1], img[y + 1][x + 1],
                         img[y + 1][x], img[y + 1][x - 1], img[y][x - 1], img[y - 1][x - 1]]
                    b = sum(p)
                    if b < 2 or b > 6:
                        continue
                    a = sum(1 for i in range(8) if p[i] == 0 and p[(i + 1) % 8] == 1)
                    if a != 1:
                        continue
                    if step == 0 and (p[0] * p[2] * p[4] == 0) and (p[2] * p[4] * p[6] == 0):
                        remove.append((y, x))
                    elif step == 1 and (p[0] * p[2] * p[6] == 0) and (p[0] * p[4] * p[6] == 0):
                        remove.append((y, x))
            for y, x in remove:
                img[y][x] = 0
            if remove:
                changed = True
    size = sum(map(sum, img))
    checksum = sum((y * width + x) % 9973 for y in range(height) for x in range(width) if img[y][x])
    ends = 0
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            if img[y][x] and sum(img[y + dy][x + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) == 2:
                ends += 1
    return (size, iterations, checksum, ends)
