"""First-order Reed-Muller RM(1, m) decoding with the fast Hadamard transform.

Each message of m + 1 bits (a0, a1..am) is encoded as the truth table of the affine
Boolean function a0 + a.x over all 2^m points x. Codewords cross a binary symmetric
channel; the maximum-likelihood decoder maps bits to +1/-1, runs the fast
Walsh-Hadamard transform and picks the coefficient of largest magnitude (lowest index
on ties), whose index gives a and whose sign gives a0.

Keywords: coding theory, Reed-Muller code, Hadamard transform, maximum likelihood, BSC, decoding
"""

from cnake_charmer.benchmarks import python_benchmark


def _encode(message, m):
    a0 = message & 1
    a = message >> 1
    return [a0 ^ ((a & x).bit_count() & 1) for x in range(1 << m)]


def _hadamard(values):
    h = 1
    n = len(values)
    while h < n:
        for start in range(0, n, 2 * h):
            for i in range(start, start + h):
                u, v = values[i], values[i + h]
                values[i], values[i + h] = u + v, u - v
        h *= 2
    return values


def _decode(received):
    spectrum = _hadamard([1 - 2 * bit for bit in received])
    best = 0
    for i in range(1, len(spectrum)):
        if abs(spectrum[i]) > abs(spectrum[best]):
            best = i
    a0 = 1 if spectrum[best] < 0 else 0
    return (best << 1) | a0


@python_benchmark(args=(3000, 6, 120, 9), cases=[(0, 5, 50, 1), (40, 4, 0, 2), (60, 5, 300, 3), (30, 3, 450, 4)])
def reed_muller_fast_hadamard_decode(blocks: int, m: int, flip_per_thousand: int, seed: int):
    """Return (blocks decoded correctly, wrong, channel bit flips, checksum of decoded messages)."""
    state = seed & 0x7FFFFFFF
    correct = wrong = flips = 0
    checksum = 0
    for _ in range(blocks):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        message = (state >> 8) % (1 << (m + 1))
        word = _encode(message, m)
        for i in range(len(word)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 1000 < flip_per_thousand:
                word[i] ^= 1
                flips += 1
        decoded = _decode(word)
        if decoded == message:
            correct += 1
        else:
            wrong += 1
        checksum = (checksum * 131 + decoded) % 1000000007
    return correct, wrong, flips, checksum
