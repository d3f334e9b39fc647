"""Thin-lens systems: paraxial ray-transfer matrices versus traced rays with aberration.

Seeded lens systems (two to four thin lenses with random focal lengths and spacings)
are reduced to a 2x2 ray-transfer (ABCD) matrix, giving the effective focal length
and back focal distance. A fan of parallel rays is then traced lens by lens with a
simple third-order spherical-aberration term, and each ray's axis crossing behind the
last lens is compared with the paraxial focus. Returns the number of converging
systems, their mean focal length, the mean longitudinal aberration and the first
system's back focal distance.

Keywords: physics, geometric optics, thin lens, ray transfer matrix, abcd, spherical aberration
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2500, 21, 0.0004, 6), cases=[(0, 5, 0.0, 1), (1, 1, 0.0, 2), (5, 3, 0.001, 3), (40, 9, 0.0002, 4)])
def thin_lens_aberration_trace(systems: int, rays: int, kappa: float, seed: int) -> Tuple[int, float, float, float]:
    """Analyse `systems` seeded lens systems with a fan of `rays` rays each."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    converging = 0
    efl_sum = 0.0
    aberration_sum = 0.0
    first_bfd = 0.0
    for k in range(systems):
        count = 2 + draw(3)
        focals = [(20.0 + draw(180)) * (1 if draw(4) else -1) for _ in range(count)]
        gaps = [5.0 + draw(55) for _ in range(count - 1)]
        a, b, c, d = 1.0, 0.0, 0.0, 1.0
        for i, f in enumerate(focals):
            a, b, c, d = a, b, c - a / f, d - b / f
            if i < count - 1:
                t = gaps[i]
                a, b, c, d = a + t * c, b + t * d, c, d
        if c >= 0.0:
            continue
        converging += 1
        efl = -1.0 / c
        bfd = -a / c
        efl_sum += efl
        if k == 0:
            first_bfd = bfd
        worst = 0.0
        for r in range(rays):
            y = -5.0 + 10.0 * r / max(rays - 1, 1)
            u = 0.0
            for i, f in enumerate(focals):
                u = u - y / f * (1.0 + kappa * y * y)
                if i < count - 1:
                    y = y + gaps[i] * u
            if u != 0.0:
                worst = max(worst, abs(-y / u - bfd))
        aberration_sum += worst
    if converging == 0:
        return (0, 0.0, 0.0, first_bfd)
    return (converging, efl_sum / converging, aberration_sum / converging, first_bfd)
