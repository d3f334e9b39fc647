"""Pearson hashing with a shuffled permutation table, widened to 16 bits.

Pearson's hash walks the message through a random permutation of 0..255
(``h = T[h ^ byte]``); running it twice with different first bytes yields a 16-bit
hash. The table is shuffled by Fisher-Yates, and collisions among many short words
are counted against the birthday expectation.

Keywords: pearson hashing, permutation table, fisher yates, collisions, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(25000, 6), cases=[(0, 1), (1, 2), (30, 3), (2000, 4)])
def pearson_hash_16bit(n_words: int, seed: int) -> Tuple[List[int], int, int, List[int]]:
    """Return (first 8 table entries, distinct hashes, colliding words, first 5 hashes)."""
    state = seed
    table = list(range(256))
    for i in range(255, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = (state >> 8) % (i + 1)
        table[i], table[j] = table[j], table[i]
    seen = {}
    first = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = bytes(97 + (state >> k) % 26 for k in range(3, 3 + 3 + state % 6))
        hi = table[(word[0] + 1) & 0xFF]
        lo = table[word[0]]
        for b in word[1:]:
            hi = table[hi ^ b]
            lo = table[lo ^ b]
        h = (hi << 8) | lo
        seen.setdefault(h, set()).add(word)
        if len(first) < 5:
            first.append(h)
    colliding = sum(len(ws) for ws in seen.values() if len(ws) > 1)
    return (table[:8], len(seen), colliding, first)
