"""MD5 digests of a batch of messages, implemented from RFC 1321.

Messages are padded to a multiple of 64 bytes with their little-endian bit length and
processed by four rounds of sixteen operations (functions F, G, H, I with per-step
shifts and sine-derived constants). MD5 is broken for signatures but still common as a
checksum; the digests are summarised.

Keywords: md5, rfc 1321, compression function, little endian, digest, hashing
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
K = [int(abs(math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF for i in range(64)]
M = 0xFFFFFFFF


def _md5(msg: bytes) -> bytes:
    data = msg + b"\x80" + b"\x00" * ((55 - len(msg)) % 64) + (8 * len(msg) & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "little")
    a0, b0, c0, d0 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for off in range(0, len(data), 64):
        words = [int.from_bytes(data[off + 4 * i:off + 4 * i + 4], "little") for i in range(16)]
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & M)), (7 * i) % 16
            f = (f + a + K[i] + words[g]) & M
            a, d, c = d, c, b
            b = (b + ((f << S[i]) | (f >> (32 - S[i])))) & M
        a0, b0, c0, d0 = (a0 + a) & M, (b0 + b) & M, (c0 + c) & M, (d0 + d) & M
    return b"".join(x.to_bytes(4, "little") for x in (a0, b0, c0, d0))


@python_benchmark(args=(1000, 8), cases=[(0, 1), (1, 2), (3, 3), (70, 4)])
def md5_digest_batch(n_msgs: int, seed: int) -> Tuple[List[str], int, int]:
    """Return (hex digests of the first 3 messages, xor of all first digest bytes, digests starting with 0)."""
    state = seed
    first = []
    acc = 0
    zero_start = 0
    for i in range(n_msgs):
        msg = bytearray()
        for _ in range((i * 29) % 180):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            msg.append((state >> 10) & 0xFF)
        digest = _md5(bytes(msg))
        acc ^= digest[0]
        zero_start += digest[0] >> 4 == 0
        if len(first) < 3:
            first.append(digest.hex())
    return (first, acc, zero_start)
