"""Edit distances between many pairs of pseudo-random words.

Builds ``n`` pairs of lowercase words from a small LCG over a narrow alphabet (so the
words share letters) and computes the Levenshtein distance of every pair with the
classic two-row dynamic programme.

Keywords: levenshtein, edit distance, dynamic programming, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _words(n: int, seed: int) -> List[Tuple[str, str]]:
    state = seed
    pairs = []
    for _ in range(n):
        pair = []
        for _ in range(2):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = 4 + state % 21
            chars = []
            for _ in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                chars.append("abcdef"[(state >> 8) % 6])
            pair.append("".join(chars))
        pairs.append((pair[0], pair[1]))
    return pairs


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@python_benchmark(args=(2000, 7), cases=[(0, 1), (1, 2), (5, 3), (40, 99)])
def levenshtein_batch_distances(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (sum of distances, max distance, first 20 distances)."""
    dists = [_distance(a, b) for a, b in _words(n, seed)]
    return (sum(dists), max(dists, default=0), dists[:20])
