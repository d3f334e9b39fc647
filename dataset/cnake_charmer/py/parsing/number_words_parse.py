"""Spell numbers in English words and parse the words back to integers.

Numbers below a million are written as e.g. ``four hundred twenty-one thousand
seven``; the parser splits hyphenated tens, adds small values, multiplies on
``hundred`` and closes a group on ``thousand``.

Keywords: number words, english, spelled numbers, parser, round trip, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SMALL = {w: i for i, w in enumerate(ONES)}
SMALL.update({w: 10 * i for i, w in enumerate(TENS) if w})


def _below_thousand(n: int) -> List[str]:
    words = []
    if n >= 100:
        words += [ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n:
        words.append(ONES[n])
    return words


def _spell(n: int) -> str:
    if n == 0:
        return "zero"
    words = []
    if n >= 1000:
        words += _below_thousand(n // 1000) + ["thousand"]
    words += _below_thousand(n % 1000)
    return " ".join(words)


def _parse(text: str) -> int:
    total = current = 0
    for word in text.replace("-", " ").split():
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total += current * 1000
            current = 0
        else:
            current += SMALL[word]
    return total + current


@python_benchmark(args=(20000, 9), cases=[(0, 1), (1, 2), (12, 3), (300, 4)])
def number_words_parse(m: int, seed: int) -> Tuple[int, int, int, List[str]]:
    """Return (sum parsed, mismatches, total text length, first 3 spellings)."""
    state = seed
    total = bad = chars = 0
    first = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = (state >> 3) % 1000000 if state & 1 else (state >> 3) % 1000
        text = _spell(n)
        value = _parse(text)
        total += value
        bad += value != n
        chars += len(text)
        if len(first) < 3:
            first.append(text)
    return (total, bad, chars, first)
