"""Hashcash-style proof of work with the xxHash32 function.

For each block label the miner tries nonces 0, 1, 2, ... and hashes ``label:nonce``
with xxHash32 (four-lane accumulation for inputs of 16+ bytes, then 4-byte and 1-byte
tails and the avalanche) until the hash has ``difficulty`` leading zero bits.

Keywords: xxhash32, proof of work, hashcash, nonce search, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

P1, P2, P3, P4, P5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393
M = 0xFFFFFFFF


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & M


def _round(acc: int, lane: int) -> int:
    acc = (acc + lane * P2) & M
    return (_rotl(acc, 13) * P1) & M


def _xxh32(data: bytes, seed: int = 0) -> int:
    n = len(data)
    i = 0
    if n >= 16:
        v = [(seed + P1 + P2) & M, (seed + P2) & M, seed & M, (seed - P1) & M]
        while i + 16 <= n:
            for k in range(4):
                v[k] = _round(v[k], int.from_bytes(data[i + 4 * k:i + 4 * k + 4], "little"))
            i += 16
        h = (_rotl(v[0], 1) + _rotl(v[1], 7) + _rotl(v[2], 12) + _rotl(v[3], 18)) & M
    else:
        h = (seed + P5) & M
    h = (h + n) & M
    while i + 4 <= n:
        h = (h + int.from_bytes(data[i:i + 4], "little") * P3) & M
        h = (_rotl(h, 17) * P4) & M
        i += 4
    while i < n:
        h = (h + data[i] * P5) & M
        h = (_rotl(h, 11) * P1) & M
        i += 1
    h ^= h >> 15
    h = (h * P2) & M
    h ^= h >> 13
    h = (h * P3) & M
    h ^= h >> 16
    return h


@python_benchmark(args=(12, 10), cases=[(0, 4), (1, 0), (3, 2), (4, 6)])
def xxhash32_proof_of_work(n_blocks: int, difficulty: int) -> Tuple[List[int], int, str]:
    """Return (winning nonce per block, total hashes computed, hex of the last winning hash)."""
    nonces = []
    total = 0
    last = ""
    for block in range(n_blocks):
        nonce = 0
        while True:
            h = _xxh32(f"block-{block:04d}:{nonce}".encode("ascii"))
            total += 1
            if difficulty == 0 or h >> (32 - difficulty) == 0:
                break
            nonce += 1
        nonces.append(nonce)
        last = f"{h:08x}"
    return (nonces, total, last)
