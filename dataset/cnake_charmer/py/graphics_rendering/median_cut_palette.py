"""Building a colour palette by median cut and remapping a seeded image to it.

The image's pixels start in one box; repeatedly the box with the widest single-channel
range is sorted along that channel and split at its median, until the palette size is
reached or no box can be split. Each box's palette entry is its integer mean colour.
Every pixel is then mapped to its nearest palette entry (squared RGB distance).
Returns the palette, the per-entry usage, the total squared quantisation error and a
checksum of the index image.

Keywords: graphics, colour quantisation, median cut, palette, nearest colour, image compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _widest(box):
    """(range, channel) of the channel with the largest spread in the box."""
    best = (-1, 0)
    for channel in range(3):
        values = [p[channel] for p in box]
        spread = max(values) - min(values)
        if spread > best[0]:
            best = (spread, channel)
    return best


@python_benchmark(args=(150, 120, 16, 6), cases=[(0, 0, 4, 1), (1, 1, 4, 2), (4, 4, 1, 3), (10, 7, 0, 4), (24, 16, 8, 5)])
def median_cut_palette(width: int, height: int, colours: int, seed: int) -> Tuple[List[Tuple[int, int, int]], List[int], int, int]:
    """Quantise a seeded width x height image to at most `colours` entries."""
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    centres = [(rand(256), rand(256), rand(256)) for _ in range(6)]
    pixels = []
    for y in range(height):
        for x in range(width):
            base = centres[(3 * x // max(width, 1) + 3 * (2 * y // max(height, 1))) % 6]
            shade = (x + y) % 40 - 20
            pixels.append(tuple(min(255, max(0, c + shade + rand(25) - 12)) for c in base))
    boxes = [(pixels, _widest(pixels))] if pixels else []
    while 0 < len(boxes) < colours:
        chosen = -1
        for index, (box, (spread, _)) in enumerate(boxes):
            if len(box) >= 2 and spread > 0 and (chosen < 0 or spread > boxes[chosen][1][0]):
                chosen = index
        if chosen < 0:
            break
        box, (_, channel) = boxes[chosen]
        ordered = sorted(box, key=lambda p: (p[channel], p))
        half = len(ordered) // 2
        boxes[chosen] = (ordered[:half], _widest(ordered[:half]))
        boxes.append((ordered[half:], _widest(ordered[half:])))
    palette = [tuple(sum(p[c] for p in box) // len(box) for c in range(3)) for box, _ in boxes]
    usage = [0] * len(palette)
    error = 0
    checksum = 0
    for p in pixels:
        best, best_d = 0, None
        for index, q in enumerate(palette):
            d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2
            if best_d is None or d < best_d:
                best, best_d = index, d
        usage[best] += 1
        error += best_d
        checksum = (checksum * 31 + best) % 1000000007
    return (palette, usage, error, checksum)
