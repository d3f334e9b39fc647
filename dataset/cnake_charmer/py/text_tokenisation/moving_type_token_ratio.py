"""Moving-average type/token ratio (MATTR) of a generated text.

The type/token ratio depends on text length, so lexical diversity is measured as the
mean number of distinct word types over every window of ``window`` consecutive tokens.
A Counter is updated incrementally as the window slides.

Keywords: lexical diversity, type token ratio, sliding window, counter, tokens, text
"""

from collections import Counter
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "pa", "ro", "si", "tu", "ve"]


@python_benchmark(args=(60000, 50, 4), cases=[(0, 5, 1), (3, 5, 2), (20, 1, 3), (400, 30, 4)])
def moving_type_token_ratio(n_tokens: int, window: int, seed: int) -> Tuple[float, int, int, int, int]:
    """Return (MATTR, windows, fewest types, most types, distinct types overall)."""
    state = seed
    words = []
    for _ in range(n_tokens):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        first = (state >> 6) % 10
        second = min((state >> 10) % 10, (state >> 14) % 10)
        words.append(SYLLABLES[first] + SYLLABLES[second] + ("s" if (state >> 20) % 4 == 0 else ""))
    tokens = " ".join(words).split()
    if len(tokens) < window:
        return (0.0, 0, 0, 0, len(set(tokens)))
    counts = Counter(tokens[:window])
    distinct = [len(counts)]
    for i in range(window, len(tokens)):
        old = tokens[i - window]
        counts[old] -= 1
        if counts[old] == 0:
            del counts[old]
        counts[tokens[i]] += 1
        distinct.append(len(counts))
    return (sum(distinct) / (len(distinct) * window), len(distinct), min(distinct), max(distinct),
            len(set(tokens)))
