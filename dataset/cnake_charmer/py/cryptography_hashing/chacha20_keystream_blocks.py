"""ChaCha20 keystream blocks (RFC 8439) for a key, nonce and counter range.

The 4x4 state of 32-bit words (constants, key, counter, nonce) goes through 20 rounds
of quarter-rounds on columns and diagonals; the input is added back and serialised
little-endian into 64-byte keystream blocks, which are summarised.

Keywords: chacha20, stream cipher, quarter round, arx, rfc 8439, cryptography
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M = 0xFFFFFFFF


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & M


def _qr(s: List[int], a: int, b: int, c: int, d: int) -> None:
    s[a] = (s[a] + s[b]) & M
    s[d] = _rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & M
    s[b] = _rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & M
    s[d] = _rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & M
    s[b] = _rotl(s[b] ^ s[c], 7)


def _block(key: List[int], counter: int, nonce: List[int]) -> bytes:
    init = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574] + key + [counter & M] + nonce
    s = list(init)
    for _ in range(10):
        _qr(s, 0, 4, 8, 12)
        _qr(s, 1, 5, 9, 13)
        _qr(s, 2, 6, 10, 14)
        _qr(s, 3, 7, 11, 15)
        _qr(s, 0, 5, 10, 15)
        _qr(s, 1, 6, 11, 12)
        _qr(s, 2, 7, 8, 13)
        _qr(s, 3, 4, 9, 14)
    return b"".join(((x + y) & M).to_bytes(4, "little") for x, y in zip(s, init))


@python_benchmark(args=(800, 3), cases=[(0, 1), (1, 2), (3, 3), (40, 4)])
def chacha20_keystream_blocks(n_blocks: int, seed: int) -> Tuple[str, int, List[int]]:
    """Return (hex of block 0's first 16 bytes, checksum of all blocks, byte histogram of 8 bins)."""
    state = seed
    key = []
    for _ in range(8):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key.append((state * 2246822519) & M)
    nonce = []
    for _ in range(3):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nonce.append(state)
    checksum = 0
    hist = [0] * 8
    head = ""
    for counter in range(1, n_blocks + 1):
        block = _block(key, counter, nonce)
        if counter == 1:
            head = block[:16].hex()
        for b in block:
            checksum = (checksum * 31 + b) & 0xFFFFFFFF
            hist[b >> 5] += 1
    return (head, checksum, hist)
