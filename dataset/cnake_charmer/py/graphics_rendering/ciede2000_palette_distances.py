"""Perceptual colour differences of a seeded palette with sRGB → CIE Lab and CIEDE2000.

Every palette colour is decoded from sRGB to linear light, mapped to CIE XYZ (D65) and
then to CIE L*a*b*. All pairs are compared with the CIEDE2000 formula (lightness,
chroma and hue terms with their weighting functions and the blue-region rotation
term). Returns the closest pair and its difference, the number of pairs below the
just-noticeable difference, a histogram of integer ΔE00 values, the mean difference
and the Lab value of the first colour.

Keywords: graphics, colour science, cie lab, ciede2000, srgb, delta e, palette
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _linear(channel):
    v = channel / 255.0
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _lab_f(t):
    delta = 6.0 / 29.0
    return t ** (1.0 / 3.0) if t > delta ** 3.0 else t / (3.0 * delta * delta) + 4.0 / 29.0


def _to_lab(rgb):
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    fx, fy, fz = _lab_f(x), _lab_f(y), _lab_f(z)
    return (116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))


def _hue(b, a):
    return math.degrees(math.atan2(b, a)) % 360.0


def _ciede2000(lab1, lab2):
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.sqrt(a1 * a1 + b1 * b1) + math.sqrt(a2 * a2 + b2 * b2)) / 2.0
    c_bar7 = c_bar ** 7.0
    g = 0.5 * (1.0 - math.sqrt(c_bar7 / (c_bar7 + 25.0 ** 7.0)))
    a1p, a2p = (1.0 + g) * a1, (1.0 + g) * a2
    c1p, c2p = math.sqrt(a1p * a1p + b1 * b1), math.sqrt(a2p * a2p + b2 * b2)
    h1p, h2p = _hue(b1, a1p), _hue(b2, a2p)
    d_l = l2 - l1
    d_c = c2p - c1p
    if c1p * c2p == 0.0:
        d_h = 0.0
    else:
        d_h = h2p - h1p
        if d_h > 180.0:
            d_h -= 360.0
        elif d_h < -180.0:
            d_h += 360.0
    d_big_h = 2.0 * math.sqrt(c1p * c2p) * math.sin(math.radians(d_h / 2.0))
    l_mean = (l1 + l2) / 2.0
    c_mean = (c1p + c2p) / 2.0
    if c1p * c2p == 0.0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180.0:
        h_mean = (h1p + h2p) / 2.0
    elif h1p + h2p < 360.0:
        h_mean = (h1p + h2p + 360.0) / 2.0
    else:
        h_mean = (h1p + h2p - 360.0) / 2.0
    t = (1.0 - 0.17 * math.cos(math.radians(h_mean - 30.0)) + 0.24 * math.cos(math.radians(2.0 * h_mean))
         + 0.32 * math.cos(math.radians(3.0 * h_mean + 6.0)) - 0.20 * math.cos(math.radians(4.0 * h_mean - 63.0)))
    bump = (h_mean - 275.0) / 25.0
    d_theta = 30.0 * math.exp(-bump * bump)
    c_mean7 = c_mean ** 7.0
    r_c = 2.0 * math.sqrt(c_mean7 / (c_mean7 + 25.0 ** 7.0))
    l_off = (l_mean - 50.0) * (l_mean - 50.0)
    s_l = 1.0 + 0.015 * l_off / math.sqrt(20.0 + l_off)
    s_c = 1.0 + 0.045 * c_mean
    s_h = 1.0 + 0.015 * c_mean * t
    r_t = -math.sin(math.radians(2.0 * d_theta)) * r_c
    tl, tc, th = d_l / s_l, d_c / s_c, d_big_h / s_h
    return math.sqrt(tl * tl + tc * tc + th * th + r_t * tc * th)


@python_benchmark(args=(420, 3), cases=[(0, 1), (1, 2), (2, 5), (12, 7)])
def ciede2000_palette_distances(colours: int, seed: int) -> Tuple[Tuple[int, int], float, int, List[int], float, List[float]]:
    """Compare every pair of `colours` seeded sRGB colours with CIEDE2000."""
    state = seed & 0x7FFFFFFF
    palette = []
    for _ in range(colours):
        rgb = []
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            rgb.append((state >> 16) % 256)
        palette.append(tuple(rgb))
    labs = [_to_lab(c) for c in palette]
    closest, best = (-1, -1), math.inf
    noticeable = 0
    histogram = [0] * 12
    total = 0.0
    for i in range(colours):
        for j in range(i + 1, colours):
            d = _ciede2000(labs[i], labs[j])
            if d < best:
                closest, best = (i, j), d
            if d < 2.3:
                noticeable += 1
            histogram[min(int(d / 10.0), 11)] += 1
            total += d
    pairs = colours * (colours - 1) // 2
    mean = total / pairs if pairs else 0.0
    first = list(labs[0]) if labs else []
    return (closest, best if pairs else 0.0, noticeable, histogram, mean, first)
