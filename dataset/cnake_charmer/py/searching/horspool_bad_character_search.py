"""Boyer-Moore-Horspool search for several patterns in a DNA-like text.

For each pattern a bad-character table gives how far the window may jump when its
last character mismatches; the window is compared right to left. Returns, per pattern,
the number of occurrences and of window alignments tried, plus the first match.

Keywords: Boyer-Moore-Horspool, bad character rule, string search, skip table, DNA
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 6, 11), cases=[(0, 2, 1), (30, 1, 2), (200, 3, 3), (5000, 0, 4)])
def horspool_bad_character_search(text_len: int, n_patterns: int, seed: int) -> List[Tuple[int, int, int]]:
    """Return [(matches, alignments, first match or -1)] for each generated pattern."""
    state = seed & 0x7FFFFFFF
    letters = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        letters.append("ACGT"[(state >> 13) & 3])
    text = "".join(letters)
    results = []
    for p in range(n_patterns):
        length = 4 + 3 * p
        pattern = "".join("ACGT"[(i * i + p) & 3] for i in range(length))
        shift = {}
        for i, ch in enumerate(pattern[:-1]):
            shift[ch] = length - 1 - i
        matches = alignments = 0
        first = -1
        pos = 0
        while pos + length <= len(text):
            alignments += 1
            j = length - 1
            while j >= 0 and text[pos + j] == pattern[j]:
                j -= 1
            if j < 0:
                matches += 1
                if first < 0:
                    first = pos
            pos += shift.get(text[pos + length - 1], length)
        results.append((matches, alignments, first))
    return results
