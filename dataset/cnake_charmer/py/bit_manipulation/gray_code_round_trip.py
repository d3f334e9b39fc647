"""Reflected binary Gray code: encode, decode and check the one-bit property.

For every integer below 2**bits the Gray code g = i ^ (i >> 1) is computed, decoded
back by folding prefix XORs, and consecutive codes are checked to differ in exactly
one bit. Returns the number of round-trip failures, the number of single-bit steps,
the index of the bit that flips most often and a checksum of the codes.

Keywords: Gray code, reflected binary, XOR prefix, bit flips, encoding
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(17,), cases=[(0,), (1,), (3,), (7,), (-2,)])
def gray_code_round_trip(bits: int) -> Tuple[int, int, int, int]:
    """Return (decode failures, one-bit steps, most flipped bit, code checksum); 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    failures = one_bit = 0
    flips = [0] * max(1, bits)
    checksum = 0
    prev = None
    for i in range(1 << bits):
        g = i ^ (i >> 1)
        decoded = 0
        shift = g
        while shift:
            decoded ^= shift
            shift >>= 1
        failures += decoded != i
        if prev is not None:
            diff = prev ^ g
            if diff & (diff - 1) == 0 and diff:
                one_bit += 1
                flips[diff.bit_length() - 1] += 1
        prev = g
        checksum = (checksum * 3 + g) % 1000000007
    most = max(range(len(flips)), key=lambda b: (flips[b], -b))
    return failures, one_bit, most, checksum
