"""American Soundex codes of many pseudo-random surnames.

Each name keeps its first letter and encodes the following consonants as digits,
collapsing adjacent equal codes (also across ``h``/``w``, but not across vowels) and
padding to four characters. The census reports the distinct codes, the most common
code and the first few codes.

Keywords: soundex, phonetic encoding, names, hashing, strings
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CODES = {}
for _digit, _group in enumerate(["bfpv", "cgjkqsxz", "dt", "l", "mn", "r"], 1):
    for _ch in _group:
        CODES[_ch] = str(_digit)


def _soundex(name: str) -> str:
    name = name.lower()
    digits = []
    prev = CODES.get(name[0], "")
    for ch in name[1:]:
        code = CODES.get(ch, "")
        if code and code != prev:
            digits.append(code)
        if ch not in "hw":
            prev = code
    return (name[0].upper() + "".join(digits) + "000")[:4]


@python_benchmark(args=(40000, 8), cases=[(0, 1), (1, 2), (8, 3), (300, 4)])
def soundex_name_codes(m: int, seed: int) -> Tuple[int, str, int, List[str]]:
    """Return (distinct codes, most common code, its count, first 10 codes)."""
    state = seed
    codes = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 8
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append(chr(97 + (state >> 10) % 26))
        codes.append(_soundex("".join(chars).capitalize()))
    counts = Counter(codes)
    if not counts:
        return (0, "", 0, [])
    top = max(counts.values())
    best = min(c for c, v in counts.items() if v == top)
    return (len(counts), best, top, codes[:10])
