"""Compositing translucent seeded shapes with the Porter–Duff "over" operator in linear light.

Rectangles and discs with 8-bit sRGB colours and 8-bit alpha are decoded to linear
light through a lookup table, premultiplied, and stacked onto a transparent layer
with premultiplied "over" (dst = src + dst * (1 - src_alpha)). The layer is finally
flattened over an opaque two-tone checkerboard and encoded back to 8-bit sRGB.
Returns an image checksum, per-channel means, the count of mostly opaque pixels, the
summed layer alpha and a few sampled pixels.

Keywords: graphics, alpha compositing, porter duff, premultiplied alpha, srgb gamma, linear light
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _decode(v):
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _encode(v):
    if v <= 0.0031308:
        v = 12.92 * v
    else:
        v = 1.055 * v ** (1.0 / 2.4) - 0.055
    return int(v * 255.0 + 0.5)


@python_benchmark(args=(220, 160, 90, 12), cases=[(0, 0, 3, 1), (1, 1, 4, 2), (8, 6, 0, 3), (30, 20, 9, 4)])
def porter_duff_over_layers(width: int, height: int, shapes: int, seed: int) -> Tuple[int, List[int], int, float, List[Tuple[int, int, int]]]:
    """Composite `shapes` seeded translucent shapes and flatten onto a checkerboard."""
    to_linear = [_decode(i / 255.0) for i in range(256)]
    layer = [[[0.0, 0.0, 0.0, 0.0] for _ in range(width)] for _ in range(height)]
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    for _ in range(shapes if width and height else 0):
        disc = rand(2) == 1
        x0, y0 = rand(width), rand(height)
        sx, sy = rand(width // 2 + 1) + 1, rand(height // 2 + 1) + 1
        alpha = rand(256) / 255.0
        colour = [to_linear[rand(256)] * alpha for _ in range(3)]
        keep = 1.0 - alpha
        for y in range(max(0, y0 - sy), min(height, y0 + sy + 1)):
            row = layer[y]
            for x in range(max(0, x0 - sx), min(width, x0 + sx + 1)):
                if disc and ((x - x0) * (x - x0) * sy * sy + (y - y0) * (y - y0) * sx * sx > sx * sx * sy * sy):
                    continue
                pixel = row[x]
                pixel[0] = colour[0] + pixel[0] * keep
                pixel[1] = colour[1] + pixel[1] * keep
                pixel[2] = colour[2] + pixel[2] * keep
                pixel[3] = alpha + pixel[3] * keep
    light, dark = to_linear[200], to_linear[90]
    checksum = 0
    totals = [0, 0, 0]
    opaque = 0
    alpha_total = 0.0
    image = []
    for y, row in enumerate(layer):
        out_row = []
        for x, (r, g, b, a) in enumerate(row):
            background = light if (x // 8 + y // 8) % 2 == 0 else dark
            rgb = tuple(_encode(c + background * (1.0 - a)) for c in (r, g, b))
            for k in range(3):
                totals[k] += rgb[k]
                checksum = (checksum * 263 + rgb[k]) % 1000000007
            if a > 0.5:
                opaque += 1
            alpha_total += a
            out_row.append(rgb)
        image.append(out_row)
    pixels = width * height
    means = [t // pixels for t in totals] if pixels else [0, 0, 0]
    samples = [image[(k * 23) % height][(k * 59) % width] for k in range(6)] if pixels else []
    return (checksum, means, opaque, alpha_total, samples)
