"""Write numbers as Roman numerals and parse them back.

Pseudo-random integers in 1..3999 are formatted with the subtractive notation
(``CM``, ``XL``, ``IV`` ...) and the numerals are parsed again right to left, adding a
symbol's value unless a larger symbol follows it.

Keywords: roman numerals, number formatting, parser, round trip, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _to_roman(n: int) -> str:
    out = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def _from_roman(s: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(s):
        v = VALUE[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


@python_benchmark(args=(40000, 3), cases=[(0, 1), (1, 2), (13, 3), (500, 4)])
def roman_numeral_roundtrip(m: int, seed: int) -> Tuple[int, int, int, int, List[str]]:
    """Return (sum parsed, total numeral length, longest, mismatches, first 5 numerals)."""
    state = seed
    total = 0
    chars = 0
    longest = 0
    bad = 0
    first = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (state >> 4) % 3999
        numeral = _to_roman(n)
        back = _from_roman(numeral)
        total += back
        bad += back != n
        chars += len(numeral)
        longest = max(longest, len(numeral))
        if len(first) < 5:
            first.append(numeral)
    return (total, chars, longest, bad, first)
