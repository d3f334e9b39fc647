"""Hamming(7,4) encoding, noisy channel and single-error correction.

Each 4-bit nibble is encoded into a 7-bit codeword with three parity bits at
positions 1, 2 and 4; a channel flips bits at random; the decoder computes the
3-bit syndrome, which names the flipped position, corrects it and extracts the data.
Returns the number of codewords hit by 0, 1 and 2+ errors, the number decoded
correctly and a checksum of the decoded nibbles.

Keywords: Hamming code, error correction, parity bits, syndrome, channel coding
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _encode(nibble: int) -> List[int]:
    d = [(nibble >> i) & 1 for i in range(4)]
    p1 = d[0] ^ d[1] ^ d[3]
    p2 = d[0] ^ d[2] ^ d[3]
    p4 = d[1] ^ d[2] ^ d[3]
    return [p1, p2, d[0], p4, d[1], d[2], d[3]]


def _decode(bits: List[int]) -> int:
    s1 = bits[0] ^ bits[2] ^ bits[4] ^ bits[6]
    s2 = bits[1] ^ bits[2] ^ bits[5] ^ bits[6]
    s4 = bits[3] ^ bits[4] ^ bits[5] ^ bits[6]
    syndrome = s1 | (s2 << 1) | (s4 << 2)
    if syndrome:
        bits = list(bits)
        bits[syndrome - 1] ^= 1
    return bits[2] | (bits[4] << 1) | (bits[5] << 2) | (bits[6] << 3)


@python_benchmark(args=(40000, 6, 3), cases=[(0, 5, 1), (1, 0, 2), (50, 100, 3), (300, 3, 4)])
def hamming_74_error_correction(n: int, flip_per_thousand: int, seed: int) -> Tuple[List[int], int, int]:
    """Return ([codewords with 0, 1, 2+ flips], correctly decoded, checksum of decoded nibbles)."""
    state = seed & 0x7FFFFFFF
    hits = [0, 0, 0]
    correct = 0
    checksum = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nibble = (state >> 12) & 0xF
        word = _encode(nibble)
        flips = 0
        for i in range(7):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 8) % 1000 < flip_per_thousand:
                word[i] ^= 1
                flips += 1
        hits[min(flips, 2)] += 1
        decoded = _decode(word)
        correct += decoded == nibble
        checksum = (checksum * 17 + decoded) % 1000000007
    return hits, correct, checksum
