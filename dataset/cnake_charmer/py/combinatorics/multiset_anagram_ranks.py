"""Lexicographic rank of words among the distinct anagrams of their letters.

For each random word, the rank counts the distinct rearrangements that come earlier
in dictionary order: at each position, every smaller unused letter contributes the
multinomial number of arrangements of the remaining letters. Ranks are exact integers.

Keywords: combinatorics, multiset permutations, anagrams, ranking, multinomial coefficients
"""

from collections import Counter
from math import factorial, prod
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000, 18, 5, 13), cases=[(0, 5, 3, 1), (3, 0, 3, 2), (4, 1, 2, 3), (10, 6, 2, 4)])
def multiset_anagram_ranks(words: int, length: int, alphabet: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (rank checksum, largest rank, first 5 ranks)."""
    state = seed & 0x7FFFFFFF
    checksum = largest = 0
    first: List[int] = []
    for _ in range(words):
        letters = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters.append(chr(97 + (state >> 11) % alphabet))
        counts = Counter(letters)
        rank = 0
        for i, ch in enumerate(letters):
            for smaller in sorted(c for c in counts if c < ch and counts[c] > 0):
                counts[smaller] -= 1
                rank += factorial(length - 1 - i) // prod(factorial(v) for v in counts.values())
                counts[smaller] += 1
            counts[ch] -= 1
        checksum = (checksum * 31 + rank) % 1000000007
        largest = max(largest, rank)
        if len(first) < 5:
            first.append(rank)
    return (checksum, largest, first)
