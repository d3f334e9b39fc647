"""Approximate COUNT(DISTINCT user) per page with HyperLogLog sketches, plus unions.

A stream of (page, user) events is aggregated the way an analytical database answers
``SELECT page, APPROX_COUNT_DISTINCT(user) GROUP BY page``: each page owns a
HyperLogLog sketch of 2^p one-byte registers; a user's 64-bit mixed hash picks a
register with its top p bits and stores the maximum rank (leading zeros + 1) of the
remaining bits. Estimates use the harmonic mean of 2^-register with the small-range
linear-counting correction. Sketches merge by register-wise maximum, which gives the
distinct count over all pages and, by inclusion-exclusion, the overlap of the two
busiest pages. Returns the per-page estimates, the union and overlap estimates and
the histogram of register values in the union sketch.

Keywords: databases, hyperloglog, approximate count distinct, cardinality estimation, sketch, group by, hashing
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF


def mix64(x: int) -> int:
    """The splitmix64 finalizer: a well-mixed 64-bit hash of an integer id."""
    x = (x + 0x9E3779B97F4A7C15) & M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M64
    return x ^ (x >> 31)


def estimate(registers: List[int]) -> float:
    m = len(registers)
    alpha = 0.7213 / (1.0 + 1.079 / m)
    z = 0.0
    zeros = 0
    for r in registers:
        z += 2.0 ** -r
        if r == 0:
            zeros += 1
    e = alpha * m * m / z
    if e <= 2.5 * m and zeros > 0:
        e = m * math.log(m / zeros)
    return e


@python_benchmark(args=(140000, 16, 10, 5), cases=[(0, 4, 7, 1), (1, 1, 7, 2), (500, 1, 4, 3), (20000, 3, 12, 4), (3000, 20, 8, 5)])
def hyperloglog_group_distinct(events: int, pages: int, precision: int, seed: int) -> Tuple[List[float], float, float, List[int]]:
    """Return (estimate per page, union estimate, overlap of pages 0 and 1, union register histogram)."""
    state = seed & M64

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return (state >> 33) % k

    m = 1 << precision
    tail_bits = 64 - precision
    sketches = [[0] * m for _ in range(pages)]
    for _ in range(events):
        page = min(draw(pages), draw(pages))
        user = draw(1 + events // 2 // (page + 1))
        h = mix64(user)
        index = h >> tail_bits
        rest = h & ((1 << tail_bits) - 1)
        rank = tail_bits - rest.bit_length() + 1
        registers = sketches[page]
        if rank > registers[index]:
            registers[index] = rank

    per_page = [estimate(registers) for registers in sketches]
    union = [max(column) for column in zip(*sketches)] if sketches else [0] * m
    pair = [max(a, b) for a, b in zip(sketches[0], sketches[1])] if pages > 1 else sketches[0][:]
    overlap = per_page[0] + (per_page[1] if pages > 1 else per_page[0]) - estimate(pair)
    histogram = [0] * (tail_bits + 2)
    for r in union:
        histogram[r] += 1
    return per_page, estimate(union), overlap, histogram
