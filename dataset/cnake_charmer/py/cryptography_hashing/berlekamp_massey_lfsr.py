"""Linear complexity of keystreams with the Berlekamp-Massey algorithm.

Bit streams from random linear feedback shift registers (and, for contrast, from the
high bits of an LCG) are analysed with Berlekamp-Massey over GF(2), which finds the
shortest LFSR generating each stream; a stream cipher's keystream must have high
linear complexity or it can be predicted from 2L bits.

Keywords: berlekamp massey, lfsr, linear complexity, gf2, stream cipher, cryptography
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _berlekamp_massey(s: List[int]) -> Tuple[int, int]:
    n = len(s)
    c = [0] * (n + 1)
    b = [0] * (n + 1)
    c[0] = b[0] = 1
    length = 0
    m = -1
    for i in range(n):
        d = s[i]
        for j in range(1, length + 1):
            d ^= c[j] & s[i - j]
        if d:
            t = c[:]
            for j in range(n + 1 - (i - m)):
                c[i - m + j] ^= b[j]
            if 2 * length <= i:
                length = i + 1 - length
                m = i
                b = t
    poly = 0
    for j in range(length + 1):
        poly |= c[j] << j
    return length, poly


@python_benchmark(args=(24, 288, 3), cases=[(0, 10, 1), (1, 1, 2), (2, 0, 3), (6, 64, 4)])
def berlekamp_massey_lfsr(n_streams: int, n_bits: int, seed: int) -> Tuple[List[int], List[int], int]:
    """Return (linear complexity per stream, degree per stream, xor of connection polynomials)."""
    state = seed
    complexities = []
    degrees = []
    acc = 0
    for k in range(n_streams):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        degree = 4 + state % 28
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        taps = (state | 1 << (degree - 1)) & ((1 << degree) - 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        reg = (state & ((1 << degree) - 1)) | 1
        bits = []
        for _ in range(n_bits):
            if k % 4 == 3:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                bits.append((state >> 30) & 1)
                continue
            bits.append(reg & 1)
            feedback = bin(reg & taps).count("1") & 1
            reg = (reg >> 1) | (feedback << (degree - 1))
        length, poly = _berlekamp_massey(bits)
        complexities.append(length)
        degrees.append(degree)
        acc ^= poly
    return (complexities, degrees, acc)
