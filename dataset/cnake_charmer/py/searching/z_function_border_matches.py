"""Z-function pattern search on pattern + separator + text.

The Z-array gives, for every position, the length of the longest substring starting
there that is also a prefix of the string. Concatenating pattern, a separator and the
text turns every Z value equal to the pattern length into a match. Returns the match
count, the first positions, the longest partial match and a histogram summary.

Keywords: Z algorithm, Z-array, string matching, prefix, linear time
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _z_array(s: List[int]) -> List[int]:
    n = len(s)
    z = [0] * n
    left = right = 0
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


@python_benchmark(args=(250000, 12, 17), cases=[(0, 3, 1), (5, 1, 2), (100, 4, 3), (40, 60, 4), (30, 0, 1)])
def z_function_border_matches(text_len: int, pattern_len: int, seed: int) -> Tuple[int, List[int], int, int]:
    """Return (matches, first 10 positions, longest partial match, positions with z >= 2)."""
    state = seed & 0x7FFFFFFF
    pattern = [(i * 5 + i // 3) % 2 for i in range(pattern_len)]
    text = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append(1 if (state >> 12) % 7 == 0 else 0 if (state >> 12) % 7 < 4 else (state >> 20) % 2)
    combined = pattern + [-1] + text
    z = _z_array(combined)
    offset = pattern_len + 1
    text_z = z[offset:]
    hits = [i for i, v in enumerate(text_z) if v == pattern_len and pattern_len > 0]
    longest = max((v for v in text_z if v < pattern_len), default=0)
    at_least_two = sum(1 for v in text_z if v >= 2)
    return len(hits), hits[:10], longest, at_least_two
