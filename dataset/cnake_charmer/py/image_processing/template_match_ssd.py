"""Template matching by sum of squared differences (SSD).

A small template is cut out of a seeded textured image and lightly perturbed; every
placement of the template is scored by SSD and the best (lowest) positions are kept.
Returns the best position and score, the runner-up score and the number of placements.

Keywords: image processing, template matching, ssd, sliding window, correlation
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120, 90, 12, 6), cases=[(10, 10, 3, 1), (5, 5, 5, 2), (4, 4, 6, 3), (20, 8, 1, 4)])
def template_match_ssd(width: int, height: int, size: int, seed: int) -> Tuple[Tuple[int, int], int, int, int]:
    """Locate a perturbed template inside a synthetic image by SSD."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x * 3 + y * 5) % 64 + (state >> 25))
        img.append(row)
    if size > width or size > height or size <= 0:
        return ((-1, -1), -1, -1, 0)
    tx, ty = (width - size) * 2 // 3, (height - size) // 3
    tmpl = [[img[ty + j][tx + i] + (1 if (i + j) % 5 == 0 else 0) for i in range(size)] for j in range(size)]
    scores = []
    for y in range(height - size + 1):
        for x in range(width - size + 1):
            s = sum((img[y + j][x + i] - tmpl[j][i]) ** 2 for j in range(size) for i in range(size))
            scores.append((s, y, x))
    scores.sort()
    best, second = scores[0], scores[1] if len(scores) > 1 else (-1, 0, 0)
    return ((best[2], best[1]), best[0], second[0], len(scores))
