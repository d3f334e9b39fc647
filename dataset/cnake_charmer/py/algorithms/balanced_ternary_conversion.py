"""Convert integers to balanced ternary and back.

Balanced ternary uses the digits -1, 0 and +1 (written "-", "0", "+"), so negative
numbers need no sign. Each value is converted by repeated division by 3, mapping a
remainder of 2 to -1 with a carry; the digit string is parsed back to check the round
trip, and negation is verified to be the digit-wise swap of "+" and "-". Returns the
total digit count, the round-trip and negation failures, the digit-sum checksum and
the first encodings.

Keywords: balanced ternary, number bases, signed digits, conversion, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _to_balanced(n: int) -> str:
    if n == 0:
        return "0"
    digits = []
    while n:
        r = n % 3
        if r == 0:
            digits.append("0")
        elif r == 1:
            digits.append("+")
            n -= 1
        else:
            digits.append("-")
            n += 1
        n //= 3
    return "".join(reversed(digits))


def _from_balanced(s: str) -> int:
    value = 0
    for ch in s:
        value = value * 3 + (1 if ch == "+" else -1 if ch == "-" else 0)
    return value


@python_benchmark(args=(20000, 3), cases=[(0, 1), (1, 2), (5, 3), (200, 4)])
def balanced_ternary_conversion(n: int, seed: int) -> Tuple[int, int, int, int, List[str]]:
    """Return (total digits, round-trip failures, negation failures, signed digit checksum, first 5 encodings)."""
    state = seed & 0x7FFFFFFF
    digits = round_fail = neg_fail = 0
    checksum = 0
    first = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = (state >> (i % 16)) - (1 << 14) if i % 7 else i - 3
        text = _to_balanced(value)
        digits += len(text)
        round_fail += _from_balanced(text) != value
        negated = text.translate(str.maketrans("+-", "-+"))
        neg_fail += negated != _to_balanced(-value)
        for ch in text:
            checksum = (checksum * 3 + (2 if ch == "+" else 0 if ch == "-" else 1)) % 1000000007
        if len(first) < 5:
            first.append(text)
    return digits, round_fail, neg_fail, checksum, first
