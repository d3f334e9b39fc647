"""SipHash-2-4 of many short messages under a 128-bit key.

SipHash is the keyed hash used by Python, Rust and many hash tables to resist
hash-flooding: four 64-bit words are mixed by add-rotate-xor SipRounds, two per message
word and four at finalisation. Messages of every length 0..15 bytes are hashed.

Keywords: siphash, keyed hash, arx, hash flooding, 64 bit, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF


def _rotl(x: int, b: int) -> int:
    return ((x << b) | (x >> (64 - b))) & M64


def _sipround(v: List[int]) -> None:
    v[0] = (v[0] + v[1]) & M64
    v[1] = _rotl(v[1], 13) ^ v[0]
    v[0] = _rotl(v[0], 32)
    v[2] = (v[2] + v[3]) & M64
    v[3] = _rotl(v[3], 16) ^ v[2]
    v[0] = (v[0] + v[3]) & M64
    v[3] = _rotl(v[3], 21) ^ v[0]
    v[2] = (v[2] + v[1]) & M64
    v[1] = _rotl(v[1], 17) ^ v[2]
    v[2] = _rotl(v[2], 32)


def _siphash(k0: int, k1: int, data: bytes) -> int:
    v = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D, k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573]
    full = len(data) // 8 * 8
    for off in range(0, full, 8):
        m = int.from_bytes(data[off:off + 8], "little")
        v[3] ^= m
        _sipround(v)
        _sipround(v)
        v[0] ^= m
    b = (len(data) & 0xFF) << 56 | int.from_bytes(data[full:], "little")
    v[3] ^= b
    _sipround(v)
    _sipround(v)
    v[0] ^= b
    v[2] ^= 0xFF
    for _ in range(4):
        _sipround(v)
    return v[0] ^ v[1] ^ v[2] ^ v[3]


@python_benchmark(args=(8000, 5), cases=[(0, 1), (1, 2), (16, 3), (300, 4)])
def siphash24_keys(n_msgs: int, seed: int) -> Tuple[int, int, List[str]]:
    """Return (xor of all hashes, number of odd hashes, first 4 hashes in hex)."""
    state = seed
    k0 = k1 = 0
    for _ in range(4):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k0 = (k0 << 16) | (state >> 8) & 0xFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k1 = (k1 << 16) | (state >> 8) & 0xFFFF
    acc = 0
    odd = 0
    first = []
    for i in range(n_msgs):
        data = bytearray()
        for _ in range(i % 16):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((state >> 11) & 0xFF)
        h = _siphash(k0, k1, bytes(data))
        acc ^= h
        odd += h & 1
        if len(first) < 4:
            first.append(f"{h:016x}")
    return (acc, odd, first)
