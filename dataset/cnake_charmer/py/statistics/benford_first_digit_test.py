"""Benford's-law test of leading digits for products and sums of random numbers.

Leading digits are collected from running products of LCG uniforms (which follow
Benford's law) and from plain uniform draws (which do not). Each digit histogram is
compared with the Benford probabilities log10(1 + 1/d) by a chi-square statistic and
the mean absolute deviation. Returns both histograms and both statistics.

Keywords: benford law, leading digit, chi square, goodness of fit, logarithm
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _leading_digit(x: float) -> int:
    digit = int(x / 10 ** math.floor(math.log10(x)))
    return min(max(digit, 1), 9)  # guard against log10 rounding at exact powers of ten


def _compare(counts: List[int]) -> Tuple[float, float]:
    total = sum(counts)
    if total == 0:
        return 0.0, 0.0
    chi2 = 0.0
    mad = 0.0
    for d in range(1, 10):
        expected = math.log10(1 + 1 / d)
        chi2 += (counts[d - 1] - total * expected) ** 2 / (total * expected)
        mad += abs(counts[d - 1] / total - expected)
    return chi2, mad / 9


@python_benchmark(args=(150000,), cases=[(0,), (1,), (2,), (99,)])
def benford_first_digit_test(n: int) -> Tuple[List[int], List[int], Tuple[float, float], Tuple[float, float]]:
    """Leading-digit histograms and Benford statistics for n products and n uniforms."""
    state = 1234
    product = 1.0
    products = [0] * 9
    uniforms = [0] * 9
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state + 1) / 0x80000000
        product *= 0.5 + 9.5 * u
        if product > 1e200:
            product *= 1e-200
        products[_leading_digit(product) - 1] += 1
        uniforms[_leading_digit(1.0 + 998.0 * u) - 1] += 1
    return products, uniforms, _compare(products), _compare(uniforms)
