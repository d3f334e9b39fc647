"""Madelung constant of rock salt by direct lattice summation with Evjen fractional charges.

Around a reference ion the alternating charges of the NaCl lattice are summed inside
cubes of growing half-width n. Ions on the cube's faces, edges and corners enter with
charge fractions 1/2, 1/4 and 1/8 (Evjen's neutral-cell trick), which makes the
conditionally convergent sum settle quickly; the same ions summed over spheres of
radius n, without the weights, are tallied for comparison. Returns both sequences of
estimates and the final Evjen error against the known constant.

Keywords: chemistry, crystal lattice, madelung constant, evjen method, ionic crystal, lattice energy, electrostatics
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

REFERENCE = 1.747564594633182


def evjen_weight(point: Tuple[int, int, int], n: int) -> float:
    weight = 1.0
    for coordinate in point:
        if abs(coordinate) == n:
            weight *= 0.5
    return weight


@python_benchmark(args=(24,), cases=[(0,), (1,), (2,), (5,)])
def madelung_evjen_summation(max_half_width: int) -> Tuple[List[float], List[float], float]:
    """Return (Evjen estimates per cube, plain sphere sums, error of the last Evjen estimate)."""
    evjen = []
    sphere = []
    for n in range(1, max_half_width + 1):
        cube_total = 0.0
        sphere_total = 0.0
        for i in range(-n, n + 1):
            for j in range(-n, n + 1):
                for k in range(-n, n + 1):
                    if i == j == k == 0:
                        continue
                    distance = math.sqrt(i * i + j * j + k * k)
                    sign = 1.0 if (i + j + k) % 2 else -1.0
                    cube_total += sign * evjen_weight((i, j, k), n) / distance
                    if distance <= n:
                        sphere_total += sign / distance
        evjen.append(cube_total)
        sphere.append(sphere_total)
    error = abs(evjen[-1] - REFERENCE) if evjen else 0.0
    return (evjen, sphere, error)
