"""XTEA block cipher in counter mode.

XTEA encrypts 64-bit blocks with a 128-bit key in 32 cycles of shift/xor/add Feistel
rounds. In CTR mode the cipher encrypts ``nonce || counter`` blocks to produce a
keystream that is XORed with the plaintext; applying it twice restores the text.

Keywords: xtea, block cipher, feistel, ctr mode, keystream, cryptography
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M = 0xFFFFFFFF
DELTA = 0x9E3779B9


def _encipher(v0: int, v1: int, key: List[int]) -> Tuple[int, int]:
    s = 0
    for _ in range(32):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & M
        s = (s + DELTA) & M
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & M
    return v0, v1


def _ctr(data: bytes, key: List[int], nonce: int) -> bytes:
    out = bytearray()
    for block in range(0, len(data), 8):
        k0, k1 = _encipher(nonce, block // 8, key)
        stream = k0.to_bytes(4, "big") + k1.to_bytes(4, "big")
        out += bytes(a ^ b for a, b in zip(data[block:block + 8], stream))
    return bytes(out)


@python_benchmark(args=(20000, 9), cases=[(0, 1), (1, 2), (9, 3), (1000, 4)])
def xtea_ctr_encrypt(n: int, seed: int) -> Tuple[int, List[int], bool]:
    """Return (ciphertext checksum, first 12 ciphertext bytes, decryption ok)."""
    state = seed
    key = []
    for _ in range(4):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key.append((state * 2654435761) & M)
    plain = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plain.append(32 + (state >> 10) % 95)
    nonce = state & M
    cipher = _ctr(bytes(plain), key, nonce)
    checksum = 0
    for b in cipher:
        checksum = (checksum * 257 + b) % 1000000007
    return (checksum, list(cipher[:12]), _ctr(cipher, key, nonce) == bytes(plain))
