"""Paint-bucket flood fill with a colour tolerance, repeated over a seeded grid.

A noisy banded image is segmented by flood-filling from every unvisited pixel: a
neighbour joins the region when its value is within `tol` of the region's seed value
(4-connectivity, explicit stack). Returns the number of regions, the largest region
sizes and the label of a few probe pixels.

Keywords: image processing, flood fill, region growing, segmentation, stack, bucket fill
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(260, 220, 12, 77), cases=[(0, 0, 5, 1), (1, 1, 0, 1), (7, 5, 0, 3), (9, 9, 300, 4)])
def flood_fill_tolerance(width: int, height: int, tol: int, seed: int) -> Tuple[int, List[int], List[int]]:
    """Segment a synthetic image into tolerance-bounded flood-fill regions."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(((x + y // 2) // 16) * 37 % 256 + (state >> 28))
        img.append(row)
    label = [[-1] * width for _ in range(height)]
    sizes = []
    for sy in range(height):
        for sx in range(width):
            if label[sy][sx] != -1:
                continue
            ref = img[sy][sx]
            lab = len(sizes)
            label[sy][sx] = lab
            stack = [(sx, sy)]
            count = 0
            while stack:
                x, y = stack.pop()
                count += 1
                for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= nx < width and 0 <= ny < height and label[ny][nx] == -1 \
                            and abs(img[ny][nx] - ref) <= tol:
                        label[ny][nx] = lab
                        stack.append((nx, ny))
            sizes.append(count)
    probes = [label[(k * 7) % height][(k * 13) % width] for k in range(8)] if width and height else []
    return (len(sizes), sorted(sizes, reverse=True)[:5], probes)
