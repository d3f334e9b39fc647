"""RC4 stream cipher: key scheduling, keystream generation and its biases.

The key-scheduling algorithm permutes a 256-byte state with the key; the generator
then swaps state bytes to emit keystream bytes, which are XORed with the plaintext.
The well-known bias of RC4's second output byte towards zero is measured over many
keys (the Mantin-Shamir observation).

Keywords: rc4, stream cipher, key scheduling, keystream bias, cryptography
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _keystream(key: bytes, n: int) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for _ in range(n):
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


@python_benchmark(args=(1200, 64, 3), cases=[(0, 8, 1), (1, 1, 2), (5, 16, 3), (40, 4, 4)])
def rc4_keystream_xor(n_keys: int, length: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (keys whose 2nd byte is 0, checksum of all ciphertexts, first 8 bytes of cipher 0)."""
    state = seed
    zero_second = 0
    checksum = 0
    first: List[int] = []
    for k in range(n_keys):
        key = bytearray()
        for _ in range(16):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key.append((state >> 7) & 0xFF)
        stream = _keystream(bytes(key), length)
        plain = bytes((65 + (k + i) % 26) for i in range(length))
        cipher = bytes(p ^ s for p, s in zip(plain, stream))
        if length > 1 and stream[1] == 0:
            zero_second += 1
        for b in cipher:
            checksum = (checksum * 131 + b) & 0xFFFFFFFF
        if k == 0:
            first = list(cipher[:8])
    return (zero_second, checksum, first)
