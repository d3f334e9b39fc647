"""Group pseudo-random words into anagram classes.

Words over an eight-letter alphabet are keyed by their sorted letters; the census
reports how many classes there are, the biggest class and how many words have at least
one anagram partner.

Keywords: anagram, grouping, sorting, dictionary, strings
"""

from collections import defaultdict
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 3), cases=[(0, 1), (1, 2), (12, 5), (500, 8)])
def anagram_class_census(m: int, seed: int) -> Tuple[int, int, str, int]:
    """Return (classes, largest class size, its key, words with a partner)."""
    letters = "aeilnrst"
    groups = defaultdict(int)
    state = seed
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 3 + state % 6
        word = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            word.append(letters[(state >> 8) & 7])
        groups["".join(sorted(word))] += 1
    if not groups:
        return (0, 0, "", 0)
    largest = max(groups.values())
    key = min(k for k, v in groups.items() if v == largest)
    paired = sum(v for v in groups.values() if v >= 2)
    return (len(groups), largest, key, paired)
