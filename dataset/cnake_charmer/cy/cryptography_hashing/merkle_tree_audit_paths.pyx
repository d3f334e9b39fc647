# cython: language_level=3
"""Merkle tree levels stored back to back in one ``uint64_t`` array.

All levels live in a single malloc'd ``uint64_t`` array with per-level offsets, so
building parents and walking audit paths are index computations; leaf hashing is
byte-wise FNV-1a and the parent mixer an inline function on unsigned 64-bit words.

Keywords: merkle tree, audit path, inclusion proof, unsigned 64 bit, flat array, hashing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint8_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint64_t _combine(uint64_t left, uint64_t right) noexcept nogil:
    cdef uint64_t x = left ^ ((right << 17) | (right >> 47)) ^ 0x9E3779B97F4A7C15ULL
    x ^= x >> 33
    x *= 0xFF51AFD7ED558CCDULL
    x ^= x >> 33
    return x


@cython_benchmark(args=(6000, 64, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def merkle_tree_audit_paths(int n_leaves, int block, int seed):
    """Return (root in hex, tree height, verified proofs, length of proof 0, xor of all node hashes)."""
    cdef uint64_t *nodes = <uint64_t *> malloc((2 * n_leaves + 64) * sizeof(uint64_t))
    cdef int offs[64]
    cdef int sizes[64]
    cdef unsigned long long state = seed
    cdef uint64_t h, acc = 0, root, sib
    cdef int i, j, lv = 0, size, leaf, idx, s, verified = 0, proof0 = 0, height
    try:
        for i in range(n_leaves):
            h = 0xCBF29CE484222325ULL
            for j in range(block):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                h = (h ^ ((state >> 9) & 0xFF)) * 0x100000001B3ULL
            nodes[i] = h
            acc ^= h
        offs[0] = 0
        sizes[0] = n_leaves
        while sizes[lv] > 1:
            size = (sizes[lv] + 1) // 2
            offs[lv + 1] = offs[lv] + sizes[lv]
            sizes[lv + 1] = size
            for i in range(size):
                j = offs[lv] + 2 * i
                h = _combine(nodes[j], nodes[j + 1] if 2 * i + 1 < sizes[lv] else nodes[j])
                nodes[offs[lv + 1] + i] = h
                acc ^= h
            lv += 1
        height = lv
        root = nodes[offs[height]]
        for leaf in range(0, n_leaves, 7):
            idx = leaf
            h = nodes[leaf]
            for s in range(height):
                sib = nodes[offs[s] + ((idx ^ 1) if (idx ^ 1) < sizes[s] else idx)]
                h = _combine(sib, h) if idx & 1 else _combine(h, sib)
                idx //= 2
            verified += h == root
            if leaf == 0:
                proof0 = height
        return (f"{root:016x}", height, verified, proof0, acc)
    finally:
        free(nodes)
