"""Hash character n-grams of words into buckets, fastText style.

Every word is wrapped in ``<`` and ``>`` and all its character 3-, 4- and 5-grams are
hashed with 32-bit FNV-1a into a fixed number of buckets, the trick fastText uses to
embed unseen words. The bucket load profile is reported.

Keywords: fasttext, character ngrams, subword, hashing trick, fnv, text
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _fnv1a(text: str) -> int:
    h = 2166136261
    for byte in text.encode("ascii"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


@python_benchmark(args=(8000, 4096, 8), cases=[(0, 16, 1), (1, 7, 2), (9, 64, 3), (150, 1000, 4)])
def fasttext_subword_hashing(n_words: int, buckets: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (n-grams, used buckets, max load, busiest bucket, buckets of the first word)."""
    state = seed
    load = [0] * buckets
    first: List[int] = []
    total = 0
    for w in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 9
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append("etaoinsrhl"[(state >> 11) % 10])
        token = "<" + "".join(chars) + ">"
        for n in (3, 4, 5):
            for i in range(len(token) - n + 1):
                b = _fnv1a(token[i:i + n]) % buckets
                load[b] += 1
                total += 1
                if w == 0:
                    first.append(b)
    busiest = max(range(buckets), key=lambda i: load[i])
    return (total, sum(1 for x in load if x), load[busiest], busiest, first)
