"""Lexicographically least rotation of many short strings.

For each pseudo-random string over a small alphabet, finds the start index of its
smallest rotation (the first such index when the string is periodic). Canonical
rotations are used to compare necklaces and cyclic identifiers.

Keywords: rotation, necklace, canonical form, lexicographic order, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000, 48, 5), cases=[(0, 5, 1), (3, 1, 2), (30, 6, 3), (10, 12, 4)])
def least_rotation_batch(m: int, length: int, seed: int) -> Tuple[int, List[int], List[str]]:
    """Return (sum of rotation starts, first 20 starts, first 5 rotated strings)."""
    state = seed
    starts = []
    rotated = []
    for _ in range(m):
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append("abc"[(state >> 9) % 3])
        s = "".join(chars)
        best = min(range(length), key=lambda i: s[i:] + s[:i])
        starts.append(best)
        if len(rotated) < 5:
            rotated.append(s[best:] + s[:best])
    return (sum(starts), starts[:20], rotated)
