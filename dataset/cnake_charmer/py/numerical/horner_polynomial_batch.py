"""Horner evaluation of one polynomial and its derivative over integer and real inputs.

A degree-d polynomial with small integer coefficients is evaluated, together with its
derivative, at m integer points modulo 1_000_000_007 and at m real points in [-1, 1].
The same Horner scheme serves both number types; the result combines modular
checksums, real-valued sums and a few sampled values.

Keywords: polynomial evaluation, horner scheme, derivative, modular arithmetic
"""

from typing import List, Optional, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


def _horner(coeffs: List[int], x: Union[int, float], mod: Optional[int] = None) -> Tuple[Union[int, float], Union[int, float]]:
    value = 0
    slope = 0
    for c in coeffs:
        slope = slope * x + value
        value = value * x + c
        if mod is not None:
            slope %= mod
            value %= mod
    return value, slope


@python_benchmark(args=(40, 12000), cases=[(0, 5), (1, 3), (3, 0), (5, 7)])
def horner_polynomial_batch(degree: int, m: int) -> Tuple[int, int, float, float, List[float]]:
    """Evaluate p and p' at m integers (mod p) and m reals; return checksums and samples."""
    coeffs = [((i * 37 + 11) % 19) - 9 for i in range(degree + 1)]
    int_value_sum = 0
    int_slope_sum = 0
    for i in range(m):
        v, s = _horner(coeffs, i * 7919 % MOD, MOD)
        int_value_sum = (int_value_sum + v) % MOD
        int_slope_sum = (int_slope_sum + s) % MOD
    real_value_sum = 0.0
    real_slope_sum = 0.0
    samples = []
    for i in range(m):
        x = -1.0 + 2.0 * i / m
        v, s = _horner(coeffs, x)
        real_value_sum += v
        real_slope_sum += s
        if i % 1000 == 0:
            samples.append(v)
    return int_value_sum, int_slope_sum, real_value_sum, real_slope_sum, samples
