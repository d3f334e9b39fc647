"""Tone mapping a seeded high-dynamic-range image with Reinhard's global operator.

The HDR radiance image is a sky gradient plus seeded light sources whose radiance
falls off as 1 / (1 + d²/s²), so pixel values span several orders of magnitude. The
log-average luminance sets the exposure (key 0.18), the extended Reinhard curve
L(1 + L/Lw²)/(1 + L) compresses luminance with the brightest scaled value burning to
white, colours are rescaled by the luminance ratio and gamma-encoded to 8 bits.
Returns the log-average luminance, the white point, a 16-bin display-luminance
histogram, the clipped channel count, an image checksum and sampled pixels.

Keywords: graphics, tone mapping, hdr, reinhard operator, log average luminance, gamma correction
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _luminance(rgb):
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


@python_benchmark(args=(220, 160, 8, 29), cases=[(0, 0, 2, 1), (1, 1, 1, 2), (6, 4, 0, 3), (32, 24, 3, 4)])
def reinhard_hdr_tone_mapping(width: int, height: int, lights: int, seed: int) -> Tuple[float, float, List[int], int, int, List[Tuple[int, int, int]]]:
    """Render a seeded HDR scene at width x height and tone-map it to 8-bit sRGB-ish output."""
    state = seed & 0x7FFFFFFF

    def uniform():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    sources = []
    for _ in range(lights):
        x, y = uniform() * width, uniform() * height
        power = 10.0 ** (1.0 + 3.0 * uniform())
        spread = 1.0 + uniform() * 6.0
        tint = (0.6 + 0.4 * uniform(), 0.6 + 0.4 * uniform(), 0.6 + 0.4 * uniform())
        sources.append((x, y, power, spread, tint))
    hdr = []
    for py in range(height):
        sky = 0.05 + 0.6 * (1.0 - py / height)
        row = []
        for px in range(width):
            pixel = [sky * 0.55, sky * 0.75, sky * 1.1]
            for x, y, power, spread, tint in sources:
                d2 = (px + 0.5 - x) * (px + 0.5 - x) + (py + 0.5 - y) * (py + 0.5 - y)
                radiance = power / (1.0 + d2 / (spread * spread))
                for c in range(3):
                    pixel[c] += radiance * tint[c]
            row.append(pixel)
        hdr.append(row)
    log_total = 0.0
    for row in hdr:
        for pixel in row:
            log_total += math.log(1e-4 + _luminance(pixel))
    count = width * height
    log_average = math.exp(log_total / count) if count else 0.0
    exposure = 0.18 / log_average if count else 0.0
    white = 0.0
    for row in hdr:
        for pixel in row:
            white = max(white, exposure * _luminance(pixel))
    white2 = white * white
    histogram = [0] * 16
    clipped = 0
    checksum = 0
    image = []
    for row in hdr:
        for pixel in row:
            lum = _luminance(pixel)
            scaled = exposure * lum
            display = scaled * (1.0 + scaled / white2) / (1.0 + scaled)
            histogram[min(15, int(display * 16.0))] += 1
            ratio = display / lum
            out = []
            for c in pixel:
                v = c * ratio
                if v >= 1.0:
                    clipped += 1
                    v = 1.0
                out.append(int(v ** (1.0 / 2.2) * 255.0 + 0.5))
            image.append(tuple(out))
            for v in out:
                checksum = (checksum * 263 + v) % 1000000007
    samples = image[:: max(1, len(image) // 8)][:8]
    return (log_average, white, histogram, clipped, checksum, samples)
