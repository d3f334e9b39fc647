"""Adaptive binary range coding of a Markov bit source, LZMA style.

Bits from a source whose bias depends on the previous three bits are coded with an
LZMA-type range coder: 11-bit adaptive probabilities per context, a 32-bit range with
byte-wise normalisation and carry propagation through a cached byte. The stream is
decoded again to check it.

Keywords: range coder, arithmetic coding, adaptive probability, lzma, context model, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 7), cases=[(0, 1), (1, 2), (9, 3), (2000, 4)])
def adaptive_binary_range_coder(n: int, seed: int) -> Tuple[int, int, List[int], bool]:
    """Return (compressed bytes, checksum, first 8 bytes, round trip ok)."""
    state = seed
    bits = []
    ctx = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        threshold = [5, 20, 35, 50, 50, 65, 80, 95][ctx]
        bit = 1 if (state >> 8) % 100 < threshold else 0
        bits.append(bit)
        ctx = ((ctx << 1) | bit) & 7

    out = bytearray()
    low, rng, cache, cache_size = 0, 0xFFFFFFFF, 0, 1
    probs = [1024] * 8

    def shift_low() -> None:
        nonlocal low, cache, cache_size
        if low < 0xFF000000 or low >= 1 << 32:
            carry = low >> 32
            temp = cache
            while True:
                out.append((temp + carry) & 0xFF)
                temp = 0xFF
                cache_size -= 1
                if cache_size == 0:
                    break
            cache = (low >> 24) & 0xFF
        cache_size += 1
        low = (low & 0x00FFFFFF) << 8

    ctx = 0
    for bit in bits:
        p = probs[ctx]
        bound = (rng >> 11) * p
        if bit == 0:
            rng = bound
            probs[ctx] = p + ((2048 - p) >> 5)
        else:
            low += bound
            rng -= bound
            probs[ctx] = p - (p >> 5)
        while rng < 1 << 24:
            rng = (rng << 8) & 0xFFFFFFFF
            shift_low()
        ctx = ((ctx << 1) | bit) & 7
    for _ in range(5):
        shift_low()

    probs = [1024] * 8
    code, rng, pos = 0, 0xFFFFFFFF, 0
    for _ in range(5):
        code = (code << 8) | out[pos]
        pos += 1
    decoded = []
    ctx = 0
    for _ in range(n):
        p = probs[ctx]
        bound = (rng >> 11) * p
        if code < bound:
            rng = bound
            probs[ctx] = p + ((2048 - p) >> 5)
            bit = 0
        else:
            code -= bound
            rng -= bound
            probs[ctx] = p - (p >> 5)
            bit = 1
        if rng < 1 << 24:
            rng = (rng << 8) & 0xFFFFFFFF
            code = ((code << 8) | (out[pos] if pos < len(out) else 0)) & 0xFFFFFFFF
            pos += 1
        decoded.append(bit)
        ctx = ((ctx << 1) | bit) & 7
    checksum = 0
    for b in out:
        checksum = (checksum * 31 + b) & 0xFFFFFFFF
    return (len(out), checksum, list(out[:8]), decoded == bits)
