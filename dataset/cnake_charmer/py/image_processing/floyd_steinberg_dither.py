"""Floyd-Steinberg error-diffusion dithering of a radial gradient to black and white.

Each pixel is thresholded at 128 and its quantisation error is pushed to the four
unvisited neighbours with weights 7/16, 3/16, 5/16 and 1/16 (integer arithmetic, so the
result is exact). Returns the white-pixel count, a bit checksum and the first row bits.

Keywords: image processing, dithering, floyd steinberg, error diffusion, halftone
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(320, 280), cases=[(0, 0), (1, 1), (4, 3), (17, 2), (2, 17)])
def floyd_steinberg_dither(width: int, height: int) -> Tuple[int, int, List[int]]:
    """Dither a radial gradient with Floyd-Steinberg error diffusion."""
    cx, cy = width // 2, height // 2
    scale = max(cx * cx + cy * cy, 1)
    img = [[255 - 255 * ((x - cx) ** 2 + (y - cy) ** 2) // scale for x in range(width)] for y in range(height)]
    white = 0
    checksum = 0
    first: List[int] = []
    for y in range(height):
        row = img[y]
        below = img[y + 1] if y + 1 < height else None
        for x in range(width):
            old = row[x]
            new = 255 if old >= 128 else 0
            err = old - new
            if new:
                white += 1
                checksum = (checksum * 31 + x * 7 + y) % 1000000007
            if y == 0:
                first.append(1 if new else 0)
            if x + 1 < width:
                row[x + 1] += err * 7 // 16
            if below is not None:
                if x > 0:
                    below[x - 1] += err * 3 // 16
                below[x] += err * 5 // 16
                if x + 1 < width:
                    below[x + 1] += err // 16
    return (white, checksum, first[:40])
