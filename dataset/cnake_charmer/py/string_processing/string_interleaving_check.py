"""Decide whether strings are interleavings of two others.

For each triple (a, b, c) of short binary strings, checks with a dynamic programme
whether ``c`` can be formed by merging ``a`` and ``b`` while keeping the order of each.
Half of the ``c`` strings are true shuffles and half are perturbed.

Keywords: interleaving, shuffle, dynamic programming, merge, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _is_interleaving(a: str, b: str, c: str) -> bool:
    if len(a) + len(b) != len(c):
        return False
    row = [True] * (len(b) + 1)
    for j in range(1, len(b) + 1):
        row[j] = row[j - 1] and b[j - 1] == c[j - 1]
    for i in range(1, len(a) + 1):
        row[0] = row[0] and a[i - 1] == c[i - 1]
        for j in range(1, len(b) + 1):
            row[j] = (row[j] and a[i - 1] == c[i + j - 1]) or (row[j - 1] and b[j - 1] == c[i + j - 1])
    return row[-1]


@python_benchmark(args=(3000, 9), cases=[(0, 1), (1, 2), (10, 3), (60, 4)])
def string_interleaving_check(m: int, seed: int) -> Tuple[int, List[bool]]:
    """Return (number of valid interleavings, first 30 verdicts)."""
    state = seed

    def nxt() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    verdicts = []
    for _ in range(m):
        a = "".join("ab"[(nxt() >> 9) & 1] for _ in range(nxt() % 20))
        b = "".join("ab"[(nxt() >> 9) & 1] for _ in range(nxt() % 20))
        merged = []
        i = j = 0
        while i < len(a) or j < len(b):
            if j == len(b) or (i < len(a) and (nxt() >> 5) & 1):
                merged.append(a[i])
                i += 1
            else:
                merged.append(b[j])
                j += 1
        if merged and nxt() % 2:
            k = nxt() % len(merged)
            merged[k] = "b" if merged[k] == "a" else "a"
        verdicts.append(_is_interleaving(a, b, "".join(merged)))
    return (sum(verdicts), verdicts[:30])
