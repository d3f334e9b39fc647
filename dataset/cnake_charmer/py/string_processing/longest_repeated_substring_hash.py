"""Longest substring that occurs at least twice, by binary search on its length.

Whether some substring of length ``L`` repeats is monotone in ``L``, so the longest
repeated substring is found by doubling ``L`` and then binary search, each probe
scanning all windows of that length with a set; the earliest second occurrence of the
winner is reported.

Keywords: longest repeated substring, binary search, hashing, sliding window, strings
"""

from typing import Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _repeat_at(s: str, length: int) -> Optional[int]:
    seen = set()
    for i in range(len(s) - length + 1):
        window = s[i:i + length]
        if window in seen:
            return i
        seen.add(window)
    return None


@python_benchmark(args=(60000, 7), cases=[(0, 1), (1, 2), (2, 3), (500, 4)])
def longest_repeated_substring_hash(n: int, seed: int) -> Tuple[int, int, str]:
    """Return (length of the longest repeated substring, start of its second occurrence, its first 40 characters)."""
    state = seed
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("abcd"[(state >> 24) & 3])
    s = "".join(chars)
    lo, hi = 0, 1
    while hi < n and _repeat_at(s, hi) is not None:
        lo, hi = hi, hi * 2
    hi = min(hi, max(n - 1, 0))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _repeat_at(s, mid) is not None:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return (0, -1, "")
    at = _repeat_at(s, lo)
    return (lo, at, s[at:at + min(lo, 40)])
