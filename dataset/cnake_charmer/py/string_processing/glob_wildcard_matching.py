"""Glob-style wildcard matching of many pattern/text pairs.

Patterns over ``a``, ``b``, ``?`` (any one character) and ``*`` (any run, possibly
empty) are matched against whole texts with a row-by-row dynamic programme over the
pattern, like a shell matching file names.

Keywords: wildcard, glob, pattern matching, dynamic programming, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _matches(pattern: str, text: str) -> bool:
    prev = [True] + [False] * len(text)
    for p in pattern:
        cur = [prev[0] and p == "*"]
        for j, t in enumerate(text, 1):
            if p == "*":
                cur.append(cur[j - 1] or prev[j])
            elif p == "?" or p == t:
                cur.append(prev[j - 1])
            else:
                cur.append(False)
        prev = cur
    return prev[-1]


@python_benchmark(args=(8000, 6), cases=[(0, 1), (1, 2), (25, 3), (200, 4)])
def glob_wildcard_matching(m: int, seed: int) -> Tuple[int, int, List[bool]]:
    """Return (matches, matches of star-free patterns, first 30 results)."""
    state = seed
    results = []
    plain_hits = 0
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plen = state % 9
        pattern = []
        for _ in range(plen):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pattern.append("aab?**"[(state >> 8) % 6])
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        tlen = state % 24
        text = []
        for _ in range(tlen):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text.append("ab"[(state >> 13) & 1])
        pat = "".join(pattern)
        ok = _matches(pat, "".join(text))
        results.append(ok)
        if ok and "*" not in pat:
            plain_hits += 1
    return (sum(results), plain_hits, results[:30])
