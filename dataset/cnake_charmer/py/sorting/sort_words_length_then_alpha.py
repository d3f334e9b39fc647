"""Sort generated words by length, breaking ties alphabetically.

Pseudo-random lowercase words of 1-12 letters are produced from an LCG, then ordered
with the key (len(word), word), the usual "shortlex" order. Returns the first and last
words, the number of distinct words and an order-sensitive hash of the whole list.

Keywords: string sort, shortlex, composite key, words, lexicographic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 3), cases=[(0, 1), (1, 2), (25, 5), (400, 6)])
def sort_words_length_then_alpha(n: int, seed: int) -> Tuple[List[str], List[str], int, int]:
    """Return (first 5 words, last 5 words, distinct count, hash) of the shortlex order."""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    state = seed & 0x7FFFFFFF
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 12
        letters = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters.append(alphabet[(state >> 16) % 6])
        words.append("".join(letters))
    words.sort(key=lambda w: (len(w), w))
    h = 0
    for w in words:
        for ch in w:
            h = (h * 257 + ord(ch)) & 0xFFFFFFFFFFFF
        h = (h * 257 + 1) & 0xFFFFFFFFFFFF
    return words[:5], words[-5:], len(set(words)), h
