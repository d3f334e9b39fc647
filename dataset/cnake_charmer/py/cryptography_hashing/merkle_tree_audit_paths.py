"""Merkle tree over data blocks, with audit paths that prove leaf membership.

Leaves are 64-bit FNV-1a hashes of data blocks; parents combine their children with a
non-commutative 64-bit mixer (the last node of an odd level is paired with itself).
For sampled leaves an audit path of sibling hashes is extracted and replayed to check
that it reproduces the root, as in certificate transparency logs and blockchains.

Keywords: merkle tree, audit path, inclusion proof, hash tree, fnv, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF


def _fnv64(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


def _combine(left: int, right: int) -> int:
    x = (left ^ ((right << 17 | right >> 47) & M64) ^ 0x9E3779B97F4A7C15) & M64
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & M64
    x ^= x >> 33
    return x


@python_benchmark(args=(6000, 64, 2), cases=[(1, 8, 1), (2, 4, 2), (7, 16, 3), (300, 8, 4)])
def merkle_tree_audit_paths(n_leaves: int, block: int, seed: int) -> Tuple[str, int, int, int, int]:
    """Return (root in hex, tree height, verified proofs, length of proof 0, xor of all node hashes)."""
    state = seed
    level = []
    for _ in range(n_leaves):
        data = bytearray()
        for _ in range(block):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((state >> 9) & 0xFF)
        level.append(_fnv64(bytes(data)))
    levels = [level]
    acc = 0
    for h in level:
        acc ^= h
    while len(level) > 1:
        nxt = []
        for i in range(0, len(level), 2):
            right = level[i + 1] if i + 1 < len(level) else level[i]
            nxt.append(_combine(level[i], right))
        for h in nxt:
            acc ^= h
        levels.append(nxt)
        level = nxt
    root = level[0]
    verified = 0
    proof0 = 0
    for leaf in range(0, n_leaves, 7):
        path = []
        idx = leaf
        for lv in levels[:-1]:
            sib = idx ^ 1
            path.append((lv[sib] if sib < len(lv) else lv[idx], idx & 1))
            idx //= 2
        h = levels[0][leaf]
        for sib, is_right in path:
            h = _combine(sib, h) if is_right else _combine(h, sib)
        verified += h == root
        if leaf == 0:
            proof0 = len(path)
    return (f"{root:016x}", len(levels) - 1, verified, proof0, acc)
