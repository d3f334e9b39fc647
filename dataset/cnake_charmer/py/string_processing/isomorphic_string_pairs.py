"""Classify pairs of strings as isomorphic or not.

Two strings are isomorphic when a one-to-one character mapping turns one into the
other (``egg``/``add``). Pairs are generated so that about half are relabelled copies;
each check builds forward and backward dictionaries.

Keywords: isomorphism, character mapping, bijection, dictionary, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _isomorphic(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    fwd = {}
    back = {}
    for x, y in zip(a, b):
        if fwd.setdefault(x, y) != y or back.setdefault(y, x) != x:
            return False
    return True


@python_benchmark(args=(12000, 14), cases=[(0, 1), (1, 2), (16, 3), (200, 4)])
def isomorphic_string_pairs(m: int, seed: int) -> Tuple[int, int, List[bool]]:
    """Return (isomorphic pairs, pairs of equal length, first 25 verdicts)."""
    state = seed
    verdicts = []
    same_len = 0
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 5 + state % 20
        a = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a.append(chr(97 + (state >> 11) % 6))
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        shift = state % 26
        b = [chr(97 + (ord(c) - 97 + shift) % 26) for c in a]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 3 == 0:
            b[state % length] = chr(97 + (state >> 7) % 26)
        elif state % 3 == 1:
            b.append("z")
        same_len += len(a) == len(b)
        verdicts.append(_isomorphic("".join(a), "".join(b)))
    return (sum(verdicts), same_len, verdicts[:25])
