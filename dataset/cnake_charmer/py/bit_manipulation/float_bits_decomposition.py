"""Decompose IEEE-754 doubles into sign, exponent and mantissa bit fields.

Values spanning many magnitudes (including zeros, subnormals and negative numbers)
are reinterpreted as 64-bit integers with struct, split into their fields, classified
(zero, subnormal, normal, inf/nan) and rebuilt from the fields to check the round
trip. Also counts the ULP distance between consecutive values. Returns the class
counts, an exponent histogram summary, round-trip failures and an ULP checksum.

Keywords: IEEE 754, floating point, bit fields, struct, ULP distance
"""

import struct
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 6), cases=[(0, 1), (1, 2), (7, 3), (500, 4)])
def float_bits_decomposition(n: int, seed: int) -> Tuple[List[int], int, int, int, int]:
    """Return ([zero, subnormal, normal, special] counts, min exponent, max exponent, round-trip failures, ULP checksum)."""
    state = seed & 0x7FFFFFFF
    classes = [0, 0, 0, 0]
    lo_exp, hi_exp = 2048, -1
    failures = 0
    ulp_sum = 0
    prev_bits = None
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        mant = state / 2147483648.0
        scale = (state >> 3) % 40 - 20
        if i % 97 == 0:
            x = 0.0 if i % 2 else -0.0
        elif i % 89 == 0:
            x = mant * 1e-310
        else:
            x = (mant + 0.5) * 10.0 ** scale * (-1 if state & 4 else 1)
        bits = struct.unpack("<Q", struct.pack("<d", x))[0]
        sign = bits >> 63
        exponent = (bits >> 52) & 0x7FF
        mantissa = bits & ((1 << 52) - 1)
        if exponent == 0:
            classes[0 if mantissa == 0 else 1] += 1
        elif exponent == 0x7FF:
            classes[3] += 1
        else:
            classes[2] += 1
            lo_exp = min(lo_exp, exponent)
            hi_exp = max(hi_exp, exponent)
        rebuilt = struct.unpack("<d", struct.pack("<Q", (sign << 63) | (exponent << 52) | mantissa))[0]
        failures += rebuilt != x
        if prev_bits is not None:
            ulp_sum = (ulp_sum + abs(bits - prev_bits) % 1000003) % 1000000007
        prev_bits = bits
    return classes, lo_exp, hi_exp, failures, ulp_sum
